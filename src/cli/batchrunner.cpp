#include "batchrunner.h"

#include "console.h"
#include "writes/bulkrunner.h"

#include <QCoreApplication>
#include <QPointer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace cube::cli {

namespace {

// How a job's outcome counts in the tally: an answer lost on the way is neither done nor not.
Settlement settlementOf(const JobOutcome &outcome)
{
    if (outcome.ok())
        return Settlement::Done;
    return outcome.error && outcome.error->outcomeUnknown ? Settlement::Unknown
                                                          : Settlement::NotDone;
}

} // namespace

BatchRunner::BatchRunner(QList<BatchJob> jobs, int concurrency, QObject *parent)
    : QObject(parent)
    , m_jobs(std::move(jobs))
    , m_outcomes(m_jobs.size())
{
    m_bulk = new BulkRunner(
        m_jobs.size(), concurrency,
        [this](qsizetype index, const BulkRunner::ItemDone &done) {
            QPointer<BatchRunner> self(this);
            m_jobs[index].start([self, index, done](JobOutcome outcome) {
                if (!self)
                    return;
                self->m_outcomes[index] = std::move(outcome);
                done(settlementOf(self->m_outcomes[index]));
            });
        },
        this);
    connect(m_bulk, &BulkRunner::itemFinished, this, &BatchRunner::showProgress);
    connect(m_bulk, &BulkRunner::finished, this, [this] {
        if (m_showsProgress && !m_jobs.isEmpty())
            std::fputs("\r\033[K", stderr); // the summary takes the progress line's place
        emit finished();
    });
}

void BatchRunner::start()
{
    m_bulk->start();
}

void BatchRunner::showProgress() const
{
    if (!m_showsProgress)
        return;
    const JobTally &tally = m_bulk->tally();
    const QString line =
        QCoreApplication::translate("cube::cli::BatchRunner", "%1 of %2 done, %3 failed")
            .arg(tally.finished())
            .arg(tally.total())
            .arg(tally.notDone + tally.unknown);
    console::writeError(u"\r\033[K"_s + line);
    std::fflush(stderr);
}

} // namespace cube::cli
