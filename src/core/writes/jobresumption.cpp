#include "writes/jobresumption.h"

#include "journal/journal.h"
#include "writes/jobrunner.h"

#include <algorithm>

namespace cube {

namespace {

JournalOutcome outcomeOf(const WriteOutcome &outcome)
{
    switch (outcome.settlement) {
    case Settlement::Done:
        return JournalOutcome::Done;
    case Settlement::NotDone:
        return JournalOutcome::NotDone;
    case Settlement::Unknown:
        break;
    }
    return JournalOutcome::Unknown;
}

} // namespace

JobResumption::JobResumption(ChangeWriter &writer, CubeClient &client, Journal &journal,
                             JournalJob job, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_client(client)
    , m_journal(journal)
    , m_job(std::move(job))
    , m_writes(std::make_unique<WriteJob>(writer, client, &journal, m_job.operation,
                                          m_job.parameters, m_job.subjects))
{}

JobResumption::~JobResumption()
{
    // Gone half-way (the console switched accounts, say) while this process still holds the
    // job: let it go, or it would read as run by this live process until it quits.
    if (m_claimed && !m_over)
        m_journal.releaseJob(m_job.id);
}

QString JobResumption::problem() const
{
    const JournalEntry here = m_client.journalEntry(m_job.operation);
    if (here.accessCode != m_job.accessCode || here.baseUrl != m_job.baseUrl)
        return tr("Job %1 was sent to the account %2 at %3; connect to that account to check or "
                  "resume it.")
            .arg(m_job.id)
            .arg(m_job.accessCode, m_job.baseUrl);
    return {};
}

QString JobResumption::claim(JobPurpose purpose)
{
    const JobClaim claim =
        m_journal.claimJob(m_job.id, purpose, m_client.settings().transferTimeout);
    m_claimed = claim.won;
    if (claim.won)
        return {};
    return claim.problem.isEmpty() ? JournalWords::heldBy(m_job.id, claim.holder) : claim.problem;
}

bool JobResumption::claimed(JobPurpose purpose)
{
    if (m_claimed || claim(purpose).isEmpty())
        return true;
    // Another program runs it: nothing is read or sent here.
    QMetaObject::invokeMethod(this, &JobResumption::finished, Qt::QueuedConnection);
    return false;
}

std::chrono::milliseconds JobResumption::grace() const
{
    // The time-out of the programs that sent the job's writes (the journal keeps the longest);
    // this client's own for a job recorded before the journal kept it.
    return m_job.requestTimeout.count() > 0 ? m_job.requestTimeout
                                            : m_client.settings().transferTimeout;
}

JobTally JobResumption::tally() const
{
    const std::optional<JournalJob> now = m_journal.job(m_job.id);
    return now ? now->tally : m_job.tally;
}

QString JobResumption::waitingWords() const
{
    if (m_waiting.isEmpty())
        return {};
    auto bySending = [](const JobItemStatus &a, const JobItemStatus &b) {
        return a.leftAt() < b.leftAt();
    };
    const auto [first, last] = std::minmax_element(m_waiting.cbegin(), m_waiting.cend(), bySending);
    return JournalWords::waiting(m_waiting.size(), first->leftAt(), last->leftAt(),
                                 last->decidableAt(grace()));
}

void JobResumption::check()
{
    if (!claimed(JobPurpose::Check))
        return;
    checkThen([this] {
        endOrRelease(true);
        emit finished();
    });
}

void JobResumption::resume(int concurrency)
{
    if (!claimed(JobPurpose::Resume))
        return;
    checkThen([this, concurrency] { sendNotSent(concurrency); });
}

void JobResumption::checkThen(std::function<void()> then)
{
    QList<JobItemStatus> unknown;
    m_waiting.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const JobItemStatus &item : m_journal.jobItems(m_job.id)) {
        if (!item.awaitsCheck())
            continue;
        // Sent too recently: the server may still act on it. A read now could find "not done"
        // and have it sent a second time.
        if (item.decidableAt(grace()) > now)
            m_waiting.append(item);
        else
            unknown.append(item);
    }
    m_checking = int(unknown.size());
    if (m_checking == 0)
        return then();
    for (const JobItemStatus &item : unknown)
        m_writer.check(*item.entry, this, [this, then, index = item.index](const WriteOutcome &o) {
            emit itemSettled(index, outcomeOf(o));
            if (--m_checking == 0)
                then();
        });
}

void JobResumption::sendNotSent(int concurrency)
{
    QList<qsizetype> notSent;
    for (const JobItemStatus &item : m_journal.jobItems(m_job.id))
        if (item.needsSending())
            notSent.append(item.index);
    m_writes->adopt(m_job.id);
    m_runner = new JobRunner(
        notSent.size(), concurrency,
        [this, notSent](qsizetype i, JobRunner::ItemDone done) {
            const qsizetype index = notSent.at(i);
            m_writes->write(index, this, [this, index, done](const WriteOutcome &outcome) {
                emit itemSettled(index, outcomeOf(outcome));
                done(outcome.settlement);
            });
        },
        this);
    connect(m_runner, &JobRunner::finished, this, [this] {
        endOrRelease(false);
        emit finished();
    });
    m_runner->start();
}

void JobResumption::endOrRelease(bool finishedWhenNothingIsLeft)
{
    m_over = true;
    const JobTally now = tally();
    // Items left to check later: anyone may check or resume it then.
    if (!m_waiting.isEmpty() || (finishedWhenNothingIsLeft && (now.unknown > 0 || now.notSent > 0)))
        m_journal.releaseJob(m_job.id);
    else
        m_journal.endJob(m_job.id, JobState::Finished);
}

} // namespace cube
