#include "cubesimprocess.h"
#include "cubesimulator.h"
#include "transport/requestsigner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cube::ServerTimeZone;
using cube::sim::CubeSimulator;
using cube::sim::FaultPlan;
using cube::sim::FleetOptions;
using cube::sim::GatewayPolicy;
using cube::sim::SimulatorAccount;

// The vendor's gateway limits as the simulator enforces them, over real HTTP on loopback: 10
// requests a second, 3 at once and 5,000 a day per address, HTTP 429 beyond, and listing pages of
// 100 rows at most.
class TestGatewayLimits : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        int httpStatus = 0;
        QByteArray retryAfter;
        QJsonObject envelope;
    };

    // Signed with the simulator's own "now", which a test may have moved.
    QNetworkReply *send(const QString &path, QJsonObject fields)
    {
        fields.insert(u"access_code"_s, SimulatorAccount::demo().accessCode);
        fields.insert(u"timestamp"_s, QString::number(m_now().toSecsSinceEpoch()));
        fields.insert(u"version"_s, u"2.0"_s);
        const QJsonObject body =
            cube::RequestSigner(SimulatorAccount::demo().secret).signedCopy(fields);
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        return m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    static Answer wait(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(10000))
                qWarning("no answer from the simulator");
        }
        Answer answer;
        answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.retryAfter = reply->rawHeader("Retry-After");
        answer.envelope = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    Answer post(const QString &path, const QJsonObject &fields = {})
    {
        return wait(send(path, fields));
    }

    // A read that the simulator answers at once: one SIM card.
    Answer readSim() { return post(u"/device/queryDevice"_s, {{u"device_id"_s, iccid(0)}}); }
    QNetworkReply *startReadingSim()
    {
        return send(u"/device/queryDevice"_s, {{u"device_id"_s, iccid(0)}});
    }

    QString iccid(int index) const { return m_simulator->fleet().sims().at(index).iccid; }

    void start(FleetOptions fleet = {1, 2000})
    {
        m_simulator = std::make_unique<CubeSimulator>(SimulatorAccount::demo(), fleet);
        m_now = [] {
            return QDateTime::currentDateTimeUtc();
        };
        QVERIFY(m_simulator->listen());
        m_base = m_simulator->baseUrl();
    }

    void setClock(const QDateTime &now)
    {
        m_now = [now] {
            return now;
        };
        m_simulator->setClock(m_now);
    }

    static QList<QJsonObject> requestLog(const QString &path)
    {
        QList<QJsonObject> lines;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd())
                lines.append(QJsonDocument::fromJson(file.readLine()).object());
        }
        return lines;
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<CubeSimulator> m_simulator;
    std::function<QDateTime()> m_now;
    QUrl m_base;

