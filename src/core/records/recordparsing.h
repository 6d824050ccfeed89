#pragma once

#include "contract/apiresult.h"
#include "records/jsonreader.h"

#include <QJsonValue>
#include <QList>

namespace cube {

inline ApiError malformedResponse(const QString &detail)
{
    ApiError error;
    error.kind = ApiErrorKind::MalformedResponse;
    error.detail = detail;
    return error;
}

// Builds one record of type T (which has `static T read(JsonReader &)`) from a JSON object,
// or says which required field was missing; its times are read in `serverZone`.
template<typename T>
ApiResult<T> readRecord(const QJsonValue &value, const QString &recordName,
                        ServerTimeZone serverZone)
{
    if (!value.isObject())
        return malformedResponse(recordName + QStringLiteral(": not an object"));
    JsonReader reader(value.toObject(), recordName, serverZone);
    T record = T::read(reader);
    if (!reader.ok())
        return malformedResponse(reader.problem());
    return record;
}

// Every element of `array` as a T; one bad element rejects the list, since a partial list
// shown as complete would mislead.
template<typename T>
ApiResult<QList<T>> readRecords(const QJsonArray &array, const QString &recordName,
                                ServerTimeZone serverZone)
{
    QList<T> records;
    records.reserve(array.size());
    for (const QJsonValue &element : array) {
        ApiResult<T> record = readRecord<T>(element, recordName, serverZone);
        if (!record.ok())
            return record.error();
        records.append(record.value());
    }
    return records;
}

} // namespace cube
