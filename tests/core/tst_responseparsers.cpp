#include "records/responseparsers.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonValue json(const QByteArray &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// The vendor's clock: every time below is written in UTC+8.
const cube::ServerTimeZone vendorZone;

QDateTime vendorTime(QDate day, QTime time)
{
    return QDateTime(day, time, Qt::OffsetFromUTC, 8 * 3600);
}

} // namespace

// Records are tolerant of what servers do (extra fields, numbers as strings) and strict about
// what is missing.
class TestResponseParsers : public QObject
{
    Q_OBJECT

private slots:
    void simAcceptsNumbersAsStringsAndExtraFields()
    {
        const auto sim = cube::parse::object<cube::SimCard>(
            json(
                R"({"device_id":"89852022018041800192","imsi":454120000000001,"msisdn":"85260000001",)"
                R"("life_cycle":"2","used_flow":"12.5","update_time":"2026-11-30 10:20:30","new":1})"),
            vendorZone);
        QVERIFY(sim.ok());
        QCOMPARE(sim.value().iccid, u"89852022018041800192"_s);
        QCOMPARE(sim.value().imsi, u"454120000000001"_s);
        QCOMPARE(sim.value().lifeCycle, 2);
        QCOMPARE(sim.value().usedFlowMb, 12.5);
        QCOMPARE(sim.value().updated, vendorTime(QDate(2026, 11, 30), QTime(10, 20, 30)));
    }

    // Found by fuzz_responses: a number too large for a whole number, or not finite, is read
    // without undefined behaviour and never as a count.
    void hugeAndOddNumbersAreReadSafely()
    {
        const auto sim = cube::parse::object<cube::SimCard>(
            json(R"({"device_id":"89852022018041800192","imsi":1.98e130,"life_cycle":1e300,)"
                 R"("used_flow":"nan"})"),
            vendorZone);
        QVERIFY(!sim.ok()); // life_cycle 1e300 is no whole number, used_flow "nan" no number
        const auto named = cube::parse::object<cube::SimCard>(
            json("{\"device_id\":\"89852022018041800192\",\"imsi\":1.98e130,"
                 "\"msisdn\":\"\\u001b[2J\"}"),
            vendorZone);
        QVERIFY(named.ok());
        QCOMPARE(named.value().imsi, QString::number(1.98e130));
        QVERIFY(!named.value().msisdn.contains(QChar(0x1b)));
    }

    void missingRequiredFieldIsNamed_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("which");
        QTest::newRow("order without code")
            << QByteArray(R"({"page":{"cur_page_no":1,"total_count":1,"total_pages":1},)"
                          R"("package_order":[{"orderStatus":1}]})")
            << u"\"orderCode\" is missing"_s;
        QTest::newRow("page block missing")
            << QByteArray(R"({"package_order":[]})") << u"page: not an object"_s;
        QTest::newRow("status not a number")
            << QByteArray(R"({"page":{"cur_page_no":1,"total_count":1,"total_pages":1},)"
                          R"("package_order":[{"orderCode":"A","orderStatus":"in use"}]})")
            << u"\"orderStatus\" is not a whole number"_s;
        QTest::newRow("list is an object")
            << QByteArray(R"({"page":{"cur_page_no":1,"total_count":1,"total_pages":1},)"
                          R"("package_order":{}})")
            << u"\"package_order\" is not a list"_s;
    }

    void missingRequiredFieldIsNamed()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, which);
        const auto page = cube::parse::orderPage(json(data), vendorZone);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, cube::ApiErrorKind::MalformedResponse);
        QVERIFY2(page.error().detail.contains(which), qPrintable(page.error().detail));
    }

    void orderPageReadsTheContractsFields()
    {
        const auto page = cube::parse::orderPage(
            json(
                R"({"page":{"cur_page_no":"2","page_size":50,"total_count":51,"total_pages":2},)"
                R"("package_order":[{"orderCode":"202107061625560742397","deviceId":"89852022018041800192",)"
                R"("packageName":"Asia 1GB","orderStatus":1,"orderDate":"2026-11-01 08:00:00",)"
                R"("startDate":"2026-11-01","expireDate":"2026-12-01 00:00:00","flow":1024,"buyType":"1"}],)"
                R"("package_order_num":51})"),
            vendorZone);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().detail));
        QCOMPARE(page.value().page.pageNo, 2);
        QVERIFY(page.value().page.isLast());
        QCOMPARE(page.value().orderCount, 51);
        QCOMPARE(page.value().orders.size(), 1);
        const cube::Order &order = page.value().orders.constFirst();
        QCOMPARE(order.status, int(cube::OrderStatus::InUse));
        QCOMPARE(order.starts, vendorTime(QDate(2026, 11, 1), QTime(0, 0)));
        QCOMPARE(order.flowMb, 1024.0);
        QCOMPARE(order.buyType, 1);
    }

    void batchOrderKeepsEachSimsOutcome()
    {
        const auto lines = cube::parse::batchOrder(
            json(
                R"({"device_order":[{"device_id":"89852022018041800192","error":"0000","order_id":"O1"},)"
                R"({"device_id":"89852022018041800193","error":"2001","errorMsg":"SIM suspended"}]})"),
            vendorZone);
        QVERIFY(lines.ok());
        QCOMPARE(lines.value().size(), 2);
        QVERIFY(lines.value().at(0).ok());
        QVERIFY(!lines.value().at(1).ok());
        QCOMPARE(lines.value().at(1).errorMessage, u"SIM suspended"_s);
    }

    void smsIdInAnyShape_data()
    {
        QTest::addColumn<QJsonValue>("data");
        QTest::addColumn<QString>("id");
        QTest::newRow("string") << QJsonValue(u"SMS-1"_s) << u"SMS-1"_s;
        QTest::newRow("number") << QJsonValue(12345) << u"12345"_s;
        QTest::newRow("object") << QJsonValue(QJsonObject{{u"message_id"_s, u"M9"_s}}) << u"M9"_s;
    }

    void smsIdInAnyShape()
    {
        QFETCH(QJsonValue, data);
        QFETCH(QString, id);
        const auto sent = cube::parse::sentSms(data, vendorZone);
        QVERIFY(sent.ok());
        QCOMPARE(sent.value().messageId, id);
    }

    // cube-api.md: a client must not require a message id from sendSms; "0000" is success.
    void smsWithoutAnIdIsSent_data()
    {
        QTest::addColumn<QJsonValue>("data");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("empty string") << QJsonValue(QString());
        QTest::newRow("object without id") << QJsonValue(QJsonObject{{u"status"_s, u"ok"_s}});
    }

    void smsWithoutAnIdIsSent()
    {
        QFETCH(QJsonValue, data);
        const auto sent = cube::parse::sentSms(data, vendorZone);
        QVERIFY(sent.ok());
        QVERIFY(sent.value().messageId.isEmpty());
    }

    void listsRejectAnyBadElement()
    {
        const auto plans = cube::parse::list<cube::Plan>(
            json(
                R"([{"package_code":"P1","package_name":"A","package_type":2},{"package_code":"P2"}])"),
            vendorZone);
        QVERIFY(!plans.ok());
        QVERIFY(plans.error().detail.contains(u"package_name"_s));
        QVERIFY(!cube::parse::list<cube::Plan>(QJsonValue(QJsonObject()), vendorZone).ok());
    }
};

QTEST_GUILESS_MAIN(TestResponseParsers)
#include "tst_responseparsers.moc"
