#include "attention/attentionrefresh.h"
#include "attention/watchlist.h"
#include "attentionscenario.h"
#include "cubesimulator.h"
#include "journal/journal.h"
#include "simulatorclient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cube;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// A look at the account against the simulator over loopback: what it reads, what it keeps, and
// what it costs, as the console's Attention tab and cubectl use it.
class AttentionRefreshTest : public QObject
{
    Q_OBJECT

private:
    static constexpr int fleetSize = 300;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<Account> m_account;

    int requests(const char *operation) const
    {
        return m_simulator->requestCount(QString::fromLatin1(operation));
    }

    // The SIM list as the console's list has it: every SIM of the simulator's fleet.
    FleetSnapshot fleet() const
    {
        FleetSnapshot snapshot;
        const sim::Fleet &simulated = m_simulator->fleet();
        for (int i = 0; i < simulated.sims().size(); ++i) {
            const sim::SimulatedSim &sim = simulated.sims().at(i);
            SimCard card;
            card.iccid = sim.iccid;
            card.lifeCycle = int(sim.lifeCycle);
            card.suspended = sim.suspended;
            const int order = simulated.currentOrder(i);
            if (order >= 0) {
                // As the SIM list gives it: the order in use and what it used so far.
                const sim::SimulatedOrder &current = simulated.orders().at(order);
                card.orderCode = current.code;
                card.usedFlowMb = simulated.usageSinceMb(
                    i, current.starts, simulated.dayAt(QDateTime::currentDateTimeUtc()));
            }
            snapshot.append(card);
        }
        return snapshot;
    }

    int ordersInUse() const
    {
        int count = 0;
        for (const sim::SimulatedOrder &order : m_simulator->fleet().orders())
            count += order.status == OrderStatus::InUse ? 1 : 0;
        return count;
    }

    // SIMs with an order in use of a plan with data: what a watched SIM is for.
    QStringList simsWithData(int count) const
    {
        QStringList iccids;
        const sim::Fleet &simulated = m_simulator->fleet();
        for (int i = 0; i < simulated.sims().size() && iccids.size() < count; ++i) {
            const int order = simulated.currentOrder(i);
            if (order >= 0 && simulated.orders().at(order).status == OrderStatus::InUse
                && simulated.plans().at(simulated.orders().at(order).plan).flowMb > 0)
                iccids << simulated.sims().at(i).iccid;
        }
        return iccids;
    }

    AttentionResult look(bool readOrders = false)
    {
        QSignalSpy looked(&m_account->attention(), &AttentionRefresh::looked);
        QSignalSpy failed(&m_account->attention(), &AttentionRefresh::failed);
        m_account->attention().look(fleet(), readOrders, AttentionRefresh::Consent::Given);
        if (!looked.wait(20000) && looked.isEmpty()) {
            qWarning() << "no look:" << failed;
            return {};
        }
        return looked.constFirst().at(0).value<AttentionResult>();
    }

    void connectAccount(std::optional<int> dailyQuota = std::nullopt)
    {
        m_account.reset();
        ClientFactory factory(&m_network, {},
                              std::make_shared<Journal>(m_dir->filePath(u"journal.sqlite"_s)));
        factory.setGivenLimits({std::nullopt, std::nullopt, dailyQuota});
        m_account = factory.accountForEndpoint(m_simulator->endpoint());
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<AttentionResult>();
        qRegisterMetaType<QList<AttentionItem>>();
        qRegisterMetaType<AttentionCost>();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_simulator = std::make_unique<sim::CubeSimulator>(sim::SimulatorAccount::demo(),
                                                           sim::FleetOptions(7, fleetSize));
        QVERIFY(m_simulator->listen());
        connectAccount();
    }

