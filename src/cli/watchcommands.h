#pragma once

#include "commandspec.h"

#include <QCoreApplication>

namespace cube::cli {

// watch list, add, remove: the account's watchlist, the SIM cards that cubectl attention and
// the console's Attention tab read in full at each look (shared with the console, per profile).
class WatchCommands final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::WatchCommands)

public:
    static QList<CommandSpec> all();

private:
    static CommandSpec list();
    static CommandSpec add();
    static CommandSpec remove();
};

} // namespace cube::cli
