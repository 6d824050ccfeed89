#include "cubesimulator.h"
#include "requestsigner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::sim::CubeSimulator;
using cube::sim::SimulatorAccount;

// Talks HTTP to a simulator on loopback, as the console will.
class TestCubeSimulator : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        int httpStatus = 0;
        QJsonObject envelope;
    };

    // The data functions run before init(), so requests are built from the demo account itself.
    static QJsonObject commonFields(qint64 secondsSinceEpoch)
    {
        return {{u"access_code"_s, SimulatorAccount::demo().accessCode},
                {u"timestamp"_s, QString::number(secondsSinceEpoch)},
                {u"version"_s, u"2.0"_s}};
    }

    static QJsonObject signedRequest(QJsonObject fields)
    {
        return cube::RequestSigner(SimulatorAccount::demo().secret).signedCopy(std::move(fields));
    }

    Answer post(const QString &path, const QByteArray &body, const QByteArray &language = {})
    {
        QNetworkRequest request(m_simulator->baseUrl().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!language.isEmpty())
            request.setRawHeader("Accept-Language", language);
        QNetworkReply *reply = m_network.post(request, body);
        return wait(reply);
    }

    Answer post(const QString &path, const QJsonObject &body, const QByteArray &language = {})
    {
        return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), language);
    }

    Answer wait(QNetworkReply *reply)
    {
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qWarning("no answer from the simulator");
        Answer answer;
        answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.envelope = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<CubeSimulator> m_simulator;

private slots:
    void init()
    {
        m_simulator = std::make_unique<CubeSimulator>(SimulatorAccount::demo());
        QVERIFY(m_simulator->listen());
        QCOMPARE(m_simulator->baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(m_simulator->baseUrl().port() > 0);
    }

    void rejectsWhatARealServerRejects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("englishMessage");

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject unsignedFields = commonFields(now);
        QJsonObject wrongAccount = commonFields(now);
        wrongAccount.insert(u"access_code"_s, u"P999999"_s);
        QJsonObject badlySigned = signedRequest(commonFields(now));
        badlySigned.insert(u"device_id"_s, u"89852022018041800192"_s);
        QJsonObject oldVersion = commonFields(now);
        oldVersion.insert(u"version"_s, u"1.0"_s);
        QJsonObject numberTimestamp = commonFields(now);
        numberTimestamp.insert(u"timestamp"_s, now);

        auto json = [](const QJsonObject &o) {
            return QJsonDocument(o).toJson();
        };
        QTest::newRow("not JSON") << QByteArray("{\"access_code\":") << u"4000"_s
                                  << u"The request body is not a valid JSON object"_s;
        QTest::newRow("JSON array")
            << QByteArray("[]") << u"4000"_s << u"The request body is not a valid JSON object"_s;
        QTest::newRow("no sign") << json(unsignedFields) << u"4001"_s
                                 << u"Required parameter missing: sign"_s;
        QTest::newRow("timestamp as number") << json(signedRequest(numberTimestamp)) << u"4002"_s
                                             << u"Parameter has the wrong type: timestamp"_s;
        QTest::newRow("old version")
            << json(signedRequest(oldVersion)) << u"4013"_s << u"Unsupported API version: 1.0"_s;
        QTest::newRow("unknown account")
            << json(signedRequest(wrongAccount)) << u"4010"_s << u"Unknown access code"_s;
        QTest::newRow("stale timestamp")
            << json(signedRequest(commonFields(now - 6 * 60))) << u"4012"_s
            << u"The request timestamp is expired or invalid"_s;
        QTest::newRow("field added after signing")
            << json(badlySigned) << u"4011"_s << u"Signature verification failed"_s;
    }

    void rejectsWhatARealServerRejects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, englishMessage);

        const Answer answer = post(u"/device/queryDevice"_s, body, "en-US");
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(answer.envelope.value("code"_L1).toString(), code);
        QCOMPARE(answer.envelope.value("message"_L1).toString(), englishMessage);
        QCOMPARE(answer.envelope.value("success"_L1), QJsonValue(false));
        QVERIFY(answer.envelope.value("data"_L1).isNull());
    }

    void answersInTheLanguageAsked()
    {
        const QJsonObject request = signedRequest(commonFields(QDateTime::currentSecsSinceEpoch()));

        const Answer chinese = post(u"/no/such/operation"_s, request, "zh-CN");
        QCOMPARE(chinese.envelope.value("code"_L1).toString(), u"4040"_s);
        QCOMPARE(chinese.envelope.value("message"_L1).toString(),
                 u"接口不存在：/no/such/operation"_s);

        const Answer english = post(u"/no/such/operation"_s, request, "en-US,en;q=0.9");
        QCOMPARE(english.envelope.value("message"_L1).toString(),
                 u"No such operation: /no/such/operation"_s);
    }

    void answersInChineseWithoutAcceptLanguage()
    {
        // QNetworkAccessManager always adds an Accept-Language of its own, so this request is
        // written by hand to leave the header out, as a plain HTTP client might.
        const QByteArray body =
            QJsonDocument(signedRequest(commonFields(QDateTime::currentSecsSinceEpoch())))
                .toJson(QJsonDocument::Compact);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_simulator->baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     "Connection: close\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QByteArray response;
        QVERIFY(QTest::qWaitFor(
            [&] {
                response += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState
                       || response.contains("}");
            },
            10000));
        const QJsonObject envelope =
            QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(envelope.value("message"_L1).toString(), u"接口不存在：/x"_s);
    }

    // The vendor's field table: is_open, pay_rst, package_type and pay_amount are strings.
    // A number there changes the signature on the real server, which refuses the order.
    void refusesAPlanOrderWithNumbersWhereTheTableSaysStrings_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("number");
        QTest::newRow("is_open") << u"is_open"_s << QJsonValue(1);
        QTest::newRow("pay_rst") << u"pay_rst"_s << QJsonValue(2);
        QTest::newRow("package_type") << u"package_type"_s << QJsonValue(2);
    }

    void refusesAPlanOrderWithNumbersWhereTheTableSaysStrings()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, number);
        const auto &fleet = m_simulator->fleet();
        QJsonObject fields = commonFields(QDateTime::currentSecsSinceEpoch());
        fields.insert(u"device_id"_s, fleet.sims().at(0).iccid);
        fields.insert(u"package_code"_s, fleet.plans().at(0).code);
        fields.insert(u"package_name"_s, fleet.plans().at(0).name);
        fields.insert(u"package_type"_s, QString::number(fleet.plans().at(0).type));
        fields.insert(u"order_period"_s, 1);
        fields.insert(u"is_open"_s, u"1"_s);
        fields.insert(u"global_order"_s, u"0"_s);
        fields.insert(u"pay_amount"_s, u"0.00"_s);
        fields.insert(u"pay_rst"_s, u"2"_s);
        fields.insert(field, number);
        const Answer answer = post(u"/package/orderPackage"_s, signedRequest(fields), "en-US");
        QCOMPARE(answer.envelope.value("code"_L1).toString(), u"4002"_s);
        QVERIFY(answer.envelope.value("message"_L1).toString().contains(field));
    }

    void acceptsMillisecondTimestampsWithinTheWindow()
    {
        QJsonObject fields = commonFields(0);
        fields.insert(u"timestamp"_s, QString::number(QDateTime::currentMSecsSinceEpoch()));
        const Answer answer = post(u"/no/such/operation"_s, signedRequest(fields), "en-US");
        // Past every common check: only the unknown path is left to complain about.
        QCOMPARE(answer.envelope.value("code"_L1).toString(), u"4040"_s);
    }

    void timestampWindowFollowsTheInjectedClock()
    {
        const QDateTime past = QDateTime::fromSecsSinceEpoch(1643253530, Qt::UTC);
        m_simulator->setClock([past] { return past; });
        const QJsonObject request = signedRequest(commonFields(1643253530 + 4 * 60));
        QCOMPARE(post(u"/x"_s, request).envelope.value("code"_L1).toString(), u"4040"_s);
        const QJsonObject late = signedRequest(commonFields(1643253530 + 6 * 60));
        QCOMPARE(post(u"/x"_s, late).envelope.value("code"_L1).toString(), u"4012"_s);
    }

    void onlyPostIsServed()
    {
        QNetworkReply *reply = m_network.get(QNetworkRequest(m_simulator->baseUrl()));
        const Answer answer = wait(reply);
        QCOMPARE(answer.envelope.value("code"_L1).toString(), u"4050"_s);
    }
};

QTEST_GUILESS_MAIN(TestCubeSimulator)
#include "tst_cubesimulator.moc"
