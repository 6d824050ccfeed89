#include "cubectlharness.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::test::CubectlHarness;
using cube::test::CubectlRun;

namespace {

constexpr int notEnabled = 0;
constexpr int inUse = 1;
constexpr int cancelled = 3;
constexpr int endedEarly = 4;

QStringList codesOf(const QList<cube::Order> &orders)
{
    QStringList codes;
    for (const cube::Order &order : orders)
        codes.append(order.orderCode);
    return codes;
}

} // namespace

// cubectl's writes against cube-sim: each write command, confirmation, --yes, a batch with a
// failure in it, and dry runs that leave the simulator as it was.
class TestCubectlWrites : public QObject
{
    Q_OBJECT

private:
    CubectlHarness m_harness;

    // Runs `command` on a terminal (a pseudo-terminal from script(1)) answering `answer`.
    CubectlRun runOnTerminal(const QStringList &command, const QByteArray &answer)
    {
        const QString script = QStandardPaths::findExecutable(u"script"_s);
        if (script.isEmpty())
            return {};
        QStringList quoted;
        for (const QString &word : m_harness.connection() + command)
            quoted.append(u'\'' + word + u'\'');
        const QString line = QString::fromUtf8(CUBECTL_PATH) + u' ' + quoted.join(u' ');
        return CubectlHarness::runProgram(script, {u"-qec"_s, line, u"/dev/null"_s}, answer,
                                          CubectlHarness::defaultEnvironment());
    }

private slots:
    void initTestCase() { QVERIFY(m_harness.start({u"--size"_s, u"300"_s, u"--seed"_s, u"5"_s})); }

