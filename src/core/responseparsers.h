#pragma once

#include "apiresult.h"
#include "orderrecords.h"
#include "planrecord.h"
#include "simrecords.h"
#include "usagerecords.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace cube {

// The answer of a write whose `data` is null: nothing to read but success.
struct ActionDone
{};

// The id of a sent SMS, whatever shape the server gives it in.
struct SentSms
{
    QString messageId;
};

// Turn the envelope's `data` into records, one function per shape of answer.
namespace parse {

ApiResult<SimPage> simPage(const QJsonValue &data);
ApiResult<OrderPage> orderPage(const QJsonValue &data);
ApiResult<QList<BatchOrderLine>> batchOrder(const QJsonValue &data);
ApiResult<SentSms> sentSms(const QJsonValue &data);
ApiResult<ActionDone> accepted(const QJsonValue &data);

template<typename T>
ApiResult<T> object(const QJsonValue &data);
template<typename T>
ApiResult<QList<T>> list(const QJsonValue &data);

} // namespace parse

} // namespace cube
