#pragma once

#include "commandspec.h"

#include <QCoreApplication>

namespace cube {
struct FleetQuery;
}

namespace cube::cli {

class CommandRun;

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
    // sims list --cached: the fleet cache's list, filtered as the console filters it.
    static void listCached(CommandRun &work, const FleetQuery &query);
};

} // namespace cube::cli
