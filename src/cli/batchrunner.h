#pragma once

#include "batchjob.h"

#include <QObject>

namespace cube {
class BulkRunner;
}

namespace cube::cli {

// Runs a command's jobs through core's BulkRunner, at most `concurrency` at a time, and keeps
// each job's rows in the order of the jobs. On a terminal it keeps a progress line on
// standard error.
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
    void showProgress() const;

    QList<BatchJob> m_jobs;
    QList<JobOutcome> m_outcomes;
    BulkRunner *m_bulk;
    bool m_showsProgress = false;
};

} // namespace cube::cli
