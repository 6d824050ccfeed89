#include "requestgovernor.h"

#include <cmath>

namespace cube {

namespace {

// 5 %: at 10 a second, 105 ms between starts; a request may reach the server up to 50 ms
// later than its neighbours and the second it lands in still holds no more than ten.
constexpr double jitterMargin = 1.05;

} // namespace

RequestGovernor::RequestGovernor(GatewayLimits limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{
    m_limits.connections = qBound(1, m_limits.connections, GatewayLimits::largestConnections);
    m_limits.queriesPerSecond =
        qBound(1, m_limits.queriesPerSecond, GatewayLimits::largestQueriesPerSecond);
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

void RequestGovernor::release()
{
    m_inFlight = qMax(0, m_inFlight - 1);
    // From the event loop: the request that ended may still be unwinding.
    QMetaObject::invokeMethod(this, &RequestGovernor::startNext, Qt::QueuedConnection);
}

void RequestGovernor::holdFor(std::chrono::milliseconds wait)
{
    const qint64 until = m_clock.nsecsElapsed() + std::chrono::nanoseconds(wait).count();
    if (until <= m_heldUntilNs)
        return;
    m_heldUntilNs = until;
    emit holding(qint64(wait.count()));
}

void RequestGovernor::startNext()
{
    if (m_starting)
        return; // a turn that ended at once; the loop below goes on
    m_starting = true;
    while (!m_queue.empty() && m_inFlight < m_limits.connections) {
        if (!m_queue.front().owner) {
            m_queue.pop_front();
            continue;
        }
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 earliest = qMax(m_nextStartNs, m_heldUntilNs);
        if (now < earliest) {
            const auto wait = std::chrono::ceil<std::chrono::milliseconds>(
                std::chrono::nanoseconds(earliest - now));
            if (!m_wake.isActive() || m_wake.remainingTimeAsDuration() > wait)
                m_wake.start(wait);
            break;
        }
        Waiting next = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_inFlight;
        m_nextStartNs = now + spacing().count();
        next.turn();
    }
    m_starting = false;
}

} // namespace cube
