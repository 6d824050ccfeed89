#include "base/displaytime.h"

using namespace Qt::StringLiterals;

namespace cube::displaytime {

QString dateTime(const QDateTime &when)
{
    // A server time carries the server's zone (ServerTimeZone::read): shown in the user's own.
    return when.isValid() ? when.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString forScripts(const QDateTime &when)
{
    // Qt 6.4 writes a local time without its offset: name the offset explicitly.
    const QDateTime local = when.toLocalTime();
    return local.isValid() ? local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate)
                           : QString();
}

QString date(const QDate &day)
{
    return day.isValid() ? day.toString(u"yyyy-MM-dd"_s) : QString();
}

} // namespace cube::displaytime
