#include "awaitresult.h"
#include "contract/operationtable.h"
#include "cubesimulator.h"
#include "journal/journal.h"
#include "knownids.h"
#include "scriptedcubeserver.h"
#include "transport/cubeclient.h"
#include "writes/changewriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cube::ApiErrorKind;
using cube::ApiResult;
using cube::CubeClient;
using cube::Operation;
using cube::test::ScriptedAnswer;
using cube::test::ScriptedCubeServer;

Q_DECLARE_METATYPE(cube::test::ScriptedAnswer)

namespace {

const QString iccid = u"89852022018041800192"_s;
const QString otherIccid = u"89852022018041800193"_s;
const QString orderCode = u"202107061625560742397"_s;
// The same, as the ids the client takes.
cube::Iccid knownSim()
{
    return cube::test::iccidOf(iccid);
}
cube::OrderCode knownOrder()
{
    return cube::test::orderCodeOf(orderCode);
}

// Adapts a typed callback to "did it work, and if not why".
using Report = std::function<void(bool ok, const QString &why)>;
template<typename T>
CubeClient::Done<T> reportTo(Report report)
{
    return [report](const ApiResult<T> &result) {
        report(result.ok(), result.ok() ? QString() : result.error().message());
    };
}

struct OperationCase
{
    Operation operation;
    QJsonValue answer;          // the data the server answers with
    QJsonObject expectedFields; // fields the request must carry, besides the common ones
    std::function<void(CubeClient &, QObject *, Report)> start;
};

cube::PlanOrderRequest planOrder(QStringList iccids)
{
    cube::PlanOrderRequest request;
    request.iccids = std::move(iccids);
    request.planCode = u"DP20190726001274"_s;
    request.planName = u"Asia 1GB"_s;
    request.planType = 2;
    request.payAmount = 12.5;
    request.payType = 1;
    return request;
}

QJsonObject pageBlock()
{
    return {
        {u"cur_page_no"_s, 1}, {u"page_size"_s, 20}, {u"total_count"_s, 1}, {u"total_pages"_s, 1}};
}

QList<OperationCase> operationCases()
{
    const QJsonObject sim{{u"device_id"_s, iccid}, {u"imsi"_s, u"454120000000001"_s}};
    const QJsonObject usage{{u"device_id"_s, iccid},
                            {u"order_code"_s, orderCode},
                            {u"order_used_flow"_s, 10},
                            {u"high_flow_balance"_s, 5}};
    const QJsonObject placed{{u"order_id"_s, u"ORDER_47452122261749760"_s},
                             {u"order_start_date"_s, u"2026-11-30 00:00:00"_s},
                             {u"order_expire_date"_s, u"2026-12-30 00:00:00"_s}};
    const QJsonObject order{{u"orderCode"_s, orderCode}, {u"orderStatus"_s, 1}};
    const QJsonObject planFields{{u"package_code"_s, u"DP20190726001274"_s},
                                 {u"package_name"_s, u"Asia 1GB"_s},
                                 {u"package_type"_s, u"2"_s},
                                 {u"order_period"_s, u"1"_s},
                                 {u"is_open"_s, u"1"_s},
                                 {u"global_order"_s, u"0"_s},
                                 {u"pay_amount"_s, u"12.50"_s},
                                 {u"pay_rst"_s, u"2"_s},
                                 {u"pay_type"_s, u"1"_s},
                                 {u"test_flow"_s, u"0"_s},
                                 {u"test_flow_flag"_s, u"0"_s}};
    auto withPlan = [&planFields](QJsonObject extra) {
        for (auto it = planFields.begin(); it != planFields.end(); ++it) {
            if (!extra.contains(it.key()))
                extra.insert(it.key(), it.value());
        }
        return extra;
    };
    const QJsonObject device{{u"device_id"_s, iccid}};
    const QJsonObject orderCodeField{{u"order_code"_s, orderCode}};

    return {
        {Operation::QueryDeviceList,
         QJsonObject{{u"page"_s, pageBlock()}, {u"device_list"_s, QJsonArray{sim}}},
         {{u"page_no"_s, 2}, {u"page_size"_s, 100}},
         [](CubeClient &c, QObject *x, Report r) {
             c.listSims(2, 100, x, reportTo<cube::SimPage>(r));
         }},
        {Operation::QueryDevice, sim, device,
         [](CubeClient &c, QObject *x, Report r) {
             c.sim(knownSim(), x, reportTo<cube::SimCard>(r));
         }},
        {Operation::SyncAssetInfo,
         QJsonArray{QJsonObject{{u"assetId"_s, iccid}, {u"lifeCycle"_s, 2}}},
         {},
         [](CubeClient &c, QObject *x, Report r) {
             c.simsInUse(x, reportTo<QList<cube::AssetInfo>>(r));
         }},
        {Operation::QueryFlowUsage, usage, device,
         [](CubeClient &c, QObject *x, Report r) {
             c.usage(knownSim(), x, reportTo<cube::FlowUsage>(r));
         }},
        {Operation::BatchQueryFlowUsage,
         QJsonArray{usage},
         {{u"deviceList"_s, QJsonArray{iccid, otherIccid}}},
         [](CubeClient &c, QObject *x, Report r) {
             c.usageOfMany(cube::test::iccidsOf(QStringList{iccid, otherIccid}), x,
                           reportTo<QList<cube::FlowUsage>>(r));
         }},
        {Operation::QueryDayFlow,
         QJsonObject{{u"device_id"_s, iccid}, {u"date"_s, u"2026-11-29"_s}, {u"flow"_s, 3.5}},
         {{u"device_id"_s, iccid}, {u"date"_s, u"2026-11-29"_s}},
         [](CubeClient &c, QObject *x, Report r) {
             c.dayUsage(knownSim(), QDate(2026, 11, 29), x, reportTo<cube::DayUsage>(r));
         }},
        {Operation::BatchQueryMonthFlow,
         QJsonArray{
             QJsonObject{{u"device_id"_s, iccid}, {u"month"_s, u"2026-11"_s}, {u"flow"_s, 100}}},
         {{u"deviceList"_s, QJsonArray{iccid}}, {u"month"_s, u"2026-11"_s}},
         [](CubeClient &c, QObject *x, Report r) {
             c.monthUsage(cube::test::iccidsOf(QStringList{iccid}), QDate(2026, 11, 1), x,
                          reportTo<QList<cube::MonthUsage>>(r));
         }},
        {Operation::QueryCarrierBalance,
         QJsonObject{{u"imsi"_s, u"454120000000001"_s}, {u"remaining_flow"_s, 512}}, device,
         [](CubeClient &c, QObject *x, Report r) {
             c.carrierBalance(knownSim(), x, reportTo<cube::CarrierBalance>(r));
         }},
        {Operation::SyncPackages,
         QJsonArray{QJsonObject{
             {u"package_code"_s, u"P1"_s}, {u"package_name"_s, u"A"_s}, {u"package_type"_s, 2}}},
         {},
         [](CubeClient &c, QObject *x, Report r) {
             c.plans(x, reportTo<QList<cube::Plan>>(r));
         }},
        {Operation::OrderPackage, placed, withPlan(device),
         [](CubeClient &c, QObject *x, Report r) {
             c.orderPlan(planOrder({iccid}), x, reportTo<cube::PlacedOrder>(r));
         }},
        {Operation::BatchOrderPackages,
         QJsonObject{{u"device_order"_s,
                      QJsonArray{QJsonObject{{u"device_id"_s, iccid}, {u"error"_s, u"0000"_s}}}}},
         withPlan({{u"deviceList"_s, QJsonArray{iccid, otherIccid}}}),
         [](CubeClient &c, QObject *x, Report r) {
             c.orderPlanForMany(planOrder({iccid, otherIccid}), x,
                                reportTo<QList<cube::BatchOrderLine>>(r));
         }},
        {Operation::RenewPackage,
         QJsonObject{{u"order_id"_s, orderCode},
                     {u"order_expire_date"_s, u"2027-03-01 00:00:00"_s}},
         {{u"order_id"_s, orderCode}, {u"renew_period"_s, 3}},
         [](CubeClient &c, QObject *x, Report r) {
             c.renewOrder(knownOrder(), 3, x, reportTo<cube::RenewedOrder>(r));
         }},
        {Operation::QueryOrders,
         QJsonObject{{u"page"_s, pageBlock()},
                     {u"package_order"_s, QJsonArray{order}},
                     {u"package_order_num"_s, 1}},
         {{u"device_id"_s, iccid},
          {u"order_status"_s, u"1"_s},
          {u"page_no"_s, 1},
          {u"page_size"_s, 20}},
         [](CubeClient &c, QObject *x, Report r) {
             cube::OrderQuery query;
             query.iccid = iccid;
             query.status = 1;
             query.pageSize = 20;
             c.orders(query, x, reportTo<cube::OrderPage>(r));
         }},
        {Operation::OpenOrder, QJsonValue::Null, orderCodeField,
         [](CubeClient &c, QObject *x, Report r) {
             c.enableOrder(knownOrder(), x, reportTo<cube::ActionDone>(r));
         }},
        {Operation::CancelOrder, QJsonValue::Null, orderCodeField,
         [](CubeClient &c, QObject *x, Report r) {
             c.cancelOrder(knownOrder(), x, reportTo<cube::ActionDone>(r));
         }},
        {Operation::EndOrderEarly,
         QJsonValue::Null,
         {{u"order_code"_s, orderCode},
          {u"ahead_finish_cause"_s, u"客户要求提前结束"_s},
          {u"device_type"_s, u"4"_s}},
         [](CubeClient &c, QObject *x, Report r) {
             c.endOrderEarly(knownOrder(), u"  客户要求提前结束 "_s, 4, x,
                             reportTo<cube::ActionDone>(r));
         }},
        {Operation::SuspendService, QJsonValue::Null, device,
         [](CubeClient &c, QObject *x, Report r) {
             c.suspendSim(knownSim(), x, reportTo<cube::ActionDone>(r));
         }},
        {Operation::ResumeService, QJsonValue::Null, device,
         [](CubeClient &c, QObject *x, Report r) {
             c.resumeSim(knownSim(), x, reportTo<cube::ActionDone>(r));
         }},
        {Operation::CreateOtaOrder, placed,
         withPlan({{u"device_id"_s, iccid},
                   {u"mcc"_s, u"454"_s},
                   {u"days"_s, 7},
                   {u"timing_type"_s, u"1"_s},
                   {u"is_open"_s, u"0"_s}}),
         [](CubeClient &c, QObject *x, Report r) {
             cube::PlanOrderRequest request = planOrder({iccid});
             request.enableNow = false;
             request.mcc = u"454"_s;
             request.days = 7;
             request.timingType = 1;
             c.orderOtaPlan(request, x, reportTo<cube::PlacedOrder>(r));
         }},
        {Operation::SendSms,
         QJsonValue(u"SMS-1"_s),
         {{u"device_id"_s, iccid}, {u"content"_s, u"hello 你好"_s}},
         [](CubeClient &c, QObject *x, Report r) {
             c.sendSms(knownSim(), u"hello 你好"_s, x, reportTo<cube::SentSms>(r));
         }},
    };
}

} // namespace

