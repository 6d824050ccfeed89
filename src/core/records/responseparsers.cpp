#include "records/responseparsers.h"

#include "base/servertext.h"
#include "records/recordparsing.h"

using namespace Qt::StringLiterals;

namespace cube::parse {

namespace {

template<typename T>
QString recordName();
template<>
QString recordName<SimCard>()
{
    return u"SIM"_s;
}
template<>
QString recordName<AssetInfo>()
{
    return u"SIM in use"_s;
}
template<>
QString recordName<FlowUsage>()
{
    return u"usage"_s;
}
template<>
QString recordName<DayUsage>()
{
    return u"day usage"_s;
}
template<>
QString recordName<MonthUsage>()
{
    return u"month usage"_s;
}
template<>
QString recordName<CarrierBalance>()
{
    return u"carrier balance"_s;
}
template<>
QString recordName<Plan>()
{
    return u"plan"_s;
}
template<>
QString recordName<PlacedOrder>()
{
    return u"placed order"_s;
}
template<>
QString recordName<RenewedOrder>()
{
    return u"renewed order"_s;
}

// Reads {page: {...}, LISTKEY: [...]} into a page of T.
template<typename T>
ApiResult<std::pair<PageInfo, QList<T>>> pageOf(const QJsonValue &data, const QString &listKey,
                                                const QString &itemName, ServerTimeZone zone)
{
    if (!data.isObject())
        return malformedResponse(u"page: not an object"_s);
    const QJsonObject object = data.toObject();
    ApiResult<PageInfo> page = readRecord<PageInfo>(object.value("page"_L1), u"page"_s, zone);
    if (!page.ok())
        return page.error();
    JsonReader reader(object, u"page"_s, zone);
    const QJsonArray items = reader.array(listKey);
    if (!reader.ok())
        return malformedResponse(reader.problem());
    ApiResult<QList<T>> records = readRecords<T>(items, itemName, zone);
    if (!records.ok())
        return records.error();
    return std::pair{page.value(), records.value()};
}

} // namespace

template<typename T>
ApiResult<T> object(const QJsonValue &data, ServerTimeZone zone)
{
    return readRecord<T>(data, recordName<T>(), zone);
}

template<typename T>
ApiResult<QList<T>> list(const QJsonValue &data, ServerTimeZone zone)
{
    if (!data.isArray())
        return malformedResponse(recordName<T>() + u": not a list"_s);
    return readRecords<T>(data.toArray(), recordName<T>(), zone);
}

template ApiResult<SimCard> object<SimCard>(const QJsonValue &, ServerTimeZone);
template ApiResult<FlowUsage> object<FlowUsage>(const QJsonValue &, ServerTimeZone);
template ApiResult<DayUsage> object<DayUsage>(const QJsonValue &, ServerTimeZone);
template ApiResult<CarrierBalance> object<CarrierBalance>(const QJsonValue &, ServerTimeZone);
template ApiResult<PlacedOrder> object<PlacedOrder>(const QJsonValue &, ServerTimeZone);
template ApiResult<RenewedOrder> object<RenewedOrder>(const QJsonValue &, ServerTimeZone);
template ApiResult<QList<AssetInfo>> list<AssetInfo>(const QJsonValue &, ServerTimeZone);
template ApiResult<QList<FlowUsage>> list<FlowUsage>(const QJsonValue &, ServerTimeZone);
template ApiResult<QList<MonthUsage>> list<MonthUsage>(const QJsonValue &, ServerTimeZone);
template ApiResult<QList<Plan>> list<Plan>(const QJsonValue &, ServerTimeZone);

ApiResult<SimPage> simPage(const QJsonValue &data, ServerTimeZone zone)
{
    auto page = pageOf<SimCard>(data, u"device_list"_s, u"SIM"_s, zone);
    if (!page.ok())
        return page.error();
    return SimPage{page.value().first, page.value().second};
}

ApiResult<OrderPage> orderPage(const QJsonValue &data, ServerTimeZone zone)
{
    auto page = pageOf<Order>(data, u"package_order"_s, u"order"_s, zone);
    if (!page.ok())
        return page.error();
    JsonReader reader(data.toObject(), u"orders"_s, zone);
    const qint64 count = reader.integer(u"package_order_num"_s);
    return OrderPage{page.value().first, page.value().second,
                     count > 0 ? count : page.value().first.totalCount};
}

ApiResult<QList<BatchOrderLine>> batchOrder(const QJsonValue &data, ServerTimeZone zone)
{
    if (!data.isObject())
        return malformedResponse(u"batch order: not an object"_s);
    JsonReader reader(data.toObject(), u"batch order"_s, zone);
    const QJsonArray lines = reader.array(u"device_order"_s, JsonReader::Need::Required);
    if (!reader.ok())
        return malformedResponse(reader.problem());
    return readRecords<BatchOrderLine>(lines, u"batch order line"_s, zone);
}

ApiResult<SentSms> sentSms(const QJsonValue &data, ServerTimeZone zone)
{
    if (data.isString() && !data.toString().isEmpty())
        return SentSms{cleanIdentifier(data.toString())};
    if (data.isDouble())
        return SentSms{QString::number(data.toInteger())};
    if (data.isObject()) {
        const QJsonObject object = data.toObject();
        for (const auto &key : {"message_id"_L1, "sms_id"_L1, "id"_L1}) {
            JsonReader reader(object, u"SMS"_s, zone);
            const QString id = reader.identifier(QString(key));
            if (!id.isEmpty())
                return SentSms{id};
        }
    }
    // "data": null, or no id in it: "0000" already said the SMS was sent, and cube-api.md
    // says not to require a message id.
    return SentSms{};
}

ApiResult<ActionDone> accepted(const QJsonValue &, ServerTimeZone)
{
    // Whatever `data` holds, "0000" already said the server did it.
    return ActionDone{};
}

} // namespace cube::parse
