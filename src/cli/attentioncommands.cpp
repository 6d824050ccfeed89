#include "attentioncommands.h"

#include "attention/attentionresult.h"
#include "attention/attentionrules.h"
#include "attentionlook.h"
#include "commandrun.h"
#include "connectionsetup.h"
#include "console.h"
#include "listingprinter.h"
#include "profiles/profilestore.h"
#include "recordtables.h"

#include <QLocale>

#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cube::cli {

namespace {

constexpr quint32 everyReason = (quint32(1) << attentionReasonCount) - 1;

// The rules of the profile cubectl connects with, or the defaults (--demo, --base-url, no
// profile: the connection then fails with its own words).
AttentionRules profileRules(const ConnectionChoice &connection)
{
    if (connection.demo || !connection.baseUrl.isEmpty())
        return {};
    const ProfileStore store;
    const std::optional<Profile> profile = ConnectionSetup::findProfile(store, connection.profile);
    return profile ? profile->attention : AttentionRules();
}

// --reason, repeated or with commas: a bit for each reason named.
quint32 reasonsAsked(const CommandRun &run)
{
    const Vocabulary &reasons = vocabulary::attentionReasons();
    quint32 asked = 0;
    for (const QString &value : run.parser().values(u"reason"_s)) {
        for (const QString &key : value.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<int> reason = reasons.fromKey(key.trimmed());
            if (!reason)
                run.usageError(AttentionCommands::tr("--reason takes one or more of: %1.")
                                   .arg(reasons.keyList()));
            asked |= quint32(1) << *reason;
        }
    }
    return asked == 0 ? everyReason : asked;
}

// --low-data N%, N MB, or N (a percent).
void applyLowData(const CommandRun &run, AttentionRules &rules)
{
    QString text = run.parser().value(u"low-data"_s).trimmed();
    AttentionRules::LowDataUnit unit = AttentionRules::LowDataUnit::Percent;
    if (text.endsWith(u'%')) {
        text.chop(1);
    } else if (text.endsWith(u"MB"_s, Qt::CaseInsensitive)) {
        unit = AttentionRules::LowDataUnit::Megabytes;
        text.chop(2);
    }
    bool ok = false;
    const double threshold = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(threshold) || threshold < 0
        || (unit == AttentionRules::LowDataUnit::Percent && threshold > 100))
        run.usageError(AttentionCommands::tr("--low-data takes a percent of the plan's data "
                                             "from 0 to 100 (“10%”) or an amount of MB (“50MB”), "
                                             "not “%1”.")
                           .arg(run.parser().value(u"low-data"_s)));
    rules.lowDataUnit = unit;
    rules.lowDataThreshold = threshold;
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant orNull(double mb)
{
    return mb < 0 ? QVariant() : QVariant(mb);
}

} // namespace

QList<CommandSpec> AttentionCommands::all()
{
    return {attention()};
}

