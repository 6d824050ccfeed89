#include "cubesimulator.h"
#include "fleet/fleetcache.h"
#include "fleet/fleetstore.h"
#include "fleet/fleetsync.h"
#include "simulatorclient.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cube::sim::LifeCycle;

// The fleet sync against the simulator over loopback: the cached list first, then the server's
// read, merged into the store and saved, as the console's SIM list and cubectl use it.
class TestFleetSync : public QObject
{
    Q_OBJECT

private:
    static constexpr int serverSims = 250; // three pages of 100, the last one short
    static constexpr int changedSim = 5;   // its life cycle differs in the cached list

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<cube::CubeClient> m_client;

    QString cachePath() const { return m_dir->filePath(u"fleet-cache.sqlite"_s); }
    QString account() const
    {
        return cube::FleetCache::accountKey(m_client->profileName(), m_client->settings());
    }
    int listed() const { return m_simulator->requestCount(u"queryDeviceList"_s); }

    static cube::SimCard cardOf(const cube::sim::SimulatedSim &sim)
    {
        cube::SimCard card;
        card.iccid = sim.iccid;
        card.imsi = sim.imsi;
        card.msisdn = sim.msisdn;
        card.lifeCycle = int(sim.lifeCycle);
        card.suspended = sim.suspended;
        return card;
    }
    static int otherLifeCycle(LifeCycle lifeCycle)
    {
        return int(lifeCycle == LifeCycle::Deactivated ? LifeCycle::Activated
                                                       : LifeCycle::Deactivated);
    }

