#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

namespace cube {

// Search (partial ICCID, IMSI or MSISDN) and a life-cycle filter over SimTableModel; sorts
// numbers and dates by value and text with QCollator, which orders Chinese correctly.
class SimFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimFilterProxy)

public:
    explicit SimFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setLifeCycleFilter(std::optional<int> lifeCycle);
    // Rebuilds the collator for the UI's language.
    void setCollatorLocale(const QLocale &locale);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    std::optional<int> m_lifeCycle;
    QCollator m_collator;
};

} // namespace cube
