#pragma once

#include <QEventLoop>
#include <QObject>
#include <QTimer>

namespace cube::test {

// Waits for work that ends in a signal or a callback by running an event loop that its end
// stops at once. QTest::qWaitFor and QTest::qWait sleep 10 ms between their passes of the event
// loop: whatever arrives meanwhile waits, so a wait with them adds up to 10 ms to every step it
// waits on (more when a step takes several passes) and the thread sleeps, unresponsive, all
// that time. A benchmark waits with this instead.
//
//   cube::test::Completion done(&loader, &FleetLoader::finished); // before the work starts
//   loader.start();
//   QVERIFY(done.wait(60000));
//
// or, for a callback, `[&](…) { done.finish(); }`. A finish before wait() is kept: wait() then
// returns at once (QSignalSpy::wait would wait in vain for a signal that came before it).
class Completion final
{
    Q_DISABLE_COPY_MOVE(Completion)

public:
    Completion() = default;
    template<typename Sender, typename Signal>
    Completion(const Sender *sender, Signal signal)
    {
        finishOn(sender, signal);
    }

    // Finished when `sender` emits `signal` (the connection ends with this object).
    template<typename Sender, typename Signal>
    void finishOn(const Sender *sender, Signal signal)
    {
        QObject::connect(sender, signal, &m_context, [this] { finish(); });
    }

    void finish()
    {
        m_finished = true;
        m_loop.quit();
    }
    bool isFinished() const { return m_finished; }
    // Waits again, for the next finish.
    void reset() { m_finished = false; }
    // A context object for connections that should end with this one.
    QObject *context() { return &m_context; }

    // Runs the event loop until finish() (true) or for `timeoutMs` at most (false).
    bool wait(int timeoutMs)
    {
        if (m_finished)
            return true;
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        guard.start(timeoutMs);
        m_loop.exec();
        return m_finished;
    }

private:
    bool m_finished = false;
    QEventLoop m_loop;
    QObject m_context; // declared last: its connections end first
};

// Runs the event loop until `done()` holds, checking it whenever `sender` emits `signal`; false
// when it still does not hold after `timeoutMs`.
template<typename Sender, typename Signal, typename Predicate>
bool waitUntil(const Sender *sender, Signal signal, Predicate done, int timeoutMs)
{
    Completion completion;
    QObject::connect(sender, signal, completion.context(), [&] {
        if (done())
            completion.finish();
    });
    return done() || completion.wait(timeoutMs);
}

// Runs the event loop for `ms`, without sleeping between its passes as QTest::qWait does.
inline void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace cube::test