    // The scenario of known answers: each reason found exactly, for the right SIMs and days.
    // Unwatched, a SIM goes by its order's average since it started; watched, by its last 7
    // days: the SIM that used 1,000 MB on one day 8 days ago and nothing since runs out
    // tomorrow by the first and never by the second.
    void theKnownFleetIsFoundExactly()
    {
        using namespace test;
        m_account.reset();
        sim::FleetOptions options;
        options.scenario = knownAttentionFleet();
        m_simulator = std::make_unique<sim::CubeSimulator>(sim::SimulatorAccount::demo(), options);
        QVERIFY(m_simulator->listen());
        connectAccount();
        const QDate today = m_account->client().settings().serverTimeZone.today();

        const auto found = [](const AttentionResult &result) {
            QStringList lines;
            for (const AttentionItem &item : result.items)
                lines << u"%1 %2 %3"_s.arg(vocabulary::attentionReasons().key(int(item.reason)),
                                           item.iccid, item.date.toString(Qt::ISODate));
            return lines;
        };
        const auto line = [](const char *reason, const QString &iccid, QDate date) {
            return u"%1 %2 %3"_s.arg(QString::fromLatin1(reason), iccid,
                                     date.toString(Qt::ISODate));
        };
        const QStringList unwatched = found(look());
        QCOMPARE(unwatched, (QStringList{
                                line("expired", known::expiredYesterday, today.addDays(-1)),
                                line("runs-out", known::alreadyOut, today),
                                line("low-data", known::littleDataLeft, today),
                                line("low-data", known::alreadyOut, today),
                                line("runs-out", known::littleDataLeft, today.addDays(1)),
                                line("expires-soon", known::expiresIn3Days, today.addDays(3)),
                                line("runs-out", known::runsOutBeforeExpiry, today.addDays(15)),
                                line("no-plan", known::noPlan, {}),
                                line("suspended", known::suspended, {}),
                                line("pre-deactivation", known::preDeactivation, {}),
                            }));

        QVERIFY(m_account->watchlist()
                    .watch({known::littleDataLeft, known::runsOutBeforeExpiry, known::noUsage})
                    .isEmpty());
        const AttentionResult watched = look();
        const QStringList lines = found(watched);
        QVERIFY(!lines.contains(line("runs-out", known::littleDataLeft, today.addDays(1))));
        QVERIFY(lines.contains(line("low-data", known::littleDataLeft, today)));
        QVERIFY(lines.contains(line("runs-out", known::runsOutBeforeExpiry, today.addDays(15))));
        for (const AttentionItem &item : watched.of(AttentionReason::RunsOut)) {
            if (item.iccid == known::runsOutBeforeExpiry) {
                QVERIFY(item.watched);
                QCOMPARE(item.mbPerDay, 120.0);
                QCOMPARE(item.leftMb, 1752.0);
            }
        }
        QCOMPARE(watched.count(AttentionReason::RunsOut), 2);
        QCOMPARE(watched.days.value(today.addDays(3)).expiring, 1);
        QCOMPARE(watched.days.value(today.addDays(20)).expiring, 4); // the unlimited SIM's too
        QCOMPARE(watched.days.value(today.addDays(15)).runningOut, 1);
    }

    void cleanup()
    {
        m_account.reset();
        m_simulator.reset();
    }

    // The listing is read when there is none, kept, and gone by while it is fresh.
    void theOrderListingIsReadOnceWhileFresh()
    {
        QVERIFY(!m_account->attention().ordersAreFresh());
        const AttentionCost first = m_account->attention().cost(false);
        QVERIFY(!first.orderCountKnown);
        const AttentionResult result = look();
        QCOMPARE(result.ordersLooked, ordersInUse());
        QCOMPARE(result.simsLooked, fleetSize);
        const int pages = requests("queryOrder");
        QCOMPARE(pages, (ordersInUse() + 99) / 100);

        QVERIFY(m_account->attention().ordersAreFresh());
        QCOMPARE(m_account->attention().cost(false).total(), 0);
        QCOMPARE(m_account->attention().cost(true).orderPages, pages);
        const AttentionResult again = look();
        QCOMPARE(requests("queryOrder"), pages);
        QCOMPARE(again.ordersLooked, result.ordersLooked);
        QCOMPARE(again.items.size(), result.items.size());

        look(true); // asked for: read again
        QCOMPARE(requests("queryOrder"), 2 * pages);
    }

