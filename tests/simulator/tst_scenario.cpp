#include "attentionscenario.h"
#include "awaitresult.h"
#include "cubesimulator.h"
#include "knownids.h"
#include "simulatorclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using cube::OrderStatus;
using cube::test::AttentionScenario;
using cube::test::iccidOf;
namespace known = cube::test::known;
namespace plans = cube::test::plans;

namespace {

// 01:30 on 15 March 2026 at the server (UTC+8), still the 14th in UTC: the scenario's days
// must count from the server's midnight, T.
const QDateTime now(QDate(2026, 3, 14), QTime(17, 30), Qt::UTC);
const QDate today(2026, 3, 15);
const QDateTime T = cube::ServerTimeZone().startOf(today);

const QString busy = u"89852022010000000001"_s;
const QString spent = u"89852022010000000002"_s;
const QString quiet = u"8985202201000000003"_s; // 19 digits

constexpr int noOrder = std::numeric_limits<int>::min();

// A SIM with 7 days of its own and 120 MB every other day, a Monthly 10GB order in use from
// T-20 to T+9, an expired and a not enabled one; one over its Monthly 1GB; one suspended
// before deactivation, with its own IMSI and MSISDN.
QJsonObject threeSims()
{
    AttentionScenario s;
    s.sim(busy)
        .daily(120)
        .days({10, 20, 30, 40, 50, 60, 70})
        .order(plans::monthly3GbAsia, 60, -30, OrderStatus::Expired)
        .order(plans::monthly10GbGlobal, 20, 9)
        .order(plans::monthly1GbAsia, 2, 0, OrderStatus::NotEnabled);
    s.sim(spent).daily(100).order(plans::monthly1GbAsia, 15, 15);
    QJsonObject scenario = s.json();
    QJsonArray sims = scenario.value("sims"_L1).toArray();
    sims.append(QJsonObject{{u"iccid"_s, quiet},
                            {u"imsi"_s, u"454120000009999"_s},
                            {u"msisdn"_s, u"85290009999"_s},
                            {u"lifeCycle"_s, 3},
                            {u"suspended"_s, true}});
    scenario.insert(u"sims"_s, sims);
    return scenario;
}

} // namespace

