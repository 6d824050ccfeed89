#include "fleetjson.h"

#include "fleet.h"

using namespace Qt::StringLiterals;

namespace cube::sim::fleetjson {

QString dateTime(const Fleet &fleet, const QDateTime &when)
{
    return fleet.serverZone().write(when);
}

QJsonObject sim(const Fleet &fleet, int sim, QDate today)
{
    const SimulatedSim &card = fleet.sims().at(sim);
    QJsonObject object{{u"device_id"_s, card.iccid},
                       {u"imsi"_s, card.imsi},
                       {u"msisdn"_s, card.msisdn},
                       {u"life_cycle"_s, int(card.lifeCycle)},
                       {u"suspended"_s, card.suspended}};
    const int current = fleet.currentOrder(sim);
    if (current >= 0) {
        const SimulatedOrder &order = fleet.orders().at(current);
        const Plan &plan = fleet.plans().at(order.plan);
        object.insert(u"order_code"_s, order.code);
        object.insert(u"package_code"_s, plan.code);
        object.insert(u"package_name"_s, plan.name);
        object.insert(u"used_flow"_s, fleet.usageSinceMb(sim, order.starts, today));
        object.insert(u"update_time"_s, dateTime(fleet, fleet.serverZone().startOf(today)));
    }
    return object;
}

QJsonObject order(const Fleet &fleet, int order)
{
    const SimulatedOrder &o = fleet.orders().at(order);
    const Plan &plan = fleet.plans().at(o.plan);
    return {{u"orderCode"_s, o.code},
            {u"deviceId"_s, fleet.sims().at(o.sim).iccid},
            {u"packageCode"_s, plan.code},
            {u"packageName"_s, plan.name},
            {u"orderStatus"_s, int(o.status)},
            {u"orderType"_s, o.type},
            {u"orderDate"_s, dateTime(fleet, o.ordered)},
            {u"startDate"_s, dateTime(fleet, o.starts)},
            {u"expireDate"_s, dateTime(fleet, o.expires)},
            {u"flow"_s, plan.flowMb},
            {u"buyType"_s, 1},
            {u"orderPeriod"_s, o.periods}};
}

QJsonObject plan(const Fleet &fleet, int plan)
{
    const Plan &p = fleet.plans().at(plan);
    return {{u"package_code"_s, p.code},
            {u"package_name"_s, p.name},
            {u"package_type"_s, p.type},
            {u"price"_s, p.price},
            {u"flow"_s, p.flowMb}};
}

QJsonObject page(qint64 pageNo, qint64 pageSize, qint64 totalCount)
{
    const qint64 pages = pageSize > 0 ? (totalCount + pageSize - 1) / pageSize : 0;
    return {{u"cur_page_no"_s, pageNo},
            {u"page_size"_s, pageSize},
            {u"total_count"_s, totalCount},
            {u"total_pages"_s, qMax<qint64>(pages, 1)}};
}

} // namespace cube::sim::fleetjson
