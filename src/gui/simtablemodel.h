#pragma once

#include "contract/servertimezone.h"
#include "fleet/fleetquery.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <memory>

namespace cube {

class FleetQueryRunner;
class FleetStore;
class SimNotes;
class Watchlist;

// The SIM list over the fleet store: what a query shows, in its order. A search, a filter or a
// sort runs on a worker (FleetQueryRunner) and the rows are swapped in when it is done; until
// then the view keeps showing the previous rows. Rows that arrive while loading are added to
// the rows shown when they match (or the query runs again, when the list is sorted).
// Watched SIMs have a star beside their ICCID; the Note column shows a SIM's tags and the first
// line of its note, and the search finds them (FleetQuery).
class SimTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimTableModel)

public:
    enum Column { Iccid, Imsi, Msisdn, Status, Plan, Usage, Updated, Note, ColumnCount };
    static_assert(int(ColumnCount) == int(FleetColumn::Count));

    // `serverZone`: the zone the server wrote the times in (named in the Last update header's
    // tooltip; the times are shown in this computer's time).
    SimTableModel(FleetStore *store, ServerTimeZone serverZone, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearchText(const QString &text);
    void setLifeCycleFilter(std::optional<int> lifeCycle);
    // Plan names sort in this language's order.
    void setCollatorLocale(const QLocale &locale);
    // True while a search or sort runs on the worker.
    bool isBusy() const;
    // The SIM cards the rows shown were chosen from: the count beside them says "rowCount() of
    // fleetSize()" (the store may hold more already, until the query that includes them ends).
    qsizetype fleetSize() const { return m_shown.size(); }

    // The position of a SIM card's row (-1: not shown), and the ICCID shown at `position`.
    int positionOfIccid(const QString &iccid) const;
    QString iccidAt(int position) const;
    // Marks the SIMs `watchlist` holds, and follows its changes.
    void setWatchlist(const Watchlist *watchlist);
    // Shows the notes and tags of `notes` and searches them, and follows their changes.
    void setNotes(const SimNotes *notes);
    // Tells the views that the header texts changed (after a language switch).
    void retranslate();

signals:
    void busyChanged(bool busy);
    // Around a change of which rows are shown and where, so a view can keep its selection.
    void rowsAboutToMove();
    void rowsMoved();

private:
    // The store's row shown at `position`, and the position of a store's row (-1: not shown).
    qsizetype fleetRowAt(int position) const;
    int positionOf(qsizetype fleetRow) const;
    void requery();
    void showView(std::shared_ptr<FleetView> view);
    void appendRows(qsizetype first, qsizetype last);
    void changeRows(const std::vector<quint32> &rows);
    void resetRows();
    void watchlistChanged();
    void notesChanged(const QString &iccid);

    FleetStore *m_store;
    ServerTimeZone m_serverZone;
    FleetQueryRunner *m_runner;
    FleetQuery m_query;
    // The rows shown: the store's, except after the store was reset while a sorted or
    // filtered view waits for its query (the old rows stay until the new view comes).
    FleetSnapshot m_shown;
    bool m_waitingAfterReset = false;
    std::shared_ptr<FleetView> m_view; // null: every row, in the order loaded
    const Watchlist *m_watchlist = nullptr;
    const SimNotes *m_notes = nullptr;
    QIcon m_watchedIcon;
    QIcon m_unwatchedIcon; // as wide, so that the ICCIDs stay in line
};

} // namespace cube
