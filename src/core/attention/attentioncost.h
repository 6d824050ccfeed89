#pragma once

#include <QCoreApplication>

namespace cube {

// What one look at the account costs in queries, said before it is taken: the order listing
// when it is read again (a page of the profile's size each), the watched SIMs' usage (one
// batch query for up to usageBatch SIMs) and their complete days not read before (one query
// each; a day is read once, so a look costs one a watched SIM a day).
struct AttentionCost
{
    Q_DECLARE_TR_FUNCTIONS(cube::AttentionCost)

public:
    static constexpr int usageBatch = 100;

    qint64 orderPages = 0;       // 0: the listing kept from the last reading is used
    bool orderCountKnown = true; // false: never read; its first page says how long it is
    qint64 watchedSims = 0;
    qint64 usageQueries = 0;
    qint64 dayQueries = 0;

    qint64 total() const { return orderPages + usageQueries + dayQueries; }
    // "This look takes about 3,004 queries: 3,000 pages of orders in use, 1 for the usage of
    // 40 watched SIMs and 3 for days of their usage not read before."
    QString describe() const;
};

} // namespace cube
