#include "writes/jobrunner.h"

#include <QPointer>

#include <memory>

namespace cube {

JobRunner::JobRunner(qsizetype count, int concurrency, StartItem start, QObject *parent)
    : QObject(parent)
    , m_start(std::move(start))
    , m_concurrency(qMax(1, concurrency))
{
    m_tally.notSent = count;
}

void JobRunner::start()
{
    startMore();
    // An empty job (or one stopped before it started) still finishes, from the event loop.
    if (m_running == 0)
        QMetaObject::invokeMethod(this, &JobRunner::finishWhenIdle, Qt::QueuedConnection);
}

void JobRunner::stop()
{
    m_stopping = true;
    if (m_running == 0)
        finishWhenIdle();
}

void JobRunner::startMore()
{
    while (!m_stopping && m_running < m_concurrency && m_next < m_tally.total()) {
        const qsizetype index = m_next++;
        ++m_running;
        emit itemStarted(index);
        QPointer<JobRunner> self(this);
        auto reported = std::make_shared<bool>(false);
        m_start(index, [self, index, reported](Settlement settlement) {
            if (!self || *reported)
                return; // reported once only
            *reported = true;
            self->itemDone(index, settlement);
        });
    }
}

void JobRunner::itemDone(qsizetype index, Settlement settlement)
{
    --m_running;
    --m_tally.notSent;
    switch (settlement) {
    case Settlement::Done:
        ++m_tally.done;
        break;
    case Settlement::NotDone:
        ++m_tally.notDone;
        break;
    case Settlement::Unknown:
        ++m_tally.unknown;
        break;
    }
    emit itemFinished(index, settlement);
    startMore();
    finishWhenIdle();
}

void JobRunner::finishWhenIdle()
{
    if (m_finished || m_running > 0)
        return;
    if (!m_stopping && m_next < m_tally.total())
        return;
    m_finished = true;
    emit finished();
}

} // namespace cube
