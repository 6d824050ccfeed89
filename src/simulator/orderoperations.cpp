#include "orderoperations.h"

#include "fleetjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cube::sim::orderops {

namespace {

// The plan and terms that orderPackage, batchOrderPackages and createOtaOrder share.
struct PlanTerms
{
    int plan = -1;
    int periods = 1;
    bool enableNow = true;
};

// Which plan-order operation reads the terms: their field tables differ in what is optional.
enum class PlanOrderKind { Single, Batch, Ota };

// The vendor's field tables of orderPackage, batchOrderPackages and createOtaOrder: every
// field is a string, codes included ("2", not 2), and test_flow and test_flow_flag are
// required. pay_amount is optional only on the batch's (Chinese) page; pay_type only outside
// the OTA order.
PlanTerms readPlanTerms(RequestFields &fields, const Fleet &fleet, PlanOrderKind kind)
{
    PlanTerms terms;
    const QString planCode = fields.text(u"package_code"_s);
    fields.text(u"package_name"_s);
    fields.code(u"package_type"_s, 0, 5);
    terms.periods = int(fields.numericText(u"order_period"_s));
    terms.enableNow = fields.code(u"is_open"_s, 0, 1) == 1;
    fields.numericText(u"global_order"_s);
    fields.code(u"pay_rst"_s, 1, 2);
    if (kind == PlanOrderKind::Batch)
        fields.optionalAmountText(u"pay_amount"_s);
    else
        fields.amountText(u"pay_amount"_s);
    if (kind == PlanOrderKind::Ota)
        fields.code(u"pay_type"_s, 0, 2);
    else
        fields.optionalCode(u"pay_type"_s, 0, 2);
    fields.text(u"test_flow"_s);
    fields.text(u"test_flow_flag"_s);
    if (!fields.ok())
        return terms;
    terms.plan = fleet.planIndex(planCode);
    if (terms.plan < 0)
        fields.fail(Rejection::UnknownPlan, planCode);
    else if (terms.periods < 1)
        fields.fail(Rejection::InvalidValue, u"order_period"_s);
    return terms;
}

int placeOrder(const OperationRequest &request, int sim, const PlanTerms &terms, int days, int type)
{
    Fleet &fleet = request.fleet;
    SimulatedOrder order;
    order.sim = sim;
    order.plan = terms.plan;
    order.periods = terms.periods;
    order.type = type;
    order.ordered = request.now;
    // A SIM has one order in use at a time: a second one waits, not enabled.
    if (terms.enableNow && fleet.currentOrder(sim) < 0) {
        order.status = OrderStatus::InUse;
        order.starts = request.now;
        order.expires = request.now.addDays(days);
    }
    return fleet.addOrder(order);
}

int orderDays(const Fleet &fleet, const PlanTerms &terms)
{
    return Fleet::periodDays(fleet.plans().at(terms.plan).type) * terms.periods;
}

QJsonObject placedJson(const Fleet &fleet, int order)
{
    const SimulatedOrder &o = fleet.orders().at(order);
    return {{u"order_id"_s, o.code},
            {u"order_start_date"_s, fleetjson::dateTime(fleet, o.starts)},
            {u"order_expire_date"_s, fleetjson::dateTime(fleet, o.expires)}};
}

// The shared shape of open, cancel and end early: one order, one allowed state, one change.
template<typename Change>
SimReply changeOrder(const OperationRequest &request, OrderStatus allowed, Change change)
{
    RequestFields fields(request.body, request.fleet);
    const int index = fields.order(u"order_code"_s);
    if (!fields.ok())
        return request.rejected(fields);
    SimulatedOrder &order = request.fleet.order(index);
    if (order.status != allowed)
        return request.rejected(Rejection::WrongOrderState, QString::number(int(order.status)));
    change(order);
    return request.ok();
}

SimReply listedPage(const OperationRequest &request, const QList<int> &matching, qint64 pageNo,
                    qint64 pageSize)
{
    QJsonArray orders;
    for (qint64 i = (pageNo - 1) * pageSize; i < qMin<qint64>(matching.size(), pageNo * pageSize);
         ++i)
        orders.append(fleetjson::order(request.fleet, matching.at(i)));
    return request.ok(QJsonObject{{u"page"_s, fleetjson::page(pageNo, pageSize, matching.size())},
                                  {u"package_order"_s, orders},
                                  {u"package_order_num"_s, matching.size()}});
}

} // namespace

SimReply syncPackages(const OperationRequest &request)
{
    QJsonArray plans;
    for (int i = 0; i < request.fleet.plans().size(); ++i)
        plans.append(fleetjson::plan(request.fleet, i));
    return request.ok(plans);
}

SimReply orderPackage(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    const int sim = fields.sim();
    const PlanTerms terms = readPlanTerms(fields, request.fleet, PlanOrderKind::Single);
    if (!fields.ok())
        return request.rejected(fields);
    const int order = placeOrder(request, sim, terms, orderDays(request.fleet, terms), 0);
    return request.ok(placedJson(request.fleet, order));
}

