#include "statustext.h"

#include <QCoreApplication>
#include <QLocale>

namespace cube::statustext {

namespace {

// The same order as the numbers on the wire (cube-api.md; OrderStatus in core).
const char *const lifeCycleWords[] = {
    QT_TRANSLATE_NOOP("cube::statustext", "Unknown"),
    QT_TRANSLATE_NOOP("cube::statustext", "Pre-activation"),
    QT_TRANSLATE_NOOP("cube::statustext", "Activated"),
    QT_TRANSLATE_NOOP("cube::statustext", "Pre-deactivation"),
    QT_TRANSLATE_NOOP("cube::statustext", "Deactivated"),
};

const char *const orderStatusWords[] = {
    //: An order bought but not started yet
    QT_TRANSLATE_NOOP("cube::statustext", "Not enabled"),
    QT_TRANSLATE_NOOP("cube::statustext", "In use"),
    QT_TRANSLATE_NOOP("cube::statustext", "Expired"),
    QT_TRANSLATE_NOOP("cube::statustext", "Cancelled"),
    QT_TRANSLATE_NOOP("cube::statustext", "Ended early"),
    QT_TRANSLATE_NOOP("cube::statustext", "Paused"),
};

QString translated(const char *text)
{
    return QCoreApplication::translate("cube::statustext", text);
}

} // namespace

QString lifeCycle(int lifeCycle)
{
    if (lifeCycle < 1 || lifeCycle > 4)
        return translated(lifeCycleWords[0]);
    return translated(lifeCycleWords[lifeCycle]);
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
    if (status < 0 || status > 5)
        return QCoreApplication::translate("cube::statustext", "Unknown (%1)").arg(status);
    return translated(orderStatusWords[status]);
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