    // Saves, as a console of an earlier start did, the server's list `age` ago, with SIM
    // `changedSim` in another life cycle and one SIM that the server no longer lists.
    void saveCachedList(std::chrono::seconds age)
    {
        cube::FleetSnapshot fleet;
        for (const cube::sim::SimulatedSim &sim : m_simulator->fleet().sims()) {
            cube::SimCard card = cardOf(sim);
            if (fleet.size() == changedSim)
                card.lifeCycle = otherLifeCycle(sim.lifeCycle);
            fleet.append(card);
        }
        cube::SimCard gone;
        gone.iccid = u"89852022019999999999"_s;
        gone.lifeCycle = int(LifeCycle::Activated);
        fleet.append(gone);
        cube::FleetCache cache(cachePath());
        const auto problem =
            cache.save(account(), fleet, QDateTime::currentDateTime().addSecs(-age.count()));
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
    }
    std::optional<cube::CachedFleet> cachedList() const
    {
        cube::FleetCache cache(cachePath());
        return cache.load(account());
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), cube::sim::FleetOptions{17, serverSims});
        QVERIFY(m_simulator->listen());
        m_client = cube::test::clientFor(*m_simulator, &m_network);
    }

    void cleanup()
    {
        m_client.reset();
        m_simulator.reset();
        m_dir.reset();
    }

    // The cached list is in the store before a single page of the server's is asked for.
    void theCachedListIsOfferedBeforeTheLoad()
    {
        saveCachedList(13h); // older than the 12 hours a list stays fresh
        m_simulator->faults().setLatency(u"queryDeviceList"_s, 100ms);
        cube::FleetSync sync(m_client.get(), cachePath());
        QStringList steps;
        qsizetype rowsWhenShown = -1;
        int listedWhenShown = -1;
        connect(&sync, &cube::FleetSync::cachedListShown, this, [&] {
            steps.append(u"cached"_s);
            rowsWhenShown = sync.store()->size();
            listedWhenShown = listed();
            QVERIFY(sync.showsCachedList());
        });
        connect(&sync, &cube::FleetSync::readingCost, this, [&](const cube::FleetReadCost &cost) {
            steps.append(u"cost of %1"_s.arg(cost.sims));
        });
        connect(&sync, &cube::FleetSync::readingStarted, this, [&] { steps.append(u"read"_s); });
        QSignalSpy loaded(&sync, &cube::FleetSync::loaded);

        const int before = listed();
        sync.sync();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(steps, (QStringList{u"cached"_s, u"cost of %1"_s.arg(serverSims + 1), u"read"_s}));
        QCOMPARE(rowsWhenShown, serverSims + 1);
        QCOMPARE(listedWhenShown, before);
        QVERIFY(listed() > before);
        QVERIFY(!sync.showsCachedList());
    }

    // A reading merges the server's list into the cached one and saves it for the next start.
    void aLoadMergesAndSaves()
    {
        saveCachedList(13h);
        cube::FleetSync sync(m_client.get(), cachePath());
        QSignalSpy shown(&sync, &cube::FleetSync::cachedListShown);
        QSignalSpy saved(&sync, &cube::FleetSync::cacheSaved);
        const QDateTime started = QDateTime::currentDateTime().addSecs(-1);
        sync.sync();
        QVERIFY(saved.wait(20000));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(saved.first().first().toString(), QString()); // no problem

        const auto &sims = m_simulator->fleet().sims();
        const cube::FleetSnapshot &rows = sync.store()->snapshot();
        QCOMPARE(rows.size(), serverSims); // the SIM the server no longer lists is gone
        QCOMPARE(rows.sim(changedSim).iccid, sims.at(changedSim).iccid);
        QCOMPARE(rows.lifeCycle(changedSim), int(sims.at(changedSim).lifeCycle));

        const auto cached = cachedList();
        QVERIFY(cached);
        QVERIFY2(cached->asOf >= started, qPrintable(cached->asOf.toString(Qt::ISODate)));
        QCOMPARE(cached->fleet.size(), serverSims);
        QCOMPARE(cached->fleet.sim(changedSim).iccid, sims.at(changedSim).iccid);
        QCOMPARE(cached->fleet.lifeCycle(changedSim), int(sims.at(changedSim).lifeCycle));
        QCOMPARE(cached->fleet.sim(serverSims - 1).iccid, sims.at(serverSims - 1).iccid);
    }

    // The server refuses the list: the cached one stays, as it was, and the error says why.
    void aFailingLoadKeepsTheCachedListAndSaysWhy()
    {
        saveCachedList(13h);
        QString error;
        QVERIFY(m_simulator->faults().addFaultSpec(u"queryDeviceList:code=5001"_s, &error));
        cube::FleetSync sync(m_client.get(), cachePath());
        QSignalSpy failed(&sync, &cube::FleetSync::failed);
        QSignalSpy saved(&sync, &cube::FleetSync::cacheSaved);
        sync.sync();
        QVERIFY(failed.wait(20000));
        const auto why = failed.first().first().value<cube::ApiError>();
        QVERIFY2(why.message().contains(u"5001"_s), qPrintable(why.message()));

        QVERIFY(!sync.isReading());
        QVERIFY(sync.showsCachedList());
        const cube::FleetSnapshot &rows = sync.store()->snapshot();
        QCOMPARE(rows.size(), serverSims + 1);
        QCOMPARE(rows.lifeCycle(changedSim),
                 otherLifeCycle(m_simulator->fleet().sims().at(changedSim).lifeCycle));
        QTest::qWait(200);
        QCOMPARE(saved.size(), 0);
        const auto cached = cachedList();
        QVERIFY(cached);
        QCOMPARE(cached->fleet.size(), serverSims + 1);
        QVERIFY(cached->asOf < QDateTime::currentDateTime().addSecs(-12 * 3600));
    }

    // A list younger than the profile's 12 hours is shown and not read again, until asked.
    void aFreshCachedListIsNotReadUntilAsked()
    {
        saveCachedList(1h);
        cube::FleetSync sync(m_client.get(), cachePath());
        QSignalSpy kept(&sync, &cube::FleetSync::cachedListKept);
        QSignalSpy started(&sync, &cube::FleetSync::readingStarted);
        const int before = listed();
        sync.sync();
        QVERIFY(kept.wait(10000));
        QCOMPARE(sync.store()->size(), serverSims + 1);
        QTest::qWait(200);
        QCOMPARE(started.size(), 0);
        QCOMPARE(listed(), before);

        // Reload: read again, saying what it costs first.
        QSignalSpy cost(&sync, &cube::FleetSync::readingCost);
        QSignalSpy loaded(&sync, &cube::FleetSync::loaded);
        sync.sync();
        QCOMPARE(cost.size(), 1);
        QCOMPARE(cost.first().first().value<cube::FleetReadCost>().sims, serverSims + 1);
        QVERIFY(loaded.wait(20000));
        QVERIFY(listed() > before);
        QCOMPARE(kept.size(), 1);
    }

    // No list cached: the server's is read at once; a damaged cache is said, then read over.
    void withoutAUsableCacheTheListIsRead_data()
    {
        QTest::addColumn<bool>("damaged");
        QTest::newRow("none") << false;
        QTest::newRow("damaged") << true;
    }

    void withoutAUsableCacheTheListIsRead()
    {
        QFETCH(bool, damaged);
        if (damaged) {
            QFile file(cachePath());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        cube::FleetSync sync(m_client.get(), cachePath());
        QSignalSpy notice(&sync, &cube::FleetSync::cacheNotice);
        QSignalSpy shown(&sync, &cube::FleetSync::cachedListShown);
        QSignalSpy saved(&sync, &cube::FleetSync::cacheSaved);
        sync.sync();
        QVERIFY(saved.wait(20000));
        QCOMPARE(shown.size(), 0);
        QCOMPARE(notice.size(), damaged ? 1 : 0);
        if (damaged)
            QVERIFY(!notice.first().first().toString().isEmpty());
        QCOMPARE(sync.store()->size(), serverSims);
        const auto cached = cachedList();
        QVERIFY(cached);
        QCOMPARE(cached->fleet.size(), serverSims);
    }

    // cubectl's read of the same account's list, on its own thread.
    void readCacheReadsTheAccountsList()
    {
        const cube::FleetSync sync(m_client.get(), cachePath());
        cube::FleetCacheReading reading = sync.readCache();
        QVERIFY(!reading.fleet);
        QVERIFY(!reading.damage);
        saveCachedList(2h);
        reading = sync.readCache();
        QVERIFY(reading.fleet);
        QCOMPARE(reading.fleet->fleet.size(), serverSims + 1);
        QVERIFY(reading.notice.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFleetSync)
#include "tst_fleetsync.moc"
