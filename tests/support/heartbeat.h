#pragma once

#include <QElapsedTimer>
#include <QTimer>

namespace cube::test {

// The house measure of a UI-thread stall: a 10 ms timer on the thread under test; the longest
// gap between its ticks is the longest time that thread did not run its event loop.
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_clock.start();
        m_timer.start();
    }

    qint64 worstGapMs()
    {
        tick();
        return m_worst;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        m_worst = qMax(m_worst, now - m_last);
        m_last = now;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

} // namespace cube::test
