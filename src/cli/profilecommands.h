#pragma once

#include "commandspec.h"

#include <QCoreApplication>

namespace cube::cli {

// profiles list, add, remove, use: the connection profiles Cube Console and cubectl share
// (settings), with their secrets in the keychain.
class ProfileCommands final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::ProfileCommands)

public:
    static QList<CommandSpec> all();

private:
    static CommandSpec list();
    static CommandSpec add();
    static CommandSpec remove();
    static CommandSpec use();
};

} // namespace cube::cli
