#pragma once

#include "fleet/fleetsnapshot.h"

#include <vector>

namespace cube {

// Finds a SIM's row by its ICCID in about 8 bytes a SIM: an open-addressing table of row
// numbers hashed by the packed ICCID (a QHash<QString, int> would take five times that).
class IccidIndex final
{
public:
    void clear();
    // Indexes rows [from, fleet.size()) of `fleet`.
    void addRows(const FleetSnapshot &fleet, qsizetype from);
    qsizetype rowOf(const FleetSnapshot &fleet, const QString &iccid) const;

private:
    static size_t hashOf(const FleetSnapshot &fleet, qsizetype row);
    static size_t hashOf(const QString &iccid);
    void insert(const FleetSnapshot &fleet, qsizetype row);
    void grow(const FleetSnapshot &fleet, qsizetype rows);

    std::vector<quint32> m_slots; // row + 1; 0: empty
};

} // namespace cube
