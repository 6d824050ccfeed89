#include "fleet/fleetqueryrunner.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace cube {

FleetQueryRunner::FleetQueryRunner(QObject *parent)
    : QObject(parent)
{}

FleetQueryRunner::~FleetQueryRunner()
{
    cancel();
}

void FleetQueryRunner::run(const FleetSnapshot &fleet, const FleetQuery &query)
{
    m_waiting.emplace(fleet, query);
    ++*m_latest; // the query running, if any, is stale now
    if (!m_running)
        startNext();
}

void FleetQueryRunner::cancel()
{
    m_waiting.reset();
    ++*m_latest;
}

void FleetQueryRunner::startNext()
{
    if (!m_waiting) {
        if (m_running) {
            m_running = false;
            emit busyChanged(false);
        }
        return;
    }
    FleetSnapshot fleet = std::move(m_waiting->first);
    const FleetQuery query = m_waiting->second;
    m_waiting.reset();
    const quint64 generation = m_latest->load();
    if (!m_running) {
        m_running = true;
        emit busyChanged(true);
    }
    auto *watcher = new QFutureWatcher<std::shared_ptr<FleetView>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, query, generation] {
        watcher->deleteLater();
        const std::shared_ptr<FleetView> view = watcher->result();
        if (view && m_latest->load() == generation && !m_waiting) {
            m_running = false;
            // The answer first: whoever counts the rows when the work ends counts the new ones.
            // Taking it may start another query (rows came meanwhile into a sorted list): then
            // the work has not ended.
            emit finished(query, view);
            if (!m_running)
                emit busyChanged(false);
            return;
        }
        startNext();
    });
    // The worker gets its own copies: the snapshot's chunks are shared, never written by it.
    watcher->setFuture(QtConcurrent::run([latest = m_latest, fleet = std::move(fleet), query,
                                          generation] {
        std::optional<FleetView> view = runFleetQuery(fleet, query, *latest, generation);
        return view ? std::make_shared<FleetView>(std::move(*view)) : std::shared_ptr<FleetView>();
    }));
}

} // namespace cube