private slots:
    void init() { start(); }

    void cleanup()
    {
        m_network.clearConnectionCache();
        m_simulator.reset();
    }

    void theVendorsLimitsByDefault()
    {
        const GatewayPolicy limits = m_simulator->limits();
        QCOMPARE(limits.rate, 10);
        QCOMPARE(limits.concurrency, 3);
        QCOMPARE(limits.dailyQuota, 5000);
        QCOMPARE(limits.maxPageSize, 100);
    }

    void eleventhRequestInASecondIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString log = dir.filePath(u"requests.jsonl"_s);
        QVERIFY(m_simulator->openRequestLog(log));

        QElapsedTimer second;
        second.start();
        for (int i = 0; i < 10; ++i)
            QCOMPARE(readSim().httpStatus, 200);
        const Answer eleventh = readSim();
        if (second.elapsed() >= 1000)
            QSKIP("eleven requests took more than a second on this machine");
        QCOMPARE(eleventh.httpStatus, 429);
        QVERIFY(eleventh.retryAfter.toInt() >= 1);
        QCOMPARE(m_simulator->requestCount(u"queryDevice"_s), 10);

        // Every request has its line; the refused one with the HTTP status for a code.
        const QList<QJsonObject> lines = requestLog(log);
        QCOMPARE(lines.size(), 11);
        QCOMPARE(lines.last().value("code"_L1).toString(), u"429"_s);

        // Who waits as told gets in again.
        QTest::qWait(eleventh.retryAfter.toInt() * 1000);
        QCOMPARE(readSim().httpStatus, 200);
    }

    void aRefusedWriteDoesNotAct()
    {
        for (int i = 0; i < 10; ++i)
            QCOMPARE(readSim().httpStatus, 200);
        int activated = 0;
        while (m_simulator->fleet().sims().at(activated).lifeCycle
                   != cube::sim::LifeCycle::Activated
               || m_simulator->fleet().sims().at(activated).suspended)
            ++activated;
        const Answer suspend =
            post(u"/device/pauseService"_s, {{u"device_id"_s, iccid(activated)}});
        if (suspend.httpStatus == 200)
            QSKIP("eleven requests took more than a second on this machine");
        QCOMPARE(suspend.httpStatus, 429);
        QVERIFY(!m_simulator->fleet().sims().at(activated).suspended);
        QCOMPARE(m_simulator->requestCount(u"pauseService"_s), 0);
    }

    void fourthConcurrentRequestIsRefused()
    {
        m_simulator->faults().setLatency(FaultPlan::everyOperation, 500ms);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i)
            replies.append(startReadingSim());
        QList<int> statuses;
        QByteArray retryAfter;
        for (QNetworkReply *reply : std::as_const(replies)) {
            const Answer answer = wait(reply);
            statuses.append(answer.httpStatus);
            if (answer.httpStatus == 429)
                retryAfter = answer.retryAfter;
        }
        QCOMPARE(statuses.count(200), 3);
        QCOMPARE(statuses.count(429), 1);
        QCOMPARE(retryAfter, QByteArray("1"));

        // Answered requests no longer count.
        m_simulator->faults().clear();
        QCOMPARE(readSim().httpStatus, 200);
    }

    void anUnansweredRequestStopsCountingWhenItsConnectionCloses()
    {
        cube::sim::Fault silent;
        silent.kind = cube::sim::FaultKind::NoAnswer;
        m_simulator->faults().setFault(u"queryDevice"_s, silent);
        QList<QNetworkReply *> hanging;
        for (int i = 0; i < 3; ++i)
            hanging.append(startReadingSim());
        // All three reached the simulator, which keeps them without an answer.
        QTRY_COMPARE_WITH_TIMEOUT(m_simulator->requestCount(u"queryDevice"_s), 3, 5000);

        const Answer fourth = post(u"/package/syncPackage"_s);
        QCOMPARE(fourth.httpStatus, 429);
        QCOMPARE(fourth.retryAfter, QByteArray("1"));

        // The client gives up: its connections close, and the gateway lets go of them.
        for (QNetworkReply *reply : std::as_const(hanging)) {
            reply->abort();
            reply->deleteLater();
        }
        QTest::qWait(200);
        QCOMPARE(post(u"/package/syncPackage"_s).httpStatus, 200);
    }

    void theDailyQuotaEndsAtTheServersMidnight_data()
    {
        QTest::addColumn<int>("offsetMinutes");
        QTest::newRow("UTC+8, the vendor's") << 8 * 60;
        QTest::newRow("UTC-3") << -3 * 60;
        QTest::newRow("UTC+5:30") << 5 * 60 + 30;
    }

    void theDailyQuotaEndsAtTheServersMidnight()
    {
        QFETCH(int, offsetMinutes);
        const ServerTimeZone zone(offsetMinutes);
        start({1, 50, zone});
        GatewayPolicy limits = GatewayPolicy::none();
        limits.dailyQuota = 5;
        m_simulator->setLimits(limits);
        // A minute before the server's midnight.
        setClock(zone.startOf(QDate(2026, 8, 11)).addSecs(-60));

        for (int i = 0; i < 5; ++i)
            QCOMPARE(readSim().httpStatus, 200);
        const Answer sixth = readSim();
        QCOMPARE(sixth.httpStatus, 429);
        QCOMPARE(sixth.retryAfter, QByteArray("60"));
        // Refused requests count as well: still refused, with less time to wait.
        setClock(zone.startOf(QDate(2026, 8, 11)).addSecs(-1));
        const Answer seventh = readSim();
        QCOMPARE(seventh.httpStatus, 429);
        QCOMPARE(seventh.retryAfter, QByteArray("1"));
        QCOMPARE(m_simulator->requestCount(u"queryDevice"_s), 5);

        // The server's new day: a new quota.
        setClock(zone.startOf(QDate(2026, 8, 11)).addSecs(1));
        QCOMPARE(readSim().httpStatus, 200);
    }

    void aLargerPageIsAnsweredWithTheLargestRows_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("rows");
        QTest::newRow("SIM cards") << u"/device/queryDeviceList"_s << u"device_list"_s;
        QTest::newRow("orders") << u"/package/queryOrder"_s << u"package_order"_s;
    }

    void aLargerPageIsAnsweredWithTheLargestRows()
    {
        QFETCH(QString, path);
        QFETCH(QString, rows);
        const Answer answer = post(path, {{u"page_no"_s, 2}, {u"page_size"_s, 500}});
        QCOMPARE(answer.httpStatus, 200);
        QCOMPARE(answer.envelope.value("code"_L1).toString(), u"0000"_s);
        const QJsonObject data = answer.envelope.value("data"_L1).toObject();
        const QJsonObject page = data.value("page"_L1).toObject();
        const qint64 total = page.value("total_count"_L1).toInteger();
        QVERIFY(total > 200);
        QCOMPARE(data.value(rows).toArray().size(), 100);
        QCOMPARE(page.value("page_size"_L1).toInteger(), 100);
        QCOMPARE(page.value("cur_page_no"_L1).toInteger(), 2);
        QCOMPARE(page.value("total_pages"_L1).toInteger(), (total + 99) / 100);
        if (rows == "device_list"_L1) {
            // Page 2 of pages of 100: the SIMs from the 101st on.
            QCOMPARE(data.value(rows).toArray().first().toObject().value("device_id"_L1).toString(),
                     iccid(100));
        }
    }

    void withoutLimitsThePageIsAsLargeAsAsked()
    {
        m_simulator->setLimits(GatewayPolicy::none());
        const Answer answer =
            post(u"/device/queryDeviceList"_s, {{u"page_no"_s, 1}, {u"page_size"_s, 500}});
        const QJsonObject data = answer.envelope.value("data"_L1).toObject();
        QCOMPARE(data.value("device_list"_L1).toArray().size(), 500);
        QCOMPARE(data.value("page"_L1).toObject().value("page_size"_L1).toInteger(), 500);
    }

    void noLimitsAdmitFiftyQuickRequests()
    {
        m_simulator->setLimits(GatewayPolicy::none());
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 50; ++i)
            replies.append(startReadingSim());
        int admitted = 0;
        for (QNetworkReply *reply : std::as_const(replies))
            admitted += wait(reply).httpStatus == 200 ? 1 : 0;
        QCOMPARE(admitted, 50);
    }

    void cubeSimTakesTheLimitsFromItsCommandLine()
    {
        QProcess process;
        m_base = cube::test::startCubeSim(
            process, QString::fromUtf8(CUBE_SIM_PATH),
            {u"--size"_s, u"10"_s, u"--limits"_s, u"none"_s, u"--daily-quota"_s, u"2"_s});
        QVERIFY2(m_base.isValid(), qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QCOMPARE(readSim().httpStatus, 200);
        QCOMPARE(readSim().httpStatus, 200);
        const Answer third = readSim();
        QCOMPARE(third.httpStatus, 429);
        QVERIFY(third.retryAfter.toInt() >= 1);
        process.kill();
        process.waitForFinished();
    }

    void cubeSimRefusesABadLimit_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("rate not a number") << QStringList{u"--rate"_s, u"fast"_s};
        QTest::newRow("negative connections") << QStringList{u"--connections"_s, u"-1"_s};
        QTest::newRow("page beyond the simulator's")
            << QStringList{u"--max-page-size"_s, u"5000"_s};
        QTest::newRow("unknown limit set") << QStringList{u"--limits"_s, u"some"_s};
    }

    void cubeSimRefusesABadLimit()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(QString::fromUtf8(CUBE_SIM_PATH), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardError().contains(arguments.constFirst().toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestGatewayLimits)
#include "tst_gatewaylimits.moc"
