#pragma once

#include "contract/apiresult.h"
#include "contract/servertimezone.h"
#include "records/orderrecords.h"
#include "records/planrecord.h"
#include "records/simrecords.h"
#include "records/usagerecords.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace cube {

// The answer of a write whose `data` is null: nothing to read but success.
struct ActionDone
{};

// The id of a sent SMS, whatever shape the server gives it in; empty when it gives none
// ("data": null is success).
struct SentSms
{
    QString messageId;
};

// Turn the envelope's `data` into records, one function per shape of answer.
namespace parse {

// `zone`: the zone the server writes its times in (the connection's).
ApiResult<SimPage> simPage(const QJsonValue &data, ServerTimeZone zone);
ApiResult<OrderPage> orderPage(const QJsonValue &data, ServerTimeZone zone);
ApiResult<QList<BatchOrderLine>> batchOrder(const QJsonValue &data, ServerTimeZone zone);
ApiResult<SentSms> sentSms(const QJsonValue &data, ServerTimeZone zone);
ApiResult<ActionDone> accepted(const QJsonValue &data, ServerTimeZone zone);

template<typename T>
ApiResult<T> object(const QJsonValue &data, ServerTimeZone zone);
template<typename T>
ApiResult<QList<T>> list(const QJsonValue &data, ServerTimeZone zone);

} // namespace parse

} // namespace cube
