#include "attention/burnforecast.h"

#include <QLocale>

#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace cube {

BurnForecast BurnForecast::fromDays(const QList<double> &lastDays, double leftMb, double planMb,
                                    QDate today, QDate expires)
{
    if (lastDays.isEmpty()) {
        BurnForecast unknown;
        unknown.leftMb = leftMb;
        unknown.expires = expires;
        return unknown;
    }
    const double used = std::accumulate(lastDays.cbegin(), lastDays.cend(), 0.0);
    BurnForecast forecast =
        at(qMax(0.0, used) / double(lastDays.size()), leftMb, planMb, today, expires);
    forecast.basis = Basis::LastDays;
    forecast.basisDays = int(lastDays.size());
    return forecast;
}

BurnForecast BurnForecast::fromOrderAverage(double usedMb, int daysInUse, double leftMb,
                                            double planMb, QDate today, QDate expires)
{
    const int days = qMax(1, daysInUse);
    BurnForecast forecast = at(qMax(0.0, usedMb) / double(days), leftMb, planMb, today, expires);
    forecast.basis = Basis::SinceOrderStart;
    forecast.basisDays = days;
    return forecast;
}

BurnForecast BurnForecast::at(double mbPerDay, double leftMb, double planMb, QDate today,
                              QDate expires)
{
    BurnForecast forecast;
    forecast.mbPerDay = mbPerDay;
    forecast.leftMb = leftMb;
    forecast.expires = expires;
    if (planMb <= 0) {
        forecast.outlook = Outlook::Unlimited;
        return forecast;
    }
    if (leftMb <= 0) {
        forecast.outlook = Outlook::AlreadyOut;
        forecast.runsOut = today;
    } else if (mbPerDay <= 0) {
        forecast.outlook = Outlook::NoUsage;
        return forecast;
    } else {
        // The day the last MB goes: what is left lasts ceil(left / rate) more days of use.
        const double days = std::ceil(leftMb / mbPerDay);
        forecast.runsOut = today.addDays(qint64(qMin(days, 100000.0)));
        forecast.outlook = expires.isValid() && forecast.runsOut >= expires ? Outlook::LastsToExpiry
                                                                            : Outlook::BeforeExpiry;
    }
    if (expires.isValid())
        forecast.daysBeforeExpiry = int(qMax<qint64>(0, forecast.runsOut.daysTo(expires)));
    return forecast;
}

QString BurnForecast::rateWords() const
{
    const QString rate = QLocale().toString(mbPerDay, 'f', mbPerDay < 10 ? 1 : 0);
    if (basis == Basis::LastDays)
        return tr("At the last %n day(s)' rate (%1 MB a day)", nullptr, basisDays).arg(rate);
    return tr("At its rate since the order started %n day(s) ago (%1 MB a day)", nullptr, basisDays)
        .arg(rate);
}

QString BurnForecast::describe() const
{
    const QString expiry = expires.toString(Qt::ISODate);
    switch (outlook) {
    case Outlook::Unknown:
        return tr("No usage is known yet to forecast from.");
    case Outlook::Unlimited:
        return tr("The plan has no data volume to run out of.");
    case Outlook::AlreadyOut:
        return tr("The plan's high-speed data is used up.");
    case Outlook::NoUsage:
        return tr("%1 the plan's data lasts until the plan expires.").arg(rateWords());
    case Outlook::LastsToExpiry:
        return expires.isValid() ? tr("%1 the plan's data lasts until the plan expires on %2.")
                                       .arg(rateWords(), expiry)
                                 : tr("%1 the plan's data runs out about %2.")
                                       .arg(rateWords(), runsOut.toString(Qt::ISODate));
    case Outlook::BeforeExpiry:
        if (!expires.isValid())
            return tr("%1 the plan's data runs out about %2.")
                .arg(rateWords(), runsOut.toString(Qt::ISODate));
        return tr("%1 the plan's data runs out about %2, %n day(s) before it expires.", nullptr,
                  daysBeforeExpiry)
            .arg(rateWords(), runsOut.toString(Qt::ISODate));
    }
    return {};
}

} // namespace cube
