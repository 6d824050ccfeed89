#include "deviceoperations.h"

#include "fleetjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cube::sim::deviceops {

namespace {

QJsonObject flowUsage(const OperationRequest &request, int sim)
{
    const Fleet &fleet = request.fleet;
    const int current = fleet.currentOrder(sim);
    QJsonObject usage{{u"device_id"_s, fleet.sims().at(sim).iccid}};
    if (current < 0) {
        usage.insert(u"order_used_flow"_s, 0);
        usage.insert(u"high_flow_balance"_s, 0);
        return usage;
    }
    const SimulatedOrder &order = fleet.orders().at(current);
    const double used = fleet.usageSinceMb(sim, order.starts, request.fleet.dayAt(request.now));
    const double allowance = fleet.plans().at(order.plan).flowMb * order.periods;
    usage.insert(u"order_code"_s, order.code);
    usage.insert(u"order_used_flow"_s, used);
    usage.insert(u"high_flow_balance"_s, allowance > 0 ? qMax(0.0, allowance - used) : 0.0);
    return usage;
}

} // namespace

SimReply queryDeviceList(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    const auto [pageNo, pageSize] = fields.page(request.maxPageSize);
    if (!fields.ok())
        return request.rejected(fields);

    const qint64 total = request.fleet.sims().size();
    QJsonArray sims;
    for (qint64 i = (pageNo - 1) * pageSize; i < qMin(total, pageNo * pageSize); ++i)
        sims.append(fleetjson::sim(request.fleet, int(i), request.fleet.dayAt(request.now)));
    return request.ok(QJsonObject{{u"page"_s, fleetjson::page(pageNo, pageSize, total)},
                                  {u"device_list"_s, sims}});
}

SimReply queryDevice(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    const int sim = fields.sim();
    if (!fields.ok())
        return request.rejected(fields);
    return request.ok(fleetjson::sim(request.fleet, sim, request.fleet.dayAt(request.now)));
}

SimReply syncAssetInfo(const OperationRequest &request)
{
    QJsonArray assets;
    const QList<SimulatedSim> &sims = request.fleet.sims();
    for (const SimulatedSim &sim : sims) {
        if (sim.lifeCycle == LifeCycle::Activated)
            assets.append(QJsonObject{{u"assetId"_s, sim.iccid},
                                      {u"lifeCycle"_s, int(sim.lifeCycle)},
                                      {u"imsi"_s, sim.imsi}});
    }
    return request.ok(assets);
}

SimReply queryFlowUsage(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    const int sim = fields.sim();
    if (!fields.ok())
        return request.rejected(fields);
    return request.ok(flowUsage(request, sim));
}

SimReply batchQueryFlowUsage(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    const QStringList iccids = fields.iccidList(u"deviceList"_s);
    if (!fields.ok())
        return request.rejected(fields);
    QJsonArray usages;
    for (const QString &iccid : iccids)
        usages.append(flowUsage(request, request.fleet.simIndex(iccid)));
    return request.ok(usages);
}

SimReply queryDayFlow(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    const int sim = fields.sim();
    const QString dateText = fields.text(u"date"_s);
    if (!fields.ok())
        return request.rejected(fields);
    const QDate day = QDate::fromString(dateText, u"yyyy-MM-dd"_s);
    if (!day.isValid())
        return request.rejected(Rejection::InvalidValue, u"date"_s);
    return request.ok(QJsonObject{{u"device_id"_s, request.fleet.sims().at(sim).iccid},
                                  {u"date"_s, dateText},
                                  {u"flow"_s, request.fleet.dayUsageMb(sim, day)}});
}

SimReply batchQueryMonthFlow(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    const QStringList iccids = fields.iccidList(u"deviceList"_s);
    const QString monthText = fields.text(u"month"_s);
    if (!fields.ok())
        return request.rejected(fields);
    const QDate first = QDate::fromString(monthText + u"-01"_s, u"yyyy-MM-dd"_s);
    if (!first.isValid())
        return request.rejected(Rejection::InvalidValue, u"month"_s);
    QJsonArray months;
    for (const QString &iccid : iccids) {
        const int sim = request.fleet.simIndex(iccid);
        double total = 0;
        for (QDate day = first; day.month() == first.month(); day = day.addDays(1))
            total += request.fleet.dayUsageMb(sim, day);
        months.append(
            QJsonObject{{u"device_id"_s, iccid}, {u"month"_s, monthText}, {u"flow"_s, total}});
    }
    return request.ok(months);
}

SimReply queryCarrierBalance(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    const int sim = fields.sim();
    if (!fields.ok())
        return request.rejected(fields);
    const QJsonObject usage = flowUsage(request, sim);
    return request.ok(QJsonObject{{u"imsi"_s, request.fleet.sims().at(sim).imsi},
                                  {u"remaining_flow"_s, usage.value("high_flow_balance"_L1)}});
}

SimReply suspendService(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    const int sim = fields.sim();
    if (!fields.ok())
        return request.rejected(fields);
    SimulatedSim &card = request.fleet.sim(sim);
    if (card.lifeCycle != LifeCycle::Activated || card.suspended)
        return request.rejected(Rejection::WrongSimState, card.iccid);
    card.suspended = true;
    const int current = request.fleet.currentOrder(sim);
    if (current >= 0)
        request.fleet.order(current).status = OrderStatus::Paused;
    return request.ok();
}

SimReply resumeService(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    const int sim = fields.sim();
    if (!fields.ok())
        return request.rejected(fields);
    SimulatedSim &card = request.fleet.sim(sim);
    if (!card.suspended)
        return request.rejected(Rejection::WrongSimState, card.iccid);
    card.suspended = false;
    const int current = request.fleet.currentOrder(sim);
    if (current >= 0)
        request.fleet.order(current).status = OrderStatus::InUse;
    return request.ok();
}

SimReply sendSms(const OperationRequest &request)
{
    RequestFields fields(request.body, request.fleet);
    fields.sim(); // the SIM must exist
    const QString content = fields.text(u"content"_s);
    if (!fields.ok())
        return request.rejected(fields);
    if (content.size() > 1000)
        return request.rejected(Rejection::InvalidValue, u"content"_s);
    // Like every documented write, "data": null: cube-api.md says a client must not require a
    // message id, and the simulator gives it none to rely on.
    return request.ok();
}

} // namespace cube::sim::deviceops
