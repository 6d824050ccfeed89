#include "transport/cubeclient.h"

#include "base/servertext.h"
#include "records/recordparsing.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace cube {

CubeClient::CubeClient(QNetworkAccessManager *network, ConnectionSettings settings,
                       QByteArray secret, ClientOptions options, QObject *parent)
    : QObject(parent)
    , m_transport(network, std::move(settings), std::move(secret), std::move(options))
{
    connect(&m_transport, &ApiTransport::counted, this, &CubeClient::queriesCounted);
    connect(&m_transport.governor(), &RequestGovernor::holding, this,
            &CubeClient::serverAsksToWait);
}

template<typename T, typename Parse>
ApiCall *CubeClient::call(Operation operation, QJsonObject fields, QString subject,
                          QObject *context, Done<T> done, Parse parse)
{
    ApiCall *apiCall = m_transport.send(operation, std::move(fields), std::move(subject));
    connect(apiCall, &ApiCall::finished, context,
            [apiCall, operation, done = std::move(done), parse, zone = settings().serverTimeZone] {
                const ApiResult<QJsonValue> &raw = apiCall->result();
                if (!raw.ok())
                    return done(raw.error());
                const ApiResult<T> parsed = parse(raw.value(), zone);
                if (parsed.ok())
                    return done(parsed);
                ApiError error = parsed.error();
                error.operation = operation;
                // The server said "done" but the rest could not be read: for a write, only a
                // re-read can tell what was done.
                error.outcomeUnknown = operationInfo(operation).write;
                done(error);
            });
    return apiCall;
}

template<typename T>
ApiCall *CubeClient::refuse(Operation operation, const QString &why, QObject *context, Done<T> done)
{
    ApiError error;
    error.kind = ApiErrorKind::InvalidInput;
    error.detail = why;
    ApiCall *apiCall = m_transport.refuse(operation, error);
    connect(apiCall, &ApiCall::finished, context,
            [apiCall, done = std::move(done)] { done(apiCall->result().error()); });
    return apiCall;
}

QString CubeClient::endReasonProblem(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return tr("a reason for ending the order early is required.");
    if (trimmed.size() > maxEndReasonLength)
        return tr("the reason is longer than %n character(s).", nullptr, maxEndReasonLength);
    qsizetype position = 0; // in characters as a person counts them, from 1
    for (const char32_t character : trimmed.toUcs4()) {
        ++position;
        const QString code = u"U+%1"_s.arg(uint(character), 4, 16, QChar(u'0')).toUpper();
        if (isControlCharacter(character))
            //: %1 is the character's code (U+000A), %2 where it is (1 is the first character)
            return tr("the reason has a line break, a tab or another control character (%1, "
                      "character %2); write it as one line.")
                .arg(code)
                .arg(position);
        if (isInvisibleCharacter(character))
            //: %1 is the character's code (U+202E), %2 where it is (1 is the first character)
            return tr("the reason has an invisible or direction-changing character (%1, "
                      "character %2), perhaps copied with it; delete it or type the reason "
                      "again.")
                .arg(code)
                .arg(position);
    }
    return {};
}

QString CubeClient::planOrderProblem(const PlanOrderRequest &request)
{
    if (!std::isfinite(request.payAmount) || request.payAmount < 0
        || request.payAmount > largestAmount)
        return tr("the amount %1 is not an amount from 0 to %2.")
            .arg(request.payAmount)
            .arg(largestAmount, 0, 'f', 0);
    if (request.periods < 1)
        return tr("order at least one period.");
    return {};
}

namespace {

QJsonObject withDevice(const Iccid &iccid)
{
    return {{u"device_id"_s, iccid.value()}};
}

QJsonObject withOrderCode(const OrderCode &orderCode)
{
    return {{u"order_code"_s, orderCode.value()}};
}

} // namespace

// ---- SIM cards -------------------------------------------------------------------------------

