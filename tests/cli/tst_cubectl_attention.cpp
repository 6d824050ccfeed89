#include "attentionscenario.h"
#include "contract/servertimezone.h"
#include "cubectlharness.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using cube::test::CubectlHarness;
using cube::test::CubectlRun;
namespace known = cube::test::known;

namespace {

// One desk: cube-sim serving a scenario, and the local state of cubectl (its journal, the
// attention store beside it, the fleet cache) in a folder of its own.
class Desk
{
public:
    bool start(const QJsonObject &scenario)
    {
        const QString path = m_dir.filePath(u"scenario.json"_s);
        return cube::test::AttentionScenario::writeScenario(scenario, path)
               && m_harness.start({u"--scenario"_s, path});
    }
    bool startGenerated(int size) { return m_harness.start({u"--size"_s, QString::number(size)}); }

    CubectlRun run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcessEnvironment environment = CubectlHarness::defaultEnvironment();
        environment.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        return m_harness.run(QStringList{u"--journal"_s, m_dir.filePath(u"journal.sqlite"_s)}
                                 + arguments,
                             input, environment);
    }

private:
    QTemporaryDir m_dir;
    CubectlHarness m_harness;
};

// The server's day today (the vendor's UTC+8, cube-sim's default), `days` on.
QString serverDay(int days)
{
    return cube::ServerTimeZone().today().addDays(days).toString(Qt::ISODate);
}

// "reason iccid date" of each item, in the order printed.
QStringList itemsOf(const QJsonArray &items)
{
    QStringList lines;
    for (const QJsonValue &item : items)
        lines.append(
            u"%1 %2 %3"_s.arg(item[u"reason"_s].toString(), item[u"iccid"_s].toString(),
                              item[u"date"_s].isNull() ? u"-"_s : item[u"date"_s].toString()));
    return lines;
}

QJsonObject itemOf(const QJsonArray &items, const QString &reason, const QString &iccid)
{
    for (const QJsonValue &item : items)
        if (item[u"reason"_s].toString() == reason && item[u"iccid"_s].toString() == iccid)
            return item.toObject();
    return {};
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList watchedIn(const CubectlRun &run)
{
    QStringList iccids;
    for (const QJsonValue &item : run.jsonArray())
        iccids.append(item[u"iccid"_s].toString());
    return iccids;
}

} // namespace

// cubectl attention and cubectl watch against cube-sim serving a fleet whose answers are known
// (knownAttentionFleet), as a cron job or a monitoring system runs them.
class TestCubectlAttention : public QObject
{
    Q_OBJECT

private:
    Desk m_known;

    // What knownAttentionFleet needs attention for, by the default rules (7 days, 10%), none of
    // it watched: each SIM's rate is its order's average since it started.
    static QStringList knownItems()
    {
        return {
            u"expired %1 %2"_s.arg(known::expiredYesterday, serverDay(-1)),
            u"expires-soon %1 %2"_s.arg(known::expiresIn3Days, serverDay(3)),
            u"low-data %1 %2"_s.arg(known::littleDataLeft, serverDay(0)),
            // 1,000 MB in its 10 days: 100 a day, and 24 MB left last a day.
            u"runs-out %1 %2"_s.arg(known::littleDataLeft, serverDay(1)),
            // 120 MB a day, 1,752 left: out in 15 days, before it expires in 20.
            u"runs-out %1 %2"_s.arg(known::runsOutBeforeExpiry, serverDay(15)),
            u"low-data %1 %2"_s.arg(known::alreadyOut, serverDay(0)),
            u"runs-out %1 %2"_s.arg(known::alreadyOut, serverDay(0)),
            u"no-plan %1 -"_s.arg(known::noPlan),
            u"suspended %1 -"_s.arg(known::suspended),
            u"pre-deactivation %1 -"_s.arg(known::preDeactivation),
        };
    }

private slots:
    void initTestCase() { QVERIFY(m_known.start(cube::test::knownAttentionFleet())); }

