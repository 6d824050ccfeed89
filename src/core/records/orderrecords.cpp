#include "records/orderrecords.h"

using namespace Qt::StringLiterals;

namespace cube {

Order Order::read(JsonReader &reader)
{
    using Need = JsonReader::Need;
    Order order;
    order.orderCode = reader.identifier(u"orderCode"_s, Need::Required);
    order.iccid = reader.identifier(u"deviceId"_s);
    order.planCode = reader.identifier(u"packageCode"_s);
    order.planName = reader.string(u"packageName"_s);
    order.status = int(reader.integer(u"orderStatus"_s, Need::Required));
    order.type = int(reader.integer(u"orderType"_s));
    order.ordered = reader.dateTime(u"orderDate"_s);
    order.starts = reader.dateTime(u"startDate"_s);
    order.expires = reader.dateTime(u"expireDate"_s);
    order.flowMb = reader.number(u"flow"_s);
    order.buyType = int(reader.integer(u"buyType"_s));
    // Absent from the contract's field list (it names 22 fields, not all): one period then.
    order.periods = qMax(1, int(reader.integer(u"orderPeriod"_s)));
    return order;
}

PlacedOrder PlacedOrder::read(JsonReader &reader)
{
    PlacedOrder placed;
    placed.orderId = reader.identifier(u"order_id"_s, JsonReader::Need::Required);
    placed.starts = reader.dateTime(u"order_start_date"_s);
    placed.expires = reader.dateTime(u"order_expire_date"_s);
    return placed;
}

BatchOrderLine BatchOrderLine::read(JsonReader &reader)
{
    using Need = JsonReader::Need;
    BatchOrderLine line;
    line.iccid = reader.identifier(u"device_id"_s, Need::Required);
    line.errorCode = reader.identifier(u"error"_s, Need::Required);
    line.errorMessage = reader.string(u"errorMsg"_s);
    line.orderId = reader.identifier(u"order_id"_s);
    line.starts = reader.dateTime(u"order_start_date"_s);
    line.expires = reader.dateTime(u"order_expire_date"_s);
    return line;
}

RenewedOrder RenewedOrder::read(JsonReader &reader)
{
    using Need = JsonReader::Need;
    RenewedOrder renewed;
    renewed.orderId = reader.identifier(u"order_id"_s, Need::Required);
    renewed.expires = reader.dateTime(u"order_expire_date"_s, Need::Required);
    return renewed;
}

} // namespace cube
