#include "transport/requestsigner.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray testSecret = "cube-test-secret";

QJsonObject objectFrom(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

// Every expected signature was computed outside the project with
// `printf '%s' SIGN_CONTENT | openssl dgst -sha1 -hmac cube-test-secret -binary | base64`.
class TestRequestSigner : public QObject
{
    Q_OBJECT

private slots:
    void signatureMatchesIndependentHmac_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QString>("expected");

        QTest::newRow("seed request, empty device_type dropped") << QByteArray(
            R"({"access_code":"P000270","ahead_finish_cause":"test","device_type":"",)"
            R"("order_code":"202107061625560742397","timestamp":"1643253530","version":"2.0"})")
                                                                 << u"VHYojxfAToOvD4CEEymQIYadG6M="_s;
        QTest::newRow("Chinese reason as raw UTF-8")
            << QByteArray(R"({"access_code":"P000270","ahead_finish_cause":"客户要求提前结束",)"
                          R"("device_type":"4","order_code":"202107061625560742397",)"
                          R"("timestamp":"1643253530","version":"2.0"})")
            << u"vhExj5qfpW1nL02E6qYFnTJRixQ="_s;
        QTest::newRow("numbers stay numbers, null and empty dropped, keys sorted")
            << QByteArray(
                   R"({"access_code":"P000270","page_no":1,"page_size":50,"order_status":"",)"
                   R"("device_id":null,"timestamp":"1700000000","version":"2.0"})")
            << u"i8JMU1qI+HKAg+Mi07WbHtj1Tbk="_s;
        QTest::newRow("array value, capital letter sorts before lower case")
            << QByteArray(R"({"access_code":"P000270","deviceList":["89852022018041800192",)"
                          R"("89852022018041800193"],"package_code":"DP20190726001274",)"
                          R"("timestamp":"1700000000","version":"2.0","global_order":"0"})")
            << u"t8FtQFf/LExo7XNPitiUrkg/MHw="_s;
        QTest::newRow("quotes escaped, slash kept, Chinese raw")
            // Built as an object: moc's lexer trips over escaped quotes in a raw string.
            << QJsonDocument(QJsonObject{{u"version"_s, u"2.0"_s},
                                         {u"timestamp"_s, u"1700000000"_s},
                                         {u"device_id"_s, u"89852022018041800192"_s},
                                         {u"content"_s, u"余额不足 \"提醒\"/ok"_s},
                                         {u"access_code"_s, u"P000270"_s}})
                   .toJson()
            << u"BMP1TmLZzZ7GlHMw0Z1UvRSqbI4="_s;
        QTest::newRow("decimal and millisecond timestamp")
            << QByteArray(R"({"access_code":"P000270","pay_amount":12.5,"renew_period":3,)"
                          R"("timestamp":"1700000000000","version":"2.0"})")
            << u"gn+0Yo0lbEnk4RWQMJekoq5EIgM="_s;
    }

    void signatureMatchesIndependentHmac()
    {
        QFETCH(QByteArray, request);
        QFETCH(QString, expected);
        const QJsonObject parameters = objectFrom(request);
        QVERIFY(!parameters.isEmpty());
        QCOMPARE(cube::RequestSigner(testSecret).sign(parameters), expected);
    }

    // The request body carries the signature of its other non-empty fields only: the expected
    // value is the HMAC of `{"c":0,"d":false,"e":[],"version":"2.0"}` (false, 0 and [] kept).
    void signedBodyCoversOnlyNonEmptyFieldsButSign()
    {
        const QJsonObject body =
            cube::RequestSigner(testSecret)
                .signedCopy(objectFrom(
                    R"({"sign":"old","b":"","a":null,"c":0,"d":false,"e":[],"version":"2.0"})"));
        QCOMPARE(body.value("sign"_L1).toString(), u"l7XU6EXf1XEUSdgjzBnTI+UGsCg="_s);
    }

    // cube-api.md's example: `device_type` is "", so the signed bytes are the documented
    // signContent `{"access_code":"P000270","ahead_finish_cause":"test","order_code":
    // "202107061625560742397","timestamp":"1643253530","version":"2.0"}`, whose HMAC this is.
    void signedBodyOfTheDocumentedExample()
    {
        const QJsonObject body =
            cube::RequestSigner(testSecret)
                .signedCopy(objectFrom(
                    R"({"access_code":"P000270","ahead_finish_cause":"test","device_type":"",)"
                    R"("order_code":"202107061625560742397","timestamp":"1643253530","version":"2.0"})"));
        QCOMPARE(body.value("sign"_L1).toString(), u"VHYojxfAToOvD4CEEymQIYadG6M="_s);
    }

    void existingSignDoesNotChangeTheSignature()
    {
        const cube::RequestSigner signer(testSecret);
        QJsonObject parameters = objectFrom(R"({"access_code":"P000270","version":"2.0"})");
        const QString unsignedSignature = signer.sign(parameters);
        parameters.insert(u"sign"_s, u"something else"_s);
        QCOMPARE(signer.sign(parameters), unsignedSignature);
    }

    void verifyAcceptsOwnSignatureAndRejectsTampering()
    {
        const cube::RequestSigner signer(testSecret);
        QJsonObject parameters =
            signer.signedCopy(objectFrom(R"({"access_code":"P000270","order_code":"42"})"));
        QCOMPARE(parameters.value("sign"_L1).toString().size(), 28);
        QVERIFY(signer.verify(parameters));

        QVERIFY(!cube::RequestSigner("another secret").verify(parameters));
        parameters.insert(u"order_code"_s, u"43"_s);
        QVERIFY(!signer.verify(parameters));
        parameters.remove(u"sign"_s);
        QVERIFY(!signer.verify(parameters));
    }
};

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
