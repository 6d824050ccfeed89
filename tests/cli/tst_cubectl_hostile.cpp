#include "cubectlharness.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::test::CubectlHarness;
using cube::test::CubectlRun;

namespace {

constexpr int inUse = 1;

// cube-sim with one hostile behaviour (its --fault kinds), and a SIM and an in-use order of it.
struct HostileServer
{
    CubectlHarness harness;
    QString order;
    QString iccid;

    bool start(const QStringList &faults)
    {
        QStringList arguments{u"--size"_s, u"40"_s, u"--seed"_s, u"8"_s};
        for (const QString &fault : faults)
            arguments += {u"--fault"_s, fault};
        if (!harness.start(arguments))
            return false;
        const QList<cube::Order> orders = harness.ordersIn(inUse, 5);
        if (orders.isEmpty())
            return false;
        order = orders.constFirst().orderCode;
        iccid = orders.constFirst().iccid;
        return true;
    }

    CubectlRun endOrderEarly()
    {
        return harness.run({u"orders"_s, u"end"_s, order, u"--reason"_s, u"x"_s, u"--yes"_s});
    }
};

// No line of text output may carry a terminal escape or start with what the server faked.
bool safeForATerminal(const QString &text)
{
    for (const QChar character : text)
        if (character.unicode() == 0x1b || character.unicode() == 0x07 || character == u'\r')
            return false;
    const QStringList lines = text.split(u'\n');
    return std::none_of(lines.cbegin(), lines.cend(),
                        [](const QString &line) { return line.startsWith(u"FAKE"_s); });
}

} // namespace

