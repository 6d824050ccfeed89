#pragma once

#include "commandspec.h"

#include <QCoreApplication>

namespace cube::cli {

// The journal of changes from the command line: the history of every write of cubectl and
// the console (filtered, as text, JSON or CSV), explicit pruning, and the bulk jobs, with
// checking and resuming one that was cut short.
class JournalCommands final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::JournalCommands)

public:
    static QList<CommandSpec> all();
    static CommandSpec history();
    static CommandSpec prune();
    static CommandSpec jobsList();
    static CommandSpec jobsShow();
    static CommandSpec jobsCheck();
    static CommandSpec jobsResume();
};

} // namespace cube::cli
