#include "awaitresult.h"
#include "contract/operationtable.h"
#include "cubesimulator.h"
#include "fleet/fleetloader.h"
#include "journal/journal.h"
#include "knownids.h"
#include "scriptedcubeserver.h"
#include "transport/cubeclient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cube::ApiResult;
using cube::CubeClient;
using cube::Operation;
using cube::test::awaitResult;
using cube::test::ScriptedAnswer;

namespace {

const QString orderCode = u"202107061625560742397"_s;

// Every request of a client passes one governor: the gateway's connections, its rate, and the
// wait its 429 asks for. Shown against the simulator at the vendor's limits (cube-api.md,
// "Limits"), which refuses what a careless client would send.
class TestRequestGovernor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CubeClient> clientOf(const cube::AccountEndpoint &endpoint,
                                         cube::GatewayLimits limits,
                                         std::shared_ptr<cube::Journal> journal = {})
    {
        cube::ConnectionSettings settings;
        settings.baseUrl = endpoint.baseUrl;
        settings.accessCode = endpoint.accessCode;
        settings.serverTimeZone = endpoint.serverTimeZone;
        settings.limits = limits;
        cube::ClientOptions options;
        options.recorder = std::move(journal);
        return std::make_unique<CubeClient>(&m_network, settings, endpoint.secret, options);
    }

    // Sends `count` reads of one SIM at once; how many of them the gateway refused for its
    // limits (each was sent again) and how many failed in the end.
    std::pair<int, int> readsAtOnce(CubeClient &client, const QString &iccid, int count)
    {
        return readsAtOnce({&client}, iccid, count);
    }

    // The same, `count` reads from each of `clients`, all sent at once.
    std::pair<int, int> readsAtOnce(const QList<CubeClient *> &clients, const QString &iccid,
                                    int count)
    {
        int refused = 0;
        int failed = 0;
        int finished = 0;
        for (int i = 0; i < count; ++i) {
            for (CubeClient *client : clients) {
                cube::ApiCall *call = client->sim(cube::test::iccidOf(iccid), this,
                                                  [&](const ApiResult<cube::SimCard> &r) {
                                                      failed += r.ok() ? 0 : 1;
                                                      ++finished;
                                                  });
                connect(call, &cube::ApiCall::retrying, this, [&refused] { ++refused; });
            }
        }
        count *= int(clients.size());
        QEventLoop loop;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &loop, [&] {
            if (finished == count)
                loop.quit();
        });
        poll.start(5);
        QTimer::singleShot(60s, &loop, &QEventLoop::quit);
        loop.exec();
        return {refused, failed + (count - finished)};
    }

    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

