#include "cubectlharness.h"
#include "fleet/fleetcache.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::test::CubectlHarness;
using cube::test::CubectlRun;

namespace {

// Every command, as the help lists it.
const QStringList commands = {
    u"sims list"_s,     u"sims show"_s,       u"sims in-use"_s,      u"sims suspend"_s,
    u"sims resume"_s,   u"usage show"_s,      u"usage day"_s,        u"usage month"_s,
    u"usage balance"_s, u"plans list"_s,      u"orders list"_s,      u"orders show"_s,
    u"orders renew"_s,  u"orders place"_s,    u"orders place-ota"_s, u"orders end"_s,
    u"orders cancel"_s, u"orders enable"_s,   u"sms send"_s,         u"profiles list"_s,
    u"profiles add"_s,  u"profiles remove"_s, u"profiles use"_s,     u"attention"_s,
    u"watch list"_s,    u"watch add"_s,       u"watch remove"_s,     u"sims note"_s,
    u"sims tag"_s};

const auto firstIccid = u"89852022010000000000"_s;
const auto secondIccid = u"89852022010000000003"_s;

bool hasChinese(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

} // namespace

// cubectl run as a process against cube-sim: reading commands in each format, help, language,
// logging and exit statuses. (Writes, confirmation and dry runs: tst_cubectl_writes.)
class TestCubectl : public QObject
{
    Q_OBJECT

private:
    CubectlHarness m_harness;

private slots:
    void initTestCase() { QVERIFY(m_harness.start()); }

    void helpListsEveryCommand()
    {
        const CubectlRun help = CubectlHarness::runBare({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const QString &command : commands)
            QVERIFY2(help.out.contains(u"  "_s + command + u"  "_s), qPrintable(command));
        QVERIFY(help.out.contains(u"CUBE_SECRET"_s));
        QVERIFY(help.out.contains(u"Exit status"_s));
    }

    void eachCommandHasItsHelpInBothLanguages_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString &command : commands)
            QTest::newRow(qPrintable(command)) << command;
    }

    void eachCommandHasItsHelpInBothLanguages()
    {
        QFETCH(QString, command);
        const QStringList words = command.split(u' ');
        const CubectlRun english = CubectlHarness::runBare(words + QStringList{u"--help"_s});
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(english.out.startsWith(u"Usage: cubectl "_s + command), qPrintable(english.out));
        QVERIFY(english.out.contains(u"Global options:"_s));
        QVERIFY(english.out.contains(u"--dry-run"_s));

        const CubectlRun chinese =
            CubectlHarness::runBare(words + QStringList{u"--help"_s, u"--lang"_s, u"zh-CN"_s});
        QCOMPARE(chinese.exitCode, 0);
        QVERIFY2(chinese.out.startsWith(u"用法：cubectl "_s + command), qPrintable(chinese.out));
        // The summary (third line) and every option's description are translated.
        const QString summary = chinese.out.split(u'\n').value(2);
        QVERIFY2(hasChinese(summary), qPrintable(summary));
        for (const QString &line : chinese.out.split(u'\n')) {
            // An option's own line; not a continuation that a long path broken at the column's
            // edge may start with "-" ("…/test-" + "home/…").
            if (line.startsWith(u"  -"_s)) {
                const QString description = line.section(u"  "_s, 2).trimmed();
                QVERIFY2(description.isEmpty() || hasChinese(description), qPrintable(line));
            }
        }
    }

