#include "statustext.h"

#include "statewords.h"

#include <QLocale>

namespace cube::statustext {

QString lifeCycle(int lifeCycle)
{
    return statewords::lifeCycle(lifeCycle);
}

QColor lifeCycleColor(int lifeCycle)
{
    switch (lifeCycle) {
    case 1:
        return QColor(0x1f, 0x6f, 0xb2); // blue: not started yet
    case 2:
        return QColor(0x1e, 0x7b, 0x34); // green: working
    case 3:
        return QColor(0xb2, 0x6b, 0x00); // amber: about to stop
    case 4:
        return QColor(0x8a, 0x8a, 0x8a); // grey: stopped
    default:
        return {};
    }
}

QString orderStatus(int status)
{
    return statewords::orderStatus(status);
}

QColor orderStatusColor(int status)
{
    switch (status) {
    case 0:
        return QColor(0x1f, 0x6f, 0xb2);
    case 1:
        return QColor(0x1e, 0x7b, 0x34);
    case 4:
    case 3:
        return QColor(0xa1, 0x26, 0x1b);
    case 5:
        return QColor(0xb2, 0x6b, 0x00);
    default:
        return QColor(0x8a, 0x8a, 0x8a);
    }
}

QString megabytes(double megabytes)
{
    return QLocale().formattedDataSize(qint64(megabytes * 1024 * 1024), 1,
                                       QLocale::DataSizeTraditionalFormat);
}

QString dateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when, QLocale::ShortFormat) : QString();
}

QString date(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.date(), QLocale::ShortFormat) : QString();
}

} // namespace cube::statustext
