#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

namespace cube::cli {

class CommandRun;

// What a command will do once its arguments were checked: the question to confirm first (for
// a destructive command; empty otherwise) and the work, run once connected.
struct CommandPlan
{
    QString confirmation;
    std::function<void(CommandRun &)> work;
};

// One subcommand, e.g. "orders end": its words, help texts (translated when the catalogue is
// built), own options, and how it checks its arguments. `prepare` runs before any connection
// is made, so that a usage error never waits for the network or the keychain; it reports a
// usage error through CommandRun and returns the plan.
struct CommandSpec
{
    QString group;
    QString action;
    QString summary; // one line, for the command list
    QString syntax;  // the arguments after the command words, e.g. "CODE…"
    QString details; // more help: what the arguments are, what is sent; may be empty
    // What the exit statuses mean when the command's own differ from cubectl's (attention:
    // 1 means something needs attention, not that something failed); empty: the usual.
    QString exitStatus;
    QList<QCommandLineOption> options;
    bool needsConnection = true;
    // Whether its checks or its work read the journal of changes without a connection (history,
    // jobs): the journal is opened first, in the chosen profile's team store when it has one.
    bool readsJournal = false;
    // Whether it changes something on the server: a view-only profile refuses it before anything
    // is asked or read (exit 2).
    bool writes = false;
    std::function<CommandPlan(CommandRun &)> prepare;

    QString name() const { return action.isEmpty() ? group : group + u' ' + action; }
};

} // namespace cube::cli
