#pragma once

#include "transport/connectionsettings.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

namespace cube {

// What reading the whole SIM list costs: queries (pages of the connection's page size, at most
// the vendor's 100) and time at the governor's rate. Said before a full reading, so that the
// desk's daily quota is never spent by surprise.
struct FleetReadCost
{
    Q_DECLARE_TR_FUNCTIONS(cube::FleetReadCost)

public:
    qint64 sims = 0;
    qint64 queries = 0;
    std::chrono::milliseconds duration{0};

    static FleetReadCost of(qint64 sims, const ConnectionSettings &settings);
    // Pages still to read when `loaded` of `total` SIM cards are in, as time at the rate.
    static std::chrono::milliseconds timeLeft(qint64 loaded, qint64 total,
                                              const ConnectionSettings &settings);

    // "Reading 1,000,000 SIM cards takes about 10,000 queries and 17 minutes at 10 a second."
    QString describe(const ConnectionSettings &settings) const;
};

} // namespace cube
