#pragma once

#include "contract/servertimezone.h"
#include "records/orderrecords.h"

#include <QAbstractTableModel>
#include <QList>

namespace cube {

// One page of data-plan orders (of the account, or of one SIM).
class OrderTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderTableModel)

public:
    enum Column { Code, Iccid, Plan, Status, Ordered, Starts, Expires, Data, ColumnCount };
    static constexpr int StatusRole = Qt::UserRole + 1;

    // `serverZone`: the zone the server wrote the orders' times in (the dates' header tooltips
    // name it; the dates are shown in this computer's time).
    explicit OrderTableModel(ServerTimeZone serverZone, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setOrders(const QList<Order> &orders);
    const QList<Order> &orders() const { return m_orders; }
    // The orders of the selected rows of a view of this model.
    QList<Order> ordersAt(const QModelIndexList &rows) const;
    int rowOf(const QString &orderCode) const;
    // Shows a new state of an order that is in the table (after an action, or a re-read).
    void updateOrder(const Order &order);
    // The same, and an order the table does not have yet (one just placed) is added last, where
    // the server lists the newest.
    void updateOrAddOrder(const Order &order);
    void retranslate();

private:
    QList<Order> m_orders;
    ServerTimeZone m_serverZone;
};

} // namespace cube
