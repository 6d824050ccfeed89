#include "awaitresult.h"
#include "base/translationinstaller.h"
#include "cubesimulator.h"
#include "knownids.h"
#include "transport/cubeclient.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cube::ApiErrorKind;
using cube::ApiResult;
using cube::OrderStatus;
using cube::sim::CubeSimulator;
using cube::sim::Fault;
using cube::sim::FaultKind;
using cube::sim::LifeCycle;

Q_DECLARE_METATYPE(cube::sim::FaultKind)
Q_DECLARE_METATYPE(cube::ApiErrorKind)

// The real API client against the simulator over loopback.
class TestSimulatorOperations : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    ApiResult<T> await(std::function<void(cube::CubeClient::Done<T>)> start)
    {
        return cube::test::awaitResult<T>(start);
    }

    // The first SIM that `accept`s, by index in the fleet.
    template<typename Accept>
    QString findSim(Accept accept)
    {
        cube::sim::Fleet &fleet = m_simulator->fleet();
        for (int i = 0; i < fleet.sims().size(); ++i) {
            if (accept(fleet, i))
                return fleet.sims().at(i).iccid;
        }
        return {};
    }

    QString findOrder(OrderStatus status)
    {
        const auto &orders = m_simulator->fleet().orders();
        for (const auto &order : orders) {
            if (order.status == status)
                return order.code;
        }
        return {};
    }

    // An activated SIM with no order in use: where a new order starts cleanly.
    QString freeActivatedSim()
    {
        return findSim([](cube::sim::Fleet &fleet, int i) {
            return fleet.sims().at(i).lifeCycle == LifeCycle::Activated
                   && fleet.currentOrder(i) < 0;
        });
    }

    cube::Order queryOrder(const QString &code)
    {
        cube::OrderQuery query;
        query.orderCode = code;
        const auto page =
            await<cube::OrderPage>([&](auto done) { m_client->orders(query, this, done); });
        if (!page.ok() || page.value().orders.size() != 1)
            return {};
        return page.value().orders.constFirst();
    }

    cube::PlanOrderRequest planOrder(const QString &iccid, bool enableNow)
    {
        cube::PlanOrderRequest request;
        request.iccids = {iccid};
        const cube::Plan &plan = m_simulator->fleet().plans().at(3); // monthly 1GB
        request.planCode = plan.code;
        request.planName = plan.name;
        request.planType = plan.type;
        request.enableNow = enableNow;
        return request;
    }

    void makeClient(QByteArray secret = {}, cube::ClientOptions options = {})
    {
        cube::ConnectionSettings settings;
        settings.baseUrl = m_simulator->baseUrl();
        settings.accessCode = m_simulator->account().accessCode;
        settings.transferTimeout = 1000ms;
        settings.retry.firstDelay = 1ms;
        m_client = std::make_unique<cube::CubeClient>(
            &m_network, settings, secret.isEmpty() ? m_simulator->account().secret : secret,
            std::move(options));
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<CubeSimulator> m_simulator;
    std::unique_ptr<cube::CubeClient> m_client;

private slots:
    void init()
    {
        m_simulator = std::make_unique<CubeSimulator>(cube::sim::SimulatorAccount::demo(),
                                                      cube::sim::FleetOptions{7, 300});
        QVERIFY(m_simulator->listen());
        makeClient();
    }

    void cleanup()
    {
        m_client.reset();
        m_simulator.reset();
    }

    void fleetIsSeededAndCoversEveryState()
    {
        const cube::sim::Fleet &fleet = m_simulator->fleet();
        QCOMPARE(fleet.sims().size(), 300);
        QVERIFY(fleet.orders().size() > 600 && fleet.orders().size() < 900);
        QCOMPARE(fleet.plans().size(), 12);
        for (auto status : {OrderStatus::NotEnabled, OrderStatus::InUse, OrderStatus::Expired,
                            OrderStatus::Cancelled, OrderStatus::EndedEarly, OrderStatus::Paused})
            QVERIFY2(!findOrder(status).isEmpty(), qPrintable(QString::number(int(status))));
        CubeSimulator same(cube::sim::SimulatorAccount::demo(), {7, 300});
        QCOMPARE(same.fleet().orders().constLast().code, fleet.orders().constLast().code);
    }

    void readsAnswerFromTheFleet()
    {
        const auto page =
            await<cube::SimPage>([&](auto done) { m_client->listSims(2, 100, this, done); });
        QVERIFY(page.ok());
        QCOMPARE(page.value().sims.size(), 100);
        QCOMPARE(page.value().page.totalCount, 300);
        QCOMPARE(page.value().page.totalPages, 3);
        QCOMPARE(page.value().sims.constFirst().iccid, m_simulator->fleet().sims().at(100).iccid);

        const QString busy = findSim([](auto &fleet, int i) { return fleet.currentOrder(i) >= 0; });
        const auto sim = await<cube::SimCard>(
            [&](auto done) { m_client->sim(cube::test::iccidOf(busy), this, done); });
        QVERIFY(sim.ok());
        QCOMPARE(sim.value().iccid, busy);
        QVERIFY(!sim.value().orderCode.isEmpty());
        QVERIFY(!sim.value().planName.isEmpty());

        const auto inUse =
            await<QList<cube::AssetInfo>>([&](auto done) { m_client->simsInUse(this, done); });
        QVERIFY(inUse.ok() && !inUse.value().isEmpty());
        for (const auto &asset : inUse.value())
            QCOMPARE(asset.lifeCycle, int(LifeCycle::Activated));

        const auto usage = await<cube::FlowUsage>(
            [&](auto done) { m_client->usage(cube::test::iccidOf(busy), this, done); });
        QVERIFY(usage.ok());
        QCOMPARE(usage.value().orderCode, sim.value().orderCode);
        QVERIFY(usage.value().usedMb >= 0);

        const auto many = await<QList<cube::FlowUsage>>([&](auto done) {
            m_client->usageOfMany(cube::test::iccidsOf(QStringList{busy, sim.value().iccid}), this,
                                  done);
        });
        QCOMPARE(many.value().size(), 2);

        const QDate yesterday = QDate::currentDate().addDays(-1);
        const auto day = await<cube::DayUsage>([&](auto done) {
            m_client->dayUsage(cube::test::iccidOf(busy), yesterday, this, done);
        });
        QVERIFY(day.ok());
        QCOMPARE(day.value().date, yesterday);

        const auto month = await<QList<cube::MonthUsage>>([&](auto done) {
            m_client->monthUsage(cube::test::iccidsOf(QStringList{busy}), yesterday, this, done);
        });
        QVERIFY(month.ok());
        QVERIFY(month.value().constFirst().usedMb >= day.value().usedMb);

        const auto carrier = await<cube::CarrierBalance>(
            [&](auto done) { m_client->carrierBalance(cube::test::iccidOf(busy), this, done); });
        QVERIFY(carrier.ok());
        QVERIFY(carrier.value().imsi.startsWith(u"45412"_s));

        const auto plans =
            await<QList<cube::Plan>>([&](auto done) { m_client->plans(this, done); });
        QCOMPARE(plans.value().size(), 12);

        cube::OrderQuery query;
        query.iccid = busy;
        const auto orders =
            await<cube::OrderPage>([&](auto done) { m_client->orders(query, this, done); });
        QVERIFY(orders.ok());
        QCOMPARE(orders.value().orders.size(),
                 m_simulator->fleet().ordersOf(m_simulator->fleet().simIndex(busy)).size());

        const auto sms = await<cube::SentSms>([&](auto done) {
            m_client->sendSms(cube::test::iccidOf(busy), u"测试 test"_s, this, done);
        });
        QVERIFY(sms.ok());
        // "data": null, as every documented write answers: no message id to rely on.
        QVERIFY(sms.value().messageId.isEmpty());
    }

    void batchAndOtaOrders()
    {
        const QString first = freeActivatedSim();
        const QString second = findSim([&first](auto &fleet, int i) {
            return fleet.sims().at(i).iccid != first && fleet.currentOrder(i) < 0
                   && fleet.sims().at(i).lifeCycle == LifeCycle::Activated;
        });
        cube::PlanOrderRequest request = planOrder(first, true);
        request.iccids.append(second);
        const auto lines = await<QList<cube::BatchOrderLine>>(
            [&](auto done) { m_client->orderPlanForMany(request, this, done); });
        QVERIFY(lines.ok());
        QCOMPARE(lines.value().size(), 2);
        QVERIFY(lines.value().at(1).ok());
        QCOMPARE(queryOrder(lines.value().at(1).orderId).status, int(OrderStatus::InUse));

        // One unknown SIM fails the whole batch, and nothing is ordered.
        const qsizetype before = m_simulator->fleet().orders().size();
        request.iccids.append(u"89852022019999999999"_s);
        const auto refused = await<QList<cube::BatchOrderLine>>(
            [&](auto done) { m_client->orderPlanForMany(request, this, done); });
        QCOMPARE(refused.error().serverCode, u"4041"_s);
        QCOMPARE(m_simulator->fleet().orders().size(), before);

        cube::PlanOrderRequest ota = planOrder(first, false);
        ota.mcc = u"454"_s;
        ota.days = 7;
        ota.payType = 2; // required by createOtaOrder
        const auto placed =
            await<cube::PlacedOrder>([&](auto done) { m_client->orderOtaPlan(ota, this, done); });
        QVERIFY(placed.ok());
        QCOMPARE(queryOrder(placed.value().orderId).type, 1);
    }

    void lifeCycleOrderEnableEndEarly()
    {
        const QString iccid = freeActivatedSim();
        QVERIFY(!iccid.isEmpty());
        const auto placed = await<cube::PlacedOrder>(
            [&](auto done) { m_client->orderPlan(planOrder(iccid, false), this, done); });
        QVERIFY(placed.ok());
        const QString code = placed.value().orderId;
        QCOMPARE(queryOrder(code).status, int(OrderStatus::NotEnabled));

        QVERIFY(await<cube::ActionDone>([&](auto done) {
                    m_client->enableOrder(cube::test::orderCodeOf(code), this, done);
                }).ok());
        const cube::Order enabled = queryOrder(code);
        QCOMPARE(enabled.status, int(OrderStatus::InUse));
        QVERIFY(enabled.starts.isValid());

        QVERIFY(await<cube::ActionDone>([&](auto done) {
                    m_client->endOrderEarly(cube::test::orderCodeOf(code), u"客户要求"_s, 4, this,
                                            done);
                }).ok());
        const cube::Order ended = queryOrder(code);
        QCOMPARE(ended.status, int(OrderStatus::EndedEarly));
        QVERIFY(ended.expires <= QDateTime::currentDateTimeUtc().addSecs(60));

        // Irreversible: ending it again is refused for its state.
        const auto again = await<cube::ActionDone>([&](auto done) {
            m_client->endOrderEarly(cube::test::orderCodeOf(code), u"again"_s, std::nullopt, this,
                                    done);
        });
        QCOMPARE(again.error().serverCode, u"4090"_s);
    }

    void lifeCycleOrderCancel()
    {
        const QString iccid = freeActivatedSim();
        const auto placed = await<cube::PlacedOrder>(
            [&](auto done) { m_client->orderPlan(planOrder(iccid, false), this, done); });
        const QString code = placed.value().orderId;
        QVERIFY(await<cube::ActionDone>([&](auto done) {
                    m_client->cancelOrder(cube::test::orderCodeOf(code), this, done);
                }).ok());
        QCOMPARE(queryOrder(code).status, int(OrderStatus::Cancelled));
        const auto enable = await<cube::ActionDone>(
            [&](auto done) { m_client->enableOrder(cube::test::orderCodeOf(code), this, done); });
        QCOMPARE(enable.error().serverCode, u"4090"_s);
    }

    void lifeCycleSuspendResume()
    {
        const QString iccid = freeActivatedSim();
        const auto placed = await<cube::PlacedOrder>(
            [&](auto done) { m_client->orderPlan(planOrder(iccid, true), this, done); });
        const QString code = placed.value().orderId;
        QCOMPARE(queryOrder(code).status, int(OrderStatus::InUse));

        QVERIFY(await<cube::ActionDone>([&](auto done) {
                    m_client->suspendSim(cube::test::iccidOf(iccid), this, done);
                }).ok());
        QCOMPARE(queryOrder(code).status, int(OrderStatus::Paused));
        const auto twice = await<cube::ActionDone>(
            [&](auto done) { m_client->suspendSim(cube::test::iccidOf(iccid), this, done); });
        QCOMPARE(twice.error().serverCode, u"4091"_s);

        QVERIFY(await<cube::ActionDone>([&](auto done) {
                    m_client->resumeSim(cube::test::iccidOf(iccid), this, done);
                }).ok());
        QCOMPARE(queryOrder(code).status, int(OrderStatus::InUse));
    }

    void renewExtendsTheExpiry()
    {
        const QString code = findOrder(OrderStatus::InUse);
        const QDateTime before = queryOrder(code).expires;
        const auto renewed = await<cube::RenewedOrder>(
            [&](auto done) { m_client->renewOrder(cube::test::orderCodeOf(code), 2, this, done); });
        QVERIFY(renewed.ok());
        QVERIFY(renewed.value().expires > before);
        QCOMPARE(queryOrder(code).expires, renewed.value().expires);

        const auto expired = await<cube::RenewedOrder>([&](auto done) {
            m_client->renewOrder(cube::test::orderCodeOf(findOrder(OrderStatus::Expired)), 1, this,
                                 done);
        });
        QCOMPARE(expired.error().serverCode, u"4090"_s);
    }

    void validationsReturnTheirCodes()
    {
        const auto unknownSim = await<cube::SimCard>([&](auto done) {
            m_client->sim(cube::test::iccidOf(u"89852022019999999999"_s), this, done);
        });
        QCOMPARE(unknownSim.error().kind, ApiErrorKind::Server);
        QCOMPARE(unknownSim.error().serverCode, u"4041"_s);
        QVERIFY(unknownSim.error().serverMessage.contains(u"89852022019999999999"_s));

        const auto unknownOrder = await<cube::ActionDone>([&](auto done) {
            m_client->cancelOrder(cube::test::orderCodeOf(u"L000"_s), this, done);
        });
        QCOMPARE(unknownOrder.error().serverCode, u"4042"_s);

        const auto wrongState = await<cube::ActionDone>([&](auto done) {
            m_client->cancelOrder(cube::test::orderCodeOf(findOrder(OrderStatus::InUse)), this,
                                  done);
        });
        QCOMPARE(wrongState.error().serverCode, u"4090"_s);

        const auto badPage =
            await<cube::SimPage>([&](auto done) { m_client->listSims(0, 10, this, done); });
        QCOMPARE(badPage.error().serverCode, u"4003"_s);

        cube::PlanOrderRequest noPlan = planOrder(freeActivatedSim(), true);
        noPlan.planCode = u"NO-SUCH-PLAN"_s;
        const auto unknownPlan =
            await<cube::PlacedOrder>([&](auto done) { m_client->orderPlan(noPlan, this, done); });
        QCOMPARE(unknownPlan.error().serverCode, u"4043"_s);

        cube::ClientOptions slowClock;
        slowClock.clock = [] {
            return QDateTime::currentDateTimeUtc().addSecs(-600);
        };
        makeClient({}, slowClock);
        const auto stale =
            await<QList<cube::Plan>>([&](auto done) { m_client->plans(this, done); });
        QCOMPARE(stale.error().serverCode, u"4012"_s);

        cube::ClientOptions chinese;
        chinese.language = cube::UiLanguage::SimplifiedChinese;
        makeClient("wrong-secret", chinese);
        const auto badSignature =
            await<QList<cube::Plan>>([&](auto done) { m_client->plans(this, done); });
        QCOMPARE(badSignature.error().serverCode, u"4011"_s);
        QCOMPARE(badSignature.error().serverMessage, u"签名校验失败"_s);
    }

    void faultsAreProducedAsConfigured_data()
    {
        QTest::addColumn<FaultKind>("fault");
        QTest::addColumn<ApiErrorKind>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<bool>("suspended"); // whether the write was done all the same
        QTest::newRow("server code")
            << FaultKind::ServerCode << ApiErrorKind::Server << 200 << false;
        QTest::newRow("500") << FaultKind::Http500 << ApiErrorKind::HttpStatus << 500 << false;
        QTest::newRow("503") << FaultKind::Http503 << ApiErrorKind::HttpStatus << 503 << false;
        // A 429 is no failure of the write: it is sent again (tst_requestgovernor).
        QTest::newRow("HTML page")
            << FaultKind::HtmlPage << ApiErrorKind::HttpStatus << 502 << false;
        QTest::newRow("malformed")
            << FaultKind::Malformed << ApiErrorKind::MalformedResponse << 200 << true;
        QTest::newRow("truncated") << FaultKind::Truncated << ApiErrorKind::Network << 200 << true;
        QTest::newRow("closed") << FaultKind::Close << ApiErrorKind::Network << 0 << true;
        QTest::newRow("no answer") << FaultKind::NoAnswer << ApiErrorKind::Timeout << 0 << true;
    }

    void faultsAreProducedAsConfigured()
    {
        QFETCH(FaultKind, fault);
        QFETCH(ApiErrorKind, kind);
        QFETCH(int, httpStatus);
        QFETCH(bool, suspended);

        Fault injected;
        injected.kind = fault;
        injected.code = u"5001"_s;
        m_simulator->faults().setFault(u"pauseService"_s, injected);
        const QString iccid = findSim([](auto &fleet, int i) {
            return fleet.sims().at(i).lifeCycle == LifeCycle::Activated
                   && !fleet.sims().at(i).suspended;
        });
        const auto result = await<cube::ActionDone>(
            [&](auto done) { m_client->suspendSim(cube::test::iccidOf(iccid), this, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, kind);
        if (httpStatus > 0 && kind == ApiErrorKind::HttpStatus)
            QCOMPARE(result.error().httpStatus, httpStatus);
        if (fault == FaultKind::ServerCode)
            QCOMPARE(result.error().serverCode, u"5001"_s);
        // The console cannot tell these apart from "not done"; the fleet knows.
        QCOMPARE(m_simulator->fleet().sims().at(m_simulator->fleet().simIndex(iccid)).suspended,
                 suspended);
        QCOMPARE(result.error().outcomeUnknown, suspended || httpStatus >= 500);
        QCOMPARE(m_simulator->requestCount(u"pauseService"_s), 1);
    }

    void faultsForAllOperationsAndRates()
    {
        Fault everywhere;
        everywhere.kind = FaultKind::ServerCode;
        everywhere.code = u"9999"_s;
        m_simulator->faults().setFault(u"*"_s, everywhere);
        Fault never;
        never.kind = FaultKind::Http500;
        never.rate = 0;
        m_simulator->faults().setFault(u"syncPackage"_s, never);
        const auto plans =
            await<QList<cube::Plan>>([&](auto done) { m_client->plans(this, done); });
        QVERIFY(plans.ok()); // the named operation's setting wins, and its rate is 0
        const auto inUse =
            await<QList<cube::AssetInfo>>([&](auto done) { m_client->simsInUse(this, done); });
        QCOMPARE(inUse.error().serverCode, u"9999"_s);
    }

    void latencyDelaysTheAnswer()
    {
        m_simulator->faults().setLatency(u"syncPackage"_s, 5s);
        cube::ConnectionSettings settings;
        settings.baseUrl = m_simulator->baseUrl();
        settings.accessCode = m_simulator->account().accessCode;
        settings.transferTimeout = 200ms;
        settings.retry.maxRetries = 0;
        m_client =
            std::make_unique<cube::CubeClient>(&m_network, settings, m_simulator->account().secret);
        const auto late = await<QList<cube::Plan>>([&](auto done) { m_client->plans(this, done); });
        QCOMPARE(late.error().kind, ApiErrorKind::Timeout);
    }

    // A late-acting server: no answer comes, and the write takes effect a while after it came
    // in, even when its client has long given up.
    void lateFaultActsAfterItsDelay()
    {
        QString error;
        QVERIFY2(m_simulator->faults().addFaultSpec(u"aheadFinishDeviceOrder:late=800"_s, &error),
                 qPrintable(error));
        const QString code = findOrder(OrderStatus::InUse);
        QVERIFY(!code.isEmpty());
        cube::ConnectionSettings settings;
        settings.baseUrl = m_simulator->baseUrl();
        settings.accessCode = m_simulator->account().accessCode;
        settings.transferTimeout = 300ms;
        m_client =
            std::make_unique<cube::CubeClient>(&m_network, settings, m_simulator->account().secret);
        const auto ended = await<cube::ActionDone>([&](auto done) {
            m_client->endOrderEarly(cube::test::orderCodeOf(code), u"late"_s, std::nullopt, this,
                                    done);
        });
        QCOMPARE(ended.error().kind, ApiErrorKind::Timeout);
        QVERIFY(ended.error().outcomeUnknown);
        makeClient();
        QCOMPARE(queryOrder(code).status, int(OrderStatus::InUse)); // not yet
        QTRY_COMPARE_WITH_TIMEOUT(queryOrder(code).status, int(OrderStatus::EndedEarly), 5000);
        QCOMPARE(m_simulator->requestCount(u"aheadFinishDeviceOrder"_s), 1);
    }

    void acceptLanguageFollowsTheUi()
    {
        // No setLanguage(): the client follows the UI's language, as the console does.
        const QString unknown = u"89852022019999999999"_s;
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::SimplifiedChinese));
        auto chinese = await<cube::SimCard>(
            [&](auto done) { m_client->sim(cube::test::iccidOf(unknown), this, done); });
        QCOMPARE(chinese.error().serverMessage, u"设备不存在：%1"_s.arg(unknown));
        QVERIFY2(chinese.error().message().startsWith(u"Cube 服务器拒绝了请求"_s),
                 qPrintable(chinese.error().message()));

        QVERIFY(translations.install(cube::UiLanguage::English));
        auto english = await<cube::SimCard>(
            [&](auto done) { m_client->sim(cube::test::iccidOf(unknown), this, done); });
        QCOMPARE(english.error().serverMessage, u"No such SIM card: %1"_s.arg(unknown));
        QVERIFY(english.error().message().startsWith(u"The Cube server refused the request"_s));
    }

    void faultSpecsFromTheCommandLine_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("named") << u"aheadFinishDeviceOrder:http503"_s << true;
        QTest::newRow("all with rate") << u"*:silent:0.25"_s << true;
        QTest::newRow("code") << u"queryDevice:code=1234"_s << true;
        QTest::newRow("late") << u"aheadFinishDeviceOrder:late=1500"_s << true;
        QTest::newRow("late without a delay") << u"aheadFinishDeviceOrder:late=soon"_s << false;
        QTest::newRow("unknown operation") << u"endEarly:http503"_s << false;
        QTest::newRow("unknown kind") << u"queryDevice:explode"_s << false;
        QTest::newRow("rate too big") << u"queryDevice:close:2"_s << false;
    }

    void faultSpecsFromTheCommandLine()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        cube::sim::FaultPlan plan;
        QString error;
        QCOMPARE(plan.addFaultSpec(spec, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorOperations)
#include "tst_simulatoroperations.moc"
