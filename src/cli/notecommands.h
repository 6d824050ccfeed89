#pragma once

#include "commandspec.h"

#include <QCoreApplication>

namespace cube {
class SimNotes;
}

namespace cube::cli {

class CommandRun;

// sims note and sims tag: the note and tags kept on a SIM card, shared with the console (per
// profile, on this computer). Both change the local notes only: nothing is sent, and a view-only
// profile keeps notes too. sims list --tag (SimCommands) lists the SIMs of a tag.
class NoteCommands final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::NoteCommands)

public:
    static QList<CommandSpec> all();
    // The account's notes, read; what became of a damaged notes file (set aside), or why it
    // could not be read, is said on standard error: the person learns where their notes went.
    static SimNotes &readNotes(CommandRun &work);

private:
    static CommandSpec note();
    static CommandSpec tag();
};

} // namespace cube::cli