ApiCall *CubeClient::listSims(int pageNo, int pageSize, QObject *context, Done<SimPage> done)
{
    return call(Operation::QueryDeviceList, {{u"page_no"_s, pageNo}, {u"page_size"_s, pageSize}},
                {}, context, std::move(done), &parse::simPage);
}

ApiCall *CubeClient::sim(const Iccid &iccid, QObject *context, Done<SimCard> done)
{
    // The SIM asked for and no other: a server that answers about another one is not believed.
    return call(
        Operation::QueryDevice, withDevice(iccid), iccid.value(), context, std::move(done),
        [asked = iccid.value()](const QJsonValue &data, ServerTimeZone zone) -> ApiResult<SimCard> {
            ApiResult<SimCard> card = parse::object<SimCard>(data, zone);
            if (!card.ok() || card.value().iccid == asked)
                return card;
            return malformedResponse(
                tr("the answer is about SIM %1, not %2").arg(card.value().iccid, asked));
        });
}

ApiCall *CubeClient::simsInUse(QObject *context, Done<QList<AssetInfo>> done)
{
    return call(Operation::SyncAssetInfo, {}, {}, context, std::move(done),
                &parse::list<AssetInfo>);
}

// ---- Usage -----------------------------------------------------------------------------------

ApiCall *CubeClient::usage(const Iccid &iccid, QObject *context, Done<FlowUsage> done)
{
    return call(Operation::QueryFlowUsage, withDevice(iccid), iccid.value(), context,
                std::move(done), &parse::object<FlowUsage>);
}

ApiCall *CubeClient::usageOfMany(const QList<Iccid> &iccids, QObject *context,
                                 Done<QList<FlowUsage>> done)
{
    return call(Operation::BatchQueryFlowUsage,
                {{u"deviceList"_s, QJsonArray::fromStringList(valuesOf(iccids))}}, {}, context,
                std::move(done), &parse::list<FlowUsage>);
}

ApiCall *CubeClient::dayUsage(const Iccid &iccid, QDate day, QObject *context, Done<DayUsage> done)
{
    QJsonObject fields = withDevice(iccid);
    fields.insert(u"date"_s, day.toString(u"yyyy-MM-dd"_s));
    return call(Operation::QueryDayFlow, fields, iccid.value(), context, std::move(done),
                &parse::object<DayUsage>);
}

ApiCall *CubeClient::monthUsage(const QList<Iccid> &iccids, QDate month, QObject *context,
                                Done<QList<MonthUsage>> done)
{
    return call(Operation::BatchQueryMonthFlow,
                {{u"deviceList"_s, QJsonArray::fromStringList(valuesOf(iccids))},
                 {u"month"_s, month.toString(u"yyyy-MM"_s)}},
                {}, context, std::move(done), &parse::list<MonthUsage>);
}

ApiCall *CubeClient::carrierBalance(const Iccid &iccid, QObject *context, Done<CarrierBalance> done)
{
    return call(Operation::QueryCarrierBalance, withDevice(iccid), iccid.value(), context,
                std::move(done), &parse::object<CarrierBalance>);
}

// ---- Plans and orders ------------------------------------------------------------------------

ApiCall *CubeClient::plans(QObject *context, Done<QList<Plan>> done)
{
    return call(Operation::SyncPackages, {}, {}, context, std::move(done), &parse::list<Plan>);
}

QJsonObject CubeClient::planOrderFields(const PlanOrderRequest &request)
{
    QJsonObject fields{{u"package_code"_s, request.planCode},
                       {u"package_name"_s, request.planName},
                       {u"package_type"_s, QString::number(request.planType)},
                       {u"order_period"_s, QString::number(request.periods)},
                       {u"is_open"_s, request.enableNow ? u"1"_s : u"0"_s},
                       {u"global_order"_s, request.globalOrder ? u"1"_s : u"0"_s},
                       {u"pay_amount"_s, QString::number(request.payAmount, 'f', 2)},
                       {u"pay_rst"_s, request.paid ? u"2"_s : u"1"_s},
                       {u"test_flow"_s, request.testFlow},
                       {u"test_flow_flag"_s, request.testFlowFlag}};
    if (request.payType)
        fields.insert(u"pay_type"_s, QString::number(*request.payType));
    return fields;
}

