#pragma once

#include "writes/writejob.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace cube {

class JobRunner;
class Journal;

// Finishes a bulk job that was cut short (the program killed, the machine off, the network
// gone), for cubectl's `jobs resume` and the console alike. claim() makes this process the one
// that runs the job, atomically: of two programs resuming one job at once, one runs it and the
// other is told who has it. check() reads what each item with no answer did and settles it,
// sending nothing; resume() checks first, then sends only the items that never went out
// (JobItemStatus::needsSending). An item whose outcome stays unknown is never sent again, and
// one that was sent too recently to judge (the server may still act on it: within the request
// time-out) is left alone and named with the time from which it can be checked.
class JobResumption final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobResumption)

public:
    JobResumption(ChangeWriter &writer, CubeClient &client, Journal &journal, JournalJob job,
                  QObject *parent = nullptr);
    ~JobResumption() override;

    // Why this job cannot be checked or resumed with this client (another account), or empty.
    QString problem() const;
    // Makes this process the one that runs the job; empty when it now does, else who holds it
    // (or why the journal could not say), for a person: nothing may be checked or sent then.
    QString claim(JobPurpose purpose);

    // Each claims the job first when claim() was not called; when another program holds it,
    // they send nothing and finish.
    void check();
    void resume(int concurrency);

    const JournalJob &job() const { return m_job; }
    // The items' outcomes as the journal now has them.
    JobTally tally() const;
    // The items left alone because they were sent too recently to judge, in one sentence with
    // when they can be checked; empty when there are none.
    QString waitingWords() const;

signals:
    // An item was checked or sent and settled.
    void itemSettled(qsizetype index, cube::JournalOutcome outcome);
    void finished();

private:
    bool claimed(JobPurpose purpose);
    void checkThen(std::function<void()> then);
    void sendNotSent(int concurrency);
    // The job is over (finished) or, with items left to check later, let go for anyone.
    void endOrRelease(bool finishedWhenNothingIsLeft);
    // How long after a write left a read can tell what it did: the senders' request time-out.
    std::chrono::milliseconds grace() const;

    ChangeWriter &m_writer;
    CubeClient &m_client;
    Journal &m_journal;
    JournalJob m_job;
    std::unique_ptr<WriteJob> m_writes;
    JobRunner *m_runner = nullptr;
    int m_checking = 0;
    bool m_claimed = false;
    bool m_over = false;            // ended or let go: the claim is settled
    QList<JobItemStatus> m_waiting; // sent too recently to judge
};

} // namespace cube
