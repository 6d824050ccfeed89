#include "account/clientfactory.h"
#include "fleet/fleetloader.h"
#include "processrun.h"
#include "simulatoraccount.h"
#include "transport/cubeclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr int inUse = 1;       // the simulator's numbering
constexpr int latencyMs = 100; // of every answer
constexpr int rate = 10;       // the vendor's queries a second (cube-api.md, "Limits")
constexpr int connections = 3; // and requests at once
constexpr double margin = 1.1; // a run may take 10 % longer than the limits' bound
constexpr int ordersToEnd = 600;
constexpr int fleetOfOrders = 4000; // SIM cards with enough orders in use for the job
constexpr int fleetToLoad = 100000;

// Runs the event loop for `ms` (QTest::qWait sleeps 10 ms between its passes).
void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// cube-sim as a process, its first line read with waitForReadyRead (no polling); killed when
// the benchmark is done with it.
class SimulatorProcess final
{
public:
    SimulatorProcess() = default;
    Q_DISABLE_COPY_MOVE(SimulatorProcess)
    ~SimulatorProcess()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished();
    }

    QUrl start(const QStringList &arguments)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QString::fromUtf8(CUBE_SIM_PATH), arguments);
        QByteArray output;
        while (!output.contains('\n') && m_process.waitForReadyRead(60000))
            output += m_process.readAllStandardOutput();
        const auto match =
            QRegularExpression(u"listening at (\\S+)"_s).match(QString::fromUtf8(output));
        return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    }

private:
    QProcess m_process;
};

// What the simulator's request log says about one operation.
struct LogFigures
{
    int refused = 0;            // requests of any operation answered 429
    QStringList aroundRefusals; // for each 429, what the gateway logged in the second before
    QHash<QString, int> acted;  // the operation's key field -> times answered "0000"
    int busiestSecond = 0;      // most answers of the operation within any 1000 ms
    qint64 firstToLastMs = 0;   // from its first answer to its last
};

