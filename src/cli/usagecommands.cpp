#include "usagecommands.h"

#include "apijobs.h"
#include "commandrun.h"
#include "commonoptions.h"
#include "idarguments.h"
#include "recordtables.h"

using namespace Qt::StringLiterals;

namespace cube::cli {

namespace {

// Splits ICCIDs into the lists that one batch request takes; each list is one job, named by
// its first ICCID and its size.
QList<QList<Iccid>> inBatches(const QList<Iccid> &iccids)
{
    QList<QList<Iccid>> batches;
    for (qsizetype i = 0; i < iccids.size(); i += UsageCommands::batchSize)
        batches.append(iccids.mid(i, UsageCommands::batchSize));
    return batches;
}

QString batchName(const QList<Iccid> &batch)
{
    const QString first = batch.front().value();
    return batch.size() == 1
               ? first
               : UsageCommands::tr("%1 and %n more", "", int(batch.size() - 1)).arg(first);
}

template<typename T>
QList<QVariantList> rowsOfList(const QList<T> &records, QVariantList (*row)(const T &))
{
    QList<QVariantList> rows;
    for (const T &record : records)
        rows.append(row(record));
    return rows;
}

} // namespace

QList<CommandSpec> UsageCommands::all()
{
    return {show(), day(), month(), balance()};
}

CommandSpec UsageCommands::show()
{
    CommandSpec spec =
        CommonOptions::targetCommand(u"usage"_s, u"show"_s, tr("ICCID…"), tr("ICCIDs"));
    spec.summary = tr("Show the data used by the order in use of SIM cards.");
    spec.options.append(
        {u"batch"_s, tr("Ask for up to %1 SIM cards in one request: faster, but one unknown "
                        "ICCID fails its whole request.")
                         .arg(batchSize)});
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        const QList<Iccid> iccids = idarguments::iccids(run, 0);
        const bool batched = run.parser().isSet(u"batch"_s);
        return {{}, [iccids, batched](CommandRun &work) {
                    QList<ItemWork> jobs;
                    if (batched) {
                        for (const QList<Iccid> &batch : inBatches(iccids))
                            jobs.append(apijobs::single<QList<FlowUsage>>(
                                batchName(batch),
                                [&work, batch](CubeClient::Done<QList<FlowUsage>> done) {
                                    work.client().usageOfMany(batch, &work, std::move(done));
                                },
                                [](const QList<FlowUsage> &usage) {
                                    return rowsOfList(usage, &RecordTables::usageRow);
                                }));
                    } else {
                        jobs = idarguments::each<FlowUsage, Iccid>(
                            iccids,
                            [&work](const Iccid &iccid, CubeClient::Done<FlowUsage> done) {
                                work.client().usage(iccid, &work, std::move(done));
                            },
                            [](const Iccid &, const FlowUsage &usage) {
                                return RecordTables::usageRow(usage);
                            });
                    }
                    work.runJobs(ResultShape::PerTarget, RecordTables::usageColumns(), jobs);
                }};
    };
    return spec;
}