CommandSpec AttentionCommands::attention()
{
    CommandSpec spec;
    spec.group = u"attention"_s;
    spec.summary = tr("List what needs attention, as the console's Attention tab (exit status "
                      "1 when anything does).");
    spec.details =
        tr("Looks at the account as the console does, by the rules of the profile (its "
           "Attention settings, else 7 days before expiry and 10% of the plan's data): orders "
           "in use that expire soon or expired since the console last showed them, SIM cards "
           "with little high-speed data left or whose last 7 days' rate runs their plan out "
           "before it expires, activated SIM cards with no plan, suspended ones and those in "
           "pre-deactivation. The SIM list comes from the local cache while it is recent enough "
           "(the profile says for how long), else it is read; the orders in use likewise, and "
           "the watched SIM cards (cubectl watch) are read in full. Each reading says its cost "
           "in queries first; one that passes what is left of today's quota is not made "
           "without --yes.\n"
           "One row per item, most urgent first: the reason (its key in JSON and CSV), the "
           "ICCID, the order, the plan, the day it matters, the high-speed data left, the MB a "
           "day it is used at, and whether it is watched.");
    spec.exitStatus =
        tr("Exit status: 0 nothing needs attention, 1 something does, 2 usage error or a "
           "reading beyond today's quota without --yes, 3 the look could not be made "
           "(connection, authentication, the server's answers), or part of it could not be "
           "read and nothing was found.");
    spec.options = {
        {u"reason"_s,
         tr("Only items of this reason (repeat it, or separate reasons with commas): %1. A "
            "reason the profile switched off is looked for when named.")
             .arg(vocabulary::attentionReasons().keyList()),
         tr("KEY")},
        {u"read-orders"_s,
         tr("Read the orders in use again even when the kept listing is recent enough.")},
        {u"expiry-days"_s,
         tr("For this run: orders that expire within N days (0–366) need attention."), tr("N")},
        {u"low-data"_s,
         tr("For this run: little data left is below N percent of the plan's data (“10%”, "
            "“10”) or below N MB (“50MB”)."),
         tr("N[%|MB]")},
    };
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(0, 0);
        const quint32 reasons = reasonsAsked(run);
        AttentionRules rules = profileRules(run.settings().connection);
        for (int reason = 0; reason < attentionReasonCount; ++reason) {
            if (reasons != everyReason && (reasons & (quint32(1) << reason)) != 0)
                rules.setOn(AttentionReason(reason), true);
        }
        if (run.parser().isSet(u"expiry-days"_s))
            rules.expiryDays = run.numberOption(u"expiry-days"_s, 0, 366);
        if (run.parser().isSet(u"low-data"_s))
            applyLowData(run, rules);
        const bool readOrders = run.parser().isSet(u"read-orders"_s);
        return {{}, [rules, reasons, readOrders](CommandRun &work) {
                    auto *look = new AttentionLook(work, rules, readOrders,
                                                   [&work, reasons](const AttentionResult &result) {
                                                       report(work, result, reasons);
                                                   });
                    look->start();
                }};
    };
    return spec;
}

QList<Column> AttentionCommands::columns()
{
    return {{u"reason"_s, tr("Reason")},       RecordTables::iccidColumn(),
            RecordTables::orderCodeColumn(),   {u"plan"_s, tr("Plan")},
            {u"date"_s, tr("Date")},           {u"left_mb"_s, tr("Left (MB)")},
            {u"mb_per_day"_s, tr("MB a day")}, {u"watched"_s, tr("Watched")}};
}

QVariantList AttentionCommands::row(const AttentionItem &item)
{
    const Vocabulary &reasons = vocabulary::attentionReasons();
    return {QVariant::fromValue(
                NamedValue{reasons.key(int(item.reason)), reasons.words(int(item.reason))}),
            item.iccid,
            orNull(item.orderCode),
            orNull(item.planName),
            item.date.isValid() ? QVariant(item.date) : QVariant(),
            orNull(item.leftMb),
            orNull(item.mbPerDay),
            item.watched};
}

void AttentionCommands::report(CommandRun &work, const AttentionResult &result, quint32 reasons)
{
    for (const QString &problem : result.problems)
        console::say(problem);
    QList<QVariantList> rows;
    for (const AttentionItem &item : result.items) {
        if ((reasons & (quint32(1) << int(item.reason))) != 0)
            rows.append(row(item));
    }
    const OutputFormat format = work.settings().format;
    ListingPrinter printer(format, columns());
    printer.addRows(rows);
    const QLocale locale;
    const QString looked =
        tr("SIM cards looked at: %1; orders in use: %2.")
            .arg(locale.toString(result.simsLooked), locale.toString(result.ordersLooked));
    if (format != OutputFormat::Text) {
        printer.finish(std::nullopt);
    } else if (rows.isEmpty()) {
        console::say(tr("Nothing needs attention.") + u' ' + looked);
    } else {
        console::say(
            tr("%n item(s) need attention.", "", int(qMin<qsizetype>(rows.size(), INT_MAX))) + u' '
            + looked);
    }
    if (!rows.isEmpty())
        work.finish(somethingNeedsAttention);
    else if (!result.problems.isEmpty())
        work.finish(AttentionLook::failedStatus); // not all of it was looked at
    else
        work.finish(nothingNeedsAttention);
}

} // namespace cube::cli
