#include "simcommands.h"

#include "account/account.h"
#include "apijobs.h"
#include "base/displaytime.h"
#include "commandrun.h"
#include "commonoptions.h"
#include "console.h"
#include "contract/vocabulary.h"
#include "exitstatus.h"
#include "fleet/fleetcache.h"
#include "fleet/fleetquery.h"
#include "fleet/fleetsync.h"
#include "idarguments.h"
#include "notecommands.h"
#include "notes/simnote.h"
#include "notes/simnotes.h"
#include "recordtables.h"
#include "writejobs.h"

using namespace Qt::StringLiterals;

namespace cube::cli {

QList<CommandSpec> SimCommands::all()
{
    return {list(), show(), inUse(), suspend(), resume()};
}

CommandSpec SimCommands::list()
{
    CommandSpec spec;
    spec.group = u"sims"_s;
    spec.action = u"list"_s;
    spec.summary = tr("List the account's SIM cards.");
    spec.details = tr("Reads every page of the listing unless --page is given; --status, --find "
                      "and --tag then keep the SIM cards that match.");
    spec.options = {
        CommonOptions::page(),
        CommonOptions::pageSize(100),
        {u"status"_s,
         tr("Only SIM cards in this life cycle state: %1.").arg(vocabulary::lifeCycles().keyList()),
         tr("STATE")},
        {u"find"_s,
         tr("Only SIM cards whose ICCID, IMSI or MSISDN contains TEXT, or whose note or tags "
            "(kept on this computer: sims note, sims tag) hold each of its words; a word "
            "tag:NAME keeps the SIM cards tagged NAME, as the console's search does."),
         tr("TEXT")},
        {u"tag"_s,
         tr("Only SIM cards tagged TAG on this computer (sims tag); the list is read as "
            "without it, with no query more."),
         tr("TAG")},
        {u"cached"_s,
         tr("Read the list the console last loaded for this account from the local cache, "
            "without the network (it says as of when).")},
    };
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(0, 0);
        const int pageSize = run.numberOption(u"page-size"_s, 1, 1000);
        // Plain variables: a lambda cannot capture structured bindings before C++20.
        const std::pair<int, int> range = CommonOptions::pageRange(run);
        const int first = range.first;
        const int last = range.second;
        std::optional<int> lifeCycle;
        if (run.parser().isSet(u"status"_s)) {
            lifeCycle = vocabulary::lifeCycles().fromKey(run.parser().value(u"status"_s));
            if (!lifeCycle)
                run.usageError(
                    tr("--status takes one of: %1.").arg(vocabulary::lifeCycles().keyList()));
        }
        QString find = run.parser().value(u"find"_s).trimmed();
        if (run.parser().isSet(u"tag"_s)) {
            QString problem;
            const std::optional<QString> tag = SimNote::tag(run.parser().value(u"tag"_s), &problem);
            if (!tag)
                run.usageError(u"--tag: "_s + problem);
            // The search's own word for a tag: one rule for the console and cubectl.
            find = QString(u"tag:"_s + *tag + u' ' + find).trimmed();
        }
        if (run.parser().isSet(u"cached"_s))
            return {{}, [lifeCycle, find](CommandRun &work) {
                        FleetQuery query;
                        query.search = find;
                        query.lifeCycle = lifeCycle;
                        if (!query.search.isEmpty()) // the notes matter to a search only
                            query.notes = NoteCommands::readNotes(work).index();
                        listCached(work, query);
                    }};
        return {{}, [=](CommandRun &work) {
                    CubeClient &client = work.client();
                    auto fetch = [&client, &work, pageSize](int pageNo) -> apijobs::Call<SimPage> {
                        return [&client, &work, pageNo, pageSize](CubeClient::Done<SimPage> done) {
                            client.listSims(pageNo, pageSize, &work, std::move(done));
                        };
                    };
                    // The notes as they are now, for the search's note words and tags.
                    FleetQuery query;
                    query.search = find;
                    query.lifeCycle = lifeCycle;
                    if (!query.search.isEmpty()) // the notes matter to a search only
                        query.notes = NoteCommands::readNotes(work).index();
                    auto rows = [matcher = FleetMatcher(query)](const SimPage &page) {
                        // The console's rule for what a search and a status filter keep.
                        QList<QVariantList> matching;
                        for (const SimCard &sim : page.sims)
                            if (matcher.matches(sim))
                                matching.append(RecordTables::simRow(sim));
                        return matching;
                    };
                    work.runListing(RecordTables::simColumns(),
                                    apijobs::streamedPages<SimPage>(
                                        fetch, rows,
                                        [](const SimPage &page) { return page.sims.size(); }, first,
                                        last, work.pageProgress()));
                }};
    };
    return spec;
}