CommandSpec UsageCommands::day()
{
    CommandSpec spec;
    spec.group = u"usage"_s;
    spec.action = u"day"_s;
    spec.summary = tr("Show the data a SIM card used on given days.");
    spec.syntax = tr("ICCID DATE…");
    spec.details = tr("DATE is yyyy-MM-dd, e.g. 2026-11-29, or today; --days N asks for the N "
                      "days that end with DATE instead. Days are the server's: UTC+8 unless "
                      "the profile or --server-utc-offset says otherwise.");
    spec.options = {
        {u"days"_s, tr("The N days up to and including DATE (1–92)."), tr("N"), u"1"_s},
    };
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(2, -1);
        const Iccid iccid = idarguments::iccid(run, run.argument(0));
        QList<QDate> given; // a null date: the server's today, known once connected
        for (const QString &text : run.targets(1)) {
            const QDate day = QDate::fromString(text, u"yyyy-MM-dd"_s);
            if (!day.isValid() && text != "today"_L1)
                run.usageError(tr("“%1” is not a date like 2026-11-29.").arg(text));
            given.append(day);
        }
        const int count = run.numberOption(u"days"_s, 1, 92);
        if (count > 1 && given.size() > 1)
            run.usageError(tr("--days takes one DATE, the last day."));
        return {{}, [iccid, given, count](CommandRun &work) {
                    const QDate today = work.client().settings().serverTimeZone.today();
                    QList<QDate> days;
                    for (const QDate day : given)
                        days.append(day.isNull() ? today : day);
                    if (count > 1) {
                        const QDate last = days.front();
                        days.clear();
                        for (int back = count - 1; back >= 0; --back)
                            days.append(last.addDays(-back));
                    }
                    QList<ItemWork> jobs;
                    for (const QDate day : days)
                        jobs.append(apijobs::single<DayUsage>(
                            day.toString(u"yyyy-MM-dd"_s),
                            [&work, iccid, day](CubeClient::Done<DayUsage> done) {
                                work.client().dayUsage(iccid, day, &work, std::move(done));
                            },
                            [](const DayUsage &usage) {
                                return QList<QVariantList>{RecordTables::dayUsageRow(usage)};
                            }));
                    work.runJobs(ResultShape::List, RecordTables::dayUsageColumns(), jobs);
                }};
    };
    return spec;
}

CommandSpec UsageCommands::month()
{
    CommandSpec spec;
    spec.group = u"usage"_s;
    spec.action = u"month"_s;
    spec.summary = tr("Show the data SIM cards used in a month.");
    spec.syntax = tr("MONTH ICCID…");
    spec.details = tr("MONTH is yyyy-MM, e.g. 2026-11. Up to %1 SIM cards go in one request; "
                      "one unknown ICCID fails its whole request.")
                       .arg(batchSize)
                   + u'\n' + CommonOptions::listDetails(tr("ICCIDs"));
    spec.options = {CommonOptions::from()};
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(1, -1);
        const QDate month = QDate::fromString(run.argument(0) + u"-01"_s, u"yyyy-MM-dd"_s);
        if (!month.isValid())
            run.usageError(tr("“%1” is not a month like 2026-11.").arg(run.argument(0)));
        const QList<Iccid> iccids = idarguments::iccids(run, 1);
        return {{}, [iccids, month](CommandRun &work) {
                    QList<ItemWork> jobs;
                    for (const QList<Iccid> &batch : inBatches(iccids))
                        jobs.append(apijobs::single<QList<MonthUsage>>(
                            batchName(batch),
                            [&work, batch, month](CubeClient::Done<QList<MonthUsage>> done) {
                                work.client().monthUsage(batch, month, &work, std::move(done));
                            },
                            [](const QList<MonthUsage> &usage) {
                                return rowsOfList(usage, &RecordTables::monthUsageRow);
                            }));
                    work.runJobs(ResultShape::List, RecordTables::monthUsageColumns(), jobs);
                }};
    };
    return spec;
}

CommandSpec UsageCommands::balance()
{
    CommandSpec spec =
        CommonOptions::targetCommand(u"usage"_s, u"balance"_s, tr("ICCID…"), tr("ICCIDs"));
    spec.summary = tr("Show what the carrier says is left on SIM cards.");
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        const QList<Iccid> iccids = idarguments::iccids(run, 0);
        return {{}, [iccids](CommandRun &work) {
                    work.runJobs(
                        ResultShape::PerTarget, RecordTables::balanceColumns(),
                        idarguments::each<CarrierBalance, Iccid>(
                            iccids,
                            [&work](const Iccid &iccid, CubeClient::Done<CarrierBalance> done) {
                                work.client().carrierBalance(iccid, &work, std::move(done));
                            },
                            [](const Iccid &iccid, const CarrierBalance &balance) {
                                return RecordTables::balanceRow(iccid.value(), balance);
                            }));
                }};
    };
    return spec;
}

} // namespace cube::cli
