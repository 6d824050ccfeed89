#pragma once

#include "fleet/fleetquery.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace cube {

// Runs the SIM list's queries on a worker thread, one at a time: a new query makes the one
// running stale (it stops at its next check) and only the newest is run next, so typing
// fast never queues searches. The answer comes back on the thread that asked.
class FleetQueryRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetQueryRunner)

public:
    explicit FleetQueryRunner(QObject *parent = nullptr);
    ~FleetQueryRunner() override;

    void run(const FleetSnapshot &fleet, const FleetQuery &query);
    // Forgets the running and the waiting query: no answer comes for them.
    void cancel();
    bool isBusy() const { return m_running; }

signals:
    void finished(const cube::FleetQuery &query, std::shared_ptr<cube::FleetView> view);
    void busyChanged(bool busy);

private:
    void startNext();

    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    bool m_running = false;
    std::optional<std::pair<FleetSnapshot, FleetQuery>> m_waiting;
};

} // namespace cube
