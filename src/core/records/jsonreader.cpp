#include "records/jsonreader.h"

#include "base/servertext.h"

#include <cmath>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// A double that holds a whole number a qint64 can hold; nothing for a fraction, an infinity or
// a number too large (converting those would be undefined behaviour).
std::optional<qint64> wholeNumber(double number)
{
    constexpr double limit = 9.2e18; // just under 2^63
    if (!std::isfinite(number) || number != std::floor(number) || std::fabs(number) >= limit)
        return std::nullopt;
    return qint64(number);
}

} // namespace

QString otherSpelling(const QString &key)
{
    QString other;
    if (key.contains(u'_')) { // snake_case -> camelCase
        bool upper = false;
        for (QChar c : key) {
            if (c == u'_') {
                upper = true;
                continue;
            }
            other += upper ? c.toUpper() : c;
            upper = false;
        }
        return other;
    }
    for (QChar c : key) { // camelCase -> snake_case
        if (c.isUpper())
            other += u'_' + c.toLower();
        else
            other += c;
    }
    return other;
}

QJsonValue JsonReader::member(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    if (!value.isUndefined())
        return value;
    const QString other = otherSpelling(key);
    return other == key ? value : m_object.value(other);
}

JsonReader::JsonReader(const QJsonObject &object, QString recordName, ServerTimeZone serverZone)
    : m_object(object)
    , m_recordName(std::move(recordName))
    , m_serverZone(serverZone)
{}

void JsonReader::fail(const QString &key, const char *what)
{
    if (m_problem.isEmpty())
        m_problem = u"%1: field \"%2\" %3"_s.arg(m_recordName, key, QLatin1StringView(what));
}

bool JsonReader::present(const QString &key, Need need)
{
    const QJsonValue value = member(key);
    if (!value.isUndefined() && !value.isNull())
        return true;
    if (need == Need::Required)
        fail(key, "is missing");
    return false;
}

QString JsonReader::string(const QString &key, Need need)
{
    return text(key, need, &cleanServerText);
}

QString JsonReader::identifier(const QString &key, Need need)
{
    return text(key, need, &cleanIdentifier);
}

QString JsonReader::text(const QString &key, Need need, QString (*clean)(QString))
{
    if (!present(key, need))
        return {};
    const QJsonValue value = member(key);
    if (value.isString()) {
        if (need == Need::Required && value.toString().isEmpty())
            fail(key, "is empty");
        return clean(value.toString());
    }
    if (value.isDouble()) {
        // Integers are written without a fraction: an ICCID-like code sent as a number keeps
        // its digits as far as a double holds them.
        const double number = value.toDouble();
        const std::optional<qint64> whole = wholeNumber(number);
        return whole ? QString::number(*whole) : QString::number(number);
    }
    fail(key, "is not text");
    return {};
}

qint64 JsonReader::integer(const QString &key, Need need)
{
    if (!present(key, need))
        return 0;
    const QJsonValue value = member(key);
    if (value.isDouble()) {
        const std::optional<qint64> whole = wholeNumber(value.toDouble());
        if (!whole)
            fail(key, "is not a whole number");
        return whole.value_or(0);
    }
    bool converted = false;
    const qint64 result = value.toString().trimmed().toLongLong(&converted);
    if (!converted)
        fail(key, "is not a whole number");
    return result;
}

double JsonReader::number(const QString &key, Need need)
{
    if (!present(key, need))
        return 0;
    const QJsonValue value = member(key);
    if (value.isDouble())
        return value.toDouble();
    bool converted = false;
    const double result = value.toString().trimmed().toDouble(&converted);
    if (!converted || !std::isfinite(result)) {
        fail(key, "is not a number");
        return 0;
    }
    return result;
}

bool JsonReader::boolean(const QString &key, Need need)
{
    if (!present(key, need))
        return false;
    const QJsonValue value = member(key);
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    const QString text = value.toString().trimmed().toLower();
    if (text == "true"_L1 || text == "1"_L1)
        return true;
    if (text != "false"_L1 && text != "0"_L1)
        fail(key, "is not true or false");
    return false;
}

QJsonArray JsonReader::array(const QString &key, Need need)
{
    if (!present(key, need))
        return {};
    const QJsonValue value = member(key);
    if (!value.isArray())
        fail(key, "is not a list");
    return value.toArray();
}

QJsonObject JsonReader::object(const QString &key, Need need)
{
    if (!present(key, need))
        return {};
    const QJsonValue value = member(key);
    if (!value.isObject())
        fail(key, "is not an object");
    return value.toObject();
}

QDateTime JsonReader::dateTime(const QString &key, Need need)
{
    const QString text = string(key, need).trimmed();
    if (text.isEmpty())
        return {};
    const QDateTime result = m_serverZone.read(text);
    if (!result.isValid())
        fail(key, "is not a date");
    return result;
}

} // namespace cube