// The client against a real HTTP server on loopback that verifies every signature with the
// simulator's own checks.
class TestCubeClient : public QObject
{
    Q_OBJECT

private:
    cube::ConnectionSettings settings() const
    {
        cube::ConnectionSettings s;
        s.baseUrl = m_server->baseUrl();
        s.accessCode = cube::sim::SimulatorAccount::demo().accessCode;
        s.transferTimeout = 400ms;
        s.retry.firstDelay = 10ms;
        return s;
    }

    void makeClient(const cube::ConnectionSettings &s, QByteArray secret = {},
                    cube::ClientOptions options = {})
    {
        if (!options.recorder)
            m_journal.reset();
        m_client = std::make_unique<CubeClient>(
            &m_network, s, secret.isEmpty() ? cube::sim::SimulatorAccount::demo().secret : secret,
            std::move(options));
    }

    QString pathOf(Operation operation) const
    {
        return cube::OperationTable(settings().pathOverrides).path(operation);
    }

    template<typename T>
    ApiResult<T> await(std::function<void(CubeClient::Done<T>)> start)
    {
        return cube::test::awaitResult<T>(start);
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<ScriptedCubeServer> m_server;
    std::unique_ptr<CubeClient> m_client;
    std::shared_ptr<cube::Journal> m_journal; // the one m_client records in, if any

    // The journal's entry of the last write, through a client that journals.
    std::optional<cube::JournalEntry> lastJournalEntry() const
    {
        if (!m_journal)
            return std::nullopt;
        const QList<cube::JournalEntry> entries = m_journal->history({});
        if (entries.isEmpty())
            return std::nullopt;
        return entries.constFirst();
    }

    void makeJournalingClient(const QTemporaryDir &dir)
    {
        const auto journal = std::make_shared<cube::Journal>(dir.filePath(u"journal.sqlite"_s));
        cube::ClientOptions options;
        options.recorder = journal;
        makeClient(settings(), {}, options);
        m_journal = journal;
    }

    // Ends the order early through the writer (which settles a lost answer by reading the
    // order), the server showing the order in `statusAfter` when asked.
    cube::WriteOutcome endEarlyThroughTheWriter(int statusAfter)
    {
        m_server->answer(
            pathOf(Operation::QueryOrders),
            ScriptedAnswer::success(QJsonObject{
                {u"page"_s, pageBlock()},
                {u"package_order"_s, QJsonArray{QJsonObject{{u"orderCode"_s, orderCode},
                                                            {u"orderStatus"_s, statusAfter}}}}}));
        cube::ChangeWriter writer(*m_client, m_journal.get());
        std::optional<cube::WriteOutcome> outcome;
        writer.endEarly(knownOrder(), u"test"_s, std::nullopt, this,
                        [&](const cube::WriteOutcome &written) { outcome = written; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
            qWarning("the writer gave no outcome within 5 s");
        return outcome.value_or(cube::WriteOutcome());
    }

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedCubeServer>();
        QVERIFY(m_server->listen());
        makeClient(settings());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void everyOperationSendsItsPathFieldsAndHeadersSigned()
    {
        QSet<Operation> covered;
        for (const OperationCase &c : operationCases()) {
            const QString name = cube::operationInfo(c.operation).nameString();
            const QString path = pathOf(c.operation);
            m_server->answer(path, ScriptedAnswer::success(c.answer));
            const qsizetype before = m_server->requests().size();

            std::optional<std::pair<bool, QString>> outcome;
            c.start(*m_client, this, [&outcome](bool ok, const QString &why) {
                outcome = std::pair{ok, why};
            });
            QVERIFY2(QTest::qWaitFor([&] { return outcome.has_value(); }, 10000), qPrintable(name));
            // A bad signature or a missing common field would have been refused by the server.
            QVERIFY2(outcome->first, qPrintable(name + u": "_s + outcome->second));

            QCOMPARE(m_server->requests().size(), before + 1);
            const cube::test::RecordedRequest &request = m_server->requests().constLast();
            QCOMPARE(request.path, path);
            QCOMPARE(request.contentType, QByteArray("application/json"));
            QCOMPARE(request.acceptLanguage, QByteArray("en-US"));
            QCOMPARE(request.body.value("version"_L1).toString(), u"2.0"_s);
            QCOMPARE(request.body.value("timestamp"_L1).toString().size(), 10);
            for (auto it = c.expectedFields.begin(); it != c.expectedFields.end(); ++it)
                QVERIFY2(request.body.value(it.key()) == it.value(),
                         qPrintable(name + u": field "_s + it.key()));
            covered.insert(c.operation);
        }
        QCOMPARE(covered.size(), cube::allOperations().size());
    }

    void wrongSecretGivesTheServersAuthErrorInTheUiLanguage()
    {
        makeClient(settings(), "not-the-secret");
        auto result =
            await<cube::SimCard>([&](auto done) { m_client->sim(knownSim(), this, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiErrorKind::Server);
        QCOMPARE(result.error().serverCode, u"4011"_s);
        QCOMPARE(result.error().serverMessage, u"Signature verification failed"_s);
        QVERIFY(!result.error().outcomeUnknown);

        cube::ClientOptions chinese;
        chinese.language = cube::UiLanguage::SimplifiedChinese;
        makeClient(settings(), "not-the-secret", chinese);
        result = await<cube::SimCard>([&](auto done) { m_client->sim(knownSim(), this, done); });
        QCOMPARE(result.error().serverMessage, u"签名校验失败"_s);
        QCOMPARE(m_server->requests().constLast().acceptLanguage, QByteArray("zh-CN"));
        QCOMPARE(m_server->requests().size(), 2);
    }

    void readsAreRetriedOn5xxAnd429HonouringRetryAfter()
    {
        const QString path = pathOf(Operation::QueryDevice);
        m_server->answerOnce(path, ScriptedAnswer::httpStatus(503));
        m_server->answerOnce(path, ScriptedAnswer::httpStatus(429, "1"));
        m_server->answer(path, ScriptedAnswer::success(QJsonObject{{u"device_id"_s, iccid}}));

        std::optional<ApiResult<cube::SimCard>> result;
        cube::ApiCall *call = m_client->sim(knownSim(), this, [&](const auto &r) { result = r; });
        QSignalSpy retries(call, &cube::ApiCall::retrying);
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QVERIFY(result->ok());
        QCOMPARE(m_server->requestCount(path), 3);
        QCOMPARE(retries.size(), 2);
        QCOMPARE(retries.at(0).at(1).toLongLong(), 10);
        QCOMPARE(retries.at(1).at(1).toLongLong(), 1000);
        // Each attempt is signed anew, so the server's checks passed every time.
        QVERIFY(m_server->requests().at(0).body.value("sign"_L1).isString());
    }

    void aLongRetryAfterAndATotalTimeEndTheRetries()
    {
        // A server that asks for an hour (a daily quota spent) is not waited for: the read
        // fails at once.
        const QString path = pathOf(Operation::QueryDevice);
        m_server->answer(path, ScriptedAnswer::httpStatus(429, "3600"));
        QElapsedTimer clock;
        clock.start();
        auto result =
            await<cube::SimCard>([&](auto done) { m_client->sim(knownSim(), this, done); });
        QCOMPARE(result.error().httpStatus, 429);
        QCOMPARE(m_server->requestCount(path), 1);
        QVERIFY(clock.elapsed() < 5000);

        // No retry starts that could not end within the read's total time.
        cube::ConnectionSettings s = settings();
        s.retry.totalTime = std::chrono::milliseconds(1000); // two attempts of 400 ms at most
        makeClient(s);
        const QString usage = pathOf(Operation::QueryFlowUsage);
        m_server->answer(usage, ScriptedAnswer::noAnswer());
        auto slow =
            await<cube::FlowUsage>([&](auto done) { m_client->usage(knownSim(), this, done); });
        QCOMPARE(slow.error().kind, ApiErrorKind::Timeout);
        QCOMPARE(m_server->requestCount(usage), 2);
    }

    void readsGiveUpAfterThreeRetries()
    {
        const QString path = pathOf(Operation::SyncPackages);
        m_server->answer(path, ScriptedAnswer::httpStatus(500));
        auto result = await<QList<cube::Plan>>([&](auto done) { m_client->plans(this, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiErrorKind::HttpStatus);
        QCOMPARE(result.error().httpStatus, 500);
        QCOMPARE(m_server->requestCount(path), 4);
        QVERIFY(!result.error().outcomeUnknown);
    }

    void readTimeoutsAreRetriedThenReported()
    {
        const QString path = pathOf(Operation::QueryFlowUsage);
        m_server->answer(path, ScriptedAnswer::noAnswer());
        auto result =
            await<cube::FlowUsage>([&](auto done) { m_client->usage(knownSim(), this, done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiErrorKind::Timeout);
        QCOMPARE(m_server->requestCount(path), 4);
    }

    void serverRefusalsAreNotRetried()
    {
        const QString path = pathOf(Operation::QueryDevice);
        m_server->answer(path, ScriptedAnswer::failure(u"E-77"_s, u"Device not found"_s));
        auto result =
            await<cube::SimCard>([&](auto done) { m_client->sim(knownSim(), this, done); });
        QCOMPARE(result.error().kind, ApiErrorKind::Server);
        QCOMPARE(result.error().serverCode, u"E-77"_s);
        QVERIFY(result.error().message().contains(u"Device not found"_s));
        QCOMPARE(m_server->requestCount(path), 1);
    }

    void writesAreNeverRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("outcomeUnknown");
        QTest::newRow("503: may have been done") << 503 << true;
        QTest::newRow("500: may have been done") << 500 << true;
    }

    void writesAreNeverRetried()
    {
        QFETCH(int, status);
        QFETCH(bool, outcomeUnknown);
        const QString path = pathOf(Operation::EndOrderEarly);
        m_server->answer(path, ScriptedAnswer::httpStatus(status, "0"));
        auto result = await<cube::ActionDone>([&](auto done) {
            m_client->endOrderEarly(knownOrder(), u"test"_s, std::nullopt, this, done);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, status);
        QCOMPARE(result.error().outcomeUnknown, outcomeUnknown);
        // A retry would follow within the 10 ms back-off; give it ten times that to show up.
        QTest::qWait(100);
        QCOMPARE(m_server->requestCount(path), 1);
    }

    void writeTimeoutIsOutcomeUnknownAndSettledByReadingThatOrder()
    {
        const QString path = pathOf(Operation::EndOrderEarly);
        m_server->answer(path, ScriptedAnswer::noAnswer());
        auto result = await<cube::ActionDone>([&](auto done) {
            m_client->endOrderEarly(knownOrder(), u"test"_s, std::nullopt, this, done);
        });
        QVERIFY(!result.ok());
        const cube::ApiError error = result.error();
        QCOMPARE(error.kind, ApiErrorKind::Timeout);
        QVERIFY(error.outcomeUnknown);
        QCOMPARE(error.subject, orderCode);
        QVERIFY(error.message().contains(u"may or may not have taken effect"_s));
        QTest::qWait(100);
        QCOMPARE(m_server->requestCount(path), 1);

        // The writer settles the same lost answer with a read of that order, and of no other:
        // a server that lists another (ended) order first does not make it "done".
        const QString queryPath = pathOf(Operation::QueryOrders);
        const QJsonObject other{{u"orderCode"_s, u"ORDER_OTHER"_s}, {u"orderStatus"_s, 4}};
        auto answerOrders = [&](const QJsonArray &orders) {
            m_server->answer(queryPath,
                             ScriptedAnswer::success(QJsonObject{{u"page"_s, pageBlock()},
                                                                 {u"package_order"_s, orders}}));
        };
        cube::ChangeWriter writer(*m_client, m_journal.get());
        auto endEarly = [&] {
            std::optional<cube::WriteOutcome> outcome;
            writer.endEarly(knownOrder(), u"test"_s, std::nullopt, this,
                            [&](const cube::WriteOutcome &written) { outcome = written; });
            [&] {
                QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
            }();
            return outcome.value_or(cube::WriteOutcome());
        };
        answerOrders({other, QJsonObject{{u"orderCode"_s, orderCode}, {u"orderStatus"_s, 1}}});
        cube::WriteOutcome outcome = endEarly();
        QCOMPARE(outcome.settlement, cube::Settlement::NotDone);
        QVERIFY(outcome.answerLost);
        QCOMPARE(outcome.order->orderCode, orderCode);
        QVERIFY(outcome.message().contains(u"still in use; it was not sent again"_s));

        answerOrders({other});
        outcome = endEarly();
        QCOMPARE(outcome.settlement, cube::Settlement::Unknown);
        QVERIFY(!outcome.order);

        answerOrders({other, QJsonObject{{u"orderCode"_s, orderCode}, {u"orderStatus"_s, 4}}});
        outcome = endEarly();
        QCOMPARE(outcome.settlement, cube::Settlement::Done);
        QVERIFY(outcome.message().contains(u"a new look shows the order ended early"_s));
        QCOMPARE(m_server->requests().constLast().path, queryPath);
        QCOMPARE(m_server->requests().constLast().body.value("order_id"_L1).toString(), orderCode);
        QCOMPARE(m_server->requestCount(path), 4); // each end early went out exactly once
    }

    void unreadableAnswersAreMalformed()
    {
        m_server->answer(pathOf(Operation::QueryDevice),
                         ScriptedAnswer::raw("<html><body>502 Bad Gateway</body></html>"));
        auto sim = await<cube::SimCard>([&](auto done) { m_client->sim(knownSim(), this, done); });
        QCOMPARE(sim.error().kind, ApiErrorKind::MalformedResponse);
        QVERIFY(sim.error().message().contains(u"HTML"_s));

        // A write the server accepted but whose answer lacks what it must hold.
        m_server->answer(pathOf(Operation::RenewPackage),
                         ScriptedAnswer::success(QJsonObject{{u"order_id"_s, orderCode}}));
        auto renewed = await<cube::RenewedOrder>(
            [&](auto done) { m_client->renewOrder(knownOrder(), 1, this, done); });
        QCOMPARE(renewed.error().kind, ApiErrorKind::MalformedResponse);
        QVERIFY(renewed.error().detail.contains(u"order_expire_date"_s));
        QVERIFY(renewed.error().outcomeUnknown);
    }

    void inputThatCannotBeRightIsNeverSent()
    {
        // An ICCID that is none never reaches the client: the writer, given the text a job
        // keeps, refuses it unsent and says why (the id's own checks are tst_ids').
        cube::ChangeWriter writer(*m_client, m_journal.get());
        std::optional<cube::WriteOutcome> shortIccid;
        writer.perform(cube::WriteTask(Operation::SuspendService, u"8985202201"_s), this,
                       [&](const cube::WriteOutcome &outcome) { shortIccid = outcome; });
        QTRY_VERIFY(shortIccid.has_value());
        QCOMPARE(shortIccid->settlement, cube::Settlement::NotDone);
        QCOMPARE(shortIccid->error->kind, ApiErrorKind::InvalidInput);
        QVERIFY(shortIccid->message().contains(u"19 or 20 digits"_s));

        auto blank = await<cube::ActionDone>([&](auto done) {
            m_client->endOrderEarly(knownOrder(), u"   "_s, std::nullopt, this, done);
        });
        QCOMPARE(blank.error().kind, ApiErrorKind::InvalidInput);
        QVERIFY(blank.error().message().contains(u"reason"_s));

        auto longReason = await<cube::ActionDone>([&](auto done) {
            m_client->endOrderEarly(knownOrder(), QString(201, u'x'), std::nullopt, this, done);
        });
        QCOMPARE(longReason.error().kind, ApiErrorKind::InvalidInput);

        auto badType = await<cube::ActionDone>(
            [&](auto done) { m_client->endOrderEarly(knownOrder(), u"test"_s, 9, this, done); });
        QCOMPARE(badType.error().kind, ApiErrorKind::InvalidInput);

        auto emptySms = await<cube::SentSms>(
            [&](auto done) { m_client->sendSms(knownSim(), u" "_s, this, done); });
        QCOMPARE(emptySms.error().kind, ApiErrorKind::InvalidInput);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void requestsInFlightAreLimited()
    {
        cube::ConnectionSettings s = settings();
        s.limits.connections = 2;
        s.transferTimeout = 30s;
        makeClient(s);
        m_server->answer(pathOf(Operation::QueryDevice), ScriptedAnswer::noAnswer());

        QList<cube::ApiCall *> calls;
        QList<ApiResult<cube::SimCard>> results;
        for (int i = 0; i < 5; ++i)
            calls.append(
                m_client->sim(knownSim(), this, [&](const auto &r) { results.append(r); }));
        QTRY_COMPARE(m_server->heldCount(), 2);
        QTest::qWait(100);
        QCOMPARE(m_server->heldCount(), 2); // the other three wait in the queue

        // Cancelling a call on the wire lets a queued one start, and only one.
        calls.at(0)->cancel();
        QTRY_COMPARE(m_server->heldCount(), 3);
        QTest::qWait(100);
        QCOMPARE(m_server->heldCount(), 3);

        for (qsizetype i = calls.size() - 1; i > 0; --i)
            calls.at(i)->cancel();
        QTRY_COMPARE(results.size(), 5);
        for (const auto &result : results)
            QCOMPARE(result.error().kind, ApiErrorKind::Cancelled);
        QCOMPARE(m_server->requests().size(), 3);
    }

    void profileChoosesPathsAndTimestampUnit()
    {
        cube::ConnectionSettings s = settings();
        s.baseUrl.setPath(u"/cube/v4/"_s);
        s.pathOverrides.insert(u"queryDevice"_s, u"/v2/device"_s);
        s.pathOverrides.insert(u"syncPackage"_s, u"  "_s); // blank: no override
        s.timestampUnit = cube::TimestampUnit::Milliseconds;
        makeClient(s);
        m_server->answer(u"/cube/v4/v2/device"_s,
                         ScriptedAnswer::success(QJsonObject{{u"device_id"_s, iccid}}));
        auto result =
            await<cube::SimCard>([&](auto done) { m_client->sim(knownSim(), this, done); });
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
        QCOMPARE(m_server->requests().constLast().path, u"/cube/v4/v2/device"_s);
        QCOMPARE(m_server->requests().constLast().body.value("timestamp"_L1).toString().size(), 13);
        await<QList<cube::Plan>>([&](auto done) { m_client->plans(this, done); });
        QCOMPARE(m_server->requests().constLast().path, u"/cube/v4/package/syncPackage"_s);
    }

    void aGuessedPathThatIsNotThereSaysWhatToTry()
    {
        // The simulator knows no operation at these paths and says so (code 4040).
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {2, 20});
        QVERIFY(simulator.listen());
        cube::ConnectionSettings s;
        s.baseUrl = simulator.baseUrl();
        s.accessCode = simulator.account().accessCode;
        s.pathOverrides.insert(u"syncPackage"_s, u"/package/plansList"_s);
        QNetworkAccessManager network;
        cube::CubeClient client(&network, s, simulator.account().secret);
        const auto plans = await<QList<cube::Plan>>([&](auto done) { client.plans(this, done); });
        QVERIFY(!plans.ok());
        QVERIFY(plans.error().isNoSuchPath());
        const QString message = plans.error().message();
        for (const QString &part : {u"/package/plansList"_s, u"syncPackage"_s, u"Path overrides"_s,
                                    u"syncPackage=/package/syncPackages"_s})
            QVERIFY2(message.contains(part), qPrintable(message));
    }

    // cube-api.md, "Wire types": every field of orderPackage, batchOrderPackages and
    // createOtaOrder is a string, test_flow and test_flow_flag are required, and createOtaOrder
    // requires pay_type. The simulator checks the tables; its request log shows what was sent.
    void planOrdersCarryEveryRequiredFieldAsAString()
    {
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {2, 20});
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString log = dir.filePath(u"requests.jsonl"_s);
        QVERIFY(simulator.openRequestLog(log));
        QVERIFY(simulator.listen());
        cube::ConnectionSettings s;
        s.baseUrl = simulator.baseUrl();
        s.accessCode = simulator.account().accessCode;
        QNetworkAccessManager network;
        cube::CubeClient client(&network, s, simulator.account().secret);

        const cube::Plan &plan = simulator.fleet().plans().at(3);
        cube::PlanOrderRequest request;
        request.planCode = plan.code;
        request.planName = plan.name;
        request.planType = plan.type;
        request.periods = 2;
        request.payAmount = plan.price * 2;
        request.iccids = {simulator.fleet().sims().at(0).iccid};
        request.payType = 2;
        const auto one = await<cube::PlacedOrder>(
            [&](auto done) { client.orderPlan(request, this, std::move(done)); });
        QVERIFY2(one.ok(), qPrintable(one.ok() ? QString() : one.error().message()));

        request.payType.reset(); // optional outside the OTA order
        request.iccids = {simulator.fleet().sims().at(1).iccid,
                          simulator.fleet().sims().at(2).iccid};
        const auto many = await<QList<cube::BatchOrderLine>>(
            [&](auto done) { client.orderPlanForMany(request, this, std::move(done)); });
        QVERIFY2(many.ok(), qPrintable(many.ok() ? QString() : many.error().message()));

        request.iccids = {simulator.fleet().sims().at(3).iccid};
        request.enableNow = false;
        request.mcc = u"454"_s;
        request.days = 7;
        const auto noPayType = await<cube::PlacedOrder>(
            [&](auto done) { client.orderOtaPlan(request, this, std::move(done)); });
        QCOMPARE(noPayType.error().kind, ApiErrorKind::InvalidInput);
        QCOMPARE(simulator.requestCount(u"createOtaOrder"_s), 0); // refused, never sent
        request.payType = 0;
        const auto ota = await<cube::PlacedOrder>(
            [&](auto done) { client.orderOtaPlan(request, this, std::move(done)); });
        QVERIFY2(ota.ok(), qPrintable(ota.ok() ? QString() : ota.error().message()));

        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QHash<QString, QJsonObject> sent; // path's last part → business fields
        while (!file.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
            QCOMPARE(line.value("code"_L1).toString(), u"0000"_s);
            sent.insert(line.value("path"_L1).toString().section(u'/', -1),
                        line.value("fields"_L1).toObject());
        }
        const QStringList strings{u"package_code"_s,  u"package_name"_s, u"package_type"_s,
                                  u"order_period"_s,  u"is_open"_s,      u"global_order"_s,
                                  u"pay_amount"_s,    u"pay_rst"_s,      u"test_flow"_s,
                                  u"test_flow_flag"_s};
        for (const QString &operation :
             {u"orderPackage"_s, u"batchOrderPackages"_s, u"createOtaOrder"_s}) {
            QVERIFY2(sent.contains(operation), qPrintable(operation));
            const QJsonObject fields = sent.value(operation);
            for (const QString &field : strings)
                QVERIFY2(fields.value(field).isString(), qPrintable(operation + u' ' + field));
            QCOMPARE(fields.value("order_period"_L1).toString(), u"2"_s);
            QCOMPARE(fields.value("test_flow"_L1).toString(), u"0"_s);
            QCOMPARE(fields.value("test_flow_flag"_L1).toString(), u"0"_s);
        }
        QCOMPARE(sent.value(u"orderPackage"_s).value("pay_type"_L1), QJsonValue(u"2"_s));
        QVERIFY(!sent.value(u"batchOrderPackages"_s).contains("pay_type"_L1));
        const QJsonObject otaFields = sent.value(u"createOtaOrder"_s);
        QCOMPARE(otaFields.value("pay_type"_L1), QJsonValue(u"0"_s));
        QCOMPARE(otaFields.value("timing_type"_L1), QJsonValue(u"0"_s));
        QCOMPARE(otaFields.value("days"_L1), QJsonValue(7)); // the one integer of the three
    }

    void interimAnswersBeforeTheAnswerAreSkipped_data()
    {
        QTest::addColumn<int>("interim");
        QTest::addColumn<int>("finalDelayMs");
        QTest::newRow("103 Early Hints, the answer right after") << 103 << 0;
        QTest::newRow("103 Early Hints, the answer 100 ms later") << 103 << 100;
        QTest::newRow("102 Processing, the answer 100 ms later") << 102 << 100;
    }

    void interimAnswersBeforeTheAnswerAreSkipped()
    {
        // RFC 9110 section 15.2: a client must accept interim answers before the final one,
        // even unasked for. A 103 or 102 is neither the answer nor a problem of the server.
        // Qt 6.4 ends the reply at the interim answer (it skips only 100 Continue) and cannot
        // hand over the final one: a read is sent again, a write is settled by reading.
        QFETCH(int, interim);
        QFETCH(int, finalDelayMs);
        const auto delay = std::chrono::milliseconds(finalDelayMs);
        const QString path = pathOf(Operation::QueryDevice);
        const ScriptedAnswer theSim = ScriptedAnswer::success(QJsonObject{{u"device_id"_s, iccid}});
        m_server->answerOnce(path, theSim.afterInterim(interim, delay));
        m_server->answer(path, theSim);
        auto sim = await<cube::SimCard>([&](auto done) { m_client->sim(knownSim(), this, done); });
        QVERIFY2(sim.ok(), qPrintable(sim.ok() ? QString() : sim.error().message()));
        QCOMPARE(sim.value().iccid, iccid);

        // A write the server did is done, and the journal says so.
        QTemporaryDir dir;
        makeJournalingClient(dir);
        const QString endPath = pathOf(Operation::EndOrderEarly);
        m_server->answer(endPath, ScriptedAnswer::success().afterInterim(interim, delay));
        const cube::WriteOutcome outcome = endEarlyThroughTheWriter(4);
        QVERIFY2(outcome.done(), qPrintable(outcome.message()));
        QCOMPARE(m_server->requestCount(endPath), 1);
        const std::optional<cube::JournalEntry> entry = lastJournalEntry();
        QVERIFY(entry);
        QCOMPARE(entry->outcome(), cube::JournalOutcome::Done);

        // The final answer that came after the interim one is never taken for the answer of
        // a later request (it would be, on the same connection).
        QTest::qWait(finalDelayMs + 200);
        for (int i = 0; i < 3; ++i) {
            sim = await<cube::SimCard>([&](auto done) { m_client->sim(knownSim(), this, done); });
            QVERIFY2(sim.ok(), qPrintable(sim.ok() ? QString() : sim.error().message()));
            QCOMPARE(sim.value().iccid, iccid);
        }
    }

    void anInterimAnswerLeavesOtherRequestsOnTheirWay()
    {
        // The connection that carried the interim answer is dropped, and only that one: a
        // slow read on another connection still gets its answer.
        const QString usagePath = pathOf(Operation::QueryFlowUsage);
        m_server->answer(usagePath, ScriptedAnswer::success(QJsonObject{{u"device_id"_s, iccid},
                                                                        {u"order_used_flow"_s, 10}})
                                        .after(300ms));
        const QString simPath = pathOf(Operation::QueryDevice);
        m_server->answerOnce(simPath, ScriptedAnswer::success().afterInterim(103, 50ms));
        m_server->answer(simPath, ScriptedAnswer::success(QJsonObject{{u"device_id"_s, iccid}}));

        std::optional<ApiResult<cube::FlowUsage>> usage;
        m_client->usage(knownSim(), this, [&](const auto &r) { usage = r; });
        QTest::qWait(50); // the usage read is on its way first
        auto sim = await<cube::SimCard>([&](auto done) { m_client->sim(knownSim(), this, done); });
        QVERIFY2(sim.ok(), qPrintable(sim.ok() ? QString() : sim.error().message()));
        QVERIFY(QTest::qWaitFor([&] { return usage.has_value(); }, 5000));
        QVERIFY2(usage->ok(), qPrintable(usage->ok() ? QString() : usage->error().message()));
        QCOMPARE(m_server->requestCount(usagePath), 1); // answered the first time
    }

    void anInterimAnswerThenALostConnectionIsUnknownUntilReadAgain()
    {
        QTemporaryDir dir;
        makeJournalingClient(dir);
        const QString endPath = pathOf(Operation::EndOrderEarly);
        m_server->answer(endPath, ScriptedAnswer::closeAfterInterim(102));
        auto result = await<cube::ActionDone>([&](auto done) {
            m_client->endOrderEarly(knownOrder(), u"test"_s, std::nullopt, this, done);
        });
        QVERIFY(!result.ok());
        QVERIFY(result.error().outcomeUnknown);
        QVERIFY(result.error().message().contains(u"may or may not have taken effect"_s));
        QCOMPARE(lastJournalEntry()->state, cube::JournalState::Unknown);

        // The usual re-read settles it, either way; the write is never sent again.
        cube::WriteOutcome outcome = endEarlyThroughTheWriter(4);
        QCOMPARE(outcome.settlement, cube::Settlement::Done);
        QVERIFY(outcome.answerLost);
        QCOMPARE(lastJournalEntry()->outcome(), cube::JournalOutcome::Done);
        outcome = endEarlyThroughTheWriter(1);
        QCOMPARE(outcome.settlement, cube::Settlement::NotDone);
        QVERIFY(outcome.answerLost);
        QCOMPARE(lastJournalEntry()->outcome(), cube::JournalOutcome::NotDone);
        QCOMPARE(m_server->requestCount(endPath), 3);
    }

    void onlyAClearRefusalIsNotDone_data()
    {
        QTest::addColumn<ScriptedAnswer>("answer");
        QTest::addColumn<bool>("outcomeUnknown");
        // Refused: the server said it did not do it.
        QTest::newRow("envelope code 4001") << ScriptedAnswer::failure(u"4001"_s, u"No"_s) << false;
        QTest::newRow("HTTP 400") << ScriptedAnswer::httpStatus(400) << false;
        QTest::newRow("HTTP 403") << ScriptedAnswer::httpStatus(403) << false;
        QTest::newRow("HTTP 404") << ScriptedAnswer::httpStatus(404) << false;
        QTest::newRow("HTTP 409") << ScriptedAnswer::httpStatus(409) << false;
        // Anything else may have been done: the re-read tells.
        QTest::newRow("HTTP 408: the request timed out") << ScriptedAnswer::httpStatus(408) << true;
        QTest::newRow("HTTP 500") << ScriptedAnswer::httpStatus(500) << true;
        QTest::newRow("HTTP 502") << ScriptedAnswer::httpStatus(502) << true;
        QTest::newRow("HTTP 201") << ScriptedAnswer::httpStatus(201) << true;
        QTest::newRow("HTTP 202: accepted, not yet done")
            << ScriptedAnswer::httpStatus(202) << true;
        QTest::newRow("HTTP 204") << ScriptedAnswer::httpStatus(204) << true;
        QTest::newRow("HTTP 303: after a POST it was done")
            << ScriptedAnswer::httpStatus(303) << true;
        QTest::newRow("HTTP 302: a Post/Redirect/Get answer of a server that did it")
            << ScriptedAnswer::httpStatus(302) << true;
        QTest::newRow("HTTP 307: never followed, may have been done")
            << ScriptedAnswer::httpStatus(307) << true;
        QTest::newRow("103, then the connection closed")
            << ScriptedAnswer::closeAfterInterim(103) << true;
    }

    void onlyAClearRefusalIsNotDone()
    {
        QFETCH(ScriptedAnswer, answer);
        QFETCH(bool, outcomeUnknown);
        QTemporaryDir dir;
        makeJournalingClient(dir);
        const QString path = pathOf(Operation::EndOrderEarly);
        m_server->answer(path, answer);
        auto result = await<cube::ActionDone>([&](auto done) {
            m_client->endOrderEarly(knownOrder(), u"test"_s, std::nullopt, this, done);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().outcomeUnknown, outcomeUnknown);
        QCOMPARE(lastJournalEntry()->state,
                 outcomeUnknown ? cube::JournalState::Unknown : cube::JournalState::Refused);
        QCOMPARE(m_server->requestCount(path), 1);
    }

    void aDamagedCompressedAnswerSaysWhatHappened()
    {
        // A gzip header, then bytes that are no deflate stream: the answer came, damaged.
        const QByteArray damaged = QByteArray::fromHex("1f8b0800000000000003") + "not deflate";
        m_server->answer(pathOf(Operation::QueryDevice), ScriptedAnswer::encoded(damaged, "gzip"));
        auto sim = await<cube::SimCard>([&](auto done) { m_client->sim(knownSim(), this, done); });
        QVERIFY(!sim.ok());
        const QString message = sim.error().message();
        QVERIFY2(!message.contains(u"Could not reach"_s), qPrintable(message));
        QVERIFY2(message.contains(u"arrived damaged"_s), qPrintable(message));
        QVERIFY2(message.contains(u"gzip"_s), qPrintable(message));
        QVERIFY2(message.contains(u"Try again"_s), qPrintable(message));

        // A write whose answer arrived damaged may have been done.
        m_server->answer(pathOf(Operation::EndOrderEarly),
                         ScriptedAnswer::encoded(damaged, "gzip"));
        auto ended = await<cube::ActionDone>([&](auto done) {
            m_client->endOrderEarly(knownOrder(), u"test"_s, std::nullopt, this, done);
        });
        QVERIFY(!ended.ok());
        QVERIFY(ended.error().outcomeUnknown);
        QVERIFY2(ended.error().message().contains(u"arrived damaged"_s),
                 qPrintable(ended.error().message()));
    }

    void noServerIsANetworkError()
    {
        cube::ConnectionSettings s = settings();
        s.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
        makeClient(s);
        auto result = await<cube::ActionDone>([&](auto done) {
            m_client->endOrderEarly(knownOrder(), u"test"_s, std::nullopt, this, done);
        });
        QCOMPARE(result.error().kind, ApiErrorKind::Network);
        // Refused before anything was sent: the order certainly did not end.
        QVERIFY(!result.error().outcomeUnknown);
    }

    void resultIsDroppedWithItsContext()
    {
        bool called = false;
        auto *context = new QObject;
        cube::ApiCall *call =
            m_client->sim(knownSim(), context, [&](const auto &) { called = true; });
        QSignalSpy finished(call, &cube::ApiCall::finished);
        delete context;
        QVERIFY(finished.wait(5000));
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestCubeClient)
#include "tst_cubeclient.moc"
