#pragma once

#include "commandspec.h"

#include <QCoreApplication>

namespace cube::cli {

// usage show, day, month, balance.
class UsageCommands final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::UsageCommands)

public:
    static QList<CommandSpec> all();

    // ICCIDs per request of the operations that take a list.
    static constexpr qsizetype batchSize = 100;

private:
    static CommandSpec show();
    static CommandSpec day();
    static CommandSpec month();
    static CommandSpec balance();
};

} // namespace cube::cli
