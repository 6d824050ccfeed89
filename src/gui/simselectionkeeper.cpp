#include "simselectionkeeper.h"

#include "simtablemodel.h"

#include <QItemSelection>
#include <QTableView>

#include <algorithm>

namespace cube {

SimSelectionKeeper::SimSelectionKeeper(QTableView *view, SimTableModel *model)
    : QObject(view)
    , m_view(view)
    , m_model(model)
{
    connect(model, &SimTableModel::rowsAboutToMove, this, &SimSelectionKeeper::remember);
    connect(model, &SimTableModel::rowsMoved, this, &SimSelectionKeeper::restore);
}

void SimSelectionKeeper::remember()
{
    m_selected.clear();
    m_current.clear();
    QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid()) {
        m_current = m_model->iccidAt(current.row());
        m_currentColumn = current.column();
    }
    qint64 selectedRows = 0;
    const QItemSelection ranges = selection->selection();
    for (const QItemSelectionRange &range : ranges)
        selectedRows += range.height();
    if (selectedRows > mostRemembered)
        return;
    for (const QItemSelectionRange &range : ranges)
        if (range.left() == 0)
            for (int row = range.top(); row <= range.bottom(); ++row)
                m_selected.append(m_model->iccidAt(row));
}

void SimSelectionKeeper::restore()
{
    std::vector<int> positions;
    positions.reserve(size_t(m_selected.size()));
    for (const QString &iccid : std::as_const(m_selected))
        if (const int position = m_model->positionOfIccid(iccid); position >= 0)
            positions.push_back(position);
    const int current = m_current.isEmpty() ? -1 : m_model->positionOfIccid(m_current);
    if (current >= 0) {
        // Without touching the selection, which selectRows sets next.
        m_view->selectionModel()->setCurrentIndex(m_model->index(current, m_currentColumn),
                                                  QItemSelectionModel::NoUpdate);
        m_view->scrollTo(m_model->index(current, m_currentColumn));
    }
    if (!positions.empty())
        selectRows(m_view, std::move(positions));
    m_selected.clear();
    m_current.clear();
}

void SimSelectionKeeper::selectRows(QTableView *view, std::vector<int> positions)
{
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    QAbstractItemModel *model = view->model();
    const int lastColumn = model->columnCount() - 1;
    QItemSelection selection;
    for (size_t i = 0; i < positions.size();) {
        size_t end = i + 1;
        while (end < positions.size() && positions[end] == positions[end - 1] + 1)
            ++end;
        selection.append(QItemSelectionRange(model->index(positions[i], 0),
                                             model->index(positions[end - 1], lastColumn)));
        i = end;
    }
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

} // namespace cube
