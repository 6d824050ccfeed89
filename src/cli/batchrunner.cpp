#include "batchrunner.h"

#include "console.h"

#include <QCoreApplication>
#include <QPointer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace cube::cli {

BatchRunner::BatchRunner(QList<BatchJob> jobs, int concurrency, QObject *parent)
    : QObject(parent)
    , m_jobs(std::move(jobs))
    , m_outcomes(m_jobs.size())
    , m_concurrency(qMax(1, concurrency))
{}

void BatchRunner::start()
{
    if (m_jobs.isEmpty()) {
        QMetaObject::invokeMethod(this, &BatchRunner::finished, Qt::QueuedConnection);
        return;
    }
    startNext();
}

void BatchRunner::startNext()
{
    while (m_running < m_concurrency && m_next < m_jobs.size()) {
        const qsizetype index = m_next++;
        ++m_running;
        QPointer<BatchRunner> self(this);
        m_jobs[index].start([self, index](JobOutcome outcome) {
            if (self)
                self->jobDone(index, std::move(outcome));
        });
    }
}

void BatchRunner::jobDone(qsizetype index, JobOutcome outcome)
{
    if (!outcome.ok())
        ++m_failed;
    m_outcomes[index] = std::move(outcome);
    --m_running;
    ++m_done;
    showProgress();
    if (m_done == m_jobs.size()) {
        if (m_showsProgress)
            std::fputs("\r\033[K", stderr); // the summary takes the progress line's place
        emit finished();
        return;
    }
    startNext();
}

void BatchRunner::showProgress() const
{
    if (!m_showsProgress)
        return;
    const QString line =
        QCoreApplication::translate("cube::cli::BatchRunner", "%1 of %2 done, %3 failed")
            .arg(m_done)
            .arg(m_jobs.size())
            .arg(m_failed);
    console::writeError(u"\r\033[K"_s + line);
    std::fflush(stderr);
}

} // namespace cube::cli
