#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace cube {

// When a plan's high-speed data runs out at the rate it is being used, and whether that is
// before the plan expires: what no portal tells a desk. The rate is the average of the last
// complete days (AttentionRules::burnRateDays) when the SIM's days were read; for the rest of
// the fleet it is the average since the order started, from the SIM list's usage, which costs
// no query. Days are the server's.
struct BurnForecast
{
    Q_DECLARE_TR_FUNCTIONS(cube::BurnForecast)

public:
    enum class Outlook {
        Unknown,       // no days and no usage to go by
        Unlimited,     // the plan has no data volume to run out of
        AlreadyOut,    // nothing left now
        NoUsage,       // nothing used at this rate: the data outlasts the plan
        BeforeExpiry,  // runs out on runsOut, daysBeforeExpiry days before the plan expires
        LastsToExpiry, // the data lasts until the plan expires
    };
    enum class Basis { LastDays, SinceOrderStart };

    Outlook outlook = Outlook::Unknown;
    Basis basis = Basis::LastDays;
    int basisDays = 0;   // the days the rate is the average of
    double mbPerDay = 0; // the rate
    double leftMb = 0;   // what was left when it was made
    QDate runsOut;       // the day the data is gone (today when it already is)
    QDate expires;       // the plan's last day; invalid when not known
    int daysBeforeExpiry = 0;

    // From the data used on each of the last complete days (oldest first; yesterday last) and
    // what is left of a plan of `planMb` (0: unlimited) that expires on `expires`.
    static BurnForecast fromDays(const QList<double> &lastDays, double leftMb, double planMb,
                                 QDate today, QDate expires);
    // From what the order used since it started `daysInUse` days ago (at least one).
    static BurnForecast fromOrderAverage(double usedMb, int daysInUse, double leftMb, double planMb,
                                         QDate today, QDate expires);

    // Whether the data is gone, or will be, before the plan expires: what the tab lists.
    bool runsOutBeforeExpiry() const
    {
        return outlook == Outlook::BeforeExpiry
               || (outlook == Outlook::AlreadyOut && (!expires.isValid() || runsOut < expires));
    }

    // "At the last 7 days' rate (120 MB a day) the plan's data runs out about 2026-12-14,
    // 9 days before it expires."
    QString describe() const;

private:
    static BurnForecast at(double mbPerDay, double leftMb, double planMb, QDate today,
                           QDate expires);
    QString rateWords() const;
};

} // namespace cube
