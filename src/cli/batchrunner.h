#pragma once

#include "batchjob.h"

#include <QObject>

namespace cube::cli {

// Runs a command's jobs with at most `concurrency` at a time. One failure does not stop the
// others. On a terminal it keeps a progress line on standard error.
class BatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRunner)

public:
    BatchRunner(QList<BatchJob> jobs, int concurrency, QObject *parent = nullptr);

    void setShowsProgress(bool shows) { m_showsProgress = shows; }
    void start();

    const QList<BatchJob> &jobs() const { return m_jobs; }
    // In the order of the jobs, whatever order they finished in.
    const QList<JobOutcome> &outcomes() const { return m_outcomes; }

signals:
    void finished();

private:
    void startNext();
    void jobDone(qsizetype index, JobOutcome outcome);
    void showProgress() const;

    QList<BatchJob> m_jobs;
    QList<JobOutcome> m_outcomes;
    int m_concurrency;
    qsizetype m_next = 0;
    qsizetype m_done = 0;
    qsizetype m_failed = 0;
    int m_running = 0;
    bool m_showsProgress = false;
};

} // namespace cube::cli