LogFigures readRequestLog(const QString &file, const QString &operationPath, const QString &key)
{
    LogFigures figures;
    QList<qint64> answered; // ms since the epoch
    QList<std::pair<qint64, QString>> lines;
    QFile log(file);
    if (!log.open(QIODevice::ReadOnly))
        return figures;
    while (!log.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(log.readLine()).object();
        const QString code = line[u"code"_s].toString();
        const QString path = line[u"path"_s].toString();
        const QString subject = line[u"fields"_s][key].toVariant().toString();
        const qint64 time = QDateTime::fromString(line[u"time"_s].toString(), Qt::ISODateWithMs)
                                .toMSecsSinceEpoch();
        lines.append({time, u"%1 %2 %3 %4"_s.arg(line[u"time"_s].toString(), code,
                                                 path.section(u'/', -1), subject)});
        if (code == u"429"_s) {
            ++figures.refused;
            // Answers are logged as they go back (after the latency), a 429 on receipt.
            QStringList before;
            for (const auto &[at, text] : std::as_const(lines))
                if (at >= time - 1000 - latencyMs)
                    before.append(text);
            figures.aroundRefusals.append(before.join(u'\n'));
        }
        if (!path.endsWith(operationPath) || code != u"0000"_s)
            continue;
        ++figures.acted[subject];
        answered.append(time);
    }
    std::sort(answered.begin(), answered.end());
    for (qsizetype first = 0, last = 0; last < answered.size(); ++last) {
        while (answered.at(last) - answered.at(first) >= 1000)
            ++first;
        figures.busiestSecond = qMax(figures.busiestSecond, int(last - first + 1));
    }
    if (!answered.isEmpty())
        figures.firstToLastMs = answered.last() - answered.first();
    return figures;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

// Benchmarks against the vendor's gateway limits (issue 23): cube-sim at its defaults (10
// queries a second and 3 at once per address, pages of 100) answering every request after
// 100 ms. Each run must finish within 1.1 times the bound the limits set, and the gateway must
// refuse nothing (no HTTP 429): the client keeps within the limits instead of running into them.
//
// With CUBE_BENCH_UNLIMITED set, the same runs without limits (cube-sim --limits none, the
// client at 32 connections and 1,000 a second), for comparison; these take no bound.
class BenchLimits : public QObject
{
    Q_OBJECT

private:
    static void addRows()
    {
        QTest::addColumn<bool>("limited");
        QTest::newRow("limited") << true;
        if (qEnvironmentVariableIsSet("CUBE_BENCH_UNLIMITED"))
            QTest::newRow("unlimited") << false;
    }

    static QStringList simulatorArguments(int size, const QString &requestLog, bool limited)
    {
        QStringList arguments{u"--size"_s,        QString::number(size),
                              u"--latency"_s,     u"*:%1"_s.arg(latencyMs),
                              u"--request-log"_s, requestLog};
        if (!limited)
            arguments << u"--limits"_s << u"none"_s;
        return arguments;
    }

    static std::unique_ptr<cube::CubeClient> clientFor(QNetworkAccessManager *network,
                                                       const QUrl &baseUrl, bool limited)
    {
        cube::ClientFactory factory(network);
        if (!limited)
            factory.setGivenLimits({cube::GatewayLimits::largestConnections,
                                    cube::GatewayLimits::largestQueriesPerSecond, std::nullopt});
        return factory.forEndpoint({baseUrl,
                                    cube::sim::SimulatorAccount::demo().accessCode,
                                    cube::sim::SimulatorAccount::demo().secret,
                                    {}});
    }

    // The first `wanted` orders in use, read page by page (a page holds at most 100).
    QStringList ordersInUse(cube::CubeClient &client, int wanted)
    {
        QStringList codes;
        cube::OrderQuery query;
        query.status = inUse;
        query.pageSize = 100;
        for (query.pageNo = 1; codes.size() < wanted; ++query.pageNo) {
            std::optional<cube::ApiResult<cube::OrderPage>> page;
            QEventLoop loop;
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            client.orders(query, this, [&](const cube::ApiResult<cube::OrderPage> &result) {
                page = result;
                loop.quit();
            });
            if (!page)
                loop.exec();
            if (!page || !page->ok() || page->value().orders.isEmpty())
                break;
            for (const cube::Order &order : page->value().orders)
                if (order.status == inUse && codes.size() < wanted)
                    codes.append(order.orderCode);
        }
        return codes;
    }

    static QProcessEnvironment cubectlEnvironment(const QTemporaryDir &home)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CUBE_SECRET"_s,
                           QString::fromLatin1(cube::sim::SimulatorAccount::demo().secret));
        environment.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        environment.remove(u"LANGUAGE"_s);
        environment.remove(u"LC_ALL"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        return environment;
    }

private slots:
    void endSixHundredOrdersEarlyWithCubectl_data() { addRows(); }
    void endSixHundredOrdersEarlyWithCubectl()
    {
        QFETCH(bool, limited);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString requestLog = dir.filePath(u"requests.jsonl"_s);
        SimulatorProcess simulator;
        const QUrl baseUrl =
            simulator.start(simulatorArguments(fleetOfOrders, requestLog, limited));
        QVERIFY(baseUrl.isValid());

        QNetworkAccessManager network;
        const auto client = clientFor(&network, baseUrl, true);
        const QStringList codes = ordersInUse(*client, ordersToEnd);
        QCOMPARE(codes.size(), ordersToEnd);
        // The gateway counts per address: the reads above leave its window before cubectl,
        // which knows nothing of them, starts.
        runEventLoopFor(1100);

        QStringList arguments{u"--base-url"_s,    baseUrl.toString(),
                              u"--access-code"_s, cube::sim::SimulatorAccount::demo().accessCode,
                              u"--journal"_s,     dir.filePath(u"journal.sqlite"_s)};
        if (!limited)
            arguments << u"--connections"_s << u"32"_s << u"--rate"_s << u"1000"_s;
        arguments << u"orders"_s << u"end"_s << codes << u"--reason"_s << u"Contract ended"_s
                  << u"--yes"_s << u"--json"_s;
        QElapsedTimer clock;
        clock.start();
        const cube::test::ProcessRun run = cube::test::runProcess(
            QString::fromUtf8(CUBECTL_PATH), arguments, {}, cubectlEnvironment(dir));
        const qint64 elapsedMs = clock.elapsed();
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QJsonArray items = run.jsonArray();
        QCOMPARE(items.size(), ordersToEnd);
        for (const QJsonValue &item : items)
            QCOMPARE(item[u"result"_s].toString(), u"ended-early"_s);

        const LogFigures log =
            readRequestLog(requestLog, u"/aheadFinishDeviceOrder"_s, u"order_code"_s);
        const qint64 boundMs = qint64(std::llround(margin * ordersToEnd * 1000.0 / rate));
        qInfo().noquote() << u"%1: %2 orders ended early in %3 s%4; first to last answer %5 s, "
                             "busiest second %6 answers, %7 refused (429)"_s
                                 .arg(QLatin1String(QTest::currentDataTag()))
                                 .arg(ordersToEnd)
                                 .arg(seconds(elapsedMs),
                                      limited ? u" (bound %1 s)"_s.arg(seconds(boundMs))
                                              : QString(),
                                      seconds(log.firstToLastMs))
                                 .arg(log.busiestSecond)
                                 .arg(log.refused);

        for (const QString &refusal : log.aroundRefusals)
            qWarning().noquote() << u"A 429 and the log's second before it:\n"_s + refusal;
        QCOMPARE(log.refused, 0);
        for (const QString &code : codes)
            QVERIFY2(log.acted.value(code) == 1,
                     qPrintable(u"%1 acted on %2 times"_s.arg(code).arg(log.acted.value(code))));
        QCOMPARE(log.acted.size(), ordersToEnd);
        if (limited)
            QVERIFY2(elapsedMs <= boundMs,
                     qPrintable(u"%1 ms, bound %2 ms"_s.arg(elapsedMs).arg(boundMs)));
    }

    void loadOneHundredThousandSimsWithTheConsolesLoader_data() { addRows(); }
    void loadOneHundredThousandSimsWithTheConsolesLoader()
    {
        QFETCH(bool, limited);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString requestLog = dir.filePath(u"requests.jsonl"_s);
        SimulatorProcess simulator;
        const QUrl baseUrl = simulator.start(simulatorArguments(fleetToLoad, requestLog, limited));
        QVERIFY(baseUrl.isValid());

        QNetworkAccessManager network;
        const auto client = clientFor(&network, baseUrl, limited);
        cube::FleetLoader loader(client.get());
        QSet<QString> iccids;
        iccids.reserve(fleetToLoad);
        qint64 rows = 0;
        std::optional<QString> failure;
        QEventLoop loop;
        connect(&loader, &cube::FleetLoader::pageArrived, this,
                [&](const QList<cube::SimCard> &sims) {
                    rows += sims.size();
                    for (const cube::SimCard &sim : sims)
                        iccids.insert(sim.iccid);
                });
        connect(&loader, &cube::FleetLoader::finished, &loop, &QEventLoop::quit);
        connect(&loader, &cube::FleetLoader::failed, &loop, [&](const cube::ApiError &error) {
            failure = error.message();
            loop.quit();
        });
        QTimer::singleShot(300000, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        loader.start();
        loop.exec();
        const qint64 elapsedMs = clock.elapsed();
        QVERIFY2(!failure, qPrintable(failure.value_or(QString())));
        QVERIFY2(!loader.isRunning(), "the loader did not finish in time");
        QCOMPARE(rows, qint64(fleetToLoad));
        QCOMPARE(iccids.size(), fleetToLoad);

        const int pageSize = client->settings().pageSize;
        const int pages = (fleetToLoad + pageSize - 1) / pageSize;
        const LogFigures log = readRequestLog(requestLog, u"/queryDeviceList"_s, u"page_no"_s);
        const double byRate = double(pages) / rate;
        const double byLatency = double(pages) * latencyMs / 1000.0 / connections;
        const qint64 boundMs = qint64(std::llround(margin * qMax(byRate, byLatency) * 1000.0));
        qInfo().noquote() << u"%1: %2 SIM cards (%3 pages of %4) loaded in %5 s%6; busiest "
                             "second %7 pages, %8 refused (429)"_s
                                 .arg(QLatin1String(QTest::currentDataTag()))
                                 .arg(fleetToLoad)
                                 .arg(pages)
                                 .arg(pageSize)
                                 .arg(seconds(elapsedMs),
                                      limited ? u" (bound %1 s)"_s.arg(seconds(boundMs))
                                              : QString())
                                 .arg(log.busiestSecond)
                                 .arg(log.refused);

        for (const QString &refusal : log.aroundRefusals)
            qWarning().noquote() << u"A 429 and the log's second before it:\n"_s + refusal;
        QCOMPARE(log.refused, 0);
        QCOMPARE(log.acted.size(), pages);
        for (auto it = log.acted.cbegin(); it != log.acted.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(u"page %1 read %2 times"_s.arg(it.key()).arg(it.value())));
        if (limited)
            QVERIFY2(elapsedMs <= boundMs,
                     qPrintable(u"%1 ms, bound %2 ms"_s.arg(elapsedMs).arg(boundMs)));
    }
};

} // namespace

QTEST_GUILESS_MAIN(BenchLimits)
#include "bench_limits.moc"
