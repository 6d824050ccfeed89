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
// Nothing is left held by a program that dies or stops: its connections count only while its
// process runs and at most for the longest a request can take (a lease), its starts leave the
// window within a second, and its place in the queue lapses. A start is stamped again when its
// request leaves, since the gateway counts arrivals. Unix only (flock); elsewhere, or when the
// file cannot be made or written, each program keeps to the limits on its own, as before.
class DeskLedger final
{
    Q_DISABLE_COPY_MOVE(DeskLedger)

public:
    // The ledger of the gateway `gatewayKey` (its scheme, host and port), for a governor that
    // keeps to `limits` with starts counted over `window`, whose requests end within
    // `longestRequest`.
    DeskLedger(const QString &gatewayKey, const GatewayLimits &limits,
               std::chrono::milliseconds window, std::chrono::milliseconds longestRequest);
    ~DeskLedger();

    bool isShared() const { return m_file >= 0; }

    // Takes a start if the desk's limits admit one now, and with it a connection until
    // finished(): nothing is returned then. Otherwise how long to wait before asking again.
    std::optional<std::chrono::milliseconds> tryStart();
    // The request of a start went on the wire now.
    void departed();
    // A request that had its start ended: its connection is free for the desk.
    void finished();
    // The gateway refused a request for its limits: no program starts one for `wait`.
    void holdFor(std::chrono::milliseconds wait);
    // Nothing of this governor waits any more: it leaves the queue.
    void stopWaiting();

private:
    // Runs `change` on the file's state under its lock and writes the state back; false when
    // the lock could not be had at once or the file not written (after which, or after two
    // seconds of a lock never had, this program keeps to the limits alone).
    bool update(const std::function<void(DeskLedgerState &, qint64 now)> &change);
    void giveUp(const char *why);
    // Leaves out the starts that left the window, what belongs to processes that ended, lapsed
    // leases and places, and times no clock of this boot can have written.
    void prune(DeskLedgerState &state, qint64 now) const;
    // Applies what could not be written before (the file was busy).
    void applyPending(DeskLedgerState &state, qint64 now) const;
    std::optional<std::chrono::milliseconds> admit(DeskLedgerState &state, qint64 now);
    bool isMine(const QString &process, quint64 governor) const;
    DeskLedgerState::Holder &ownHolder(DeskLedgerState &state) const;
    void stampDeparture(DeskLedgerState &state, qint64 now) const;

    GatewayLimits m_limits;
    qint64 m_windowMs;
    qint64 m_leaseMs;
    QString m_process;
    quint64 m_governor;
    int m_file = -1;
    QElapsedTimer m_lockFailingSince; // since the lock was last had, when it no longer can be
    bool m_waiting = false;
    int m_pendingFinished = 0;
    int m_pendingDepartures = 0;
    qint64 m_pendingHeldUntil = 0;
};

} // namespace cube
