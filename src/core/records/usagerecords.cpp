#include "records/usagerecords.h"

using namespace Qt::StringLiterals;

namespace cube {

FlowUsage FlowUsage::read(JsonReader &reader)
{
    using Need = JsonReader::Need;
    FlowUsage usage;
    usage.iccid = reader.identifier(u"device_id"_s, Need::Required);
    usage.orderCode = reader.identifier(u"order_code"_s);
    usage.usedMb = reader.number(u"order_used_flow"_s, Need::Required);
    usage.highSpeedBalanceMb = reader.number(u"high_flow_balance"_s);
    return usage;
}

DayUsage DayUsage::read(JsonReader &reader)
{
    using Need = JsonReader::Need;
    DayUsage usage;
    usage.iccid = reader.identifier(u"device_id"_s, Need::Required);
    usage.date = reader.dateTime(u"date"_s, Need::Required).date();
    usage.usedMb = reader.number(u"flow"_s, Need::Required);
    return usage;
}

MonthUsage MonthUsage::read(JsonReader &reader)
{
    using Need = JsonReader::Need;
    MonthUsage usage;
    usage.iccid = reader.identifier(u"device_id"_s, Need::Required);
    usage.month = reader.identifier(u"month"_s, Need::Required);
    usage.usedMb = reader.number(u"flow"_s, Need::Required);
    return usage;
}

CarrierBalance CarrierBalance::read(JsonReader &reader)
{
    CarrierBalance balance;
    balance.imsi = reader.identifier(u"imsi"_s, JsonReader::Need::Required);
    balance.remainingMb = reader.number(u"remaining_flow"_s, JsonReader::Need::Required);
    return balance;
}

} // namespace cube