void SimCommands::listCached(CommandRun &work, const FleetQuery &query)
{
    // The console's sync reads the same account's list: cubectl reads it here, on its thread.
    const FleetSync sync(&work.client(), FleetCache::defaultPath());
    const FleetCacheReading reading = sync.readCache();
    const std::optional<CachedFleet> &cached = reading.fleet;
    // Damage is said with its reason and cubectl's own remedy (the console's notice speaks of
    // reading the list again, which --cached does not do).
    if (const std::optional<FleetCacheDamage> &damage = reading.damage) {
        console::say(damage->setAsidePath.isEmpty()
                         ? tr("The cached SIM list was damaged (%1) and was discarded; run sims "
                              "list without --cached to read it again.")
                               .arg(damage->reason)
                         : tr("The cached SIM list was damaged (%1) and was set aside as %2; run "
                              "sims list without --cached to read it again.")
                               .arg(damage->reason, damage->setAsidePath));
    } else if (!reading.notice.isEmpty()) {
        console::say(reading.notice);
    }
    if (!cached) {
        if (!reading.damage)
            console::say(tr("No SIM list is cached for this account: run sims list without "
                            "--cached, or open the console once."));
        return work.finish(exitstatus::someFailed);
    }
    console::say(
        tr("Cached list as of %1.").arg(displaytime::dateTime(cached->asOf.toLocalTime())));
    work.runListing(RecordTables::simColumns(),
                    [fleet = cached->fleet, query](const apijobs::RowsSink &sink,
                                                   const apijobs::ListingEnd &end) {
                        const FleetMatcher matcher(query);
                        QList<QVariantList> rows;
                        for (qsizetype row = 0; row < fleet.size(); ++row) {
                            if (matcher.matches(fleet, row))
                                rows.append(RecordTables::simRow(fleet.sim(row)));
                            if (rows.size() == 500 || row + 1 == fleet.size())
                                sink(std::exchange(rows, {}));
                        }
                        end(std::nullopt);
                    });
}

CommandSpec SimCommands::show()
{
    CommandSpec spec =
        CommonOptions::targetCommand(u"sims"_s, u"show"_s, tr("ICCID…"), tr("ICCIDs"));
    spec.summary = tr("Show the real-time state of SIM cards.");
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        const QList<Iccid> iccids = idarguments::iccids(run, 0);
        return {{}, [iccids](CommandRun &work) {
                    work.runJobs(ResultShape::PerTarget, RecordTables::simColumns(),
                                 idarguments::each<SimCard, Iccid>(
                                     iccids,
                                     [&work](const Iccid &iccid, CubeClient::Done<SimCard> done) {
                                         work.client().sim(iccid, &work, std::move(done));
                                     },
                                     [](const Iccid &, const SimCard &sim) {
                                         return RecordTables::simRow(sim);
                                     }));
                }};
    };
    return spec;
}

CommandSpec SimCommands::inUse()
{
    CommandSpec spec;
    spec.group = u"sims"_s;
    spec.action = u"in-use"_s;
    spec.summary = tr("List the SIM cards in use, with their life cycle state.");
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(0, 0);
        return {{}, [](CommandRun &work) {
                    work.runJobs(ResultShape::List, RecordTables::assetColumns(),
                                 {apijobs::single<QList<AssetInfo>>(
                                     QString(),
                                     [&work](CubeClient::Done<QList<AssetInfo>> done) {
                                         work.client().simsInUse(&work, std::move(done));
                                     },
                                     [](const QList<AssetInfo> &assets) {
                                         QList<QVariantList> rows;
                                         for (const AssetInfo &asset : assets)
                                             rows.append(RecordTables::assetRow(asset));
                                         return rows;
                                     })});
                }};
    };
    return spec;
}

namespace {

// suspend and resume: one write per SIM, a row each.
CommandSpec serviceSwitch(const QString &action, bool suspending)
{
    CommandSpec spec = CommonOptions::targetCommand(u"sims"_s, action, SimCommands::tr("ICCID…"),
                                                    SimCommands::tr("ICCIDs"));
    spec.writes = true;
    spec.prepare = [suspending](CommandRun &run) -> CommandPlan {
        const QStringList iccids = run.iccids(0);
        CommandPlan plan;
        if (suspending)
            plan.confirmation =
                SimCommands::tr("Suspend the service of %n SIM card(s) (%1)? They stop "
                                "working until resumed.",
                                "", int(iccids.size()))
                    .arg(CommandRun::preview(iccids));
        plan.work = [iccids, suspending](CommandRun &work) {
            const NamedValue done = suspending
                                        ? NamedValue{u"suspended"_s, SimCommands::tr("Suspended")}
                                        : NamedValue{u"resumed"_s, SimCommands::tr("Resumed")};
            work.runWriteJob(RecordTables::actionColumns(RecordTables::iccidColumn()),
                             suspending ? Operation::SuspendService : Operation::ResumeService, {},
                             iccids, done);
        };
        return plan;
    };
    return spec;
}

} // namespace

CommandSpec SimCommands::suspend()
{
    CommandSpec spec = serviceSwitch(u"suspend"_s, true);
    spec.summary = tr("Suspend the service of SIM cards (asks first).");
    return spec;
}

CommandSpec SimCommands::resume()
{
    CommandSpec spec = serviceSwitch(u"resume"_s, false);
    spec.summary = tr("Resume the service of suspended SIM cards.");
    return spec;
}

} // namespace cube::cli
