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

// A view-only profile through cubectl: every command that writes is refused with exit 2 and
// words that name the profile, before anything is read or sent (cube-sim's request log shows no
// write, and no read either); reads work as with any profile.
class TestCubectlViewOnly : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CubectlHarness m_harness;
    QString m_log;

    static CubectlRun viewer(const QStringList &arguments)
    {
        return CubectlHarness::runBare(QStringList{u"--profile"_s, u"Trainee"_s} + arguments);
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

    static bool isWritePath(const QString &path)
    {
        for (const cube::Operation operation : cube::allOperations())
            if (cube::operationInfo(operation).write
                && path.endsWith(cube::operationInfo(operation).defaultPathString()))
                return true;
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_log = m_dir.filePath(u"requests.jsonl"_s);
        QVERIFY(m_harness.start({u"--size"_s, u"50"_s, u"--request-log"_s, m_log}));
        const CubectlRun added = CubectlHarness::runBare(
            {u"profiles"_s, u"add"_s, u"Trainee"_s, u"--view-only"_s, u"--base-url"_s,
             m_harness.baseUrl().toString(), u"--access-code"_s, u"P000270"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
    }

    void theMarkIsListed()
    {
        const CubectlRun list = CubectlHarness::runBare({u"profiles"_s, u"list"_s, u"--json"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QCOMPARE(list.jsonArray().size(), 1);
        QVERIFY(list.jsonArray()[0][u"view_only"_s].toBool());
    }

    void everyWriteIsRefused_data()
    {
        QTest::addColumn<QStringList>("command");
        const QString code = u"PO20261201000001"_s;
        const QString iccid = u"89852022010000000012"_s;
        QTest::newRow("orders end")
            << QStringList{u"orders"_s, u"end"_s, code, u"--reason"_s, u"moved"_s, u"--yes"_s};
        QTest::newRow("orders cancel") << QStringList{u"orders"_s, u"cancel"_s, code, u"--yes"_s};
        QTest::newRow("orders enable") << QStringList{u"orders"_s, u"enable"_s, code};
        QTest::newRow("orders renew")
            << QStringList{u"orders"_s, u"renew"_s, code, u"--periods"_s, u"1"_s};
        QTest::newRow("orders place")
            << QStringList{u"orders"_s, u"place"_s, iccid, u"--plan"_s, u"P1"_s, u"--yes"_s};
        QTest::newRow("orders place-ota") << QStringList{
            u"orders"_s, u"place-ota"_s, iccid,  u"--plan"_s,     u"P1"_s, u"--mcc"_s,
            u"460"_s,    u"--days"_s,    u"3"_s, u"--pay-type"_s, u"1"_s};
        QTest::newRow("sms send") << QStringList{u"sms"_s, u"send"_s, iccid, u"--text"_s,
                                                 u"hello"_s};
        QTest::newRow("sims suspend") << QStringList{u"sims"_s, u"suspend"_s, iccid, u"--yes"_s};
        QTest::newRow("sims resume") << QStringList{u"sims"_s, u"resume"_s, iccid};
        QTest::newRow("jobs resume") << QStringList{u"jobs"_s, u"resume"_s, u"1"_s, u"--yes"_s};
    }

    void everyWriteIsRefused()
    {
        QFETCH(QStringList, command);
        const qsizetype before = requestedPaths().size();
        const CubectlRun refused = viewer(command);
        QVERIFY2(refused.exitCode == 2, qPrintable(refused.describe()));
        QVERIFY2(refused.err.contains(u"“Trainee” is view only"_s), qPrintable(refused.describe()));
        QCOMPARE(requestedPaths().size(), before); // nothing read, nothing sent
    }

    void readsWork()
    {
        const CubectlRun plans = viewer({u"plans"_s, u"list"_s, u"--json"_s});
        QVERIFY2(plans.exitCode == 0, qPrintable(plans.describe()));
        QVERIFY(!plans.jsonArray().isEmpty());
        const QStringList paths = requestedPaths();
        QVERIFY(!paths.isEmpty());
        for (const QString &path : paths)
            QVERIFY2(!isWritePath(path), qPrintable(path));
    }
};

QTEST_GUILESS_MAIN(TestCubectlViewOnly)
#include "tst_cubectl_viewonly.moc"
