#include "jobresumption.h"

#include "bulkrunner.h"
#include "journal.h"

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
    , m_writes(std::make_unique<BulkWriteJob>(writer, client, m_job.operation, m_job.parameters,
                                              m_job.subjects))
{}

JobResumption::~JobResumption() = default;

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

JobTally JobResumption::tally() const
{
    const std::optional<JournalJob> now = m_journal.job(m_job.id);
    return now ? now->tally : m_job.tally;
}

void JobResumption::check()
{
    checkThen([this] {
        // Nothing left to send or to find out: the job is over.
        const JobTally now = tally();
        if (now.unknown == 0 && now.notSent == 0)
            m_writes->end(JobState::Finished);
        emit finished();
    });
}

void JobResumption::resume(int concurrency)
{
    checkThen([this, concurrency] { sendNotSent(concurrency); });
}

void JobResumption::checkThen(std::function<void()> then)
{
    QList<JobItemStatus> unknown;
    for (const JobItemStatus &item : m_journal.jobItems(m_job.id))
        if (item.entry && item.outcome == JournalOutcome::Unknown)
            unknown.append(item);
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
    m_runner = new BulkRunner(
        notSent.size(), concurrency,
        [this, notSent](qsizetype i, BulkRunner::ItemDone done) {
            const qsizetype index = notSent.at(i);
            m_writes->write(index, this, [this, index, done](const WriteOutcome &outcome) {
                emit itemSettled(index, outcomeOf(outcome));
                done(outcome.settlement);
            });
        },
        this);
    connect(m_runner, &BulkRunner::finished, this, [this] {
        m_writes->end(JobState::Finished);
        emit finished();
    });
    m_runner->start();
}

} // namespace cube
