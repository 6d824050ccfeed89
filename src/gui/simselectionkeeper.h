#pragma once

#include <QObject>
#include <QStringList>

#include <vector>

class QTableView;

namespace cube {

class SimTableModel;

// Keeps the selected SIMs and the current one (by ICCID) when a search, a filter, a sort or a
// refresh moves the rows of the SIM list, as long as they are still shown.
class SimSelectionKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimSelectionKeeper)

public:
    SimSelectionKeeper(QTableView *view, SimTableModel *model);

    // Selects whole rows at these positions (any order), replacing the selection, in as few
    // ranges as they allow: 10,000 scattered rows select at once.
    static void selectRows(QTableView *view, std::vector<int> positions);

private:
    void remember();
    void restore();

    // A bigger selection (all of a million, say) is not carried over: reading it would be slow.
    static constexpr int mostRemembered = 100'000;

    QTableView *m_view;
    SimTableModel *m_model;
    QStringList m_selected;
    QString m_current;
    int m_currentColumn = 0;
};

} // namespace cube
