#include "notecommands.h"

#include "account/account.h"
#include "commandrun.h"
#include "console.h"
#include "exitstatus.h"
#include "idarguments.h"
#include "listingprinter.h"
#include "notes/simnote.h"
#include "notes/simnotes.h"
#include "recordtables.h"

using namespace Qt::StringLiterals;

namespace cube::cli {

namespace {

// How many arguments follow the command's two words ("" among them: an empty note).
qsizetype argumentCount(const CommandRun &run)
{
    return run.parser().positionalArguments().size() - 2;
}

QList<Column> noteColumns()
{
    return {RecordTables::iccidColumn(),
            {u"tags"_s, NoteCommands::tr("Tags")},
            {u"note"_s, NoteCommands::tr("Note")},
            {u"changed"_s, NoteCommands::tr("Changed")},
            {u"changed_by"_s, NoteCommands::tr("Changed by")}};
}

// A row of the SIM's note: its tags separated by spaces, its lines by " / " (a line end would
// break a table's row, and is marked where it stands).
QVariantList noteRow(const SimNote &note)
{
    return {note.iccid, note.tags.join(u' '), note.text.split(u'\n').join(u" / "_s),
            note.updatedAt.isValid() ? QVariant(note.updatedAt.toLocalTime()) : QVariant(),
            note.updatedBy};
}

// Prints the SIM's note (nothing found when none is kept) and ends the run, or says why the
// change was not kept and ends with a failure.
void finish(CommandRun &work, const SimNotes &notes, const QString &iccid, const QString &problem)
{
    if (!problem.isEmpty()) {
        console::say(NoteCommands::tr("The note of SIM %1 was not kept: %2").arg(iccid, problem));
        work.finish(exitstatus::someFailed);
        return;
    }
    ListingPrinter printer(work.settings().format, noteColumns());
    if (const SimNote note = notes.note(iccid); !note.isEmpty())
        printer.addRows({noteRow(note)});
    printer.finish(std::nullopt);
    work.finish(exitstatus::allSucceeded);
}

} // namespace

QList<CommandSpec> NoteCommands::all()
{
    return {note(), tag()};
}

SimNotes &NoteCommands::readNotes(CommandRun &work)
{
    SimNotes &notes = work.account().notes();
    if (const QString &notice = notes.notice(); !notice.isEmpty())
        console::say(notice);
    return notes;
}

CommandSpec NoteCommands::note()
{
    CommandSpec spec;
    spec.group = u"sims"_s;
    spec.action = u"note"_s;
    spec.syntax = tr("ICCID [TEXT]");
    spec.summary = tr("Show or keep the note on a SIM card, on this computer. Sends nothing.");
    spec.details = tr("With TEXT, keeps it as the SIM card's note (up to %1 characters; an empty "
                      "TEXT, \"\", clears it), then shows the note and tags. The notes are the "
                      "console's too, per profile; the console's SIM list shows them and its "
                      "search finds their words. A view-only profile keeps notes too.")
                       .arg(SimNote::maxTextLength);
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(1, 2);
        const QString iccid = idarguments::iccid(run, run.argument(0)).value();
        std::optional<QString> text;
        if (argumentCount(run) == 2) {
            text = run.argument(1);
            if (const std::optional<QString> problem =
                    SimNote::textProblem(SimNote::cleanText(*text)))
                run.usageError(*problem);
        }
        return {{}, [iccid, text](CommandRun &work) {
                    SimNotes &notes = readNotes(work);
                    const QString problem = text ? notes.setNote(iccid, *text) : QString();
                    finish(work, notes, iccid, problem);
                }};
    };
    return spec;
}

CommandSpec NoteCommands::tag()
{
    CommandSpec spec;
    spec.group = u"sims"_s;
    spec.action = u"tag"_s;
    spec.syntax = tr("ICCID +TAG|-TAG…");
    spec.summary = tr("Add and remove tags of a SIM card, on this computer. Sends nothing.");
    spec.details =
        tr("+TAG (or TAG) adds a tag, -TAG removes one; then the note and tags are shown. A tag "
           "has 1 to %1 of the letters a to z, the digits 0 to 9, '.', '_' and '-' (upper case "
           "is made lower). cubectl reads a word that starts with '-' as an option: put -- "
           "before the tags to remove, as in: cubectl sims tag ICCID +acme -- -old. sims list "
           "--tag TAG lists the SIM cards of a tag.")
            .arg(SimNote::maxTagLength);
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(2, -1);
        const QString iccid = idarguments::iccid(run, run.argument(0)).value();
        QStringList add;
        QStringList remove;
        for (qsizetype index = 1; index < argumentCount(run); ++index) {
            const QString word = run.argument(index);
            const bool removing = word.startsWith(u'-');
            const QString name = removing || word.startsWith(u'+') ? word.mid(1) : word;
            QString problem;
            const std::optional<QString> tag = SimNote::tag(name, &problem);
            if (!tag)
                run.usageError(problem);
            (removing ? remove : add).append(*tag);
        }
        return {{}, [iccid, add, remove](CommandRun &work) {
                    SimNotes &notes = readNotes(work);
                    finish(work, notes, iccid, notes.changeTags(iccid, add, remove));
                }};
    };
    return spec;
}

} // namespace cube::cli
