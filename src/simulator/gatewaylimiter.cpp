#include "gatewaylimiter.h"

namespace cube::sim {

namespace {

constexpr std::chrono::milliseconds window{1000};

// One address whichever way it arrives: 127.0.0.1 and ::ffff:127.0.0.1 share their limits.
QHostAddress plain(const QHostAddress &address)
{
    bool isIPv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIPv4);
    return isIPv4 ? QHostAddress(ipv4) : address;
}

int wholeSecondsAtLeastOne(qint64 milliseconds)
{
    return int(qMax<qint64>(1, (milliseconds + 999) / 1000));
}

} // namespace

GatewayLimiter::GatewayLimiter(GatewayPolicy policy, ServerTimeZone zone)
    : m_policy(policy)
    , m_zone(zone)
{}

GatewayLimiter::Admission GatewayLimiter::admit(const QHostAddress &peer,
                                                const QDateTime &serverNow, Instant received)
{
    Peer &state = m_peers[plain(peer)];

    // Every request received counts against the day, the refused ones too, as the vendor's
    // quota counts queries and not answers.
    const QDate today = m_zone.dateAt(serverNow);
    if (today != state.day) {
        state.day = today;
        state.today = 0;
    }
    ++state.today;
    if (m_policy.dailyQuota > 0 && state.today > m_policy.dailyQuota) {
        const qint64 untilMidnight = serverNow.msecsTo(m_zone.startOf(today.addDays(1)));
        return {0, GatewayLimit::DailyQuota, wholeSecondsAtLeastOne(untilMidnight)};
    }

    // A refused request takes no place in the window: a client that waits as told gets in.
    while (!state.lastSecond.empty() && state.lastSecond.front() <= received - window)
        state.lastSecond.pop_front();
    if (m_policy.rate > 0 && qsizetype(state.lastSecond.size()) >= m_policy.rate) {
        const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(
            state.lastSecond.front() + window - received);
        return {0, GatewayLimit::Rate, wholeSecondsAtLeastOne(wait.count())};
    }

    if (m_policy.concurrency > 0 && state.inProgress >= m_policy.concurrency)
        return {0, GatewayLimit::Concurrency, 1};

    if (m_policy.rate > 0)
        state.lastSecond.push_back(received);
    ++state.inProgress;
    m_inProgress.insert(++m_lastRequest, plain(peer));
    return {m_lastRequest, GatewayLimit::None, 0};
}

void GatewayLimiter::finish(quint64 request)
{
    const auto it = m_inProgress.constFind(request);
    if (it == m_inProgress.cend())
        return;
    if (auto peer = m_peers.find(*it); peer != m_peers.end())
        peer->inProgress = qMax(0, peer->inProgress - 1);
    m_inProgress.erase(it);
}

} // namespace cube::sim
