#include "activitylog.h"

#include "plaintext.h"
#include "statustext.h"

#include <QColor>

namespace cube {

ActivityLog::ActivityLog(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ActivityLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Result)
        return entry.succeeded ? QColor(0x1e, 0x7b, 0x34) : QColor(0xa1, 0x26, 0x1b);
    if (role == Qt::ToolTipRole)
        return plainToolTip(entry.details.isEmpty() ? entry.result : entry.details);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return statustext::dateTimeToTheSecond(entry.time);
    case Action:
        return entry.action;
    case Target:
        return entry.target;
    case Result:
        return entry.result;
    default:
        return {};
    }
}

QVariant ActivityLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Time)
        return tr("When the action was done, in this computer's time zone.");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Action:
        return tr("Action");
    case Target:
        //: The SIM card or order an action was about
        return tr("Target");
    case Result:
        return tr("Result");
    default:
        return {};
    }
}

void ActivityLog::record(const QString &action, const QString &target, bool succeeded,
                         const QString &result, const QString &details)
{
    // Newest first: the last action is what the person looks for.
    beginInsertRows({}, 0, 0);
    m_entries.prepend({QDateTime::currentDateTime(), action, target, succeeded, result, details});
    endInsertRows();
    emit recorded(m_entries.constFirst());
}

void ActivityLog::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace cube