    // Watched SIMs are read in full: their usage in one batch, each complete day once.
    void watchedSimsAreReadInFullAndEachDayOnce()
    {
        look(); // the listing, so that only the watched SIMs cost from here
        const QStringList watched = simsWithData(3);
        QCOMPARE(watched.size(), 3);
        QVERIFY(m_account->watchlist().watch(watched).isEmpty());

        const AttentionCost cost = m_account->attention().cost(false);
        QCOMPARE(cost.watchedSims, 3);
        QCOMPARE(cost.usageQueries, 1);
        QCOMPARE(cost.dayQueries, 3 * AttentionRules::burnRateDays);
        QCOMPARE(cost.total(), 1 + 21);

        // Every SIM with data "has little left", so that each watched SIM has an item whose rate
        // can be compared with the simulator's own days.
        AttentionRules rules;
        rules.lowDataUnit = AttentionRules::LowDataUnit::Megabytes;
        rules.lowDataThreshold = 1e9;
        m_account->attention().setRules(rules);
        const AttentionResult result = look();
        QCOMPARE(requests("batchQueryDeviceFlowUsage"), 1);
        QCOMPARE(requests("queryDeviceDayFlow"), 21);
        const sim::Fleet &simulated = m_simulator->fleet();
        const QDate today = m_account->client().settings().serverTimeZone.today();
        for (const QString &iccid : watched) {
            double week = 0;
            for (int day = 1; day <= 7; ++day)
                week += simulated.dayUsageMb(simulated.simIndex(iccid), today.addDays(-day));
            bool found = false;
            for (const AttentionItem &item : result.of(AttentionReason::LowData)) {
                if (item.iccid != iccid)
                    continue;
                found = true;
                QVERIFY(item.watched);
                QVERIFY2(qAbs(item.mbPerDay - week / 7) < 1e-6,
                         qPrintable(u"%1 against %2"_s.arg(item.mbPerDay).arg(week / 7)));
            }
            QVERIFY2(found, qPrintable(iccid));
        }

        QCOMPARE(m_account->attention().cost(false).dayQueries, 0);
        look();
        QCOMPARE(requests("batchQueryDeviceFlowUsage"), 2);
        QCOMPARE(requests("queryDeviceDayFlow"), 21); // the days were kept
    }

    // What needs attention is news once: the next look has nothing new.
    void anItemIsNewsOnce()
    {
        QSignalSpy looked(&m_account->attention(), &AttentionRefresh::looked);
        m_account->attention().look(fleet(), false, AttentionRefresh::Consent::Given);
        QVERIFY(looked.wait(20000));
        const auto result = looked.constFirst().at(0).value<AttentionResult>();
        const auto news = looked.constFirst().at(1).value<QList<AttentionItem>>();
        QVERIFY(!result.items.isEmpty());
        QCOMPARE(news.size(), result.items.size());
        m_account->attention().look(fleet(), false, AttentionRefresh::Consent::Given);
        QVERIFY(looked.wait(20000));
        QVERIFY(looked.at(1).at(1).value<QList<AttentionItem>>().isEmpty());

        // A SIM suspended since is news, alone.
        sim::Fleet &simulated = m_simulator->fleet();
        int quiet = 0;
        while (simulated.sims().at(quiet).suspended
               || simulated.sims().at(quiet).lifeCycle != sim::LifeCycle::PreActivation)
            ++quiet;
        simulated.sim(quiet).suspended = true;
        FleetSnapshot changed = fleet();
        m_account->attention().look(changed, false, AttentionRefresh::Consent::Given);
        QVERIFY(looked.wait(20000));
        const auto fresh = looked.at(2).at(1).value<QList<AttentionItem>>();
        QCOMPARE(fresh.size(), 1);
        QCOMPARE(fresh.constFirst().reason, AttentionReason::Suspended);
        QCOMPARE(fresh.constFirst().iccid, simulated.sims().at(quiet).iccid);
    }

