#pragma once

#include "commandspec.h"

#include <QCoreApplication>

namespace cube::cli {

// plans list and sms send: the two commands that are neither about SIM state nor orders.
class PlanSmsCommands final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::PlanSmsCommands)

public:
    static QList<CommandSpec> all();

private:
    static CommandSpec plans();
    static CommandSpec sendSms();
};

} // namespace cube::cli
