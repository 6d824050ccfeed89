#include "quotacommands.h"

#include "commandrun.h"
#include "console.h"
#include "exitstatus.h"
#include "journal/journal.h"
#include "orderedjson.h"
#include "transport/cubeclient.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cube::cli {

QList<CommandSpec> QuotaCommands::all()
{
    return {quota()};
}

CommandSpec QuotaCommands::quota()
{
    CommandSpec spec;
    spec.group = u"quota"_s;
    spec.summary = tr("Show the queries sent to the account today and the gateway's daily quota.");
    spec.details =
        tr("Counts every query that the console and cubectl on this computer sent to the "
           "account in the server's day (they share the journal's file), as the gateway counts "
           "them for the one IP address a desk shares. Queries from other computers behind the "
           "same address are not seen here, unless they share a team store: through a profile "
           "with one, the count is the team's, kept there. Sends nothing.");
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(0, 0);
        return {
            {}, [](CommandRun &work) {
                const CubeClient &client = work.client();
                const std::optional<qint64> used = client.queriesToday();
                if (!used) {
                    console::say(tr("The count of queries is kept in the journal of "
                                    "changes (%1), which cannot be read: %2")
                                     .arg(work.journal().path(), work.journal().problem()));
                    work.finish(exitstatus::connectionFailed);
                    return;
                }
                const ConnectionSettings &settings = client.settings();
                const QDate day = settings.serverTimeZone.dateAt(QDateTime::currentDateTimeUtc());
                const qint64 limit = settings.limits.dailyQuota;
                const qint64 left = qMax<qint64>(0, limit - *used);
                const QString dayText = day.toString(Qt::ISODate);
                switch (work.settings().format) {
                case OutputFormat::Json:
                    console::writeBytes(orderedJsonObject({{u"used"_s, *used},
                                                           {u"limit"_s, limit},
                                                           {u"left"_s, left},
                                                           {u"day"_s, dayText}}));
                    break;
                case OutputFormat::Csv:
                case OutputFormat::RawCsv: // numbers and a date: nothing to keep as text
                    console::write(
                        u"used,limit,left,day\n%1,%2,%3,%4\n"_s.arg(*used).arg(limit).arg(left).arg(
                            dayText));
                    break;
                case OutputFormat::Text:
                    console::write(
                        tr("Queries today (%1, the server's day in %2): %3 of %4; %5 left.")
                            .arg(QLocale().toString(day, QLocale::ShortFormat),
                                 settings.serverTimeZone.name(), QLocale().toString(*used),
                                 QLocale().toString(limit), QLocale().toString(left))
                        + u'\n');
                    break;
                }
                work.finish(exitstatus::allSucceeded);
            }};
    };
    return spec;
}

} // namespace cube::cli
