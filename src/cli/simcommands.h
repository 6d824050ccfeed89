#pragma once

#include "commandspec.h"

#include <QCoreApplication>

namespace cube::cli {

// sims list, show, in-use, suspend, resume.
class SimCommands final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::SimCommands)

public:
    static QList<CommandSpec> all();

private:
    static CommandSpec list();
    static CommandSpec show();
    static CommandSpec inUse();
    static CommandSpec suspend();
    static CommandSpec resume();
};

} // namespace cube::cli
