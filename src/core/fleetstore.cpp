#include "fleetstore.h"

#include <algorithm>

namespace cube {

namespace {

bool sameSim(const SimCard &a, const SimCard &b)
{
    return a.iccid == b.iccid && a.imsi == b.imsi && a.msisdn == b.msisdn
           && a.lifeCycle == b.lifeCycle && a.suspended == b.suspended && a.planCode == b.planCode
           && a.planName == b.planName && a.orderCode == b.orderCode && a.usedFlowMb == b.usedFlowMb
           && a.updated.toSecsSinceEpoch() == b.updated.toSecsSinceEpoch();
}

} // namespace

FleetStore::FleetStore(QObject *parent)
    : QObject(parent)
{}

void FleetStore::replaceAll(const FleetSnapshot &fleet, const QDateTime &asOf, IccidIndex index)
{
    m_fleet = fleet;
    m_asOf = asOf;
    m_loading = false;
    m_index = std::move(index);
    emit rowsReset();
}

void FleetStore::clear()
{
    replaceAll(FleetSnapshot(), {}, {});
}

void FleetStore::beginLoad()
{
    m_loading = true;
    m_seen.assign(size_t(m_fleet.size()), false);
}

void FleetStore::mergePage(const QList<SimCard> &sims)
{
    const qsizetype first = m_fleet.size();
    std::vector<quint32> changed;
    for (const SimCard &sim : sims) {
        const qsizetype row = rowOf(sim.iccid);
        if (row < 0) {
            m_fleet.append(sim);
            m_index.addRows(m_fleet, m_fleet.size() - 1);
            continue;
        }
        if (size_t(row) < m_seen.size())
            m_seen[size_t(row)] = true;
        if (!sameSim(m_fleet.sim(row), sim)) {
            m_fleet.replace(row, sim);
            changed.push_back(quint32(row));
        }
    }
    if (!changed.empty())
        emit rowsChanged(changed);
    if (m_fleet.size() > first)
        emit rowsAppended(first, m_fleet.size() - 1);
}

void FleetStore::finishLoad(const QDateTime &completedAt)
{
    m_loading = false;
    m_asOf = completedAt;
    // Rows appended during the load were seen; of the rows before it, drop the unnamed ones.
    m_seen.resize(size_t(m_fleet.size()), true);
    const bool removed = std::find(m_seen.begin(), m_seen.end(), false) != m_seen.end();
    if (removed) {
        m_fleet = m_fleet.kept(m_seen);
        m_index.clear();
        m_index.addRows(m_fleet, 0);
    }
    m_seen.clear();
    if (removed)
        emit rowsReset();
    emit loadFinished();
}

void FleetStore::abandonLoad()
{
    m_loading = false;
    m_seen.clear();
}

void FleetStore::updateSim(const SimCard &sim)
{
    const qsizetype row = rowOf(sim.iccid);
    if (row < 0)
        return;
    m_fleet.replace(row, sim);
    emit rowsChanged({quint32(row)});
}

} // namespace cube