    void findsEachReasonOfTheKnownFleetExactly()
    {
        const CubectlRun run = m_known.run({u"attention"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        const QJsonArray items = run.jsonArray();
        QCOMPARE(sorted(itemsOf(items)), sorted(knownItems()));
        // Most urgent first: what already happened, then by day.
        QCOMPARE(itemsOf(items).constFirst(), knownItems().constFirst());
        const QJsonObject runsOut = itemOf(items, u"runs-out"_s, known::runsOutBeforeExpiry);
        QCOMPARE(runsOut[u"mb_per_day"_s].toDouble(), 120.0);
        QCOMPARE(runsOut[u"left_mb"_s].toDouble(), 1752.0);
        QCOMPARE(runsOut[u"plan"_s].toString(), u"Monthly 3GB Asia"_s);
        QVERIFY(runsOut[u"order_code"_s].toString().startsWith(u'L'));
        QCOMPARE(runsOut[u"watched"_s].toBool(true), false);
        const QJsonObject noPlan = itemOf(items, u"no-plan"_s, known::noPlan);
        QVERIFY(noPlan[u"order_code"_s].isNull());
        QVERIFY(noPlan[u"left_mb"_s].isNull());
        QVERIFY(noPlan[u"mb_per_day"_s].isNull());
    }

    void reasonKeepsOnlyTheReasonsNamed_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("reasons");
        QTest::newRow("repeated") << QStringList{u"--reason"_s, u"runs-out"_s, u"--reason"_s,
                                                 u"expired"_s}
                                  << QStringList{u"expired"_s, u"runs-out"_s};
        QTest::newRow("commas") << QStringList{u"--reason"_s, u"low-data,no-plan"_s}
                                << QStringList{u"low-data"_s, u"no-plan"_s};
    }

    void reasonKeepsOnlyTheReasonsNamed()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, reasons);
        const CubectlRun run = m_known.run(QStringList{u"attention"_s, u"--json"_s} + options);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        QStringList expected;
        for (const QString &item : knownItems())
            if (reasons.contains(item.section(u' ', 0, 0)))
                expected.append(item);
        QCOMPARE(sorted(itemsOf(run.jsonArray())), sorted(expected));
    }

    void rulesCanBeChangedForOneRun()
    {
        // Every order in use that expires within 20 days (not Little data left's, in 21).
        const CubectlRun later = m_known.run({u"attention"_s, u"--json"_s, u"--reason"_s,
                                              u"expires-soon"_s, u"--expiry-days"_s, u"20"_s});
        QCOMPARE(later.exitCode, 1);
        QCOMPARE(sorted(itemsOf(later.jsonArray())),
                 sorted({u"expires-soon %1 %2"_s.arg(known::expiresIn3Days, serverDay(3)),
                         u"expires-soon %1 %2"_s.arg(known::alreadyOut, serverDay(15)),
                         u"expires-soon %1 %2"_s.arg(known::expiresIn20Days, serverDay(20)),
                         u"expires-soon %1 %2"_s.arg(known::runsOutBeforeExpiry, serverDay(20)),
                         u"expires-soon %1 %2"_s.arg(known::noUsage, serverDay(20)),
                         u"expires-soon %1 %2"_s.arg(known::unlimited, serverDay(20))}));
        // Below 50 MB left rather than 10%: the one with 24 MB and the one with none.
        const CubectlRun low = m_known.run({u"attention"_s, u"--json"_s, u"--reason"_s,
                                            u"low-data"_s, u"--low-data"_s, u"50MB"_s});
        QCOMPARE(sorted(itemsOf(low.jsonArray())),
                 sorted({u"low-data %1 %2"_s.arg(known::littleDataLeft, serverDay(0)),
                         u"low-data %1 %2"_s.arg(known::alreadyOut, serverDay(0))}));
        // Below 95% of the plan: every capped plan in use that used more than 5%.
        const CubectlRun percent = m_known.run(
            {u"attention"_s, u"--json"_s, u"--reason"_s, u"low-data"_s, u"--low-data"_s, u"95%"_s});
        QCOMPARE(sorted(itemsOf(percent.jsonArray())),
                 sorted({u"low-data %1 %2"_s.arg(known::expiresIn3Days, serverDay(0)),
                         u"low-data %1 %2"_s.arg(known::littleDataLeft, serverDay(0)),
                         u"low-data %1 %2"_s.arg(known::runsOutBeforeExpiry, serverDay(0)),
                         u"low-data %1 %2"_s.arg(known::alreadyOut, serverDay(0))}));
        QCOMPARE(m_known.run({u"attention"_s, u"--low-data"_s, u"120%"_s}).exitCode, 2);
    }

    void theHelpSaysWhatItsExitStatusesMean()
    {
        const CubectlRun help = CubectlHarness::runBare({u"attention"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        const QString text = help.out.simplified();
        QVERIFY2(text.contains(u"0 nothing needs attention, 1 something does"_s), qPrintable(text));
        QVERIFY(!text.contains(u"1 some failed"_s));
    }

    void aBadReasonIsAUsageErrorThatListsTheKeys()
    {
        const CubectlRun run = m_known.run({u"attention"_s, u"--reason"_s, u"expired,soon"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        for (const QString &key : {u"expired"_s, u"expires-soon"_s, u"runs-out"_s, u"low-data"_s,
                                   u"no-plan"_s, u"suspended"_s, u"pre-deactivation"_s})
            QVERIFY2(run.err.contains(key), qPrintable(run.err));
    }

    void csvHasAHeaderAndALinePerItem()
    {
        const CubectlRun run = m_known.run({u"attention"_s, u"--csv"_s});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.constFirst(),
                 u"reason,iccid,order_code,plan,date,left_mb,mb_per_day,watched"_s);
        QCOMPARE(lines.size(), knownItems().size() + 1);
        QVERIFY2(lines.contains(u"runs-out,%1,%2,Monthly 3GB Asia,%3,1752.00,120.00,false"_s.arg(
                     known::runsOutBeforeExpiry,
                     itemOf(m_known.run({u"attention"_s, u"--json"_s}).jsonArray(), u"runs-out"_s,
                            known::runsOutBeforeExpiry)[u"order_code"_s]
                         .toString(),
                     serverDay(15))),
                 qPrintable(run.out));
        QVERIFY2(lines.contains(u"no-plan,%1,,,,,,false"_s.arg(known::noPlan)),
                 qPrintable(run.out));
    }

    void textSaysTheReasonsInWords()
    {
        const CubectlRun run = m_known.run({u"attention"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"Runs out before it expires"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Activated, no plan"_s));
        QVERIFY(!run.out.contains(u"runs-out"_s));
        QVERIFY2(run.err.contains(u"10 item"_s), qPrintable(run.err));
    }

    void nothingToDoIsExitZero()
    {
        Desk healthy;
        cube::test::AttentionScenario scenario;
        scenario.sim(known::expiresIn20Days)
            .daily(10)
            .order(cube::test::plans::monthly3GbAsia, 10, 20);
        QVERIFY(healthy.start(scenario.json()));
        const CubectlRun json = healthy.run({u"attention"_s, u"--json"_s});
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        QCOMPARE(json.jsonArray().size(), 0);
        const CubectlRun text = healthy.run({u"attention"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.err.contains(u"Nothing needs attention."_s), qPrintable(text.err));
        // The known fleet with only the reasons it has none of: nothing either.
        QCOMPARE(
            m_known
                .run({u"attention"_s, u"--reason"_s, u"expires-soon"_s, u"--expiry-days"_s, u"0"_s})
                .exitCode,
            0);
    }

    void theWatchlistIsKeptFromTheCommandLine()
    {
        Desk desk;
        QVERIFY(desk.start(cube::test::knownAttentionFleet()));
        QCOMPARE(desk.run({u"watch"_s, u"list"_s, u"--json"_s}).jsonArray().size(), 0);
        QCOMPARE(
            desk.run({u"watch"_s, u"add"_s, known::noUsage, u"-"_s},
                     (known::suspended + u"\n# a comment\n"_s + known::noPlan + u'\n').toUtf8())
                .exitCode,
            0);
        QCOMPARE(sorted(watchedIn(desk.run({u"watch"_s, u"list"_s, u"--json"_s}))),
                 sorted({known::noUsage, known::suspended, known::noPlan}));
        const CubectlRun removed = desk.run({u"watch"_s, u"remove"_s, known::suspended});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY2(removed.err.contains(u"2 SIM card"_s), qPrintable(removed.err));
        QCOMPARE(sorted(watchedIn(desk.run({u"watch"_s, u"list"_s, u"--json"_s}))),
                 sorted({known::noUsage, known::noPlan}));
        // A wrong ICCID is refused in its own words, and nothing of the list is kept.
        const CubectlRun wrong = desk.run({u"watch"_s, u"add"_s, known::unlimited, u"8985x"_s});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(u"\"8985x\" is not an ICCID"_s), qPrintable(wrong.err));
        QCOMPARE(sorted(watchedIn(desk.run({u"watch"_s, u"list"_s, u"--json"_s}))),
                 sorted({known::noUsage, known::noPlan}));
    }

    void aWatchedSimGoesByItsLastSevenDays()
    {
        Desk desk;
        QVERIFY(desk.start(cube::test::knownAttentionFleet()));
        // Unwatched: 1,000 MB in the 10 days of its order, 100 a day: out tomorrow.
        const QJsonArray before = desk.run({u"attention"_s, u"--json"_s}).jsonArray();
        QCOMPARE(itemOf(before, u"low-data"_s, known::littleDataLeft)[u"mb_per_day"_s].toDouble(),
                 100.0);
        QVERIFY(!itemOf(before, u"runs-out"_s, known::littleDataLeft).isEmpty());
        QCOMPARE(desk.run({u"watch"_s, u"add"_s, known::littleDataLeft, known::runsOutBeforeExpiry})
                     .exitCode,
                 0);
        // Watched: its last 7 days used nothing, so at that rate it does not run out.
        const CubectlRun run = desk.run({u"attention"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        const QJsonArray after = run.jsonArray();
        const QJsonObject low = itemOf(after, u"low-data"_s, known::littleDataLeft);
        QCOMPARE(low[u"watched"_s].toBool(), true);
        QCOMPARE(low[u"mb_per_day"_s].toDouble(), 0.0);
        QCOMPARE(low[u"left_mb"_s].toDouble(), 24.0);
        QVERIFY(itemOf(after, u"runs-out"_s, known::littleDataLeft).isEmpty());
        // Its last 7 days, 120 MB each, average 120.
        const QJsonObject runsOut = itemOf(after, u"runs-out"_s, known::runsOutBeforeExpiry);
        QCOMPARE(runsOut[u"watched"_s].toBool(), true);
        QCOMPARE(runsOut[u"mb_per_day"_s].toDouble(), 120.0);
        QCOMPARE(runsOut[u"date"_s].toString(), serverDay(15));
    }

    void aSimListBeyondTheQuotaIsNotReadWithoutYes()
    {
        Desk desk;
        QVERIFY(desk.startGenerated(300)); // 3 pages, the first of which says so
        const CubectlRun refused = desk.run({u"--daily-quota"_s, u"2"_s, u"attention"_s});
        QVERIFY2(refused.exitCode == 2, qPrintable(refused.describe()));
        QVERIFY2(refused.err.contains(u"Reading 300 SIM cards takes about 3 queries"_s),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"--yes"_s));
        QVERIFY(refused.out.isEmpty());
        const CubectlRun agreed =
            desk.run({u"--daily-quota"_s, u"2"_s, u"--yes"_s, u"attention"_s, u"--json"_s});
        QVERIFY2(agreed.exitCode == 0 || agreed.exitCode == 1, qPrintable(agreed.describe()));
        QVERIFY(agreed.out.startsWith(u'['));
    }

    void aLookBeyondTheQuotaIsNotMadeWithoutYes()
    {
        Desk desk;
        QVERIFY(desk.start(cube::test::knownAttentionFleet()));
        QCOMPARE(desk.run({u"watch"_s, u"add"_s, known::runsOutBeforeExpiry}).exitCode, 0);
        // The SIM list is one query; the look 9: the orders, the watched SIM's usage and its
        // 7 days.
        const CubectlRun refused = desk.run({u"--daily-quota"_s, u"5"_s, u"attention"_s});
        QVERIFY2(refused.exitCode == 2, qPrintable(refused.describe()));
        QVERIFY2(refused.err.contains(u"This look takes about 9 queries"_s),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"--yes"_s));
        QVERIFY(refused.out.isEmpty());
        const CubectlRun agreed =
            desk.run({u"--daily-quota"_s, u"5"_s, u"--yes"_s, u"attention"_s, u"--json"_s});
        QVERIFY2(agreed.exitCode == 1, qPrintable(agreed.describe()));
        QCOMPARE(sorted(itemsOf(agreed.jsonArray())), sorted(knownItems()));
    }
};

QTEST_GUILESS_MAIN(TestCubectlAttention)
#include "tst_cubectl_attention.moc"
