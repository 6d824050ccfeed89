#include "watchcommands.h"

#include "account/account.h"
#include "attention/watchlist.h"
#include "commandrun.h"
#include "commonoptions.h"
#include "console.h"
#include "exitstatus.h"
#include "idarguments.h"
#include "listingprinter.h"
#include "recordtables.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cube::cli {

namespace {

QStringList textsOf(const QList<Iccid> &iccids)
{
    QStringList texts;
    for (const Iccid &iccid : iccids)
        texts.append(iccid.value());
    return texts;
}

// Says how many are watched now, or why the watchlist was not changed, and ends the run.
void finishChange(CommandRun &work, const QString &problem)
{
    if (!problem.isEmpty()) {
        console::say(WatchCommands::tr("The watchlist could not be changed: %1").arg(problem));
        work.finish(exitstatus::someFailed);
        return;
    }
    console::say(WatchCommands::tr("%Ln SIM card(s) of this account are watched.", nullptr,
                                   int(work.account().watchlist().size())));
    work.finish(exitstatus::allSucceeded);
}

// watch add and watch remove: the ICCIDs checked before anything is kept.
CommandSpec change(const QString &action, bool watching)
{
    CommandSpec spec = CommonOptions::targetCommand(u"watch"_s, action, WatchCommands::tr("ICCID…"),
                                                    WatchCommands::tr("ICCIDs"));
    spec.prepare = [watching](CommandRun &run) -> CommandPlan {
        const QStringList iccids = textsOf(idarguments::iccids(run, 0));
        return {{}, [iccids, watching](CommandRun &work) {
                    Watchlist &watchlist = work.account().watchlist();
                    finishChange(work,
                                 watching ? watchlist.watch(iccids) : watchlist.unwatch(iccids));
                }};
    };
    return spec;
}

} // namespace

QList<CommandSpec> WatchCommands::all()
{
    return {list(), add(), remove()};
}

CommandSpec WatchCommands::list()
{
    CommandSpec spec;
    spec.group = u"watch"_s;
    spec.action = u"list"_s;
    spec.summary = tr("List the watched SIM cards of the account. Sends nothing.");
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(0, 0);
        return {{}, [](CommandRun &work) {
                    QList<QVariantList> rows;
                    for (const QString &iccid : work.account().watchlist().iccids())
                        rows.append({iccid});
                    ListingPrinter printer(work.settings().format, {RecordTables::iccidColumn()});
                    printer.addRows(rows);
                    printer.finish(std::nullopt);
                    work.finish(exitstatus::allSucceeded);
                }};
    };
    return spec;
}

CommandSpec WatchCommands::add()
{
    CommandSpec spec = change(u"add"_s, true);
    spec.summary = tr("Watch SIM cards: each look at what needs attention reads their usage in "
                      "full. Sends nothing.");
    return spec;
}

CommandSpec WatchCommands::remove()
{
    CommandSpec spec = change(u"remove"_s, false);
    spec.summary = tr("Stop watching SIM cards. Sends nothing.");
    return spec;
}

} // namespace cube::cli
