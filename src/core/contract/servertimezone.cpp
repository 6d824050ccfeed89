#include "contract/servertimezone.h"

#include <QRegularExpression>
#include <QTime>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// The number written by `count` ASCII digits at `from`, or -1 when one of them is not a digit.
int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

} // namespace

ServerTimeZone::ServerTimeZone(int offsetMinutes)
    : m_offsetMinutes(validOffset(offsetMinutes) ? offsetMinutes : vendorOffsetMinutes)
{}

bool ServerTimeZone::validOffset(int offsetMinutes)
{
    return offsetMinutes >= smallestOffsetMinutes && offsetMinutes <= largestOffsetMinutes
           && offsetMinutes % 15 == 0;
}

std::optional<ServerTimeZone> ServerTimeZone::parse(QStringView text)
{
    QStringView rest = text.trimmed();
    bool named = false;
    if (rest.startsWith(u"UTC"_s, Qt::CaseInsensitive)
        || rest.startsWith(u"GMT"_s, Qt::CaseInsensitive)) {
        rest = rest.mid(3).trimmed();
        named = true;
    }
    if (rest.isEmpty())
        return named ? std::optional(ServerTimeZone(0)) : std::nullopt;
    static const QRegularExpression pattern(u"^([+-]?)(\\d{1,2})(?::?(\\d{2}))?$"_s);
    const QRegularExpressionMatch match = pattern.match(rest.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const int minutes = match.capturedView(2).toInt() * 60 + match.capturedView(3).toInt();
    if (match.capturedView(3).toInt() >= 60)
        return std::nullopt;
    const int offset = match.capturedView(1) == u"-"_s ? -minutes : minutes;
    if (!validOffset(offset))
        return std::nullopt;
    return ServerTimeZone(offset);
}

QString ServerTimeZone::offsetName(int offsetMinutes)
{
    if (offsetMinutes == 0)
        return u"UTC"_s;
    const int magnitude = qAbs(offsetMinutes);
    QString name = (offsetMinutes < 0 ? u"UTC-"_s : u"UTC+"_s) + QString::number(magnitude / 60);
    if (magnitude % 60 != 0)
        name += u':' + u"%1"_s.arg(magnitude % 60, 2, 10, QChar(u'0'));
    return name;
}

QString ServerTimeZone::name() const
{
    return offsetName(m_offsetMinutes);
}

QString ServerTimeZone::key() const
{
    const int magnitude = qAbs(m_offsetMinutes);
    return u"%1%2:%3"_s.arg(m_offsetMinutes < 0 ? u"-"_s : u"+"_s)
        .arg(magnitude / 60, 2, 10, QChar(u'0'))
        .arg(magnitude % 60, 2, 10, QChar(u'0'));
}

QDateTime ServerTimeZone::read(QStringView text) const
{
    // Read by hand: a page of a thousand SIMs carries thousands of times, and
    // QDateTime::fromString with a format costs microseconds each.
    text = text.trimmed();
    if ((text.size() != 10 && text.size() != 19) || text[4] != u'-' || text[7] != u'-')
        return {};
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int dayOfMonth = digitsAt(text, 8, 2);
    if (year < 0 || month < 0 || dayOfMonth < 0)
        return {};
    const QDate day(year, month, dayOfMonth);
    if (!day.isValid())
        return {};
    QTime time(0, 0);
    if (text.size() == 19) {
        if ((text[10] != u' ' && text[10] != u'T') || text[13] != u':' || text[16] != u':')
            return {};
        const int hour = digitsAt(text, 11, 2);
        const int minute = digitsAt(text, 14, 2);
        const int second = digitsAt(text, 17, 2);
        if (hour < 0 || minute < 0 || second < 0)
            return {};
        time = QTime(hour, minute, second);
        if (!time.isValid())
            return {};
    }
    return QDateTime(day, time, Qt::OffsetFromUTC, m_offsetMinutes * 60);
}

QDate ServerTimeZone::dateAt(const QDateTime &now) const
{
    return now.toOffsetFromUtc(m_offsetMinutes * 60).date();
}

QDateTime ServerTimeZone::startOf(QDate day) const
{
    return QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, m_offsetMinutes * 60);
}

QString ServerTimeZone::write(const QDateTime &when) const
{
    return when.isValid()
               ? when.toOffsetFromUtc(m_offsetMinutes * 60).toString(u"yyyy-MM-dd HH:mm:ss"_s)
               : QString();
}

QString ServerTimeZone::shownInLocalTimeNote() const
{
    const int localOffset = QDateTime::currentDateTime().offsetFromUtc() / 60;
    return tr("The server writes this time in %1; it is shown in this computer's time (%2).")
        .arg(name(), offsetName(localOffset));
}

QString ServerTimeZone::serverDaysNote() const
{
    return tr("Days are the server's: a day's usage counts from midnight to midnight in %1.")
        .arg(name());
}

} // namespace cube
