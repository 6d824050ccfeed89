#pragma once

#include "commandspec.h"

#include <QCoreApplication>

namespace cube::cli {

// quota: the queries this computer sent to the account today, against the gateway's daily
// quota.
class QuotaCommands final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::QuotaCommands)

public:
    static QList<CommandSpec> all();

private:
    static CommandSpec quota();
};

} // namespace cube::cli
