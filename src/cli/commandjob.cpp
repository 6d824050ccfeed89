#include "commandjob.h"

#include "console.h"
#include "writes/jobrunner.h"

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

CommandJob::CommandJob(QList<ItemWork> items, int concurrency, QObject *parent)
    : QObject(parent)
    , m_items(std::move(items))
    , m_outcomes(m_items.size())
{
    m_runner = new JobRunner(
        m_items.size(), concurrency,
        [this](qsizetype index, const JobRunner::ItemDone &done) {
            QPointer<CommandJob> self(this);
            m_items[index].start([self, index, done](JobOutcome outcome) {
                if (!self)
                    return;
                self->m_outcomes[index] = std::move(outcome);
                done(settlementOf(self->m_outcomes[index]));
            });
        },
        this);
    connect(m_runner, &JobRunner::itemFinished, this, &CommandJob::showProgress);
    connect(m_runner, &JobRunner::finished, this, [this] {
        if (m_showsProgress && !m_items.isEmpty())
            std::fputs("\r\033[K", stderr); // the summary takes the progress line's place
        emit finished();
    });
}

void CommandJob::start()
{
    m_runner->start();
}

void CommandJob::showProgress() const
{
    if (!m_showsProgress)
        return;
    const JobTally &tally = m_runner->tally();
    const QString line =
        QCoreApplication::translate("cube::cli::CommandJob", "%1 of %2 done, %3 failed")
            .arg(tally.finished())
            .arg(tally.total())
            .arg(tally.notDone + tally.unknown);
    console::writeError(u"\r\033[K"_s + line);
    std::fflush(stderr);
}

} // namespace cube::cli
