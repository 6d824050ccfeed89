#pragma once

#include "journal/journaljob.h"
#include "journal/settlement.h"

#include <QObject>

#include <functional>

namespace cube {

// Runs the items of a bulk job (ending 500 orders early, ordering a plan for many SIMs, a
// cubectl command over many targets) with at most `concurrency` at a time, in order. One item's
// failure does not stop the others; stop() starts no further item, and those already sent
// finish and are counted. Each item reports how it settled exactly once.
class JobRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobRunner)

public:
    using ItemDone = std::function<void(Settlement)>;
    using StartItem = std::function<void(qsizetype index, ItemDone done)>;

    JobRunner(qsizetype count, int concurrency, StartItem start, QObject *parent = nullptr);

    void start();
    void stop();

    const JobTally &tally() const { return m_tally; }

signals:
    void itemStarted(qsizetype index);
    void itemFinished(qsizetype index, cube::Settlement settlement);
    // Every item settled, or after stop() every item that was sent; emitted once.
    void finished();

private:
    void startMore();
    void itemDone(qsizetype index, Settlement settlement);
    void finishWhenIdle();

    StartItem m_start;
    JobTally m_tally;
    int m_concurrency;
    qsizetype m_next = 0;
    int m_running = 0;
    bool m_stopping = false;
    bool m_finished = false;
};

} // namespace cube