QString CubeClient::singleSimOrderFields(const PlanOrderRequest &request, QJsonObject &fields)
{
    const QString iccid = request.iccids.value(0);
    if (QString problem = Iccid::problem(iccid); !problem.isEmpty())
        return problem;
    if (QString problem = planOrderProblem(request); !problem.isEmpty())
        return problem;
    fields = planOrderFields(request);
    fields.insert(u"device_id"_s, iccid);
    return {};
}

ApiCall *CubeClient::orderPlan(const PlanOrderRequest &request, QObject *context,
                               Done<PlacedOrder> done)
{
    QJsonObject fields;
    if (const QString problem = singleSimOrderFields(request, fields); !problem.isEmpty())
        return refuse(Operation::OrderPackage, problem, context, std::move(done));
    return call(Operation::OrderPackage, fields, request.iccids.constFirst(), context,
                std::move(done), &parse::object<PlacedOrder>);
}

ApiCall *CubeClient::orderPlanForMany(const PlanOrderRequest &request, QObject *context,
                                      Done<QList<BatchOrderLine>> done)
{
    if (request.iccids.isEmpty())
        return refuse(Operation::BatchOrderPackages, tr("no SIM cards were given."), context,
                      std::move(done));
    for (const QString &iccid : request.iccids) {
        if (const QString problem = Iccid::problem(iccid); !problem.isEmpty())
            return refuse(Operation::BatchOrderPackages, problem, context, std::move(done));
    }
    if (const QString problem = planOrderProblem(request); !problem.isEmpty())
        return refuse(Operation::BatchOrderPackages, problem, context, std::move(done));
    QJsonObject fields = planOrderFields(request);
    fields.insert(u"deviceList"_s, QJsonArray::fromStringList(request.iccids));
    return call(Operation::BatchOrderPackages, fields, request.iccids.constFirst(), context,
                std::move(done), &parse::batchOrder);
}

ApiCall *CubeClient::orderOtaPlan(const PlanOrderRequest &request, QObject *context,
                                  Done<PlacedOrder> done)
{
    QJsonObject fields;
    QString problem = singleSimOrderFields(request, fields);
    if (problem.isEmpty() && !request.payType)
        problem = tr("an OTA order needs a payment type (0 ipay88, 1 WeChat Pay, 2 Alipay).");
    if (!problem.isEmpty())
        return refuse(Operation::CreateOtaOrder, problem, context, std::move(done));
    fields.insert(u"mcc"_s, request.mcc);
    fields.insert(u"days"_s, request.days);
    fields.insert(u"timing_type"_s, QString::number(request.timingType));
    return call(Operation::CreateOtaOrder, fields, request.iccids.constFirst(), context,
                std::move(done), &parse::object<PlacedOrder>);
}

ApiCall *CubeClient::renewOrder(const OrderCode &orderId, int periods, QObject *context,
                                Done<RenewedOrder> done)
{
    if (periods < 1)
        return refuse(Operation::RenewPackage, tr("renew for at least one period."), context,
                      std::move(done));
    return call(Operation::RenewPackage,
                {{u"order_id"_s, orderId.value()}, {u"renew_period"_s, periods}}, orderId.value(),
                context, std::move(done), &parse::object<RenewedOrder>);
}

