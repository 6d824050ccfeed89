#include "transport/apienvelope.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::ApiErrorKind;

class TestApiEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void successGivesTheData_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QJsonValue>("data");
        QTest::newRow("null data, as the seed's answer")
            << QByteArray(R"({"code":"0000","data":null,"message":"成功","success":true})")
            << QJsonValue(QJsonValue::Null);
        QTest::newRow("object data") << QByteArray(R"({"code":"0000","data":{"a":1}})")
                                     << QJsonValue(QJsonObject{{u"a"_s, 1}});
        QTest::newRow("array data, extra fields ignored")
            << QByteArray(R"({"code":"0000","data":[1,2],"sign":"x","traceId":"t"})")
            << QJsonValue(QJsonArray{1, 2});
        QTest::newRow("no data at all") << QByteArray(R"({"code":"0000"})") << QJsonValue();
    }

    void successGivesTheData()
    {
        QFETCH(QByteArray, body);
        QFETCH(QJsonValue, data);
        const auto result = cube::parseEnvelope(body);
        QVERIFY(result.ok());
        QCOMPARE(result.value(), data);
    }

    void failuresAreTyped_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ApiErrorKind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messageOrDetail");

        QTest::newRow("server code and message")
            << QByteArray(R"({"code":"4011","data":null,"message":"签名校验失败","success":false})")
            << ApiErrorKind::Server << u"4011"_s << u"签名校验失败"_s;
        QTest::newRow("unknown code without message")
            << QByteArray(R"({"code":"E-77","success":false})") << ApiErrorKind::Server << u"E-77"_s
            << QString();
        QTest::newRow("success flag true cannot override the code")
            << QByteArray(R"({"code":"1001","success":true,"message":"x"})") << ApiErrorKind::Server
            << u"1001"_s << u"x"_s;
        QTest::newRow("truncated") << QByteArray(R"({"code":"0000","data":{"a":)")
                                   << ApiErrorKind::MalformedResponse << QString() << u"not JSON"_s;
        QTest::newRow("HTML error page")
            << QByteArray("<!DOCTYPE html><html><body>Bad gateway</body></html>")
            << ApiErrorKind::MalformedResponse << QString() << u"HTML"_s;
        QTest::newRow("empty body")
            << QByteArray() << ApiErrorKind::MalformedResponse << QString() << u"empty"_s;
        QTest::newRow("array instead of envelope")
            << QByteArray("[1]") << ApiErrorKind::MalformedResponse << QString()
            << u"not a JSON object"_s;
        QTest::newRow("no code") << QByteArray(R"({"data":{},"success":true})")
                                 << ApiErrorKind::MalformedResponse << QString() << u"code"_s;
        // Success is exactly the string "0000": a number that once read as 0 is a failure.
        QTest::newRow("fractional code") << QByteArray(R"({"code":0.5,"success":false})")
                                         << ApiErrorKind::Server << u"0.5"_s << QString();
        QTest::newRow("huge code")
            << QByteArray(R"({"code":1e300})") << ApiErrorKind::Server << u"1e+300"_s << QString();
        QTest::newRow("numeric zero")
            << QByteArray(R"({"code":0,"data":{}})") << ApiErrorKind::Server << u"0"_s << QString();
        QTest::newRow("code of another type")
            << QByteArray(R"({"code":true})") << ApiErrorKind::MalformedResponse << QString()
            << u"code"_s;
        QTest::newRow("success false with code 0000")
            << QByteArray(R"({"code":"0000","success":false,"data":null})")
            << ApiErrorKind::MalformedResponse << QString() << u"success"_s;
        QTest::newRow("success of another type")
            << QByteArray(R"({"code":"0000","success":"false"})") << ApiErrorKind::MalformedResponse
            << QString() << u"success"_s;
    }

    void failuresAreTyped()
    {
        QFETCH(QByteArray, body);
        QFETCH(ApiErrorKind, kind);
        QFETCH(QString, code);
        QFETCH(QString, messageOrDetail);
        const auto result = cube::parseEnvelope(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, kind);
        QCOMPARE(result.error().serverCode, code);
        if (kind == ApiErrorKind::Server) {
            QCOMPARE(result.error().serverMessage, messageOrDetail);
            QVERIFY(result.error().message().contains(code));
        } else {
            QVERIFY2(result.error().detail.contains(messageOrDetail),
                     qPrintable(result.error().detail));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiEnvelope)
#include "tst_apienvelope.moc"