// cubectl against cube-sim's hostile mode: a server that lists the wrong record, says success
// in the wrong way, redirects, pages without end, sends endless or trickling bodies, or puts
// terminal escapes in its strings. cubectl never claims what did not happen, never hangs and
// never follows the server elsewhere.
class TestCubectlHostile : public QObject
{
    Q_OBJECT

private slots:
    void aRereadOfAnotherOrderIsNeverSuccess()
    {
        // The end early is refused before it runs (503, so it is re-read) and every read of
        // orders lists another one, ended early, first.
        HostileServer server;
        QVERIFY(server.start({u"aheadFinishDeviceOrder:http503"_s, u"queryOrder:wrong-first"_s}));
        const CubectlRun end = server.endOrderEarly();
        QVERIFY2(end.exitCode == 3, qPrintable(end.describe()));
        QVERIFY2(end.err.contains(u"still in use; it was not sent again"_s),
                 qPrintable(end.describe()));
        QVERIFY(!end.out.contains(u"Ended early"_s));
        QCOMPARE(server.harness.statusOf(server.order), inUse);

        // orders show prints the order asked for, not the one listed first.
        const CubectlRun show =
            server.harness.run({u"orders"_s, u"show"_s, server.order, u"--json"_s});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.jsonObject().value(u"order_code"_s).toString(), server.order);
    }

    void anAnswerAboutAnotherSimIsNeverSuccess()
    {
        HostileServer server;
        QVERIFY(server.start({u"pauseService:http503"_s, u"queryDevice:wrong-first"_s}));
        const CubectlRun suspend =
            server.harness.run({u"sims"_s, u"suspend"_s, server.iccid, u"--yes"_s, u"--json"_s});
        QVERIFY2(suspend.exitCode == 3, qPrintable(suspend.describe()));
        QVERIFY(!suspend.out.contains(u"\"suspended\""_s));
        QVERIFY2(suspend.out.contains(u"may or may not"_s), qPrintable(suspend.describe()));
    }

    void onlyTheString0000IsSuccess_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("says");
        QTest::newRow("fractional code") << u"code-fraction"_s << u"code 0.5"_s;
        QTest::newRow("success false") << u"success-false"_s << u"still in use"_s;
    }

    void onlyTheString0000IsSuccess()
    {
        QFETCH(QString, fault);
        QFETCH(QString, says);
        HostileServer server;
        QVERIFY(server.start({u"aheadFinishDeviceOrder:"_s + fault}));
        const CubectlRun end = server.endOrderEarly();
        QVERIFY2(end.exitCode == 1, qPrintable(end.describe()));
        QVERIFY2(end.err.contains(says), qPrintable(end.describe()));
        QVERIFY(!end.out.contains(u"Ended early"_s));
        QCOMPARE(server.harness.statusOf(server.order), inUse);
    }

    void redirectsAreNeverFollowed_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind :
             {"redirect301", "redirect302", "redirect303", "redirect307", "redirect308"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }

    void redirectsAreNeverFollowed()
    {
        QFETCH(QString, kind);
        HostileServer server;
        QVERIFY(server.start({u"aheadFinishDeviceOrder:"_s + kind}));
        const CubectlRun end = server.endOrderEarly();
        QVERIFY2(end.exitCode == 1, qPrintable(end.describe()));
        QVERIFY2(end.err.contains(u"redirect"_s) && end.err.contains(u"cube-redirect.invalid"_s),
                 qPrintable(end.describe()));
        QCOMPARE(server.harness.statusOf(server.order), inUse);
    }

    void pagingThatNeverEndsEnds_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("always one more page") << u"queryDeviceList:endless-pages"_s;
        QTest::newRow("page number stuck") << u"queryDeviceList:stuck-page"_s;
    }

    void pagingThatNeverEndsEnds()
    {
        QFETCH(QString, fault);
        HostileServer server;
        QVERIFY(server.start({fault}));
        const CubectlRun list =
            server.harness.run({u"sims"_s, u"list"_s, u"--page-size"_s, u"10"_s});
        QVERIFY2(list.exitCode == 1, qPrintable(list.describe()));
        QVERIFY2(list.err.contains(u"paging is inconsistent"_s), qPrintable(list.describe()));
    }

    void hugeAndSlowAnswersEndInBoundedTime()
    {
        HostileServer server;
        QVERIFY(server.start({u"queryDevice:endless-body"_s, u"queryDeviceFlowUsage:trickle"_s}));
        const CubectlRun huge = server.harness.run({u"sims"_s, u"show"_s, server.iccid});
        QVERIFY2(huge.exitCode == 1, qPrintable(huge.describe()));
        QVERIFY2(huge.err.contains(u"larger than 1 MB"_s), qPrintable(huge.describe()));

        QElapsedTimer clock;
        clock.start();
        const CubectlRun slow =
            server.harness.run({u"--timeout"_s, u"1"_s, u"usage"_s, u"show"_s, server.iccid});
        QVERIFY2(slow.exitCode == 3, qPrintable(slow.describe()));
        QVERIFY2(slow.err.contains(u"did not answer in time"_s), qPrintable(slow.describe()));
        QVERIFY(!slow.err.contains(u"QIODevice"_s));
        QVERIFY(clock.elapsed() < 30000);
    }

    void noHostileAnswerKillsItUnderAMemoryLimit()
    {
        // AddressSanitizer reserves more address space than the limit allows.
        if (qEnvironmentVariableIsSet("ASAN_OPTIONS"))
            QSKIP("not under AddressSanitizer");
        HostileServer server;
        QVERIFY(server.start({u"queryDevice:endless-body"_s, u"queryDeviceList:endless-pages"_s,
                              u"queryOrder:stuck-page"_s}));
        const QList<QStringList> commands{{u"sims"_s, u"show"_s, server.iccid},
                                          {u"sims"_s, u"list"_s, u"--page-size"_s, u"5"_s},
                                          {u"orders"_s, u"list"_s, u"--page-size"_s, u"5"_s}};
        for (const QStringList &command : commands) {
            const QStringList arguments =
                QStringList{u"-c"_s, u"ulimit -v 2000000; exec \"$0\" \"$@\""_s,
                            QString::fromUtf8(CUBECTL_PATH)}
                + server.harness.connection() + command;
            const CubectlRun run = CubectlHarness::runProgram(u"bash"_s, arguments, {},
                                                              CubectlHarness::defaultEnvironment());
            QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
            QVERIFY2(!run.err.isEmpty(), qPrintable(run.describe()));
        }
    }

    void serverStringsCannotDriveTheTerminal()
    {
        HostileServer server;
        QVERIFY(server.start({u"queryDeviceList:control-chars"_s, u"syncPackage:control-chars"_s}));
        const CubectlRun sims = server.harness.run({u"sims"_s, u"list"_s});
        QCOMPARE(sims.exitCode, 0);
        QVERIFY(sims.out.contains(u"FAKE"_s)); // the text is there, harmless
        QVERIFY2(safeForATerminal(sims.out), qPrintable(sims.out.left(400)));
        const CubectlRun plans = server.harness.run({u"plans"_s, u"list"_s});
        QVERIFY(safeForATerminal(plans.out));
    }

    void theGatewaysLimitsExitLikeOtherRefusalsOfTheService()
    {
        // cube-sim's daily quota of one request: the next gets 429 until the server's midnight,
        // hours that nobody waits for. Like a refused access code (and HTTP 5xx), it would
        // refuse any other target too: exit status 3, not 1.
        CubectlHarness harness;
        QVERIFY(harness.start({u"--size"_s, u"20"_s, u"--daily-quota"_s, u"1"_s}));
        const CubectlRun allowed = harness.run({u"plans"_s, u"list"_s});
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.describe()));
        const CubectlRun limited = harness.run({u"plans"_s, u"list"_s});
        QVERIFY2(limited.exitCode == 3, qPrintable(limited.describe()));
        QVERIFY2(limited.err.contains(u"HTTP 429"_s), qPrintable(limited.describe()));
        // Hours to wait are not "a moment".
        QVERIFY2(!limited.err.contains(u"moment"_s), qPrintable(limited.describe()));

        CubectlHarness refusing;
        QVERIFY(refusing.start({u"--size"_s, u"20"_s, u"--fault"_s, u"syncPackage:code=4010"_s}));
        const CubectlRun refused = refusing.run({u"plans"_s, u"list"_s});
        QVERIFY2(refused.exitCode == 3, qPrintable(refused.describe()));
    }

    void badInputIsAUsageErrorBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("amount nan") << QStringList{
            u"orders"_s,   u"place"_s, u"89852022010000000001"_s, u"--plan"_s, u"P"_s,
            u"--amount"_s, u"nan"_s} << u"--amount"_s;
        QTest::newRow("amount inf") << QStringList{
            u"orders"_s,   u"place"_s, u"89852022010000000001"_s, u"--plan"_s, u"P"_s,
            u"--amount"_s, u"inf"_s} << u"--amount"_s;
        QTest::newRow("amount 1e308") << QStringList{
            u"orders"_s,   u"place"_s, u"89852022010000000001"_s, u"--plan"_s, u"P"_s,
            u"--amount"_s, u"1e308"_s} << u"--amount"_s;
        QTest::newRow("blank order code")
            << QStringList{u"orders"_s, u"show"_s, u" "_s} << u"Nothing to work on"_s;
        QTest::newRow("order code with spaces")
            << QStringList{u"orders"_s, u"cancel"_s, u"L1 OR 1=1"_s, u"--yes"_s}
            << u"is not an order code"_s;
        QTest::newRow("endless list")
            << QStringList{u"sims"_s, u"show"_s, u"--from"_s, u"/dev/zero"_s} << u"longer than"_s;
    }

    void badInputIsAUsageErrorBeforeAnythingIsSent()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        CubectlHarness harness;
        QVERIFY(harness.start({u"--size"_s, u"20"_s}));
        const CubectlRun run = harness.run(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says), qPrintable(run.describe()));
    }
};

QTEST_GUILESS_MAIN(TestCubectlHostile)
#include "tst_cubectl_hostile.moc"
