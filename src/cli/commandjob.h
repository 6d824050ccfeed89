#pragma once

#include "itemwork.h"

#include <QObject>

namespace cube {
class JobRunner;
}

namespace cube::cli {

// A command's job: runs its items through core's JobRunner, at most `concurrency` at a time,
// and keeps each item's rows in the order of the items. On a terminal it keeps a progress line
// on standard error.
class CommandJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandJob)

public:
    CommandJob(QList<ItemWork> items, int concurrency, QObject *parent = nullptr);

    void setShowsProgress(bool shows) { m_showsProgress = shows; }
    void start();

    const QList<ItemWork> &items() const { return m_items; }
    // In the order of the items, whatever order they finished in.
    const QList<JobOutcome> &outcomes() const { return m_outcomes; }

signals:
    void finished();

private:
    void showProgress() const;

    QList<ItemWork> m_items;
    QList<JobOutcome> m_outcomes;
    JobRunner *m_runner;
    bool m_showsProgress = false;
};

} // namespace cube::cli
