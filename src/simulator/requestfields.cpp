#include "requestfields.h"

#include "fleet.h"

namespace cube::sim {

RequestFields::RequestFields(const QJsonObject &body, const Fleet &fleet)
    : m_body(body)
    , m_fleet(fleet)
{}

void RequestFields::fail(Rejection rejection, const QString &detail)
{
    if (!m_problem)
        m_problem = std::pair{rejection, detail};
}

QString RequestFields::text(const QString &key)
{
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined() || value.isNull()
        || (value.isString() && value.toString().trimmed().isEmpty()))
        fail(Rejection::MissingField, key);
    else if (!value.isString())
        fail(Rejection::WrongFieldType, key);
    return value.toString().trimmed();
}

QString RequestFields::optionalText(const QString &key)
{
    const QJsonValue value = m_body.value(key);
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString().trimmed();
}

qint64 RequestFields::number(const QString &key)
{
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined() || value.isNull())
        fail(Rejection::MissingField, key);
    else if (!value.isDouble())
        fail(Rejection::WrongFieldType, key);
    return value.toInteger();
}

std::optional<qint64> RequestFields::optionalNumber(const QString &key, qint64 fallback)
{
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isDouble()) {
        fail(Rejection::WrongFieldType, key);
        return std::nullopt;
    }
    return value.toInteger();
}

qint64 RequestFields::numberOrNumericText(const QString &key)
{
    const QJsonValue value = m_body.value(key);
    if (value.isDouble())
        return value.toInteger();
    bool isNumber = false;
    const qint64 result = value.toString().trimmed().toLongLong(&isNumber);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        fail(Rejection::MissingField, key);
    else if (!isNumber)
        fail(Rejection::WrongFieldType, key);
    return result;
}

qint64 RequestFields::numericText(const QString &key)
{
    const QJsonValue value = m_body.value(key);
    if (value.isDouble()) {
        fail(Rejection::WrongFieldType, key);
        return 0;
    }
    return numberOrNumericText(key);
}

QStringList RequestFields::iccidList(const QString &key)
{
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined() || value.isNull()) {
        fail(Rejection::MissingField, key);
        return {};
    }
    if (!value.isArray()) {
        fail(Rejection::WrongFieldType, key);
        return {};
    }
    QStringList iccids;
    for (const QJsonValue &element : value.toArray()) {
        if (!element.isString()) {
            fail(Rejection::WrongFieldType, key);
            return {};
        }
        iccids.append(element.toString());
    }
    if (iccids.isEmpty())
        fail(Rejection::MissingField, key);
    for (const QString &iccid : std::as_const(iccids)) {
        if (m_fleet.simIndex(iccid) < 0)
            fail(Rejection::UnknownIccid, iccid);
    }
    return iccids;
}

int RequestFields::sim(const QString &key)
{
    const QString iccid = text(key);
    if (!ok())
        return -1;
    const int index = m_fleet.simIndex(iccid);
    if (index < 0)
        fail(Rejection::UnknownIccid, iccid);
    return index;
}

int RequestFields::order(const QString &key)
{
    const QString code = text(key);
    if (!ok())
        return -1;
    const int index = m_fleet.orderIndex(code);
    if (index < 0)
        fail(Rejection::UnknownOrder, code);
    return index;
}

std::pair<qint64, qint64> RequestFields::page(qint64 gatewayMaximum)
{
    const qint64 pageNo = number(QStringLiteral("page_no"));
    qint64 pageSize = number(QStringLiteral("page_size"));
    if (gatewayMaximum > 0 && pageSize > gatewayMaximum)
        pageSize = gatewayMaximum;
    if (ok() && pageNo < 1)
        fail(Rejection::InvalidValue, QStringLiteral("page_no"));
    else if (ok() && (pageSize < 1 || pageSize > largestPage))
        fail(Rejection::InvalidValue, QStringLiteral("page_size"));
    return {pageNo, pageSize};
}

} // namespace cube::sim
