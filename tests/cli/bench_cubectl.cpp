#include "cubectlharness.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::test::CubectlHarness;
using cube::test::CubectlRun;

// What a script waits for: whole cubectl runs on cube-sim (2,000 SIM cards), start-up
// included. The program is measured, not the gateway: cube-sim without its limits and cubectl
// told that the gateway allows six at once and a thousand a second (the limits' own pace is
// measured by bench_limits).
class BenchCubectl : public QObject
{
    Q_OBJECT

    const QStringList unlimited{u"--connections"_s, u"6"_s, u"--rate"_s, u"1000"_s};
    CubectlHarness m_harness;

private slots:
    void initTestCase()
    {
        QVERIFY(m_harness.start(
            {u"--size"_s, u"2000"_s, u"--limits"_s, u"none"_s, u"--max-page-size"_s, u"500"_s}));
    }

    void listEveryOrderAsCsv()
    {
        QBENCHMARK
        {
            const CubectlRun run = m_harness.run(
                unlimited
                + QStringList{u"orders"_s, u"list"_s, u"--csv"_s, u"--page-size"_s, u"500"_s});
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
                m_harness.run(unlimited
                              + QStringList{u"sims"_s, u"show"_s, u"--from"_s, list.fileName(),
                                            u"--jobs"_s, u"6"_s, u"--csv"_s});
            QCOMPARE(run.exitCode, 0);
        }
    }
};

QTEST_GUILESS_MAIN(BenchCubectl)
#include "bench_cubectl.moc"
