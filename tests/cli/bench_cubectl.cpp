#include "cubectlharness.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::test::CubectlHarness;
using cube::test::CubectlRun;

// What a script waits for: whole cubectl runs on the built-in simulator (2,000 SIM cards),
// start-up included.
class BenchCubectl : public QObject
{
    Q_OBJECT

private slots:
    void listEveryOrderAsCsv()
    {
        QBENCHMARK
        {
            const CubectlRun run = CubectlHarness::runBare(
                {u"--demo"_s, u"orders"_s, u"list"_s, u"--csv"_s, u"--page-size"_s, u"500"_s});
            QCOMPARE(run.exitCode, 0);
        }
    }

    void showFiveHundredSims()
    {
        QTemporaryFile list;
        QVERIFY(list.open());
        for (int i = 0; i < 500; ++i)
            list.write(u"8985202201%1\n"_s.arg(i, 10, 10, QChar(u'0')).toLatin1());
        list.close();
        QBENCHMARK
        {
            const CubectlRun run =
                CubectlHarness::runBare({u"--demo"_s, u"sims"_s, u"show"_s, u"--from"_s,
                                         list.fileName(), u"--jobs"_s, u"6"_s, u"--csv"_s});
            QCOMPARE(run.exitCode, 0);
        }
    }
};

QTEST_GUILESS_MAIN(BenchCubectl)
#include "bench_cubectl.moc"
