#include "simfilterproxy.h"

#include "simtablemodel.h"

namespace cube {

SimFilterProxy::SimFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    setSortRole(SimTableModel::SortRole);
}

void SimFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void SimFilterProxy::setLifeCycleFilter(std::optional<int> lifeCycle)
{
    if (lifeCycle == m_lifeCycle)
        return;
    m_lifeCycle = lifeCycle;
    invalidateFilter();
}

void SimFilterProxy::setCollatorLocale(const QLocale &locale)
{
    m_collator = QCollator(locale);
    m_collator.setNumericMode(true);
    invalidate();
}

bool SimFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const SimTableModel *>(sourceModel());
    const SimCard &sim = model->simAt(sourceRow);
    if (m_lifeCycle && sim.lifeCycle != *m_lifeCycle)
        return false;
    if (m_search.isEmpty())
        return true;
    return sim.iccid.contains(m_search) || sim.imsi.contains(m_search)
           || sim.msisdn.contains(m_search);
}

bool SimFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace cube
