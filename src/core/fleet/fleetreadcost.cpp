#include "fleet/fleetreadcost.h"

#include "base/waitwords.h"

#include <QLocale>

namespace cube {

namespace {

// The vendor's gateway lists at most 100 rows a page, whatever is asked for.
constexpr int largestServedPage = 100;

qint64 pagesFor(qint64 sims, const ConnectionSettings &settings)
{
    const qint64 pageSize = qBound(1, settings.pageSize, largestServedPage);
    return qMax<qint64>(1, (sims + pageSize - 1) / pageSize);
}

std::chrono::milliseconds atRate(qint64 queries, const ConnectionSettings &settings)
{
    return std::chrono::milliseconds(queries * 1000 / qMax(1, settings.limits.queriesPerSecond));
}

} // namespace

FleetReadCost FleetReadCost::of(qint64 sims, const ConnectionSettings &settings)
{
    FleetReadCost cost;
    cost.sims = sims;
    cost.queries = pagesFor(sims, settings);
    cost.duration = atRate(cost.queries, settings);
    return cost;
}

std::chrono::milliseconds FleetReadCost::timeLeft(qint64 loaded, qint64 total,
                                                  const ConnectionSettings &settings)
{
    if (total <= loaded)
        return std::chrono::milliseconds(0);
    return atRate(pagesFor(total - loaded, settings), settings);
}

QString FleetReadCost::describe(const ConnectionSettings &settings) const
{
    const QLocale locale;
    return tr("Reading %Ln SIM card(s) takes about %1 and %2 at %3 a second.", nullptr,
              int(qMin<qint64>(sims, INT_MAX)))
        .arg(tr("%Ln query(s)", nullptr, int(qMin<qint64>(queries, INT_MAX))),
             WaitWords::of(duration), locale.toString(settings.limits.queriesPerSecond));
}

} // namespace cube
