#include "recordtables.h"

#include "contract/vocabulary.h"

using namespace Qt::StringLiterals;

namespace cube::cli {

namespace {

// A number of the API as its stable key (JSON, CSV) and its words (text).
QVariant named(const Vocabulary &terms, int value)
{
    return QVariant::fromValue(NamedValue{terms.key(value), terms.words(value)});
}

} // namespace

Column RecordTables::iccidColumn()
{
    return {u"iccid"_s, tr("ICCID")};
}

Column RecordTables::orderCodeColumn()
{
    return {u"order_code"_s, tr("Order")};
}

QList<Column> RecordTables::simColumns()
{
    return {iccidColumn(),
            {u"imsi"_s, tr("IMSI")},
            {u"msisdn"_s, tr("MSISDN")},
            {u"life_cycle"_s, tr("Life cycle")},
            {u"suspended"_s, tr("Suspended")},
            {u"plan"_s, tr("Plan")},
            {u"order_code"_s, tr("Order in use")},
            {u"used_mb"_s, tr("Used (MB)")},
            {u"updated"_s, tr("Updated")}};
}

QVariantList RecordTables::simRow(const SimCard &sim)
{
    return {sim.iccid,     sim.imsi,
            sim.msisdn,    named(vocabulary::lifeCycles(), sim.lifeCycle),
            sim.suspended, sim.planName.isEmpty() ? sim.planCode : sim.planName,
            sim.orderCode, sim.usedFlowMb,
            sim.updated};
}

QList<Column> RecordTables::assetColumns()
{
    return {iccidColumn(), {u"life_cycle"_s, tr("Life cycle")}};
}

QVariantList RecordTables::assetRow(const AssetInfo &asset)
{
    return {asset.iccid, named(vocabulary::lifeCycles(), asset.lifeCycle)};
}

QList<Column> RecordTables::orderColumns()
{
    return {orderCodeColumn(),
            iccidColumn(),
            {u"status"_s, tr("Status")},
            {u"plan_code"_s, tr("Plan code")},
            {u"plan"_s, tr("Plan")},
            {u"ordered"_s, tr("Ordered")},
            {u"starts"_s, tr("Starts")},
            {u"expires"_s, tr("Expires")},
            {u"data_mb"_s, tr("Data (MB)")}};
}

QVariantList RecordTables::orderRow(const Order &order)
{
    return {order.orderCode, order.iccid,    named(vocabulary::orderStatuses(), order.status),
            order.planCode,  order.planName, order.ordered,
            order.starts,    order.expires,  order.flowMb};
}

QList<Column> RecordTables::planColumns()
{
    return {{u"plan_code"_s, tr("Plan code")},
            {u"name"_s, tr("Name")},
            {u"type"_s, tr("Type")},
            {u"price"_s, tr("Price")},
            {u"data_mb"_s, tr("Data (MB)")}};
}

QVariantList RecordTables::planRow(const Plan &plan)
{
    return {plan.code, plan.name, named(vocabulary::planTypes(), plan.type), plan.price,
            plan.flowMb};
}

QList<Column> RecordTables::usageColumns()
{
    return {iccidColumn(),
            {u"order_code"_s, tr("Order in use")},
            {u"used_mb"_s, tr("Used (MB)")},
            {u"high_speed_left_mb"_s, tr("High-speed left (MB)")}};
}

QVariantList RecordTables::usageRow(const FlowUsage &usage)
{
    return {usage.iccid, usage.orderCode, usage.usedMb, usage.highSpeedBalanceMb};
}

QList<Column> RecordTables::dayUsageColumns()
{
    return {iccidColumn(), {u"date"_s, tr("Date")}, {u"used_mb"_s, tr("Used (MB)")}};
}

QVariantList RecordTables::dayUsageRow(const DayUsage &usage)
{
    return {usage.iccid, usage.date, usage.usedMb};
}

QList<Column> RecordTables::monthUsageColumns()
{
    return {iccidColumn(), {u"month"_s, tr("Month")}, {u"used_mb"_s, tr("Used (MB)")}};
}

QVariantList RecordTables::monthUsageRow(const MonthUsage &usage)
{
    return {usage.iccid, usage.month, usage.usedMb};
}

QList<Column> RecordTables::balanceColumns()
{
    return {iccidColumn(),
            {u"imsi"_s, tr("IMSI in use")},
            {u"remaining_mb"_s, tr("Carrier's remaining (MB)")}};
}

QVariantList RecordTables::balanceRow(const QString &iccid, const CarrierBalance &balance)
{
    return {iccid, balance.imsi, balance.remainingMb};
}

QList<Column> RecordTables::placedOrderColumns()
{
    return {iccidColumn(),
            {u"order_code"_s, tr("New order")},
            {u"starts"_s, tr("Starts")},
            {u"expires"_s, tr("Expires")}};
}

QVariantList RecordTables::placedOrderRow(const QString &iccid, const PlacedOrder &order)
{
    return {iccid, order.orderId, order.starts, order.expires};
}

QVariantList RecordTables::batchOrderRow(const BatchOrderLine &line)
{
    return {line.iccid, line.orderId, line.starts, line.expires};
}

QList<Column> RecordTables::actionColumns(const Column &target)
{
    return {target, {u"result"_s, tr("Result")}};
}

} // namespace cube::cli
