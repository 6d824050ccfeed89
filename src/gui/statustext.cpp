#include "statustext.h"

#include "base/displaytime.h"
#include "contract/vocabulary.h"
#include "records/orderrecords.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cube::statustext {

QString lifeCycle(int lifeCycle)
{
    return vocabulary::lifeCycles().words(lifeCycle);
}

QColor lifeCycleColor(int lifeCycle)
{
    switch (LifeCycle(lifeCycle)) {
    case LifeCycle::PreActivation:
        return QColor(0x1f, 0x6f, 0xb2); // blue: not started yet
    case LifeCycle::Activated:
        return QColor(0x1e, 0x7b, 0x34); // green: working
    case LifeCycle::PreDeactivation:
        return QColor(0xb2, 0x6b, 0x00); // amber: about to stop
    case LifeCycle::Deactivated:
        return QColor(0x8a, 0x8a, 0x8a); // grey: stopped
    case LifeCycle::Unknown:
        break;
    }
    return {}; // a number the contract does not name
}

QString orderStatus(int status)
{
    return vocabulary::orderStatuses().words(status);
}

QColor orderStatusColor(int status)
{
    switch (OrderStatus(status)) {
    case OrderStatus::NotEnabled:
        return QColor(0x1f, 0x6f, 0xb2);
    case OrderStatus::InUse:
        return QColor(0x1e, 0x7b, 0x34);
    case OrderStatus::EndedEarly:
    case OrderStatus::Cancelled:
        return QColor(0xa1, 0x26, 0x1b);
    case OrderStatus::Paused:
        return QColor(0xb2, 0x6b, 0x00);
    case OrderStatus::Expired:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a); // expired, or a number the contract does not name
}

QString megabytes(double megabytes)
{
    return QLocale().formattedDataSize(qint64(megabytes * 1024 * 1024), 1,
                                       QLocale::DataSizeTraditionalFormat);
}

QString dateTime(const QDateTime &when)
{
    return displaytime::dateTime(when);
}

QString dateTimeToTheSecond(const QDateTime &when)
{
    // displaytime::dateTime's form, whatever the locale, with the seconds.
    return when.isValid() ? when.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

} // namespace cube::statustext