// A fleet built from a scenario answers, through the real client over loopback, exactly what
// the scenario says.
class TestScenario : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    cube::ApiResult<T> await(std::function<void(cube::CubeClient::Done<T>)> start)
    {
        return cube::test::awaitResult<T>(start);
    }

    void serve(const QJsonObject &scenario)
    {
        cube::sim::FleetOptions options;
        options.scenario = scenario;
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), options, nullptr, [] { return now; });
        m_simulator->setLimits(cube::sim::GatewayPolicy::none());
        QVERIFY(m_simulator->listen());
        cube::ClientOptions clientOptions;
        clientOptions.clock = [] {
            return now;
        };
        m_client = cube::test::clientFor(*m_simulator, &m_network,
                                         cube::ClientFactory::defaultTimeout, clientOptions);
    }

    double dayUsage(const QString &iccid, QDate day)
    {
        const auto usage = await<cube::DayUsage>(
            [&](auto done) { m_client->dayUsage(iccidOf(iccid), day, this, done); });
        return usage.ok() ? usage.value().usedMb : -1;
    }

    cube::FlowUsage usage(const QString &iccid)
    {
        const auto usage =
            await<cube::FlowUsage>([&](auto done) { m_client->usage(iccidOf(iccid), this, done); });
        return usage.ok() ? usage.value() : cube::FlowUsage{};
    }

    QList<cube::Order> ordersOf(const QString &iccid)
    {
        cube::OrderQuery query;
        query.iccid = iccid;
        const auto page =
            await<cube::OrderPage>([&](auto done) { m_client->orders(query, this, done); });
        return page.ok() ? page.value().orders : QList<cube::Order>{};
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    std::unique_ptr<cube::CubeClient> m_client;

private slots:
    void cleanup()
    {
        m_client.reset();
        m_simulator.reset();
    }

    void dayUsageIsTheScenarios_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<double>("mb");
        QTest::newRow("yesterday, the last of days") << today.addDays(-1) << 70.0;
        QTest::newRow("7 days ago, the first of days") << today.addDays(-7) << 10.0;
        QTest::newRow("8 days ago: dailyMb") << today.addDays(-8) << 120.0;
        QTest::newRow("today: dailyMb") << today << 120.0;
        QTest::newRow("the history's first day") << today.addDays(-90) << 120.0;
        QTest::newRow("before the history") << today.addDays(-91) << 0.0;
        QTest::newRow("tomorrow") << today.addDays(1) << 0.0;
    }

    void dayUsageIsTheScenarios()
    {
        QFETCH(QDate, day);
        QFETCH(double, mb);
        serve(threeSims());
        QCOMPARE(dayUsage(busy, day), mb);
    }

    void monthUsageAddsTheDaysUp()
    {
        serve(threeSims());
        const auto months = await<QList<cube::MonthUsage>>([&](auto done) {
            m_client->monthUsage(cube::test::iccidsOf({busy, spent}), today, this, done);
        });
        QVERIFY(months.ok());
        // March: the 1st to the 7th at 120, the 8th to the 14th 10 to 70, today 120.
        QCOMPARE(months.value().at(0).usedMb, 7 * 120 + 280 + 120.0);
        QCOMPARE(months.value().at(1).usedMb, 15 * 100.0);
        const auto february = await<QList<cube::MonthUsage>>([&](auto done) {
            m_client->monthUsage(cube::test::iccidsOf({busy}), QDate(2026, 2, 1), this, done);
        });
        QCOMPARE(february.value().at(0).usedMb, 28 * 120.0);
    }

    void usedAndLeftFollowFromTheDays()
    {
        serve(threeSims());
        // From T-20 (23 February) to today: 13 days at 120, the 7 days, today's 120.
        const double used = 13 * 120 + 280 + 120;
        const cube::FlowUsage inUse = usage(busy);
        QCOMPARE(inUse.usedMb, used);
        QCOMPARE(inUse.highSpeedBalanceMb, 10240 - used);
        const auto carrier = await<cube::CarrierBalance>(
            [&](auto done) { m_client->carrierBalance(iccidOf(busy), this, done); });
        QCOMPARE(carrier.value().remainingMb, 10240 - used);

        // 16 days at 100 MB over a 1,024 MB plan: nothing left, never less than nothing.
        QCOMPARE(usage(spent).usedMb, 1600.0);
        QCOMPARE(usage(spent).highSpeedBalanceMb, 0.0);
        QCOMPARE(usage(quiet).usedMb, 0.0);

        const auto page =
            await<cube::SimPage>([&](auto done) { m_client->listSims(1, 50, this, done); });
        QVERIFY(page.ok());
        QCOMPARE(page.value().sims.at(0).usedFlowMb, used);
        QCOMPARE(page.value().sims.at(1).usedFlowMb, 1600.0);
    }

    void ordersAreListedWithTheirDates()
    {
        serve(threeSims());
        const QList<cube::Order> orders = ordersOf(busy);
        QCOMPARE(orders.size(), 3);

        QCOMPARE(orders.at(0).status, int(OrderStatus::Expired));
        QCOMPARE(orders.at(0).starts, T.addDays(-60));
        QCOMPARE(orders.at(0).expires, T.addDays(-30));

        const cube::Order &inUse = orders.at(1);
        QCOMPARE(inUse.status, int(OrderStatus::InUse));
        QCOMPARE(inUse.planCode, plans::monthly10GbGlobal);
        QCOMPARE(inUse.ordered, T.addDays(-20));
        QCOMPARE(inUse.starts, T.addDays(-20));
        QCOMPARE(inUse.expires, T.addDays(9));
        QCOMPARE(inUse.periods, 1);
        QCOMPARE(inUse.flowMb, 10240.0);
        QCOMPARE(usage(busy).orderCode, inUse.orderCode);

        // Not enabled: ordered two days ago, never started.
        QCOMPARE(orders.at(2).status, int(OrderStatus::NotEnabled));
        QCOMPARE(orders.at(2).ordered, T.addDays(-2));
        QVERIFY(!orders.at(2).starts.isValid());

        QVERIFY(ordersOf(quiet).isEmpty());
    }

    void simListShowsTheirStates()
    {
        serve(threeSims());
        const auto page =
            await<cube::SimPage>([&](auto done) { m_client->listSims(1, 50, this, done); });
        QVERIFY(page.ok());
        QCOMPARE(page.value().page.totalCount, 3);
        const cube::SimCard &first = page.value().sims.at(0);
        QCOMPARE(first.iccid, busy);
        QCOMPARE(first.lifeCycle, 2);
        QVERIFY(!first.suspended);
        QCOMPARE(first.imsi, u"454120000000000"_s); // made up from its place
        QCOMPARE(first.planCode, plans::monthly10GbGlobal);
        const cube::SimCard &last = page.value().sims.at(2);
        QCOMPARE(last.iccid, quiet);
        QCOMPARE(last.lifeCycle, 3);
        QVERIFY(last.suspended);
        QCOMPARE(last.imsi, u"454120000009999"_s);
        QCOMPARE(last.msisdn, u"85290009999"_s);
        QVERIFY(last.orderCode.isEmpty());
    }

    void knownFleetHasItsDocumentedNumbers_data()
    {
        QTest::addColumn<QString>("iccid");
        QTest::addColumn<double>("used");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("rate"); // MB a day over the last 7 whole days
        QTest::addColumn<int>("expiresInDays");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("lifeCycle");
        QTest::addColumn<bool>("suspended");
        const int inUse = int(OrderStatus::InUse);
        QTest::newRow("expires in 3 days")
            << known::expiresIn3Days << 280.0 << 2792.0 << 10.0 << 3 << inUse << 2 << false;
        QTest::newRow("expires in 20 days")
            << known::expiresIn20Days << 110.0 << 2962.0 << 10.0 << 20 << inUse << 2 << false;
        QTest::newRow("expired yesterday")
            << known::expiredYesterday << 320.0 << 2752.0 << 10.0 << -1 << inUse << 2 << false;
        QTest::newRow("little data left")
            << known::littleDataLeft << 1000.0 << 24.0 << 0.0 << 21 << inUse << 2 << false;
        QTest::newRow("runs out before expiry")
            << known::runsOutBeforeExpiry << 1320.0 << 1752.0 << 120.0 << 20 << inUse << 2 << false;
        QTest::newRow("no usage") << known::noUsage << 0.0 << 3072.0 << 0.0 << 20 << inUse << 2
                                  << false;
        QTest::newRow("already out")
            << known::alreadyOut << 1600.0 << 0.0 << 100.0 << 15 << inUse << 2 << false;
        QTest::newRow("no plan") << known::noPlan << 0.0 << 0.0 << 0.0 << noOrder << 0 << 2
                                 << false;
        QTest::newRow("suspended") << known::suspended << 0.0 << 3072.0 << 0.0 << 20
                                   << int(OrderStatus::Paused) << 2 << true;
        QTest::newRow("pre-deactivation")
            << known::preDeactivation << 0.0 << 0.0 << 0.0 << noOrder << 0 << 3 << false;
        QTest::newRow("unlimited")
            << known::unlimited << 22000.0 << 0.0 << 2000.0 << 20 << inUse << 2 << false;
    }

    // What attentionscenario.h says of each known SIM is what the simulator answers.
    void knownFleetHasItsDocumentedNumbers()
    {
        QFETCH(QString, iccid);
        QFETCH(double, used);
        QFETCH(double, left);
        QFETCH(double, rate);
        QFETCH(int, expiresInDays);
        QFETCH(int, status);
        QFETCH(int, lifeCycle);
        QFETCH(bool, suspended);
        serve(cube::test::knownAttentionFleet());

        const cube::FlowUsage flow = usage(iccid);
        QCOMPARE(flow.iccid, iccid);
        QCOMPARE(flow.usedMb, used);
        QCOMPARE(flow.highSpeedBalanceMb, left);
        double lastWeek = 0;
        for (int daysAgo = 1; daysAgo <= 7; ++daysAgo)
            lastWeek += dayUsage(iccid, today.addDays(-daysAgo));
        QCOMPARE(lastWeek / 7, rate);

        const QList<cube::Order> orders = ordersOf(iccid);
        QCOMPARE(orders.size(), expiresInDays == noOrder ? 0 : 1);
        if (!orders.isEmpty()) {
            QCOMPARE(orders.constFirst().expires, T.addDays(expiresInDays));
            QCOMPARE(orders.constFirst().status, status);
        }
        const auto sim =
            await<cube::SimCard>([&](auto done) { m_client->sim(iccidOf(iccid), this, done); });
        QCOMPARE(sim.value().lifeCycle, lifeCycle);
        QCOMPARE(sim.value().suspended, suspended);
    }

    void malformedScenariosAreRefused_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("problem"); // a part of what it says
        QTest::newRow("no sims") << u"{}"_s << u"\"sims\""_s;
        QTest::newRow("sims not a list") << u"{\"sims\": {}}"_s << u"\"sims\""_s;
        QTest::newRow("a SIM not an object") << u"{\"sims\": [1]}"_s << u"sims[0]"_s;
        QTest::newRow("no ICCID") << u"{\"sims\": [{\"dailyMb\": 1}]}"_s << u"sims[0].iccid"_s;
        QTest::newRow("short ICCID") << u"{\"sims\": [{\"iccid\": \"8985\"}]}"_s << u"8985"_s;
        QTest::newRow("ICCID twice") << u"{\"sims\": [{\"iccid\": \"89852022010000000001\"}, "
                                        "{\"iccid\": \"89852022010000000001\"}]}"_s
                                     << u"sims[1].iccid"_s;
        QTest::newRow("misspelt member")
            << u"{\"sims\": [{\"iccid\": \"89852022010000000001\", \"dailyMB\": 120}]}"_s
            << u"sims[0].dailyMB"_s;
        QTest::newRow("life cycle 5")
            << u"{\"sims\": [{\"iccid\": \"89852022010000000001\", \"lifeCycle\": 5}]}"_s
            << u"sims[0].lifeCycle"_s;
        QTest::newRow("suspended as text")
            << u"{\"sims\": [{\"iccid\": \"89852022010000000001\", \"suspended\": \"yes\"}]}"_s
            << u"sims[0].suspended"_s;
        QTest::newRow("negative MB")
            << u"{\"sims\": [{\"iccid\": \"89852022010000000001\", \"dailyMb\": -1}]}"_s
            << u"sims[0].dailyMb"_s;
        QTest::newRow("a day as text")
            << u"{\"sims\": [{\"iccid\": \"89852022010000000001\", \"days\": [1, \"2\"]}]}"_s
            << u"sims[0].days[1]"_s;
        QString longDays = u"{\"sims\": [{\"iccid\": \"89852022010000000001\", \"days\": [0"_s;
        for (int i = 0; i < 90; ++i)
            longDays += u", 0"_s;
        QTest::newRow("91 days") << longDays + u"]}]}"_s << u"sims[0].days"_s;
        const QString order = u"{\"sims\": [{\"iccid\": \"89852022010000000001\", \"orders\": "_s;
        QTest::newRow("unknown plan")
            << order + u"[{\"plan\": \"DP1\", \"expiresInDays\": 3}]}]}"_s << u"DP1"_s;
        QTest::newRow("in use without expiry") << order + u"[{\"plan\": \"DP20190726001273\"}]}]}"_s
                                               << u"sims[0].orders[0].expiresInDays"_s;
        QTest::newRow("status 6") << order
                                         + u"[{\"plan\": \"DP20190726001273\", \"status\": 6}]}]}"_s
                                  << u"sims[0].orders[0].status"_s;
        QTest::newRow("a fraction of a day")
            << order + u"[{\"plan\": \"DP20190726001273\", \"expiresInDays\": 1.5}]}]}"_s
            << u"sims[0].orders[0].expiresInDays"_s;
        QTest::newRow("expires before it starts")
            << order
                   + u"[{\"plan\": \"DP20190726001273\", \"startsDaysAgo\": 5, "
                     "\"expiresInDays\": -6}]}]}"_s
            << u"sims[0].orders[0]"_s;
        QTest::newRow("two in use")
            << order
                   + u"[{\"plan\": \"DP20190726001273\", \"expiresInDays\": 3}, "
                     "{\"plan\": \"DP20190726001274\", \"status\": 5, \"expiresInDays\": 3}]}]}"_s
            << u"sims[0].orders[1]"_s;
    }

    void malformedScenariosAreRefused()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, problem);
        QJsonParseError parsing;
        const QJsonDocument document = QJsonDocument::fromJson(scenario.toUtf8(), &parsing);
        QCOMPARE(parsing.error, QJsonParseError::NoError);
        QString said;
        const auto fleet =
            cube::sim::Fleet::fromScenario(document.object(), now, cube::ServerTimeZone(), &said);
        QVERIFY(!fleet);
        QVERIFY2(said.contains(problem), qPrintable(said));
    }

    void aSoundScenarioHasNoProblem()
    {
        QString said;
        const auto fleet = cube::sim::Fleet::fromScenario(cube::test::knownAttentionFleet(), now,
                                                          cube::ServerTimeZone(), &said);
        QVERIFY2(fleet, qPrintable(said));
        QCOMPARE(fleet->sims().size(), 11);
        QCOMPARE(fleet->orders().size(), 9);
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
