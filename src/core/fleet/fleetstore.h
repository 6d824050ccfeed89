#pragma once

#include "fleet/fleetsnapshot.h"
#include "fleet/iccidindex.h"

#include <QDateTime>
#include <QObject>

#include <vector>

namespace cube {

// The account's SIM cards as the front ends know them: the one place rows are added, changed
// and removed, telling every view through its signals. A load merges into what is there:
// a known SIM is updated in place, a new one appended, and when the load completes the SIMs
// it did not list are removed, so a refresh of a cached list changes only what changed.
// Removing them means packing the rows anew and indexing them again (a quarter of a second at
// a million SIMs): that runs on a worker, and the rows shown until then are the previous ones.
class FleetStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetStore)

public:
    explicit FleetStore(QObject *parent = nullptr);

    const FleetSnapshot &snapshot() const { return m_fleet; }
    qsizetype size() const { return m_fleet.size(); }
    qsizetype rowOf(const QString &iccid) const { return m_index.rowOf(m_fleet, iccid); }
    // When the rows were last read in full from the server (a cached list), or null.
    QDateTime asOf() const { return m_asOf; }

    // Replaces every row (a list read from the cache, as of `asOf`, with its index).
    void replaceAll(const FleetSnapshot &fleet, const QDateTime &asOf, IccidIndex index);
    void clear();

    // A load: rows that arrive between beginLoad() and finishLoad() are merged in; the rows
    // none of them named are removed after finishLoad(), on a worker: loadFinished() says when
    // the rows are final (at once when nothing is removed). An abandoned load removes nothing.
    void beginLoad();
    void mergePage(const QList<SimCard> &sims);
    void finishLoad(const QDateTime &completedAt);
    void abandonLoad();
    bool isLoading() const { return m_loading; }

    // A SIM changed (an action, a detail read): its row shows it, if it is in the list (also
    // after the removals of a finished load are made).
    void updateSim(const SimCard &sim);

signals:
    void rowsAppended(qsizetype first, qsizetype last);
    void rowsChanged(const std::vector<quint32> &rows);
    // Rows were removed or replaced wholesale: positions are no longer valid.
    void rowsReset();
    void loadFinished();

private:
    // Drops the rows not seen by the load, off the UI thread, then shows the result.
    void removeUnseen(std::vector<bool> seen);

    FleetSnapshot m_fleet;
    IccidIndex m_index;
    std::vector<bool> m_seen;
    QDateTime m_asOf;
    bool m_loading = false;
    // Bumped by whatever makes a removal on the worker stale (a new load, a new list).
    int m_generation = 0;
    bool m_removing = false;
    QList<SimCard> m_updatedWhileRemoving; // shown now, and again in the rows to come
};

} // namespace cube
