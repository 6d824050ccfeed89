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

} // namespace cube::test
