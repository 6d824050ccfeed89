#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <cstddef>

namespace cube::test {

// The tests that depend on this computer's time zone run once in each zone CTest gives them
// (cube_add_test TIME_ZONES sets TZ); they read the zone from the system's zone database, not
// through the code under test.

inline QDateTime utc(QDate day, QTime time)
{
    return QDateTime(day, time, Qt::UTC);
}

// The zone CTest set, or the system's when run by hand.
inline QTimeZone thisComputersZone()
{
    const QByteArray name = qgetenv("TZ");
    return name.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(name);
}

// The entry of `table` (rows with a `const char *zone` naming an IANA zone) for this run's TZ,
// or nullptr when the test was not started in one of them.
template<typename Row, std::size_t size>
const Row *rowForThisZone(const Row (&table)[size])
{
    const QByteArray name = qgetenv("TZ");
    for (const Row &row : table)
        if (name == row.zone)
            return &row;
    return nullptr;
}

} // namespace cube::test
