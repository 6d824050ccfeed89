#pragma once

#include "contract/servertimezone.h"
#include "gatewaypolicy.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>

#include <chrono>
#include <deque>

namespace cube::sim {

// Which of the gateway's limits refused a request.
enum class GatewayLimit {
    None,
    Rate,        // too many requests in the last second
    Concurrency, // too many requests of this address in progress
    DailyQuota,  // too many requests in the server's day
};

// The gateway's bookkeeping per client address, as the vendor's gateway keeps it: which
// requests it admits and which it answers with 429, and when to ask again.
class GatewayLimiter final
{
public:
    using Instant = std::chrono::steady_clock::time_point;

    struct Admission
    {
        quint64 request = 0; // admitted: the number to finish() it with; 0 when refused
        GatewayLimit refusedBy = GatewayLimit::None;
        int retryAfterSeconds = 0; // refused: whole seconds, at least 1 (Retry-After)

        bool admitted() const { return request != 0; }
    };

    explicit GatewayLimiter(GatewayPolicy policy = GatewayPolicy::vendor(),
                            ServerTimeZone zone = {});
    Q_DISABLE_COPY_MOVE(GatewayLimiter)

    const GatewayPolicy &policy() const { return m_policy; }
    // Takes effect from the next request; what was counted so far stays counted.
    void setPolicy(const GatewayPolicy &policy) { m_policy = policy; }

    // A request from `peer`. `serverNow` is the server's clock, whose day the quota counts in
    // (a test moves it past midnight); `received` is a steady instant for the rate window, so
    // that a test's frozen or moved server clock neither stops nor races the second.
    // An admitted request counts as in progress until finish().
    Admission admit(const QHostAddress &peer, const QDateTime &serverNow, Instant received);
    // The request was answered, or never will be (its connection went). Once is enough: a
    // second call for the same request does nothing.
    void finish(quint64 request);

private:
    struct Peer
    {
        std::deque<Instant> lastSecond; // admitted requests received in the last 1000 ms
        int inProgress = 0;
        QDate day; // the server's day that `today` counts
        int today = 0;
    };

    GatewayPolicy m_policy;
    ServerTimeZone m_zone;
    QHash<QHostAddress, Peer> m_peers;
    QHash<quint64, QHostAddress> m_inProgress; // admitted request -> its peer
    quint64 m_lastRequest = 0;
};

} // namespace cube::sim
