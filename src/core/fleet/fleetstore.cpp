#include "fleet/fleetstore.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <algorithm>
#include <utility>

namespace cube {

namespace {

struct KeptRows
{
    FleetSnapshot fleet;
    IccidIndex index;
};

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
    ++m_generation;
    m_removing = false;
    m_updatedWhileRemoving.clear();
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
    ++m_generation; // a removal still on the worker is for rows this load judges again
    m_removing = false;
    m_updatedWhileRemoving.clear();
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
    std::vector<bool> seen = std::exchange(m_seen, {});
    if (std::find(seen.begin(), seen.end(), false) == seen.end()) {
        emit loadFinished();
        return;
    }
    removeUnseen(std::move(seen));
}

void FleetStore::removeUnseen(std::vector<bool> seen)
{
    const int generation = ++m_generation;
    m_removing = true;
    auto *watcher = new QFutureWatcher<KeptRows>(this);
    connect(watcher, &QFutureWatcher<KeptRows>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a new load or list came meanwhile
        KeptRows kept = watcher->future().takeResult();
        m_fleet = std::move(kept.fleet);
        m_index = std::move(kept.index);
        m_removing = false;
        emit rowsReset();
        for (const SimCard &sim : std::exchange(m_updatedWhileRemoving, {}))
            updateSim(sim);
        emit loadFinished();
    });
    watcher->setFuture(QtConcurrent::run([fleet = m_fleet, seen = std::move(seen)] {
        KeptRows kept;
        kept.fleet = fleet.kept(seen);
        kept.index.addRows(kept.fleet, 0);
        return kept;
    }));
}

void FleetStore::abandonLoad()
{
    m_loading = false;
    m_seen.clear();
}

void FleetStore::updateSim(const SimCard &sim)
{
    if (m_removing)
        m_updatedWhileRemoving.append(sim);
    const qsizetype row = rowOf(sim.iccid);
    if (row < 0)
        return;
    m_fleet.replace(row, sim);
    emit rowsChanged({quint32(row)});
}

} // namespace cube
