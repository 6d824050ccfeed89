#pragma once

#include "bulkwritejob.h"

#include <QObject>

#include <memory>

namespace cube {

class BulkRunner;
class Journal;

// Finishes a bulk job that was cut short (the program killed, the machine off, the network
// gone), for cubectl's `jobs resume` and the console alike. check() reads what each item with
// no answer did and settles it, sending nothing; resume() checks first, then sends only the
// items that never went out (JobItemStatus::needsSending). An item whose outcome stays unknown
// is never sent again.
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

    void check();
    void resume(int concurrency);

    const JournalJob &job() const { return m_job; }
    // The items' outcomes as the journal now has them.
    JobTally tally() const;

signals:
    // An item was checked or sent and settled.
    void itemSettled(qsizetype index, cube::JournalOutcome outcome);
    void finished();

private:
    void checkThen(std::function<void()> then);
    void sendNotSent(int concurrency);

    ChangeWriter &m_writer;
    CubeClient &m_client;
    Journal &m_journal;
    JournalJob m_job;
    std::unique_ptr<BulkWriteJob> m_writes;
    BulkRunner *m_runner = nullptr;
    int m_checking = 0;
};

} // namespace cube