    void endsABatchOfOrdersAndReportsEachOne()
    {
        const QStringList codes = codesOf(m_harness.ordersIn(inUse, 3));
        QCOMPARE(codes.size(), 3);
        const CubectlRun run = m_harness.run(QStringList{u"orders"_s, u"end"_s} + codes
                                             + QStringList{u"L000000"_s, u"--reason"_s,
                                                           u"Customer returned the device"_s,
                                                           u"--yes"_s, u"--json"_s});
        // One unknown code fails; the others are ended all the same.
        QCOMPARE(run.exitCode, 1);
        const QJsonArray items = run.jsonArray();
        QCOMPARE(items.size(), 4);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(items[i][u"order_code"_s].toString(), codes[i]);
            QCOMPARE(items[i][u"result"_s].toString(), u"ended-early"_s);
            QCOMPARE(m_harness.statusOf(codes[i]), endedEarly);
        }
        QCOMPARE(items[3][u"order_code"_s].toString(), u"L000000"_s);
        QCOMPARE(items[3][u"error"_s][u"code"_s].toString(), u"4042"_s);
        QVERIFY2(run.err.contains(u"3 succeeded, 1 failed."_s), qPrintable(run.err));
    }

    void destructiveCommandsNeedYesWithoutATerminal_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("end") << u"end"_s;
        QTest::newRow("cancel") << u"cancel"_s;
        QTest::newRow("suspend") << u"suspend"_s;
    }

    void destructiveCommandsNeedYesWithoutATerminal()
    {
        QFETCH(QString, command);
        const QList<cube::Order> orders =
            m_harness.ordersIn(command == u"cancel"_s ? notEnabled : inUse, 1);
        QVERIFY(!orders.isEmpty());
        const cube::Order order = orders.front();
        QStringList arguments = command == u"suspend"_s
                                    ? QStringList{u"sims"_s, u"suspend"_s, order.iccid}
                                    : QStringList{u"orders"_s, command, order.orderCode};
        if (command == u"end"_s)
            arguments += {u"--reason"_s, u"test"_s};
        const CubectlRun run = m_harness.run(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--yes"_s), qPrintable(run.describe()));
        QCOMPARE(m_harness.statusOf(order.orderCode), order.status); // nothing was sent
        QVERIFY(!m_harness.simCard(order.iccid).suspended);
    }

    void aTerminalIsAskedAndNoMeansNo()
    {
        const QStringList codes = codesOf(m_harness.ordersIn(inUse, 2));
        QCOMPARE(codes.size(), 2);
        const CubectlRun refused = runOnTerminal(
            {u"orders"_s, u"end"_s, codes[0], u"--reason"_s, u"ticket 1234"_s}, "no\n");
        if (refused.exitCode == -1)
            QSKIP("script(1) is not installed: no pseudo-terminal to test on");
        QVERIFY2(refused.out.contains(u"End 1 order early"_s), qPrintable(refused.describe()));
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(m_harness.statusOf(codes[0]), inUse);

        const CubectlRun agreed = runOnTerminal(
            {u"orders"_s, u"end"_s, codes[0], codes[1], u"--reason"_s, u"ticket 1234"_s}, "yes\n");
        QCOMPARE(agreed.exitCode, 0);
        QCOMPARE(m_harness.statusOf(codes[0]), endedEarly);
        QCOMPARE(m_harness.statusOf(codes[1]), endedEarly);
    }

    void aDryRunSendsNothing()
    {
        const QStringList codes = codesOf(m_harness.ordersIn(inUse, 2));
        QCOMPARE(codes.size(), 2);
        const CubectlRun run =
            m_harness.run(QStringList{u"orders"_s, u"end"_s} + codes
                          + QStringList{u"--reason"_s, u"check"_s, u"--dry-run"_s});
        QCOMPARE(run.exitCode, 0); // no --yes needed: nothing happens
        QVERIFY2(run.out.contains(u"POST "_s + m_harness.baseUrl().toString()
                                  + u"/package/aheadFinishDeviceOrder"_s),
                 qPrintable(run.describe()));
        QVERIFY(run.out.contains(u"\"sign\":\"***\""_s));
        QVERIFY(run.out.contains(u"\"ahead_finish_cause\":\"check\""_s));
        QVERIFY(!run.out.contains(u"cube-demo-secret"_s));
        QVERIFY(run.err.contains(u"nothing was sent"_s));
        for (const QString &code : codes)
            QCOMPARE(m_harness.statusOf(code), inUse);

        const QString iccid = m_harness.ordersIn(notEnabled, 1).value(0).iccid;
        const auto ordersOfSim = [&] {
            return m_harness.run({u"orders"_s, u"list"_s, u"--iccid"_s, iccid, u"--json"_s})
                .jsonArray()
                .size();
        };
        const qsizetype before = ordersOfSim();
        const CubectlRun json = m_harness.run({u"orders"_s, u"place"_s, iccid, u"--plan"_s,
                                               u"DP20190726001274"_s, u"--dry-run"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        // The plan was read (reads go out), the order only shown.
        const QJsonArray shown = json.jsonArray();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown[0][u"operation"_s].toString(), u"orderPackage"_s);
        QCOMPARE(shown[0][u"body"_s][u"device_id"_s].toString(), iccid);
        QCOMPARE(shown[0][u"body"_s][u"package_name"_s].toString(), u"Monthly 3GB Asia"_s);
        QCOMPARE(shown[0][u"body"_s][u"sign"_s].toString(), u"***"_s);
        QCOMPARE(ordersOfSim(), before);
    }

    void placesAnOrderWhenThePlanListCannotBeRead()
    {
        // A server whose plan list is not at the guessed path (the 404-like code 4040).
        CubectlHarness broken;
        QVERIFY(broken.start({u"--size"_s, u"300"_s, u"--seed"_s, u"5"_s, u"--fault"_s,
                              u"syncPackage:code=4040"_s}));
        const QStringList order{
            u"orders"_s,  u"place"_s, u"89852022010000000012"_s, u"--plan"_s, u"DP20190726001274"_s,
            u"--later"_s, u"--json"_s};
        const CubectlRun refused = broken.run(order + QStringList{u"--amount"_s, u"12"_s});
        QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
        QVERIFY2(refused.err.contains(u"also give --plan-type, --plan-name."_s),
                 qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"syncPackage=/package/syncPackages"_s),
                 qPrintable(refused.err));

        const CubectlRun placed =
            broken.run(order
                       + QStringList{u"--plan-type"_s, u"2"_s, u"--plan-name"_s,
                                     u"Monthly 3GB Asia"_s, u"--amount"_s, u"12"_s});
        QVERIFY2(placed.exitCode == 0, qPrintable(placed.describe()));
        QCOMPARE(broken.statusOf(placed.jsonArray()[0][u"order_code"_s].toString()), notEnabled);
    }

    void cancelsAndEnablesOrdersNotYetEnabled()
    {
        const QStringList codes = codesOf(m_harness.ordersIn(notEnabled, 2));
        QCOMPARE(codes.size(), 2);
        const CubectlRun cancel = m_harness.run({u"orders"_s, u"cancel"_s, codes[0], u"--yes"_s});
        QCOMPARE(cancel.exitCode, 0);
        QVERIFY2(cancel.out.contains(u"Cancelled"_s), qPrintable(cancel.describe()));
        QCOMPARE(m_harness.statusOf(codes[0]), cancelled);

        const CubectlRun enable = m_harness.run({u"orders"_s, u"enable"_s, codes[1], u"--csv"_s});
        QVERIFY2(enable.exitCode == 0 || enable.exitCode == 1, qPrintable(enable.describe()));
        QCOMPARE(enable.out.split(u"\r\n"_s).front(), u"order_code,result,error"_s);
        if (enable.exitCode == 0)
            QCOMPARE(m_harness.statusOf(codes[1]), inUse);
    }

    void ordersRenewsAndPlacesPlans()
    {
        const cube::Order order = m_harness.ordersIn(inUse, 1).value(0);
        const CubectlRun renew = m_harness.run(
            {u"orders"_s, u"renew"_s, order.orderCode, u"--periods"_s, u"2"_s, u"--json"_s});
        QCOMPARE(renew.exitCode, 0);
        QCOMPARE(renew.jsonObject()[u"order_code"_s].toString(), order.orderCode);
        QVERIFY(!renew.jsonObject()[u"expires"_s].toString().isEmpty());

        const QStringList iccids = {u"89852022010000000010"_s, u"89852022010000000011"_s};
        const CubectlRun place = m_harness.run(
            QStringList{u"orders"_s, u"place"_s} + iccids
            + QStringList{u"--plan"_s, u"DP20190726001274"_s, u"--later"_s, u"--json"_s});
        QCOMPARE(place.exitCode, 0);
        QCOMPARE(place.jsonArray().size(), 2);
        const QString placed = place.jsonArray()[0][u"order_code"_s].toString();
        QCOMPARE(m_harness.statusOf(placed), notEnabled);

        const CubectlRun batch = m_harness.run(
            QStringList{u"orders"_s, u"place"_s} + iccids
            + QStringList{u"--plan"_s, u"DP20190726001274"_s, u"--batch"_s, u"--json"_s});
        QCOMPARE(batch.exitCode, 0);
        QCOMPARE(batch.jsonArray().size(), 2);

        const CubectlRun noPlan =
            m_harness.run({u"orders"_s, u"place"_s, iccids[0], u"--plan"_s, u"DP-NOPE"_s});
        QCOMPARE(noPlan.exitCode, 1);
        QVERIFY(noPlan.err.contains(u"no plan DP-NOPE"_s));

        // createOtaOrder requires pay_type: without --pay-type nothing is sent.
        const QStringList otaArguments{
            u"orders"_s, u"place-ota"_s, iccids[1],   u"--plan"_s, u"DP20190726001271"_s,
            u"--mcc"_s,  u"460"_s,       u"--days"_s, u"7"_s,      u"--json"_s};
        const CubectlRun noPayType = m_harness.run(otaArguments);
        QCOMPARE(noPayType.exitCode, 2);
        QVERIFY(noPayType.err.contains(u"--pay-type"_s));
        const CubectlRun ota = m_harness.run(otaArguments + QStringList{u"--pay-type"_s, u"1"_s});
        QCOMPARE(ota.exitCode, 0);
        QVERIFY(!ota.jsonObject()[u"order_code"_s].toString().isEmpty());
    }

    void suspendsResumesAndSendsSms()
    {
        const QString iccid = m_harness.ordersIn(inUse, 1).value(0).iccid;
        const CubectlRun suspend = m_harness.run({u"sims"_s, u"suspend"_s, iccid, u"-y"_s});
        QCOMPARE(suspend.exitCode, 0);
        QVERIFY(m_harness.simCard(iccid).suspended);
        const CubectlRun resume = m_harness.run({u"sims"_s, u"resume"_s, iccid});
        QCOMPARE(resume.exitCode, 0);
        QVERIFY(!m_harness.simCard(iccid).suspended);

        const CubectlRun sms = m_harness.run(
            {u"sms"_s, u"send"_s, iccid, u"--text"_s, u"您好，流量套餐已续订。"_s, u"--json"_s});
        QCOMPARE(sms.exitCode, 0);
        // The server need not give a message id ("data": null); the SIM's row says it went.
        QCOMPARE(sms.jsonArray()[0][u"iccid"_s].toString(), iccid);
        const CubectlRun empty = m_harness.run({u"sms"_s, u"send"_s, iccid, u"--text"_s, u" "_s});
        QCOMPARE(empty.exitCode, 2);
    }

    void aLongListingShowsWhichPageItReadsOnATerminal()
    {
        const CubectlRun run = runOnTerminal({u"sims"_s, u"list"_s, u"--page-size"_s, u"50"_s,
                                              u"--find"_s, u"8985202201000000029"_s},
                                             {});
        if (run.exitCode == -1)
            QSKIP("script(1) is not installed: no pseudo-terminal to test on");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Reading page 6 of 6"_s), qPrintable(run.describe()));
        QVERIFY(run.out.contains(u"89852022010000000299"_s));
        // Into a pipe: only the results.
        const CubectlRun piped = m_harness.run({u"sims"_s, u"list"_s, u"--page-size"_s, u"50"_s});
        QVERIFY(!piped.err.contains(u"Reading page"_s));
    }

    void aLostAnswerIsSettledByANewLookNotByResending()
    {
        // The simulator ends the order but closes the connection before it answers; it
        // refuses cancellations with 503 before doing anything.
        CubectlHarness faulty;
        QVERIFY(faulty.start({u"--size"_s, u"60"_s, u"--fault"_s, u"aheadFinishDeviceOrder:close"_s,
                              u"--fault"_s, u"cancelDeviceOrder:http503"_s}));
        const QString ended = codesOf(faulty.ordersIn(inUse, 1)).value(0);
        const CubectlRun end =
            faulty.run({u"orders"_s, u"end"_s, ended, u"--reason"_s, u"lost answer"_s, u"--yes"_s});
        QCOMPARE(end.exitCode, 0);
        QVERIFY2(end.err.contains(u": The answer was lost, but a new look shows the order ended "
                                  "early"_s),
                 qPrintable(end.describe()));
        QCOMPARE(faulty.statusOf(ended), endedEarly);

        const QString waiting = codesOf(faulty.ordersIn(notEnabled, 1)).value(0);
        const CubectlRun cancel = faulty.run({u"orders"_s, u"cancel"_s, waiting, u"--yes"_s});
        QCOMPARE(cancel.exitCode, 3); // a server error: the connection's, not the order's
        QVERIFY2(cancel.err.contains(u"still not enabled; it was not sent again"_s),
                 qPrintable(cancel.describe()));
        // Settled: no longer "may or may not have taken effect".
        QVERIFY2(!cancel.err.contains(u"may or may not"_s), qPrintable(cancel.describe()));
        QCOMPARE(faulty.statusOf(waiting), notEnabled);
    }

    void aBatchFromStandardInputRunsWithAProgressLineOnATerminal()
    {
        const QStringList codes = codesOf(m_harness.ordersIn(inUse, 8));
        QCOMPARE(codes.size(), 8);
        QTemporaryFile list;
        QVERIFY(list.open());
        list.write(codes.join(u'\n').toUtf8());
        list.close();
        const CubectlRun run =
            runOnTerminal({u"orders"_s, u"end"_s, u"--from"_s, list.fileName(), u"--reason"_s,
                           u"bulk"_s, u"--yes"_s, u"--jobs"_s, u"2"_s},
                          {});
        if (run.exitCode == -1)
            QSKIP("script(1) is not installed: no pseudo-terminal to test on");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"8 of 8 done, 0 failed"_s), qPrintable(run.describe()));
        QVERIFY(run.out.contains(u"8 succeeded, 0 failed."_s));

        const CubectlRun piped =
            m_harness.run({u"orders"_s, u"end"_s, u"-"_s, u"--reason"_s, u"bulk"_s, u"--yes"_s},
                          codes.join(u'\n').toUtf8());
        // Ended already: every one is refused by the server, none is lost in silence.
        QCOMPARE(piped.exitCode, 1);
        QVERIFY(piped.err.contains(u"0 succeeded, 8 failed."_s));
        QVERIFY(!piped.err.contains(u"done, 0 failed"_s)); // no progress line into a pipe
    }
};

QTEST_GUILESS_MAIN(TestCubectlWrites)
#include "tst_cubectl_writes.moc"