SimReply batchOrderPackages(const OperationRequest &request)
{
    // Synchronous, and one bad SIM fails the whole request, as the vendor documents.
    RequestFields fields(request.body, request.fleet);
    const QStringList iccids = fields.iccidList(u"deviceList"_s);
    const PlanTerms terms = readPlanTerms(fields, request.fleet, PlanOrderKind::Batch);
    if (!fields.ok())
        return request.rejected(fields);
    QJsonArray lines;
    for (const QString &iccid : iccids) {
        const int order = placeOrder(request, request.fleet.simIndex(iccid), terms,
                                     orderDays(request.fleet, terms), 0);
        QJsonObject line = placedJson(request.fleet, order);
        line.insert(u"device_id"_s, iccid);
        line.insert(u"error"_s, u"0000"_s);
        line.insert(u"errorMsg"_s, QString());
        lines.append(line);
    }
    return request.ok(QJsonObject{{u"device_order"_s, lines}});
}

SimReply createOtaOrder(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    const int sim = fields.sim();
    PlanTerms terms = readPlanTerms(fields, request.fleet, PlanOrderKind::Ota);
    fields.optionalText(u"mcc"_s);
    const qint64 days = fields.number(u"days"_s);
    fields.numericText(u"timing_type"_s);
    if (!fields.ok())
        return request.rejected(fields);
    if (days < 1)
        return request.rejected(Rejection::InvalidValue, u"days"_s);
    terms.enableNow = false; // OTA orders start when the SIM attaches abroad
    const int order = placeOrder(request, sim, terms, int(days), 1);
    return request.ok(placedJson(request.fleet, order));
}

SimReply renewPackage(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    const int index = fields.order(u"order_id"_s);
    const qint64 periods = fields.number(u"renew_period"_s);
    if (!fields.ok())
        return request.rejected(fields);
    if (periods < 1)
        return request.rejected(Rejection::InvalidValue, u"renew_period"_s);
    SimulatedOrder &order = request.fleet.order(index);
    if (order.status != OrderStatus::InUse)
        return request.rejected(Rejection::WrongOrderState, QString::number(int(order.status)));
    order.periods += int(periods);
    order.expires = order.expires.addDays(
        Fleet::periodDays(request.fleet.plans().at(order.plan).type) * int(periods));
    return request.ok(
        QJsonObject{{u"order_id"_s, order.code},
                    {u"order_expire_date"_s, fleetjson::dateTime(request.fleet, order.expires)}});
}

SimReply queryOrders(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    const auto [pageNo, pageSize] = fields.page(request.maxPageSize);
    // The filters are strings ("order_status": "1"), as the vendor's table says.
    const QString iccid = fields.optionalText(u"device_id"_s);
    const QString code = fields.optionalText(u"order_id"_s);
    const QString status = fields.optionalText(u"order_status"_s);
    const QString type = fields.optionalText(u"order_type"_s);
    if (!fields.ok())
        return request.rejected(fields);

    const Fleet &fleet = request.fleet;
    QList<int> candidates;
    if (!code.isEmpty()) {
        if (const int index = fleet.orderIndex(code); index >= 0)
            candidates.append(index);
    } else if (!iccid.isEmpty()) {
        const int sim = fleet.simIndex(iccid);
        if (sim < 0)
            return request.rejected(Rejection::UnknownIccid, iccid);
        candidates = fleet.ordersOf(sim);
    } else {
        // The whole account: the fleet keeps the listing between pages.
        return listedPage(request, fleet.ordersListed(status, type), pageNo, pageSize);
    }
    QList<int> matching;
    for (int index : std::as_const(candidates)) {
        const SimulatedOrder &order = fleet.orders().at(index);
        if ((!iccid.isEmpty() && fleet.sims().at(order.sim).iccid != iccid)
            || (!status.isEmpty() && QString::number(int(order.status)) != status)
            || (!type.isEmpty() && QString::number(order.type) != type))
            continue;
        matching.append(index);
    }
    return listedPage(request, matching, pageNo, pageSize);
}

SimReply openOrder(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    const int index = fields.order(u"order_code"_s);
    if (!fields.ok())
        return request.rejected(fields);
    const SimulatedOrder &order = request.fleet.orders().at(index);
    // Only one order in use per SIM: another one must end first.
    if (order.status == OrderStatus::NotEnabled && request.fleet.currentOrder(order.sim) >= 0)
        return request.rejected(Rejection::WrongSimState, request.fleet.sims().at(order.sim).iccid);
    const int days = Fleet::periodDays(request.fleet.plans().at(order.plan).type) * order.periods;
    return changeOrder(request, OrderStatus::NotEnabled, [&request, days](SimulatedOrder &o) {
        o.status = OrderStatus::InUse;
        o.starts = request.now;
        o.expires = request.now.addDays(days);
    });
}

SimReply cancelOrder(const OperationRequest &request)
{
    return changeOrder(request, OrderStatus::NotEnabled,
                       [](SimulatedOrder &o) { o.status = OrderStatus::Cancelled; });
}

SimReply endOrderEarly(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    // The seed page: both strings, device_type optional ("" in its example) and 1 to 5.
    fields.text(u"ahead_finish_cause"_s);
    fields.optionalCode(u"device_type"_s, 1, 5);
    if (!fields.ok())
        return request.rejected(fields);
    return changeOrder(request, OrderStatus::InUse, [&request](SimulatedOrder &o) {
        o.status = OrderStatus::EndedEarly;
        o.expires = request.now;
    });
}

} // namespace cube::sim::orderops
