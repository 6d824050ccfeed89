#include "awaitresult.h"
#include "cubectlharness.h"
#include "transport/cubeclient.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::test::CubectlHarness;
using cube::test::CubectlRun;

// What a script waits for: whole cubectl runs on cube-sim (2,000 SIM cards), start-up
// included. The program is measured, not the gateway: cube-sim without its limits and cubectl
// told that the gateway allows six at once and a thousand a second (the limits' own pace is
// measured by bench_limits). A run fails when cubectl fails or prints other than a line for
// each order or SIM card asked for (as many as the simulator says it has; the ICCIDs listed).
class BenchCubectl : public QObject
{
    Q_OBJECT

    const QStringList unlimited{u"--connections"_s, u"6"_s, u"--rate"_s, u"1000"_s};
    CubectlHarness m_harness;
    qint64 m_orderCount = -1; // of the whole account, as its first page says

    // The lines of a CSV listing after its header.
    static QStringList csvRows(const CubectlRun &run)
    {
        return run.out.split(u'\n', Qt::SkipEmptyParts).mid(1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_harness.start(
            {u"--size"_s, u"2000"_s, u"--limits"_s, u"none"_s, u"--max-page-size"_s, u"500"_s}));
        cube::OrderQuery query;
        query.pageSize = 1;
        const auto first = cube::test::awaitResult<cube::OrderPage>(
            [&](auto done) { m_harness.client().orders(query, this, done); });
        QVERIFY(first.ok());
        m_orderCount = first.value().page.totalCount;
        QVERIFY(m_orderCount > 2000);
    }

    void listEveryOrderAsCsv()
    {
        QBENCHMARK
        {
            const CubectlRun run = m_harness.run(
                unlimited
                + QStringList{u"orders"_s, u"list"_s, u"--csv"_s, u"--page-size"_s, u"500"_s});
            QCOMPARE(run.exitCode, 0);
            const QStringList rows = csvRows(run);
            QCOMPARE(rows.size(), m_orderCount);
            QCOMPARE(QSet<QString>(rows.cbegin(), rows.cend()).size(), rows.size());
        }
    }

    void showFiveHundredSims()
    {
        QTemporaryFile list;
        QVERIFY(list.open());
        QStringList iccids;
        for (int i = 0; i < 500; ++i)
            iccids.append(u"8985202201%1"_s.arg(i, 10, 10, QChar(u'0')));
        list.write((iccids.join(u'\n') + u'\n').toLatin1());
        list.close();
        QBENCHMARK
        {
            const CubectlRun run =
                m_harness.run(unlimited
                              + QStringList{u"sims"_s, u"show"_s, u"--from"_s, list.fileName(),
                                            u"--jobs"_s, u"6"_s, u"--csv"_s});
            QCOMPARE(run.exitCode, 0);
            // A line a SIM card, in the order asked for.
            QStringList shown;
            for (const QString &row : csvRows(run))
                shown.append(row.section(u',', 0, 0));
            QCOMPARE(shown, iccids);
        }
    }
};

QTEST_GUILESS_MAIN(BenchCubectl)
#include "bench_cubectl.moc"