ApiCall *CubeClient::orders(const OrderQuery &query, QObject *context, Done<OrderPage> done)
{
    // A filter that cannot match is refused, never dropped: an empty result would mislead less
    // than every order of the account.
    if (!query.iccid.isEmpty()) {
        if (const QString problem = Iccid::problem(query.iccid); !problem.isEmpty())
            return refuse(Operation::QueryOrders, problem, context, std::move(done));
    }
    if (!query.orderCode.isEmpty()) {
        if (const QString problem = OrderCode::problem(query.orderCode); !problem.isEmpty())
            return refuse(Operation::QueryOrders, problem, context, std::move(done));
    }
    QJsonObject fields{{u"page_no"_s, query.pageNo}, {u"page_size"_s, query.pageSize}};
    if (!query.iccid.isEmpty())
        fields.insert(u"device_id"_s, query.iccid);
    if (!query.orderCode.isEmpty())
        fields.insert(u"order_id"_s, query.orderCode);
    if (query.status)
        fields.insert(u"order_status"_s, QString::number(*query.status));
    if (query.type)
        fields.insert(u"order_type"_s, QString::number(*query.type));
    return call(Operation::QueryOrders, fields, {}, context, std::move(done), &parse::orderPage);
}

ApiCall *CubeClient::order(const OrderCode &orderCode, QObject *context, Done<Order> done)
{
    OrderQuery query;
    query.orderCode = orderCode.value();
    return orders(query, context,
                  [query, done = std::move(done)](const ApiResult<OrderPage> &page) {
                      if (!page.ok())
                          return done(page.error());
                      for (const Order &each : page.value().orders)
                          if (each.orderCode == query.orderCode)
                              return done(each);
                      ApiError missing;
                      missing.kind = ApiErrorKind::NotFound;
                      missing.operation = Operation::QueryOrders;
                      missing.subject = tr("order %1").arg(query.orderCode);
                      done(missing);
                  });
}

ApiCall *CubeClient::enableOrder(const OrderCode &orderCode, QObject *context,
                                 Done<ActionDone> done)
{
    return call(Operation::OpenOrder, withOrderCode(orderCode), orderCode.value(), context,
                std::move(done), &parse::accepted);
}

ApiCall *CubeClient::cancelOrder(const OrderCode &orderCode, QObject *context,
                                 Done<ActionDone> done)
{
    return call(Operation::CancelOrder, withOrderCode(orderCode), orderCode.value(), context,
                std::move(done), &parse::accepted);
}

ApiCall *CubeClient::endOrderEarly(const OrderCode &orderCode, const QString &reason,
                                   std::optional<int> deviceType, QObject *context,
                                   Done<ActionDone> done)
{
    const QString trimmedReason = reason.trimmed();
    QString problem = endReasonProblem(reason);
    if (problem.isEmpty() && deviceType && !vocabulary::deviceTypes().contains(*deviceType))
        problem = tr("device type %1 does not exist; use 1 to 5.").arg(*deviceType);
    if (!problem.isEmpty())
        return refuse(Operation::EndOrderEarly, problem, context, std::move(done));

    QJsonObject fields = withOrderCode(orderCode);
    fields.insert(u"ahead_finish_cause"_s, trimmedReason);
    if (deviceType)
        fields.insert(u"device_type"_s, QString::number(*deviceType));
    return call(Operation::EndOrderEarly, fields, orderCode.value(), context, std::move(done),
                &parse::accepted);
}

ApiCall *CubeClient::suspendSim(const Iccid &iccid, QObject *context, Done<ActionDone> done)
{
    return call(Operation::SuspendService, withDevice(iccid), iccid.value(), context,
                std::move(done), &parse::accepted);
}

ApiCall *CubeClient::resumeSim(const Iccid &iccid, QObject *context, Done<ActionDone> done)
{
    return call(Operation::ResumeService, withDevice(iccid), iccid.value(), context,
                std::move(done), &parse::accepted);
}

// ---- SMS and follow-up -----------------------------------------------------------------------

ApiCall *CubeClient::sendSms(const Iccid &iccid, const QString &text, QObject *context,
                             Done<SentSms> done)
{
    if (text.trimmed().isEmpty())
        return refuse(Operation::SendSms, tr("the message is empty."), context, std::move(done));
    QJsonObject fields = withDevice(iccid);
    fields.insert(u"content"_s, text);
    return call(Operation::SendSms, fields, iccid.value(), context, std::move(done),
                &parse::sentSms);
}

} // namespace cube
