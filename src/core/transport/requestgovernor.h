#pragma once

#include "transport/connectionsettings.h"
#include "transport/deskledger.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <vector>

namespace cube {

// Keeps one account's requests within its gateway's limits (cube-api.md, "Limits"), the one
// place every request of a client passes: at most `connections` requests on the wire at once
// (QNetworkAccessManager would open six connections to a host; handed no more than three
// requests at a time it reuses its idle ones), starts spaced evenly so that no second holds
// more than `queriesPerSecond` of them, and after the server's 429 no start at all until its
// Retry-After has passed. First come, first served; a turn whose owner is gone is skipped.
//
// Spacing the turns is not enough on its own: a request leaves when the event loop next runs,
// and a thread held up (a journal commit waiting for a busy disk) lets one leave late, next to
// the one after it. So the requests that actually left are remembered too, and no turn is
// given while the last second (with its margin) already holds `queriesPerSecond` of them,
// counting those given a turn that have not left yet.
//
// The limits hold per IP address, so for every program on this computer together: a governor
// given its gateway's key also takes each start from the desk's ledger (DeskLedger), shared
// with the governors of the console and every cubectl that talk to the same gateway.
class RequestGovernor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestGovernor)

public:
    using Turn = std::function<void()>;

    // `gatewayKey` (scheme, host and port) shares the limits with every governor on this
    // computer for the same gateway; empty, this governor keeps to them alone. Its requests
    // end within `longestRequest` (the transfer time-out).
    explicit RequestGovernor(GatewayLimits limits, const QString &gatewayKey = {},
                             std::chrono::milliseconds longestRequest = std::chrono::seconds(30),
                             QObject *parent = nullptr);

    const GatewayLimits &limits() const { return m_limits; }

    // Runs `turn` when a request may start, unless `owner` was destroyed first. The request
    // then holds a place on the wire until release().
    void enqueue(QObject *owner, Turn turn);
    // A request that had its turn went on the wire (QNetworkReply::requestSent).
    void departed();
    // A request that had its turn ended: its place is free. One that never said it departed
    // counts as departing now (it may have, in part).
    void release(bool departed);
    // The server refused a request for its limits and asked to wait: nothing starts for `wait`.
    void holdFor(std::chrono::milliseconds wait);
    // Gives no turn until every request that had one has ended, then runs `work` with nothing
    // on the wire, and goes on: connections can then be dropped without cutting off a request
    // (a write cut off would have an unknown outcome).
    void whenIdle(std::function<void()> work);

    // The time between two starts: a second divided by the rate, plus a margin so that the
    // jitter of the network never puts one more into a second at the server.
    std::chrono::nanoseconds spacing() const;

signals:
    // Nothing starts for `milliseconds`: the server asked to wait (HTTP 429).
    void holding(qint64 milliseconds);

private:
    struct Waiting
    {
        QPointer<QObject> owner;
        Turn turn;
    };

    void startNext();
    // When the next turn may be given by the departures of the last second, in the clock's ns.
    qint64 windowOpensAt(qint64 now);
    std::chrono::nanoseconds window() const;

    GatewayLimits m_limits;
    DeskLedger m_desk;
    std::deque<Waiting> m_queue;
    std::vector<std::function<void()>> m_whenIdle;
    QTimer m_wake;
    QElapsedTimer m_clock;
    qint64 m_nextStartNs = 0;
    qint64 m_heldUntilNs = 0;
    int m_inFlight = 0;
    int m_notDeparted = 0;           // given a turn, not on the wire yet
    std::deque<qint64> m_departures; // when requests left, oldest first, within window()
    bool m_starting = false;
};

} // namespace cube
