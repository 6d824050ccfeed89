#include "simtablemodel.h"

#include "statustext.h"

namespace cube {

SimTableModel::SimTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int SimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sims.size());
}

int SimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SimCard &sim = m_sims.at(index.row());
    if (role == LifeCycleRole)
        return sim.lifeCycle;
    if (role == Qt::ForegroundRole && index.column() == Status)
        return statustext::lifeCycleColor(sim.lifeCycle);
    if (role == SortRole) {
        switch (index.column()) {
        case Status:
            return sim.lifeCycle;
        case Usage:
            return sim.usedFlowMb;
        case Updated:
            return sim.updated;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Iccid:
        return sim.iccid;
    case Imsi:
        return sim.imsi;
    case Msisdn:
        return sim.msisdn;
    case Status:
        return statustext::lifeCycle(sim.lifeCycle);
    case Plan:
        return sim.planName;
    case Usage:
        return sim.orderCode.isEmpty() ? QString() : statustext::megabytes(sim.usedFlowMb);
    case Updated:
        return statustext::dateTime(sim.updated);
    default:
        return {};
    }
}

QVariant SimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Iccid:
        return tr("ICCID");
    case Imsi:
        return tr("IMSI");
    case Msisdn:
        return tr("MSISDN");
    case Status:
        return tr("Status");
    case Plan:
        //: The data plan of the order in use
        return tr("Plan in use");
    case Usage:
        return tr("Usage");
    case Updated:
        return tr("Last update");
    default:
        return {};
    }
}

void SimTableModel::clear()
{
    beginResetModel();
    m_sims.clear();
    m_rowByIccid.clear();
    endResetModel();
}

void SimTableModel::appendSims(const QList<SimCard> &sims)
{
    if (sims.isEmpty())
        return;
    const int first = int(m_sims.size());
    beginInsertRows({}, first, first + int(sims.size()) - 1);
    for (const SimCard &sim : sims) {
        m_rowByIccid.insert(sim.iccid, int(m_sims.size()));
        m_sims.append(sim);
    }
    endInsertRows();
}

void SimTableModel::updateSim(const SimCard &sim)
{
    const int row = rowOf(sim.iccid);
    if (row < 0)
        return;
    m_sims[row] = sim;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SimTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_sims.isEmpty())
        emit dataChanged(index(0, Status), index(rowCount() - 1, Updated));
}

} // namespace cube
