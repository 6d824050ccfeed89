#pragma once

#include "simrecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace cube {

// The account's SIM cards, filled page by page as they arrive (rows are appended, never the
// whole model reset, so a view of 100,000 SIMs stays fluid while loading).
class SimTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimTableModel)

public:
    enum Column { Iccid, Imsi, Msisdn, Status, Plan, Usage, Updated, ColumnCount };
    // The life-cycle number behind the Status column, for filtering and sorting.
    static constexpr int LifeCycleRole = Qt::UserRole + 1;
    // The value to sort by (numbers as numbers, dates as dates).
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit SimTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void clear();
    void appendSims(const QList<SimCard> &sims);
    // Replaces the row of `sim.iccid`, if there is one.
    void updateSim(const SimCard &sim);
    const SimCard &simAt(int row) const { return m_sims.at(row); }
    int rowOf(const QString &iccid) const { return m_rowByIccid.value(iccid, -1); }
    // Tells the views that the header texts changed (after a language switch).
    void retranslate();

private:
    QList<SimCard> m_sims;
    QHash<QString, int> m_rowByIccid;
};

} // namespace cube
