#include "fleet/iccidindex.h"

#include "fleet/packeddigits.h"

#include <QHashFunctions>

#include <cstring>

namespace cube {

namespace {

size_t hashOfPacked(const uchar *bytes)
{
    return qHashBits(bytes, FleetSnapshot::iccidBytes, 0x9e3779b9U);
}

} // namespace

void IccidIndex::clear()
{
    m_slots.clear();
}

size_t IccidIndex::hashOf(const FleetSnapshot &fleet, qsizetype row)
{
    const PackedSim &sim = fleet.packed(row);
    if (packeddigits::isOdd(sim.iccid))
        return hashOf(fleet.text(row, PackedField::Iccid));
    return hashOfPacked(sim.iccid);
}

size_t IccidIndex::hashOf(const QString &iccid)
{
    uchar packed[FleetSnapshot::iccidBytes];
    if (packeddigits::pack(iccid, packed, FleetSnapshot::iccidBytes))
        return hashOfPacked(packed);
    return qHash(iccid, 0x9e3779b9U);
}

void IccidIndex::grow(const FleetSnapshot &fleet, qsizetype rows)
{
    size_t capacity = 1024;
    while (capacity < size_t(rows) * 2)
        capacity *= 2;
    if (capacity <= m_slots.size())
        return;
    const std::vector<quint32> old = std::move(m_slots);
    m_slots.assign(capacity, 0);
    for (quint32 slot : old)
        if (slot != 0)
            insert(fleet, qsizetype(slot) - 1);
}

void IccidIndex::insert(const FleetSnapshot &fleet, qsizetype row)
{
    const size_t mask = m_slots.size() - 1;
    for (size_t at = hashOf(fleet, row) & mask;; at = (at + 1) & mask) {
        if (m_slots[at] == 0) {
            m_slots[at] = quint32(row + 1);
            return;
        }
    }
}

void IccidIndex::addRows(const FleetSnapshot &fleet, qsizetype from)
{
    grow(fleet, fleet.size());
    for (qsizetype row = from; row < fleet.size(); ++row)
        insert(fleet, row);
}

qsizetype IccidIndex::rowOf(const FleetSnapshot &fleet, const QString &iccid) const
{
    if (m_slots.empty() || iccid.isEmpty())
        return -1;
    uchar packed[FleetSnapshot::iccidBytes];
    const bool digits = packeddigits::pack(iccid, packed, FleetSnapshot::iccidBytes);
    const size_t mask = m_slots.size() - 1;
    for (size_t at = hashOf(iccid) & mask; m_slots[at] != 0; at = (at + 1) & mask) {
        const qsizetype row = qsizetype(m_slots[at]) - 1;
        if (row >= fleet.size())
            continue;
        const PackedSim &sim = fleet.packed(row);
        if (digits ? std::memcmp(sim.iccid, packed, sizeof packed) == 0
                   : fleet.text(row, PackedField::Iccid) == iccid)
            return row;
    }
    return -1;
}

} // namespace cube
