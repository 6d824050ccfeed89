#include "ordertablemodel.h"

#include "plaintext.h"
#include "statustext.h"

namespace cube {

OrderTableModel::OrderTableModel(ServerTimeZone serverZone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_serverZone(serverZone)
{}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orders.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Order &order = m_orders.at(index.row());
    if (role == StatusRole)
        return order.status;
    if (role == Qt::ForegroundRole && index.column() == Status)
        return statustext::orderStatusColor(order.status);
    if (role == Qt::ToolTipRole) // the cell's text, never taken for HTML
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return order.orderCode;
    case Iccid:
        return order.iccid;
    case Plan:
        return order.planName;
    case Status:
        return statustext::orderStatus(order.status);
    case Ordered:
        return statustext::dateTime(order.ordered);
    case Starts:
    case Expires: {
        const QDateTime &when = index.column() == Starts ? order.starts : order.expires;
        // An order not enabled yet has neither date (the server sends null or "").
        if (!when.isValid() && order.status == int(OrderStatus::NotEnabled))
            return tr("not started");
        return statustext::dateTime(when);
    }
    case Data:
        return order.flowMb > 0 ? statustext::megabytes(order.flowMb) : tr("Unlimited");
    default:
        return {};
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool time = section == Ordered || section == Starts || section == Expires;
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && time)
        return m_serverZone.shownInLocalTimeNote();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Order code");
    case Iccid:
        return tr("ICCID");
    case Plan:
        return tr("Plan");
    case Status:
        return tr("Status");
    case Ordered:
        return tr("Ordered");
    case Starts:
        return tr("Starts");
    case Expires:
        return tr("Expires");
    case Data:
        //: The data volume of the plan
        return tr("Data");
    default:
        return {};
    }
}

void OrderTableModel::setOrders(const QList<Order> &orders)
{
    beginResetModel();
    m_orders = orders;
    endResetModel();
}

QList<Order> OrderTableModel::ordersAt(const QModelIndexList &rows) const
{
    QList<Order> orders;
    orders.reserve(rows.size());
    for (const QModelIndex &row : rows)
        orders.append(m_orders.at(row.row()));
    return orders;
}

int OrderTableModel::rowOf(const QString &orderCode) const
{
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_orders.at(row).orderCode == orderCode)
            return row;
    }
    return -1;
}

void OrderTableModel::updateOrder(const Order &order)
{
    const int row = rowOf(order.orderCode);
    if (row < 0)
        return;
    m_orders[row] = order;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OrderTableModel::updateOrAddOrder(const Order &order)
{
    if (rowOf(order.orderCode) >= 0)
        return updateOrder(order);
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_orders.append(order);
    endInsertRows();
}

void OrderTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_orders.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace cube
