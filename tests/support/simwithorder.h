#pragma once

#include "cubesimulator.h"
#include "widgetlookup.h"

#include <QTableView>
#include <QTest>

namespace cube::test {

// Opens, in the SIM list of `window` (which lists the simulator's whole fleet), the first SIM
// card with an order in use or paused, as a person clicks it, and waits until its detail has
// answered. Its index in the fleet, or -1 when the list or the detail did not come.
inline int openSimWithOrder(QWidget &window, sim::CubeSimulator &simulator)
{
    QAbstractItemModel *sims = modelOf(&window, QStringLiteral("simView"));
    const qsizetype fleet = simulator.fleet().sims().size();
    if (!sims || !QTest::qWaitFor([&] { return sims->rowCount() == fleet; }, 20000))
        return -1;
    int busy = 0;
    while (busy < fleet && simulator.fleet().currentOrder(busy) < 0)
        ++busy;
    if (busy == fleet)
        return -1;
    window.findChild<QTableView *>(QStringLiteral("simView"))
        ->setCurrentIndex(sims->index(busy, 0));
    QWidget *detail = window.findChild<QWidget *>(QStringLiteral("simDetail"));
    return QTest::qWaitFor([&] { return detailIsSettled(detail); }, 20000) ? busy : -1;
}

// The first `count` activated SIM cards of `fleet` with no order in use: free for a new plan.
inline QList<int> freeActivatedSims(const sim::Fleet &fleet, int count)
{
    QList<int> found;
    for (int i = 0; i < fleet.sims().size() && found.size() < count; ++i) {
        if (fleet.sims().at(i).lifeCycle == sim::LifeCycle::Activated && fleet.currentOrder(i) < 0)
            found.append(i);
    }
    return found;
}

} // namespace cube::test