    // An order in use at the last look whose expiry has passed since is "expired since the last
    // look": still in the kept listing, and also once a new listing no longer has it.
    void anOrderThatExpiredSinceTheLastLookIsListed()
    {
        sim::Fleet &simulated = m_simulator->fleet();
        int expiring = -1;
        for (int i = 0; i < simulated.orders().size() && expiring < 0; ++i) {
            if (simulated.orders().at(i).status == OrderStatus::InUse)
                expiring = i;
        }
        QVERIFY(expiring >= 0);
        const QString code = simulated.orders().at(expiring).code;
        simulated.order(expiring).expires = QDateTime::currentDateTimeUtc().addSecs(2);
        const auto listsExpired = [&code](const AttentionResult &result) {
            bool found = false;
            for (const AttentionItem &item : result.of(AttentionReason::Expired))
                found = found || item.orderCode == code;
            return found;
        };
        QVERIFY(!listsExpired(look()));
        QTest::qWait(2500);
        simulated.order(expiring).status = OrderStatus::Expired;
        QVERIFY(listsExpired(look()));     // the kept listing: its expiry has passed
        QVERIFY(listsExpired(look(true))); // the new listing has it no more
        const AttentionResult seen = look();
        QVERIFY(listsExpired(seen)); // nobody has looked yet: it stays
        m_account->attention().markLooked(seen.lookedAt);
        QVERIFY(!listsExpired(look()));
        QVERIFY(!listsExpired(look(true)));
    }

    // A look that costs more than is left of today's quota asks first and reads nothing.
    void aLookBeyondTheQuotaAsksFirst()
    {
        connectAccount(5);
        QVERIFY(m_account->watchlist().watch(simsWithData(2)).isEmpty());
        QSignalSpy asked(&m_account->attention(), &AttentionRefresh::consentNeeded);
        QSignalSpy looked(&m_account->attention(), &AttentionRefresh::looked);
        m_account->attention().look(fleet(), false, AttentionRefresh::Consent::Ask);
        QCOMPARE(asked.size(), 1);
        const auto cost = asked.constFirst().at(0).value<AttentionCost>();
        QCOMPARE(cost.total(), 1 + 1 + 14); // a page of orders (count unknown), usage, days
        QCOMPARE(asked.constFirst().at(1).toLongLong(), 5);
        QVERIFY(!looked.wait(300));
        QCOMPARE(requests("queryOrder") + requests("queryDeviceDayFlow"), 0);
    }

    // A listing never read costs a page as far as anyone knows; its first page says how long it
    // is, and the rest is asked for as any cost is: the look stops there and asks.
    void aListingLongerThanTheQuotaAllowsAsksAfterItsFirstPage()
    {
        m_account.reset();
        m_simulator = std::make_unique<sim::CubeSimulator>(sim::SimulatorAccount::demo(),
                                                           sim::FleetOptions(7, 1000));
        QVERIFY(m_simulator->listen());
        connectAccount(1);            // the first page is all the quota there is
        QVERIFY(ordersInUse() > 100); // more than a page
        QSignalSpy asked(&m_account->attention(), &AttentionRefresh::consentNeeded);
        QSignalSpy looked(&m_account->attention(), &AttentionRefresh::looked);
        m_account->attention().look(fleet(), false, AttentionRefresh::Consent::Ask);
        QVERIFY(asked.wait(10000));
        const auto cost = asked.constFirst().at(0).value<AttentionCost>();
        QVERIFY(cost.orderCountKnown);
        QCOMPARE(cost.orderPages, (ordersInUse() + 99) / 100);
        QCOMPARE(requests("queryOrder"), 1);
        QVERIFY(!looked.wait(300));
        QVERIFY(!m_account->attention().isLooking());
    }
};

QTEST_GUILESS_MAIN(AttentionRefreshTest)
#include "tst_attentionrefresh.moc"
