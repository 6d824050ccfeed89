#include "fleet.h"

#include <QTest>

// How long the simulator takes to build its fleet: cube-sim --size 100000 must start in a
// few seconds (250,000 orders, indices for both).
class BenchFleet : public QObject
{
    Q_OBJECT

private slots:
    void buildHundredThousandSims()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        qsizetype sims = 0;
        qsizetype orders = 0;
        QBENCHMARK_ONCE
        {
            const cube::sim::Fleet fleet = cube::sim::Fleet::generate(1, 100000, now);
            sims = fleet.sims().size();
            orders = fleet.orders().size();
        }
        QCOMPARE(sims, qsizetype(100000));
        QVERIFY(orders > 240000 && orders < 260000);
    }

    void ninetyDaysOfUsageForOneSim()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const cube::sim::Fleet fleet = cube::sim::Fleet::generate(1, 100, now);
        double total = 0;
        QBENCHMARK
        {
            total = fleet.usageSinceMb(1, now.addDays(-90), now.date());
        }
        QVERIFY(total >= 0);
    }
};

QTEST_GUILESS_MAIN(BenchFleet)
#include "bench_fleet.moc"
