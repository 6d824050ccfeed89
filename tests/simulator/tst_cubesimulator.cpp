#include "cubesimulator.h"
#include "transport/requestsigner.h"

#include <QJsonArray>
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

    // A plan order that the vendor's field tables accept: every field a string, test_flow and
    // test_flow_flag present; pay_type only where it is required (createOtaOrder).
    QJsonObject planOrderFields(const QString &path) const
    {
        const auto &fleet = m_simulator->fleet();
        QJsonObject fields = commonFields(QDateTime::currentSecsSinceEpoch());
        fields.insert(u"package_code"_s, fleet.plans().at(0).code);
        fields.insert(u"package_name"_s, fleet.plans().at(0).name);
        fields.insert(u"package_type"_s, QString::number(fleet.plans().at(0).type));
        fields.insert(u"order_period"_s, u"1"_s);
        fields.insert(u"is_open"_s, u"1"_s);
        fields.insert(u"global_order"_s, u"0"_s);
        fields.insert(u"pay_amount"_s, u"0.00"_s);
        fields.insert(u"pay_rst"_s, u"2"_s);
        fields.insert(u"test_flow"_s, u"0"_s);
        fields.insert(u"test_flow_flag"_s, u"0"_s);
        if (path.endsWith(u"batchOrderPackages"_s)) {
            fields.insert(u"deviceList"_s,
                          QJsonArray{fleet.sims().at(0).iccid, fleet.sims().at(1).iccid});
            return fields;
        }
        fields.insert(u"device_id"_s, fleet.sims().at(0).iccid);
        if (path.endsWith(u"createOtaOrder"_s)) {
            fields.insert(u"is_open"_s, u"0"_s);
            fields.insert(u"pay_type"_s, u"1"_s);
            fields.insert(u"mcc"_s, u"454"_s);
            fields.insert(u"days"_s, 7);
            fields.insert(u"timing_type"_s, u"0"_s);
        }
        return fields;
    }

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

    // The vendor's field tables of orderPackage, batchOrderPackages and createOtaOrder
    // (cube-api.md, "Wire types"): every field is a string, test_flow and test_flow_flag are
    // required, and createOtaOrder requires pay_type. A number where a string belongs changes the
    // signature on the real server, which refuses the order. `value` undefined: the field is left
    // out.
    void checksAPlanOrderAsTheFieldTablesSay_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        const QJsonValue absent(QJsonValue::Undefined);
        const QString orderPackage = u"/package/orderPackage"_s;
        const QString batch = u"/package/batchOrderPackages"_s;
        const QString ota = u"/package/createOtaOrder"_s;
        for (const QString &path : {orderPackage, batch, ota}) {
            const QString name = path.section(u'/', -1);
            auto row = [&](const char *what, const QString &field, const QJsonValue &value,
                           const QString &code) {
                QTest::addRow("%s: %s", qPrintable(name), what) << path << field << value << code;
            };
            row("as the table says", QString(), absent, u"0000"_s);
            row("no test_flow", u"test_flow"_s, absent, u"4001"_s);
            row("no test_flow_flag", u"test_flow_flag"_s, absent, u"4001"_s);
            row("empty test_flow", u"test_flow"_s, QJsonValue(u""_s), u"4001"_s);
            row("test_flow a number", u"test_flow"_s, QJsonValue(0), u"4002"_s);
            row("test_flow_flag a number", u"test_flow_flag"_s, QJsonValue(0), u"4002"_s);
            row("order_period a number", u"order_period"_s, QJsonValue(1), u"4002"_s);
            row("global_order a number", u"global_order"_s, QJsonValue(0), u"4002"_s);
            row("pay_type a number", u"pay_type"_s, QJsonValue(1), u"4002"_s);
            row("is_open a number", u"is_open"_s, QJsonValue(1), u"4002"_s);
            row("pay_rst a number", u"pay_rst"_s, QJsonValue(2), u"4002"_s);
            row("package_type a number", u"package_type"_s, QJsonValue(2), u"4002"_s);
            row("pay_amount a number", u"pay_amount"_s, QJsonValue(12.5), u"4002"_s);
            row("no package_name", u"package_name"_s, absent, u"4001"_s);
            row("no global_order", u"global_order"_s, absent, u"4001"_s);
            row("order_period 0", u"order_period"_s, QJsonValue(u"0"_s), u"4003"_s);
            row("order_period not a count", u"order_period"_s, QJsonValue(u"one"_s), u"4003"_s);
            row("is_open 2", u"is_open"_s, QJsonValue(u"2"_s), u"4003"_s);
            row("pay_rst 3", u"pay_rst"_s, QJsonValue(u"3"_s), u"4003"_s);
            row("package_type 6", u"package_type"_s, QJsonValue(u"6"_s), u"4003"_s);
            row("pay_type 3", u"pay_type"_s, QJsonValue(u"3"_s), u"4003"_s);
            row("pay_amount without two decimals", u"pay_amount"_s, QJsonValue(u"12.5"_s),
                u"4003"_s);
        }
        // What is optional differs: pay_type outside the OTA order, pay_amount in the batch
        // (the Chinese page), mcc in the OTA order.
        QTest::newRow("orderPackage: no pay_type")
            << orderPackage << u"pay_type"_s << absent << u"0000"_s;
        QTest::newRow("batchOrderPackages: no pay_type")
            << batch << u"pay_type"_s << absent << u"0000"_s;
        QTest::newRow("createOtaOrder: no pay_type") << ota << u"pay_type"_s << absent << u"4001"_s;
        QTest::newRow("orderPackage: no pay_amount")
            << orderPackage << u"pay_amount"_s << absent << u"4001"_s;
        QTest::newRow("batchOrderPackages: no pay_amount")
            << batch << u"pay_amount"_s << absent << u"0000"_s;
        QTest::newRow("createOtaOrder: no pay_amount")
            << ota << u"pay_amount"_s << absent << u"4001"_s;
        QTest::newRow("createOtaOrder: no mcc") << ota << u"mcc"_s << absent << u"0000"_s;
        QTest::newRow("createOtaOrder: no timing_type")
            << ota << u"timing_type"_s << absent << u"4001"_s;
        QTest::newRow("createOtaOrder: timing_type a number")
            << ota << u"timing_type"_s << QJsonValue(0) << u"4002"_s;
        QTest::newRow("createOtaOrder: days a string")
            << ota << u"days"_s << QJsonValue(u"7"_s) << u"4002"_s;
        QTest::newRow("createOtaOrder: days not whole")
            << ota << u"days"_s << QJsonValue(7.5) << u"4002"_s;
        QTest::newRow("createOtaOrder: no days") << ota << u"days"_s << absent << u"4001"_s;
        QTest::newRow("orderPackage: device_id a number")
            << orderPackage << u"device_id"_s << QJsonValue(8.9852022018041800192e19) << u"4002"_s;
        QTest::newRow("batchOrderPackages: deviceList a string")
            << batch << u"deviceList"_s << QJsonValue(u"89852022018041800192"_s) << u"4002"_s;
    }

    void checksAPlanOrderAsTheFieldTablesSay()
    {
        QFETCH(QString, path);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject fields = planOrderFields(path);
        if (value.isUndefined())
            fields.remove(field);
        else
            fields.insert(field, value);
        const qsizetype before = m_simulator->fleet().orders().size();
        const Answer answer = post(path, signedRequest(fields), "en-US");
        const QString message = answer.envelope.value("message"_L1).toString();
        QCOMPARE(answer.envelope.value("code"_L1).toString(), code);
        if (code == u"0000"_s) {
            QVERIFY(m_simulator->fleet().orders().size() > before);
            return;
        }
        QVERIFY2(message.contains(field), qPrintable(message));
        QCOMPARE(m_simulator->fleet().orders().size(), before); // nothing was ordered
    }

    // The other confirmed operations, checked against their tables as well. "<order>" stands
    // for an order of the fleet (the data functions run before init()).
    void checksOtherOperationsAsTheFieldTablesSay_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("queryDevice: device_id a number")
            << u"/device/queryDevice"_s << QJsonObject{{u"device_id"_s, 8.9852022018041800192e19}}
            << u"4002"_s << u"device_id"_s;
        QTest::newRow("queryDeviceFlowUsage: no device_id")
            << u"/flow/queryDeviceFlowUsage"_s << QJsonObject() << u"4001"_s << u"device_id"_s;
        QTest::newRow("getInfoByDeviceId: device_id a number")
            << u"/flow/getInfoByDeviceId"_s << QJsonObject{{u"device_id"_s, 1}} << u"4002"_s
            << u"device_id"_s;
        QTest::newRow("renewPackage: renew_period a string")
            << u"/package/renewPackage"_s
            << QJsonObject{{u"order_id"_s, u"<order>"_s}, {u"renew_period"_s, u"3"_s}} << u"4002"_s
            << u"renew_period"_s;
        QTest::newRow("renewPackage: renew_period not whole")
            << u"/package/renewPackage"_s
            << QJsonObject{{u"order_id"_s, u"<order>"_s}, {u"renew_period"_s, 1.5}} << u"4002"_s
            << u"renew_period"_s;
        QTest::newRow("queryOrder: order_status a number")
            << u"/package/queryOrder"_s
            << QJsonObject{{u"page_no"_s, 1}, {u"page_size"_s, 10}, {u"order_status"_s, 1}}
            << u"4002"_s << u"order_status"_s;
        QTest::newRow("queryOrder: device_id a number")
            << u"/package/queryOrder"_s
            << QJsonObject{{u"page_no"_s, 1}, {u"page_size"_s, 10}, {u"device_id"_s, 1}}
            << u"4002"_s << u"device_id"_s;
        QTest::newRow("queryOrder: page_no a string")
            << u"/package/queryOrder"_s << QJsonObject{{u"page_no"_s, u"1"_s}, {u"page_size"_s, 10}}
            << u"4002"_s << u"page_no"_s;
        QTest::newRow("aheadFinishDeviceOrder: no ahead_finish_cause")
            << u"/package/aheadFinishDeviceOrder"_s << QJsonObject{{u"order_code"_s, u"<order>"_s}}
            << u"4001"_s << u"ahead_finish_cause"_s;
        QTest::newRow("aheadFinishDeviceOrder: device_type a number")
            << u"/package/aheadFinishDeviceOrder"_s
            << QJsonObject{{u"order_code"_s, u"<order>"_s},
                           {u"ahead_finish_cause"_s, u"test"_s},
                           {u"device_type"_s, 4}}
            << u"4002"_s << u"device_type"_s;
        QTest::newRow("aheadFinishDeviceOrder: device_type 6")
            << u"/package/aheadFinishDeviceOrder"_s
            << QJsonObject{{u"order_code"_s, u"<order>"_s},
                           {u"ahead_finish_cause"_s, u"test"_s},
                           {u"device_type"_s, u"6"_s}}
            << u"4003"_s << u"device_type"_s;
        QTest::newRow("aheadFinishDeviceOrder: no order_code")
            << u"/package/aheadFinishDeviceOrder"_s
            << QJsonObject{{u"ahead_finish_cause"_s, u"test"_s}} << u"4001"_s << u"order_code"_s;
        QTest::newRow("pauseService: device_id a number")
            << u"/device/pauseService"_s << QJsonObject{{u"device_id"_s, 1}} << u"4002"_s
            << u"device_id"_s;
    }

    void checksOtherOperationsAsTheFieldTablesSay()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto &fleet = m_simulator->fleet();
        QJsonObject fields = commonFields(QDateTime::currentSecsSinceEpoch());
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.value() == QJsonValue(u"<order>"_s))
                fields.insert(it.key(), fleet.orders().at(0).code);
            else
                fields.insert(it.key(), it.value());
        }
        const Answer answer = post(path, signedRequest(fields), "en-US");
        const QString message = answer.envelope.value("message"_L1).toString();
        QCOMPARE(answer.envelope.value("code"_L1).toString(), code);
        QVERIFY2(message.contains(field), qPrintable(message));
    }

    // cube-api.md: every documented write answers "data": null, and a client must not require
    // a message id from sendSms; the simulator gives none.
    void sendSmsAnswersNullData()
    {
        QJsonObject fields = commonFields(QDateTime::currentSecsSinceEpoch());
        fields.insert(u"device_id"_s, m_simulator->fleet().sims().at(0).iccid);
        fields.insert(u"content"_s, u"余额不足"_s);
        const Answer answer = post(u"/sms/sendSms"_s, signedRequest(fields));
        QCOMPARE(answer.envelope.value("code"_L1).toString(), u"0000"_s);
        QVERIFY(answer.envelope.contains("data"_L1));
        QVERIFY(answer.envelope.value("data"_L1).isNull());
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
