#include "requestfields.h"

#include "fleet.h"

#include <QRegularExpression>

#include <cmath>

namespace cube::sim {

namespace {

// Absent as the signature sees it: no key, null or "" (a blank string too).
bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull()
           || (value.isString() && value.toString().trimmed().isEmpty());
}

// A JSON number with no fraction: what the vendor's tables call an integer.
bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::trunc(number) == number;
}

} // namespace

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
    if (isAbsent(value))
        fail(Rejection::MissingField, key);
    else if (!value.isString())
        fail(Rejection::WrongFieldType, key);
    return value.toString().trimmed();
}

QString RequestFields::optionalText(const QString &key)
{
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(Rejection::WrongFieldType, key);
        return {};
    }
    return value.toString().trimmed();
}

qint64 RequestFields::number(const QString &key)
{
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined() || value.isNull())
        fail(Rejection::MissingField, key);
    else if (!isInteger(value))
        fail(Rejection::WrongFieldType, key);
    return value.toInteger();
}

std::optional<qint64> RequestFields::optionalNumber(const QString &key, qint64 fallback)
{
    const QJsonValue value = m_body.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!isInteger(value)) {
        fail(Rejection::WrongFieldType, key);
        return std::nullopt;
    }
    return value.toInteger();
}

qint64 RequestFields::numericText(const QString &key)
{
    const QString digits = text(key); // missing, empty or not a string: refused there
    if (!m_body.value(key).isString() || digits.isEmpty())
        return 0;
    bool isNumber = false;
    const qint64 result = digits.toLongLong(&isNumber);
    if (!isNumber)
        fail(Rejection::InvalidValue, key);
    return result;
}

qint64 RequestFields::code(const QString &key, qint64 lowest, qint64 highest)
{
    const qint64 result = numericText(key);
    if (result < lowest || result > highest)
        fail(Rejection::InvalidValue, key); // kept only when nothing was wrong before
    return result;
}

std::optional<qint64> RequestFields::optionalCode(const QString &key, qint64 lowest, qint64 highest)
{
    if (isAbsent(m_body.value(key)))
        return std::nullopt;
    return code(key, lowest, highest);
}

void RequestFields::amountText(const QString &key)
{
    static const QRegularExpression twoDecimals(QStringLiteral("^\\d{1,12}\\.\\d{2}$"));
    const QString amount = text(key);
    if (m_body.value(key).isString() && !amount.isEmpty() && !twoDecimals.match(amount).hasMatch())
        fail(Rejection::InvalidValue, key);
}

void RequestFields::optionalAmountText(const QString &key)
{
    if (!isAbsent(m_body.value(key)))
        amountText(key);
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
