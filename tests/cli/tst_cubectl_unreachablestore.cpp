#include "contract/operation.h"
#include "cubectlharness.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::test::CubectlHarness;
using cube::test::CubectlRun;

namespace {

// Nothing listens on port 1 of this computer: the team store is refused at once.
const QString unreachable = u"postgresql://cube@127.0.0.1:1/cube"_s;
constexpr int inUse = 1; // the simulator's order status

} // namespace

// A profile whose team store cannot be reached, through cubectl: its journal is the team
// store's, so a write cannot be recorded and is not sent ("Nothing was sent", exit 3; cube-sim's
// request log shows no write), reads still work (with the note that the quota count leaves them
// out), and the journal's own commands say that it cannot be read instead of showing nothing.
// --journal FILE still means that file.
class TestCubectlUnreachableStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CubectlHarness m_harness;
    QString m_log;

    static CubectlRun desk(const QStringList &arguments)
    {
        return CubectlHarness::runBare(QStringList{u"--profile"_s, u"Team desk"_s} + arguments);
    }

    // The paths cube-sim was asked for, in order.
    QStringList requestedPaths() const
    {
        QStringList paths;
        QFile file(m_log);
        if (!file.open(QIODevice::ReadOnly))
            return paths;
        while (!file.atEnd())
            paths.append(
                QJsonDocument::fromJson(file.readLine()).object().value(u"path"_s).toString());
        return paths;
    }

    QStringList writesRequested() const
    {
        QStringList writes;
        for (const QString &path : requestedPaths())
            for (const cube::Operation operation : cube::allOperations())
                if (cube::operationInfo(operation).write
                    && path.endsWith(cube::operationInfo(operation).defaultPathString()))
                    writes.append(path);
        return writes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_log = m_dir.filePath(u"requests.jsonl"_s);
        QVERIFY(m_harness.start({u"--size"_s, u"50"_s, u"--request-log"_s, m_log}));
        const CubectlRun added = CubectlHarness::runBare(
            {u"profiles"_s, u"add"_s, u"Team desk"_s, u"--team-store"_s, unreachable,
             u"--base-url"_s, m_harness.baseUrl().toString(), u"--access-code"_s, u"P000270"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    }

    void aWriteIsNotSent()
    {
        const QList<cube::Order> orders = m_harness.ordersIn(inUse, 1);
        QCOMPARE(orders.size(), 1);
        const QString code = orders.front().orderCode;
        const CubectlRun refused = desk(
            {u"orders"_s, u"end"_s, code, u"--reason"_s, u"moved to another plan"_s, u"--yes"_s});
        QVERIFY2(refused.exitCode == 3, qPrintable(refused.describe()));
        QVERIFY2(refused.err.contains(u"Nothing was sent: "_s), qPrintable(refused.describe()));
        // The journal's own words: which store, and what to do.
        QVERIFY2(refused.err.contains(u"team store"_s)
                     && refused.err.contains(u"postgresql://cube@127.0.0.1:1/cube"_s),
                 qPrintable(refused.describe()));
        QVERIFY2(writesRequested().isEmpty(), qPrintable(writesRequested().join(u' ')));
        QCOMPARE(m_harness.statusOf(code), inUse);
    }

    void readsStillWork()
    {
        const qsizetype before = requestedPaths().size();
        const CubectlRun plans = desk({u"plans"_s, u"list"_s, u"--json"_s});
        QVERIFY2(plans.exitCode == 0, qPrintable(plans.describe()));
        QVERIFY(!plans.jsonArray().isEmpty());
        QVERIFY2(plans.err.contains(u"are not counted against the daily quota"_s),
                 qPrintable(plans.describe()));
        QVERIFY(requestedPaths().size() > before);
        QVERIFY(writesRequested().isEmpty());
    }

    void theJournalsCommandsSayItCannotBeRead_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("history") << QStringList{u"history"_s} << 3;
        QTest::newRow("jobs list") << QStringList{u"jobs"_s, u"list"_s} << 3;
        QTest::newRow("jobs show") << QStringList{u"jobs"_s, u"show"_s, u"1"_s} << 2;
        QTest::newRow("jobs check") << QStringList{u"jobs"_s, u"check"_s, u"1"_s} << 2;
    }

    void theJournalsCommandsSayItCannotBeRead()
    {
        QFETCH(QStringList, command);
        QFETCH(int, exitCode);
        const CubectlRun run = desk(command);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(u"The journal cannot be read"_s), qPrintable(run.describe()));
        QVERIFY2(run.err.contains(u"127.0.0.1"_s), qPrintable(run.describe()));
    }

    void aJournalFileGivenIsThatFile()
    {
        const QString file = m_dir.filePath(u"desk-journal.sqlite"_s);
        const CubectlRun history = desk({u"--journal"_s, file, u"history"_s, u"--json"_s});
        QVERIFY2(history.exitCode == 0, qPrintable(history.describe()));
        QVERIFY(history.jsonArray().isEmpty());
        QVERIFY(QFile::exists(file));
    }
};

QTEST_GUILESS_MAIN(TestCubectlUnreachableStore)
#include "tst_cubectl_unreachablestore.moc"
