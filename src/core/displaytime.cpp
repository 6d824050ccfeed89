#include "displaytime.h"

using namespace Qt::StringLiterals;

namespace cube::displaytime {

QString dateTime(const QDateTime &when)
{
    return when.isValid() ? when.toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString date(const QDate &day)
{
    return day.isValid() ? day.toString(u"yyyy-MM-dd"_s) : QString();
}

} // namespace cube::displaytime
