#pragma once

#include "transport/connectionsettings.h"
#include "transport/deskledgerstate.h"

#include <QElapsedTimer>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace cube {

// The gateway's limits hold per IP address (cube-api.md, "Limits"): the console and every
// cubectl on one computer share one gateway's 3 connections and 10 starts a second. Alone, each
// program's RequestGovernor would use all of them, two programs twice the limits, and the
// gateway would refuse half their requests until one of them failed. The ledger is a small
// file per gateway that every governor on this computer locks in turn to take a start: it
// holds the starts within the rate's window, the connections each governor holds, a 429's
// wait for everyone, and who has waited longest (served first, so no program starves).
//
// Nothing is left held by a program that dies: its connections count only while its process
// runs, its starts leave the window within a second, and its place in the queue lapses. Unix
// only (flock); elsewhere, or when the file cannot be made, each program keeps to the limits
// on its own, as before.
class DeskLedger final
{
    Q_DISABLE_COPY_MOVE(DeskLedger)

public:
    // The ledger of the gateway `gatewayKey` (its scheme, host and port), for a governor that
    // keeps to `limits` with starts counted over `window`.
    DeskLedger(const QString &gatewayKey, const GatewayLimits &limits,
               std::chrono::milliseconds window);
    ~DeskLedger();

    bool isShared() const { return m_file >= 0; }

    // Takes a start if the desk's limits admit one now, and with it a connection until
    // finished(): nothing is returned then. Otherwise how long to wait before asking again.
    std::optional<std::chrono::milliseconds> tryStart();
    // A request that had its start ended: its connection is free for the desk.
    void finished();
    // The gateway refused a request for its limits: no program starts one for `wait`.
    void holdFor(std::chrono::milliseconds wait);
    // Nothing of this governor waits any more: it leaves the queue.
    void stopWaiting();

private:
    // Runs `change` on the file's state under its lock and writes the state back; false when
    // the lock could not be had in time (another program stopped while holding it).
    bool update(const std::function<void(DeskLedgerState &, qint64 now)> &change);
    // Leaves out the starts that left the window and what belongs to processes that ended.
    void prune(DeskLedgerState &state, qint64 now) const;
    // Applies what could not be written before (the file was busy).
    void applyPending(DeskLedgerState &state) const;
    std::optional<std::chrono::milliseconds> admit(DeskLedgerState &state, qint64 now);
    DeskLedgerState::Holder &ownHolder(DeskLedgerState &state) const;

    GatewayLimits m_limits;
    qint64 m_windowMs;
    QString m_process;
    quint64 m_governor;
    int m_file = -1;
    QElapsedTimer m_lockFailingSince; // since the lock was last had, when it no longer can be
    bool m_waiting = false;
    int m_pendingFinished = 0;
    qint64 m_pendingHeldUntil = 0;
};

} // namespace cube
