#include "cubectlharness.h"
#include "testzones.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using cube::test::CubectlHarness;

namespace {

using cube::test::thisComputersZone;

QString localText(const QDateTime &instant)
{
    return instant.toTimeZone(thisComputersZone()).toString(u"yyyy-MM-dd HH:mm"_s);
}

// "+02:00" for two hours ahead of UTC.
QString offsetText(int seconds)
{
    const int minutes = qAbs(seconds) / 60;
    return u"%1%2:%3"_s.arg(seconds < 0 ? u"-"_s : u"+"_s)
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace

// cubectl reads the server's times in the server's zone and prints them in this computer's:
// text as "yyyy-MM-dd HH:mm", JSON as ISO 8601 with the offset. Run in Europe/Berlin and
// Asia/Shanghai against cube-sim in UTC+8 (the vendor's) and in UTC.
class TestCubectlTimes : public QObject
{
    Q_OBJECT

private slots:
    void printsTheServersTimesInThisComputersTime()
    {
        CubectlHarness harness;
        QVERIFY(harness.start());
        const QList<cube::Order> inUse = harness.ordersIn(int(cube::OrderStatus::InUse), 1);
        QVERIFY(!inUse.isEmpty());
        const cube::Order order = inUse.constFirst();
        QVERIFY(order.starts.isValid());

        const auto text = harness.run({u"orders"_s, u"show"_s, order.orderCode});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(text.out.contains(localText(order.starts)), qPrintable(text.describe()));

        const auto json = harness.run({u"orders"_s, u"show"_s, order.orderCode, u"--json"_s});
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QString starts = json.jsonObject().value(u"starts"_s).toString();
        QCOMPARE(QDateTime::fromString(starts, Qt::ISODate), order.starts);
        QVERIFY2(starts.endsWith(offsetText(thisComputersZone().offsetFromUtc(order.starts))),
                 qPrintable(starts));
    }

    void aGatewayInAnotherZoneIsReadWithItsOffset()
    {
        CubectlHarness harness; // its own client reads as the vendor's UTC+8
        QVERIFY(harness.start({u"--size"_s, u"100"_s, u"--utc-offset"_s, u"0"_s}));
        const QList<cube::Order> inUse = harness.ordersIn(int(cube::OrderStatus::InUse), 1);
        QVERIFY(!inUse.isEmpty());
        const cube::Order order = inUse.constFirst();
        // Read as UTC+8, a UTC wall clock comes out eight hours early.
        const QDateTime trueStart = order.starts.addSecs(8 * 3600);

        const auto told = harness.run({u"--server-utc-offset"_s, u"0"_s, u"orders"_s, u"show"_s,
                                       order.orderCode, u"--json"_s});
        QVERIFY2(told.exitCode == 0, qPrintable(told.describe()));
        QCOMPARE(
            QDateTime::fromString(told.jsonObject().value(u"starts"_s).toString(), Qt::ISODate),
            trueStart);
        const auto toldText = harness.run(
            {u"--server-utc-offset"_s, u"+00:00"_s, u"orders"_s, u"show"_s, order.orderCode});
        QVERIFY2(toldText.out.contains(localText(trueStart)), qPrintable(toldText.describe()));

        const auto untold = harness.run({u"orders"_s, u"show"_s, order.orderCode, u"--json"_s});
        QCOMPARE(
            QDateTime::fromString(untold.jsonObject().value(u"starts"_s).toString(), Qt::ISODate),
            order.starts);

        const auto wrong =
            harness.run({u"--server-utc-offset"_s, u"+8:10"_s, u"plans"_s, u"list"_s});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(u"+8:10"_s), qPrintable(wrong.describe()));
    }

    void todayIsTheServersDay()
    {
        CubectlHarness harness;
        QVERIFY(harness.start());
        const QString iccid = u"89852022010000000001"_s;
        const auto usage = harness.run(
            {u"usage"_s, u"day"_s, iccid, u"today"_s, u"--days"_s, u"2"_s, u"--json"_s});
        QVERIFY2(usage.exitCode == 0, qPrintable(usage.describe()));
        const QDate serverToday =
            QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Shanghai")).date();
        const QJsonArray days = usage.jsonArray();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(1).toObject().value(u"date"_s).toString(),
                 serverToday.toString(u"yyyy-MM-dd"_s));
        QCOMPARE(days.at(0).toObject().value(u"date"_s).toString(),
                 serverToday.addDays(-1).toString(u"yyyy-MM-dd"_s));
    }
};

QTEST_GUILESS_MAIN(TestCubectlTimes)
#include "tst_cubectl_times.moc"