private slots:
    void noMoreRequestsThanTheConnectionsAreOnTheWire()
    {
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {1, 50});
        QVERIFY(simulator.listen());
        // Slow answers keep requests on the wire; the rate is not what is tried here.
        simulator.faults().setLatency(u"queryDevice"_s, 300ms);
        cube::sim::GatewayPolicy onlyConnections = cube::sim::GatewayPolicy::none();
        onlyConnections.concurrency = 3;
        simulator.setLimits(onlyConnections);
        const QString iccid = simulator.fleet().sims().first().iccid;

        cube::GatewayLimits vendor;
        vendor.queriesPerSecond = 1000;
        auto careful = clientOf(simulator.endpoint(), vendor);
        const auto [refused, failed] = readsAtOnce(*careful, iccid, 9);
        QCOMPARE(failed, 0);
        QCOMPARE(refused, 0);

        // Six at once, as QNetworkAccessManager alone would send them: the gateway refuses.
        cube::GatewayLimits six = vendor;
        six.connections = 6;
        auto careless = clientOf(simulator.endpoint(), six);
        QVERIFY(readsAtOnce(*careless, iccid, 9).first > 0);
    }

    void startsAreSpacedWithinTheRate()
    {
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {1, 50});
        QVERIFY(simulator.listen());
        const QString iccid = simulator.fleet().sims().first().iccid;

        auto careful = clientOf(simulator.endpoint(), cube::GatewayLimits());
        const auto [refused, failed] = readsAtOnce(*careful, iccid, 25);
        QCOMPARE(failed, 0);
        QCOMPARE(refused, 0);

        // A client that believes the gateway allows a thousand a second is refused, waits for
        // the Retry-After and sends again: nothing fails, but the server had to say no.
        cube::GatewayLimits fast;
        fast.queriesPerSecond = 1000;
        auto careless = clientOf(simulator.endpoint(), fast);
        const auto [carelessRefused, carelessFailed] = readsAtOnce(*careless, iccid, 25);
        QVERIFY(carelessRefused > 0);
        QCOMPARE(carelessFailed, 0);
    }

    void clientsOfOneGatewayShareItsLimits()
    {
        // The gateway counts per IP address: the console and a script on one computer share
        // its 3 connections and 10 queries a second. Each client alone keeps to them; together
        // they must too, or the gateway refuses half of what they send.
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {1, 50});
        QVERIFY(simulator.listen());
        simulator.faults().setLatency(u"queryDevice"_s, 150ms);
        const QString iccid = simulator.fleet().sims().first().iccid;

        auto console = clientOf(simulator.endpoint(), cube::GatewayLimits());
        auto script = clientOf(simulator.endpoint(), cube::GatewayLimits());
        QElapsedTimer elapsed;
        elapsed.start();
        const auto [refused, failed] = readsAtOnce({console.get(), script.get()}, iccid, 15);
        QCOMPARE(failed, 0);
        // Each keeping to the limits alone, 5 of the 30 were refused. A request held up on a
        // loaded machine between its start and its arrival may still meet one.
        QVERIFY2(refused <= 1, qPrintable(u"%1 refused"_s.arg(refused)));
        // 30 starts at 10 a second: not sooner than the rate allows.
        QVERIFY2(elapsed.elapsed() >= 2500, qPrintable(QString::number(elapsed.elapsed())));
    }

    void aWriteRefusedForTheLimitsIsSentAgainAndJournaled()
    {
        cube::test::ScriptedCubeServer server;
        QVERIFY(server.listen());
        const QString path = cube::OperationTable().path(Operation::EndOrderEarly);
        server.answerOnce(path, ScriptedAnswer::httpStatus(429, "1"));
        server.answer(path, ScriptedAnswer::success());
        auto journal = std::make_shared<cube::Journal>(m_dir.filePath(u"write.sqlite"_s));
        QVERIFY(journal->isOpen());
        auto client = clientOf({server.baseUrl(),
                                cube::sim::SimulatorAccount::demo().accessCode,
                                cube::sim::SimulatorAccount::demo().secret,
                                {}},
                               cube::GatewayLimits(), journal);
        QSignalSpy waits(client.get(), &CubeClient::serverAsksToWait);

        const auto result = awaitResult<cube::ActionDone>([&](auto done) {
            client->endOrderEarly(cube::test::orderCodeOf(orderCode), u"customer asked"_s,
                                  std::nullopt, this, done);
        });
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        // Refused (the gateway did not act), then sent again: two requests, one change.
        QCOMPARE(server.requestCount(path), 2);
        QCOMPARE(waits.size(), 1);
        QCOMPARE(waits.first().first().toLongLong(), 1000);
        const QList<cube::JournalEntry> entries = journal->history({});
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().state, cube::JournalState::Succeeded);
        QCOMPARE(entries.first().limited, 1);
    }

    void aQuotaSpentForTheDayEndsTheRequestWithItsWait()
    {
        cube::test::ScriptedCubeServer server;
        QVERIFY(server.listen());
        const QString path = cube::OperationTable().path(Operation::QueryDevice);
        server.answer(path, ScriptedAnswer::httpStatus(429, "20000"));
        auto client = clientOf({server.baseUrl(),
                                cube::sim::SimulatorAccount::demo().accessCode,
                                cube::sim::SimulatorAccount::demo().secret,
                                {}},
                               cube::GatewayLimits());
        const auto result = awaitResult<cube::SimCard>([&](auto done) {
            client->sim(cube::test::iccidOf(u"89852022018041800192"_s), this, done);
        });
        QVERIFY(!result.ok());
        QCOMPARE(server.requestCount(path), 1);
        QCOMPARE(result.error().httpStatus, 429);
        QVERIFY2(result.error().message().contains(u"5 hour"_s)
                     && result.error().message().contains(u"33 minute"_s),
                 qPrintable(result.error().message()));
    }

    void everyRequestCountsInTheQuotaThatClientsShare()
    {
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {1, 50});
        QVERIFY(simulator.listen());
        const QString iccid = simulator.fleet().sims().first().iccid;
        const QString path = m_dir.filePath(u"quota.sqlite"_s);
        // Two journals on one file: two programs on one computer.
        auto console = clientOf(simulator.endpoint(), cube::GatewayLimits(),
                                std::make_shared<cube::Journal>(path));
        auto script = clientOf(simulator.endpoint(), cube::GatewayLimits(),
                               std::make_shared<cube::Journal>(path));
        QSignalSpy counted(console.get(), &CubeClient::queriesCounted);
        QCOMPARE(readsAtOnce(*console, iccid, 3).second, 0);
        QCOMPARE(readsAtOnce(*script, iccid, 4).second, 0);
        QCOMPARE(counted.size(), 3);
        QCOMPARE(console->queriesToday(), std::optional<qint64>(7));
        QCOMPARE(script->queriesToday(), std::optional<qint64>(7));

        // Another account (another access code) has a quota of its own.
        cube::AccountEndpoint other = simulator.endpoint();
        other.accessCode = u"P000999"_s;
        auto stranger =
            clientOf(other, cube::GatewayLimits(), std::make_shared<cube::Journal>(path));
        QCOMPARE(stranger->queriesToday(), std::optional<qint64>(0));
        // Without a journal nothing is counted, and nothing claims to be.
        QCOMPARE(clientOf(simulator.endpoint(), cube::GatewayLimits())->queriesToday(),
                 std::nullopt);
    }

    void aClampedPageSizeIsReadWithoutGapOrRepeat()
    {
        // 1,234 SIM cards, pages of at most 100 (the vendor's gateway), asked for 500 a page.
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {3, 1234});
        QVERIFY(simulator.listen());
        auto client = clientOf(simulator.endpoint(), cube::GatewayLimits());
        cube::FleetLoader loader(client.get());
        QStringList iccids;
        connect(&loader, &cube::FleetLoader::pageArrived, this,
                [&](const QList<cube::SimCard> &sims) {
                    for (const cube::SimCard &sim : sims)
                        iccids.append(sim.iccid);
                });
        QSignalSpy finished(&loader, &cube::FleetLoader::finished);
        QSignalSpy failed(&loader, &cube::FleetLoader::failed);
        loader.start(500);
        QVERIFY(finished.wait(60000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(iccids.size(), 1234);
        QCOMPARE(QSet<QString>(iccids.cbegin(), iccids.cend()).size(), 1234);
        for (int i = 0; i < iccids.size(); ++i)
            QCOMPARE(iccids.at(i), simulator.fleet().sims().at(i).iccid);
        // Thirteen pages of the server's 100, not three of 500 with gaps.
        QCOMPARE(simulator.requestCount(u"queryDeviceList"_s), 13);
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestRequestGovernor)
#include "tst_requestgovernor.moc"