    void listsInEveryFormat_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("key");
        QTest::newRow("sims list") << QStringList{u"sims"_s, u"list"_s, u"--page-size"_s, u"50"_s}
                                   << u"Life cycle"_s << u"life_cycle"_s;
        QTest::newRow("sims in-use")
            << QStringList{u"sims"_s, u"in-use"_s} << u"Life cycle"_s << u"iccid"_s;
        QTest::newRow("plans list")
            << QStringList{u"plans"_s, u"list"_s} << u"Plan code"_s << u"plan_code"_s;
        QTest::newRow("orders list")
            << QStringList{u"orders"_s, u"list"_s, u"--iccid"_s, firstIccid} << u"Expires"_s
            << u"order_code"_s;
        QTest::newRow("usage month")
            << QStringList{u"usage"_s, u"month"_s, u"2026-11"_s, firstIccid, secondIccid}
            << u"Month"_s << u"used_mb"_s;
        QTest::newRow("usage day")
            << QStringList{u"usage"_s, u"day"_s, firstIccid, u"2026-11-20"_s, u"--days"_s, u"3"_s}
            << u"Date"_s << u"date"_s;
    }

    void listsInEveryFormat()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, title);
        QFETCH(QString, key);

        const CubectlRun text = m_harness.run(command);
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2 && lines.front().contains(title), qPrintable(text.describe()));

        const CubectlRun json = m_harness.run(command + QStringList{u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray items = json.jsonArray();
        QCOMPARE(items.size(), lines.size() - 1); // the same records, without the header
        QVERIFY(items.first().toObject().contains(key));

        const CubectlRun csv = m_harness.run(command + QStringList{u"--csv"_s});
        QCOMPARE(csv.exitCode, 0);
        const QStringList rows = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), lines.size());
        QVERIFY(rows.front().split(u',').contains(key));
        QVERIFY(!csv.out.startsWith(QChar(0xFEFF))); // for scripts: no byte-order mark

        // The JSON keys come in the order of the CSV header (the columns), not sorted.
        const QStringList header = rows.front().split(u',');
        const QRegularExpression member(u"^\\s+\"([a-z_]+)\":"_s);
        QStringList firstKeys;
        for (const QString &line : json.out.split(u'\n')) {
            const QRegularExpressionMatch found = member.match(line);
            if (found.hasMatch() && firstKeys.size() < header.size())
                firstKeys.append(found.captured(1));
        }
        QCOMPARE(firstKeys, header);
    }

    void listingFiltersAndPages()
    {
        const CubectlRun all =
            m_harness.run({u"sims"_s, u"list"_s, u"--json"_s, u"--page-size"_s, u"30"_s});
        QCOMPARE(all.jsonArray().size(), 200); // every page, 30 at a time
        const CubectlRun page = m_harness.run(
            {u"sims"_s, u"list"_s, u"--json"_s, u"--page"_s, u"2"_s, u"--page-size"_s, u"30"_s});
        QCOMPARE(page.jsonArray().size(), 30);
        QCOMPARE(page.jsonArray().first()[u"iccid"_s].toString(), u"89852022010000000030"_s);
        const CubectlRun activated =
            m_harness.run({u"sims"_s, u"list"_s, u"--json"_s, u"--status"_s, u"activated"_s});
        QVERIFY(!activated.jsonArray().isEmpty());
        for (const auto &sim : activated.jsonArray())
            QCOMPARE(sim[u"life_cycle"_s].toString(), u"activated"_s);
        const CubectlRun found =
            m_harness.run({u"sims"_s, u"list"_s, u"--json"_s, u"--find"_s, u"85260000007"_s});
        QCOMPARE(found.jsonArray().size(), 1);
        QCOMPARE(found.jsonArray().first()[u"iccid"_s].toString(), u"89852022010000000007"_s);
    }

    void listsTheCachedListWithoutTheNetwork()
    {
        // Nothing listens at this address: only the cache can answer.
        const QStringList nowhere{u"--base-url"_s, u"http://127.0.0.1:9/"_s, u"--access-code"_s,
                                  u"P000270"_s};
        QTemporaryDir cacheHome;
        QProcessEnvironment environment = CubectlHarness::defaultEnvironment();
        environment.insert(u"XDG_CACHE_HOME"_s, cacheHome.path());

        const auto none = CubectlHarness::runBare(
            nowhere + QStringList{u"sims"_s, u"list"_s, u"--cached"_s}, {}, environment);
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(u"No SIM list is cached"_s), qPrintable(none.describe()));

        cube::FleetSnapshot fleet;
        for (int i = 0; i < 1200; ++i) {
            cube::SimCard sim;
            sim.iccid = u"8985202201%1"_s.arg(i, 10, 10, QChar(u'0'));
            sim.lifeCycle = 1 + i % 4;
            fleet.append(sim);
        }
        cube::ConnectionSettings settings;
        settings.baseUrl = QUrl(u"http://127.0.0.1:9/"_s);
        settings.accessCode = u"P000270"_s;
        {
            cube::FleetCache cache(
                cacheHome.filePath(u"CubeConsole/cube-console/fleet-cache.sqlite"_s));
            QVERIFY(!cache.save(cube::FleetCache::accountKey({}, settings), fleet,
                                QDateTime(QDate(2026, 11, 2), QTime(7, 30))));
        }
        const auto cached = CubectlHarness::runBare(
            nowhere
                + QStringList{u"sims"_s, u"list"_s, u"--cached"_s, u"--find"_s, u"000000011"_s,
                              u"--status"_s, u"activated"_s, u"--csv"_s},
            {}, environment);
        QVERIFY2(cached.exitCode == 0, qPrintable(cached.describe()));
        QVERIFY2(cached.err.contains(u"Cached list as of 2026-11-02 07:30"_s),
                 qPrintable(cached.describe()));
        const QStringList lines = cached.out.trimmed().split(u'\n');
        // SIMs 11 and 110 to 119 contain the digits; 113 and 117 are activated (1 + i % 4 = 2).
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).startsWith(u"89852022010000000113,"_s));
        QVERIFY(lines.at(2).startsWith(u"89852022010000000117,"_s));
    }

    // A damaged cached list is set aside, and cubectl says why, where it went and what to do,
    // instead of only "No SIM list is cached".
    void saysWhyTheCachedListWasSetAside()
    {
        const QStringList nowhere{u"--base-url"_s, u"http://127.0.0.1:9/"_s, u"--access-code"_s,
                                  u"P000270"_s};
        QTemporaryDir cacheHome;
        QProcessEnvironment environment = CubectlHarness::defaultEnvironment();
        environment.insert(u"XDG_CACHE_HOME"_s, cacheHome.path());
        const QString path = cacheHome.filePath(u"CubeConsole/cube-console/fleet-cache.sqlite"_s);
        cube::FleetSnapshot fleet;
        for (int i = 0; i < 5000; ++i) {
            cube::SimCard sim;
            sim.iccid = u"8985202201%1"_s.arg(i, 10, 10, QChar(u'0'));
            fleet.append(sim);
        }
        cube::ConnectionSettings settings;
        settings.baseUrl = QUrl(u"http://127.0.0.1:9/"_s);
        settings.accessCode = u"P000270"_s;
        {
            cube::FleetCache cache(path);
            QVERIFY(!cache.save(cube::FleetCache::accountKey({}, settings), fleet,
                                QDateTime(QDate(2026, 11, 2), QTime(7, 30))));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"UPDATE fleet_chunks SET rows = substr(rows, 1, length(rows) - 12) "
                               "WHERE chunk = 1"_s));
        }
        QSqlDatabase::removeDatabase(u"damage"_s);

        const auto damaged = CubectlHarness::runBare(
            nowhere + QStringList{u"sims"_s, u"list"_s, u"--cached"_s}, {}, environment);
        QCOMPARE(damaged.exitCode, 1);
        QVERIFY2(damaged.err.contains(u"The cached SIM list was damaged (the rows blob of part 2 "
                                      "is 12 byte"_s),
                 qPrintable(damaged.describe()));
        QVERIFY2(damaged.err.contains(u"and was set aside as "_s + path + u".corrupt-"_s),
                 qPrintable(damaged.describe()));
        QVERIFY2(damaged.err.contains(u"; run sims list without --cached to read it again."_s),
                 qPrintable(damaged.describe()));
        QVERIFY2(!damaged.err.contains(u"No SIM list is cached"_s), qPrintable(damaged.describe()));
        QCOMPARE(damaged.out, QString());

        // Said once: the next run finds a new, empty cache.
        const auto after = CubectlHarness::runBare(
            nowhere + QStringList{u"sims"_s, u"list"_s, u"--cached"_s}, {}, environment);
        QVERIFY2(after.err.contains(u"No SIM list is cached"_s), qPrintable(after.describe()));
        QVERIFY2(!after.err.contains(u"damaged"_s), qPrintable(after.describe()));
    }

    void showsRecords()
    {
        const CubectlRun text = m_harness.run({u"sims"_s, u"show"_s, firstIccid});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"MSISDN:"_s), qPrintable(text.describe()));

        const CubectlRun sims =
            m_harness.run({u"sims"_s, u"show"_s, firstIccid, secondIccid, u"--json"_s});
        QCOMPARE(sims.jsonArray().size(), 2);
        QCOMPARE(sims.jsonArray()[1][u"iccid"_s].toString(), secondIccid);
        QCOMPARE(sims.jsonArray()[0][u"suspended"_s].toBool(true),
                 m_harness.simCard(firstIccid).suspended);

        const QString code = m_harness.simCard(firstIccid).orderCode;
        QVERIFY(!code.isEmpty());
        const CubectlRun order = m_harness.run({u"orders"_s, u"show"_s, code, u"--json"_s});
        QCOMPARE(order.exitCode, 0);
        QCOMPARE(order.jsonObject()[u"order_code"_s].toString(), code); // one object
        QCOMPARE(order.jsonObject()[u"status"_s].toString(), u"in-use"_s);

        const CubectlRun usage = m_harness.run({u"usage"_s, u"show"_s, firstIccid, u"--json"_s});
        QCOMPARE(usage.jsonArray().first()[u"order_code"_s].toString(), code);
        const CubectlRun batched = m_harness.run(
            {u"usage"_s, u"show"_s, firstIccid, secondIccid, u"--batch"_s, u"--csv"_s});
        QCOMPARE(batched.exitCode, 0);
        QCOMPARE(batched.out.split(u"\r\n"_s, Qt::SkipEmptyParts).size(), 3);
        const CubectlRun balance =
            m_harness.run({u"usage"_s, u"balance"_s, firstIccid, u"--json"_s});
        QVERIFY(balance.jsonArray().first()[u"remaining_mb"_s].toDouble() > 0);
    }

    void textDatesReadTheSameInEveryLocale()
    {
        const CubectlRun run =
            m_harness.run({u"orders"_s, u"list"_s, u"--page"_s, u"1"_s, u"--page-size"_s, u"3"_s});
        QCOMPARE(run.exitCode, 0);
        static const QRegularExpression minutes(u"\\b\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\\b"_s);
        static const QRegularExpression seconds(u"\\d{2}:\\d{2}:\\d{2}"_s);
        QVERIFY2(minutes.match(run.out).hasMatch(), qPrintable(run.out));
        QVERIFY2(!seconds.match(run.out).hasMatch(), qPrintable(run.out));
    }

    void aMissingRecordFailsThatTargetOnly()
    {
        const CubectlRun run = m_harness.run(
            {u"sims"_s, u"show"_s, firstIccid, u"89852022019999999999"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray items = run.jsonArray();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[1][u"iccid"_s].toString(), u"89852022019999999999"_s);
        QCOMPARE(items[1][u"error"_s][u"code"_s].toString(), u"4041"_s);
        QCOMPARE(items[1][u"error"_s][u"kind"_s].toString(), u"server"_s); // scripts compare it
        QVERIFY(run.err.contains(u"1 succeeded, 1 failed."_s));

        const CubectlRun order = m_harness.run({u"orders"_s, u"show"_s, u"L000"_s});
        QCOMPARE(order.exitCode, 1);
        QVERIFY2(order.err.contains(u"has no order L000."_s), qPrintable(order.describe()));
    }

    void listsComeFromStandardInputAndFiles()
    {
        const QByteArray list = "# from the ticket\n" + firstIccid.toLatin1() + "\n\n"
                                + secondIccid.toLatin1() + "  \n" + firstIccid.toLatin1() + "\n";
        const CubectlRun piped = m_harness.run({u"sims"_s, u"show"_s, u"-"_s, u"--json"_s}, list);
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(piped.jsonArray().size(), 2); // comment, blank line and repeat skipped

        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(list);
        file.close();
        const CubectlRun fromFile = m_harness.run(
            {u"usage"_s, u"month"_s, u"2026-10"_s, u"--from"_s, file.fileName(), u"--json"_s});
        QCOMPARE(fromFile.exitCode, 0);
        QCOMPARE(fromFile.jsonArray().size(), 2);
    }

    void exitStatuses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("connected");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown command")
            << QStringList{u"sims"_s, u"dance"_s} << true << 2 << u"unknown command"_s;
        QTest::newRow("no command") << QStringList{} << true << 2 << u"Usage:"_s;
        QTest::newRow("unknown option")
            << QStringList{u"plans"_s, u"list"_s, u"--colour"_s} << true << 2 << u"colour"_s;
        QTest::newRow("a secret as an argument")
            << QStringList{u"--secret"_s, u"x"_s, u"plans"_s, u"list"_s} << true << 2
            << u"secret"_s;
        QTest::newRow("missing argument")
            << QStringList{u"orders"_s, u"renew"_s} << true << 2 << u"Missing arguments"_s;
        QTest::newRow("bad date") << QStringList{u"usage"_s, u"day"_s, firstIccid, u"20.11.2026"_s}
                                  << true << 2 << u"is not a date"_s;
        QTest::newRow("bad status") << QStringList{u"orders"_s, u"list"_s, u"--status"_s, u"odd"_s}
                                    << true << 2 << u"in-use"_s;
        QTest::newRow("json and csv") << QStringList{u"plans"_s, u"list"_s, u"--json"_s, u"--csv"_s}
                                      << true << 2 << u"--json or --csv"_s;
        QTest::newRow("no connection")
            << QStringList{u"plans"_s, u"list"_s} << false << 2 << u"No connection"_s;
        QTest::newRow("wrong ICCID")
            << QStringList{u"usage"_s, u"show"_s, u"123"_s} << true << 2 << u"19 or 20 digits"_s;
        QTest::newRow("unreachable") << QStringList{
            u"--base-url"_s, u"http://127.0.0.1:9"_s, u"--access-code"_s, u"P1"_s, u"plans"_s,
            u"list"_s} << false << 3 << u"Could not reach"_s;
    }

    void exitStatuses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, connected);
        QFETCH(int, status);
        QFETCH(QString, says);
        const CubectlRun run =
            connected ? m_harness.run(arguments) : CubectlHarness::runBare(arguments);
        QCOMPARE(run.exitCode, status);
        QVERIFY2(run.err.contains(says), qPrintable(run.describe()));
    }

    void aWrongSecretIsAnAuthenticationFailure()
    {
        QProcessEnvironment environment = CubectlHarness::defaultEnvironment();
        environment.insert(u"CUBE_SECRET"_s, u"not-the-secret"_s);
        const CubectlRun run = m_harness.run({u"plans"_s, u"list"_s}, {}, environment);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"4011"_s), qPrintable(run.describe()));

        environment.remove(u"CUBE_SECRET"_s);
        const CubectlRun none = m_harness.run({u"plans"_s, u"list"_s}, {}, environment);
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(u"CUBE_SECRET"_s));
        const CubectlRun fromStdin = m_harness.run({u"--secret-stdin"_s, u"plans"_s, u"list"_s},
                                                   "cube-demo-secret\n", environment);
        QCOMPARE(fromStdin.exitCode, 0);
    }

    void speaksChineseWithTheServer()
    {
        const CubectlRun run =
            m_harness.run({u"--lang"_s, u"zh-CN"_s, u"orders"_s, u"show"_s, u"L000"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"L000"_s) && hasChinese(run.err), qPrintable(run.err));
        const CubectlRun unknown = m_harness.run(
            {u"--lang"_s, u"zh-CN"_s, u"sims"_s, u"show"_s, u"89852022019999999999"_s});
        // The server's own message, asked for in Chinese (Accept-Language: zh-CN).
        QVERIFY2(unknown.err.contains(u"设备不存在"_s), qPrintable(unknown.err));
        const CubectlRun table =
            m_harness.run({u"--lang"_s, u"zh-CN"_s, u"sims"_s, u"show"_s, firstIccid});
        QVERIFY2(table.out.contains(u"已激活"_s), qPrintable(table.out));
    }

    void verboseLogsWithTheSecretMasked()
    {
        const CubectlRun run = m_harness.run({u"--verbose"_s, u"sims"_s, u"show"_s, firstIccid});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"/device/queryDevice"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"\"sign\":\"***\""_s));
        QVERIFY(!run.err.contains(u"cube-demo-secret"_s));
        QVERIFY(!run.out.contains(u"cube-demo-secret"_s));
    }

    void runsOnTheBuiltInSimulator()
    {
        const CubectlRun run =
            CubectlHarness::runBare({u"--demo"_s, u"plans"_s, u"list"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.jsonArray().size(), 12);
    }
};

QTEST_GUILESS_MAIN(TestCubectl)
#include "tst_cubectl.moc"
