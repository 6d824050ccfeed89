#include "transport/requestgovernor.h"

#include <cmath>
#include <utility>

namespace cube {

namespace {

// 5 %: at 10 a second, 105 ms between starts; a request may reach the server up to 50 ms
// later than its neighbours and the second it lands in still holds no more than ten.
constexpr double jitterMargin = 1.05;

} // namespace

namespace {

GatewayLimits bounded(GatewayLimits limits)
{
    limits.connections = qBound(1, limits.connections, GatewayLimits::largestConnections);
    limits.queriesPerSecond =
        qBound(1, limits.queriesPerSecond, GatewayLimits::largestQueriesPerSecond);
    return limits;
}

} // namespace

RequestGovernor::RequestGovernor(GatewayLimits limits, const QString &gatewayKey,
                                 std::chrono::milliseconds longestRequest, QObject *parent)
    : QObject(parent)
    , m_limits(bounded(limits))
    , m_desk(gatewayKey, m_limits, std::chrono::duration_cast<std::chrono::milliseconds>(window()),
             longestRequest)
{
    m_clock.start();
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &RequestGovernor::startNext);
}

std::chrono::nanoseconds RequestGovernor::spacing() const
{
    return std::chrono::nanoseconds(
        qint64(std::ceil(1e9 * jitterMargin / m_limits.queriesPerSecond)));
}

void RequestGovernor::enqueue(QObject *owner, Turn turn)
{
    m_queue.push_back({owner, std::move(turn)});
    startNext();
}

std::chrono::nanoseconds RequestGovernor::window() const
{
    return std::chrono::nanoseconds(qint64(1e9 * jitterMargin));
}

void RequestGovernor::departed()
{
    m_notDeparted = qMax(0, m_notDeparted - 1);
    m_departures.push_back(m_clock.nsecsElapsed());
    m_desk.departed();
}

qint64 RequestGovernor::windowOpensAt(qint64 now)
{
    const qint64 span = window().count();
    while (!m_departures.empty() && m_departures.front() <= now - span)
        m_departures.pop_front();
    const qsizetype inWindow = qsizetype(m_departures.size()) + m_notDeparted;
    if (inWindow < m_limits.queriesPerSecond)
        return now;
    // The departure whose leaving the window makes room; not one yet while too many are
    // still on their way (their departures open it later).
    const qsizetype leaving = inWindow - m_limits.queriesPerSecond;
    if (leaving >= qsizetype(m_departures.size()))
        return now + span;
    return m_departures.at(std::size_t(leaving)) + span;
}

void RequestGovernor::release(bool departed)
{
    if (!departed)
        this->departed();
    m_inFlight = qMax(0, m_inFlight - 1);
    m_desk.finished();
    // From the event loop: the request that ended may still be unwinding.
    QMetaObject::invokeMethod(this, &RequestGovernor::startNext, Qt::QueuedConnection);
}

void RequestGovernor::holdFor(std::chrono::milliseconds wait)
{
    const qint64 until = m_clock.nsecsElapsed() + std::chrono::nanoseconds(wait).count();
    if (until <= m_heldUntilNs)
        return;
    m_heldUntilNs = until;
    m_desk.holdFor(wait);
    emit holding(qint64(wait.count()));
}

void RequestGovernor::whenIdle(std::function<void()> work)
{
    m_whenIdle.push_back(std::move(work));
    startNext();
}

void RequestGovernor::startNext()
{
    if (m_starting)
        return; // a turn that ended at once; the loop below goes on
    if (!m_whenIdle.empty()) {
        if (m_inFlight > 0) {
            m_desk.stopWaiting(); // not before others while it waits for its own to end
            return;               // release() starts again
        }
        for (const std::function<void()> &work : std::exchange(m_whenIdle, {}))
            work();
    }
    m_starting = true;
    bool deskSaysWait = false;
    while (!m_queue.empty() && m_inFlight < m_limits.connections) {
        if (!m_queue.front().owner) {
            m_queue.pop_front();
            continue;
        }
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 earliest = qMax(qMax(m_nextStartNs, m_heldUntilNs), windowOpensAt(now));
        if (now < earliest) {
            const auto wait = std::chrono::ceil<std::chrono::milliseconds>(
                std::chrono::nanoseconds(earliest - now));
            if (!m_wake.isActive() || m_wake.remainingTimeAsDuration() > wait)
                m_wake.start(wait);
            break;
        }
        if (const auto deskWait = m_desk.tryStart()) {
            // Another program on this computer has the gateway's room for now.
            deskSaysWait = true;
            if (!m_wake.isActive() || m_wake.remainingTimeAsDuration() > *deskWait)
                m_wake.start(*deskWait);
            break;
        }
        Waiting next = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        ++m_notDeparted;
        m_nextStartNs = now + spacing().count();
        next.turn();
    }
    if (!deskSaysWait)
        m_desk.stopWaiting(); // waiting on its own limits, or for nothing: not before others
    m_starting = false;
}

} // namespace cube
