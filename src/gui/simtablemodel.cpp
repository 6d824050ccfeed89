#include "simtablemodel.h"

#include "attention/watchlist.h"
#include "fleet/fleetqueryrunner.h"
#include "fleet/fleetstore.h"
#include "notes/simnotes.h"
#include "plaintext.h"
#include "statustext.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QtMath>

namespace cube {

namespace {

// A five-pointed star, filled, or nothing of the same size.
QIcon starIcon(bool filled)
{
    constexpr int size = 16;
    constexpr qreal scale = 2; // sharp on a high-density screen too
    QPixmap pixmap(int(size * scale), int(size * scale));
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    if (filled) {
        QPainterPath star;
        const QPointF centre(size / 2.0, size / 2.0 + 0.5);
        for (int point = 0; point < 10; ++point) {
            const qreal radius = point % 2 == 0 ? size / 2.0 - 0.5 : size / 5.0;
            const qreal angle = qDegreesToRadians(-90.0 + point * 36.0);
            const QPointF at = centre + QPointF(radius * qCos(angle), radius * qSin(angle));
            if (point == 0)
                star.moveTo(at);
            else
                star.lineTo(at);
        }
        star.closeSubpath();
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x9a, 0x6a, 0x00), 1));
        painter.setBrush(QColor(0xf2, 0xb7, 0x05));
        painter.drawPath(star);
    }
    return QIcon(pixmap);
}

} // namespace

SimTableModel::SimTableModel(FleetStore *store, ServerTimeZone serverZone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_serverZone(serverZone)
    , m_runner(new FleetQueryRunner(this))
    , m_shown(store->snapshot())
{
    connect(m_store, &FleetStore::rowsAppended, this, &SimTableModel::appendRows);
    connect(m_store, &FleetStore::rowsChanged, this, &SimTableModel::changeRows);
    connect(m_store, &FleetStore::rowsReset, this, &SimTableModel::resetRows);
    connect(m_runner, &FleetQueryRunner::busyChanged, this, &SimTableModel::busyChanged);
    connect(
        m_runner, &FleetQueryRunner::finished, this,
        [this](const FleetQuery &, std::shared_ptr<FleetView> view) { showView(std::move(view)); });
}

int SimTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_view ? qsizetype(m_view->rows.size()) : m_shown.size());
}

int SimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qsizetype SimTableModel::fleetRowAt(int position) const
{
    return m_view ? qsizetype(m_view->rows[size_t(position)]) : position;
}

int SimTableModel::positionOf(qsizetype fleetRow) const
{
    if (fleetRow < 0 || fleetRow >= m_shown.size() || m_waitingAfterReset)
        return -1;
    if (!m_view)
        return int(fleetRow);
    if (size_t(fleetRow) >= m_view->positions.size())
        return -1;
    const quint32 position = m_view->positions[size_t(fleetRow)];
    return position == FleetView::hidden ? -1 : int(position);
}

int SimTableModel::positionOfIccid(const QString &iccid) const
{
    return positionOf(m_store->rowOf(iccid));
}

QString SimTableModel::iccidAt(int position) const
{
    return m_shown.text(fleetRowAt(position), PackedField::Iccid);
}

QVariant SimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FleetSnapshot &fleet = m_shown;
    const qsizetype row = fleetRowAt(index.row());
    if (role == Qt::ForegroundRole && index.column() == Status)
        return statustext::lifeCycleColor(fleet.lifeCycle(row));
    // A star for a watched SIM: one lookup in the watchlist's set, nothing more per row. No
    // room is kept for it while nothing is watched.
    const bool watchMark = index.column() == Iccid && m_watchlist && m_watchlist->size() > 0;
    if (role == Qt::DecorationRole && watchMark)
        return m_watchlist->isWatched(fleet.text(row, PackedField::Iccid)) ? m_watchedIcon
                                                                           : m_unwatchedIcon;
    if (role == Qt::ToolTipRole && index.column() == Note && m_notes) {
        // The whole note, which the column shows only the first line of.
        const SimNote note = m_notes->note(fleet.text(row, PackedField::Iccid));
        const QString line = FleetNoteIndex::lineOf(note.tags, {});
        return note.isEmpty() ? QVariant()
                              : plainToolTip(line.isEmpty() ? note.text : line + u'\n' + note.text);
    }
    if (role == Qt::ToolTipRole) { // the cell's text, never taken for HTML
        const QString text = data(index, Qt::DisplayRole).toString();
        if (watchMark && m_watchlist->isWatched(text))
            return plainToolTip(text + u'\n'
                                + tr("Watched: read in full at each look on the Attention tab"));
        return plainToolTip(text);
    }
    if (role == Qt::AccessibleDescriptionRole && watchMark
        && m_watchlist->isWatched(fleet.text(row, PackedField::Iccid)))
        return tr("Watched");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Iccid:
        return fleet.text(row, PackedField::Iccid);
    case Imsi:
        return fleet.text(row, PackedField::Imsi);
    case Msisdn:
        return fleet.text(row, PackedField::Msisdn);
    case Status:
        return statustext::lifeCycle(fleet.lifeCycle(row));
    case Plan:
        return fleet.planName(row);
    case Usage:
        return fleet.hasOrder(row) ? statustext::megabytes(fleet.usedFlowMb(row)) : QString();
    case Updated:
        return statustext::dateTime(fleet.updated(row));
    case Note: {
        if (!m_notes || m_notes->size() == 0)
            return QString();
        const FleetNoteIndex::Entry *note =
            m_notes->index().find(fleet.text(row, PackedField::Iccid));
        return note ? note->line : QString();
    }
    default:
        return {};
    }
}

QVariant SimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Updated)
        return m_serverZone.shownInLocalTimeNote();
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Iccid)
        return tr("★ marks a watched SIM card: it is read in full (usage and days) at each look "
                  "on the Attention tab.");
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Note)
        return tr("The tags (#acme) and the first line of the note kept on this computer for the "
                  "SIM card, edited in its detail. Search tag:acme for the SIM cards tagged "
                  "acme, or words of a note.");
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
    case Note:
        //: The list's column of the tags and the note kept on a SIM card
        return tr("Note");
    default:
        return {};
    }
}

void SimTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_query.sortColumn && order == m_query.order)
        return;
    m_query.sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_query.order = order;
    requery();
}

void SimTableModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_query.search)
        return;
    m_query.search = trimmed;
    requery();
}

void SimTableModel::setLifeCycleFilter(std::optional<int> lifeCycle)
{
    if (lifeCycle == m_query.lifeCycle)
        return;
    m_query.lifeCycle = lifeCycle;
    requery();
}

void SimTableModel::setCollatorLocale(const QLocale &locale)
{
    if (locale == m_query.locale)
        return;
    m_query.locale = locale;
    if (m_query.sortColumn == Plan)
        requery();
}

bool SimTableModel::isBusy() const
{
    return m_runner->isBusy();
}

void SimTableModel::requery()
{
    // The notes as they are now, for the worker: a copy of the notes, never of the fleet.
    m_query.notes = m_notes ? m_notes->index() : FleetNoteIndex();
    if (m_query.isLoadOrder()) {
        m_runner->cancel();
        showView(nullptr);
        return;
    }
    m_runner->run(m_store->snapshot(), m_query);
}

void SimTableModel::showView(std::shared_ptr<FleetView> view)
{
    if (!view && !m_view)
        return; // already every row, in load order
    emit rowsAboutToMove();
    beginResetModel();
    m_view = std::move(view);
    m_shown = m_store->snapshot();
    m_waitingAfterReset = false;
    endResetModel();
    emit rowsMoved();
    // Rows that arrived while the worker ran on an older snapshot.
    if (m_view && m_view->positions.size() < size_t(m_shown.size()))
        appendRows(qsizetype(m_view->positions.size()), m_shown.size() - 1);
}

void SimTableModel::appendRows(qsizetype first, qsizetype last)
{
    if (m_waitingAfterReset)
        return; // the new view will have them
    if (!m_view) {
        beginInsertRows({}, int(first), int(last));
        m_shown = m_store->snapshot();
        endInsertRows();
        return;
    }
    m_shown = m_store->snapshot();
    if (m_query.isSorted() || m_runner->isBusy()) {
        requery(); // the new rows' places are the worker's to find
        return;
    }
    const FleetMatcher matcher(m_query);
    const FleetSnapshot &fleet = m_shown;
    std::vector<quint32> matching;
    for (qsizetype row = first; row <= last; ++row)
        if (matcher.matches(fleet, row))
            matching.push_back(quint32(row));
    m_view->positions.resize(size_t(last + 1), FleetView::hidden);
    if (matching.empty())
        return;
    const int from = int(m_view->rows.size());
    beginInsertRows({}, from, from + int(matching.size()) - 1);
    for (quint32 row : matching)
        m_view->add(row);
    endInsertRows();
}

void SimTableModel::changeRows(const std::vector<quint32> &rows)
{
    if (m_waitingAfterReset)
        return;
    m_shown = m_store->snapshot();
    for (quint32 row : rows) {
        const int position = positionOf(row);
        if (position >= 0)
            emit dataChanged(index(position, 0), index(position, ColumnCount - 1));
    }
    // A changed row may match the search no more, or belong elsewhere in the sort.
    if (m_view)
        requery();
}

void SimTableModel::resetRows()
{
    if (m_view) {
        m_waitingAfterReset = true;
        requery();
        return;
    }
    emit rowsAboutToMove();
    beginResetModel();
    m_shown = m_store->snapshot();
    endResetModel();
    emit rowsMoved();
}

void SimTableModel::setWatchlist(const Watchlist *watchlist)
{
    if (m_watchlist)
        disconnect(m_watchlist, nullptr, this, nullptr);
    m_watchlist = watchlist;
    if (m_watchedIcon.isNull()) {
        m_watchedIcon = starIcon(true);
        m_unwatchedIcon = starIcon(false);
    }
    if (m_watchlist)
        connect(m_watchlist, &Watchlist::changed, this, &SimTableModel::watchlistChanged);
    watchlistChanged();
}

void SimTableModel::watchlistChanged()
{
    // The view repaints the rows it shows; none is asked for here.
    if (rowCount() > 0)
        emit dataChanged(index(0, Iccid), index(rowCount() - 1, Iccid),
                         {Qt::DecorationRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole});
}

void SimTableModel::setNotes(const SimNotes *notes)
{
    if (m_notes)
        disconnect(m_notes, nullptr, this, nullptr);
    m_notes = notes;
    if (m_notes)
        connect(m_notes, &SimNotes::changed, this, &SimTableModel::notesChanged);
    notesChanged(QString());
}

void SimTableModel::notesChanged(const QString &iccid)
{
    // One SIM's note: its row; the notes read again: the column of the rows shown.
    const int position = iccid.isEmpty() ? -1 : positionOfIccid(iccid);
    if (iccid.isEmpty() && rowCount() > 0)
        emit dataChanged(index(0, Note), index(rowCount() - 1, Note));
    else if (position >= 0)
        emit dataChanged(index(position, Note), index(position, Note));
    // A search or a sort by note may now show other rows, or in another order.
    if (m_view && (!m_query.search.isEmpty() || m_query.sortColumn == Note))
        requery();
}

void SimTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, Status), index(rowCount() - 1, Updated));
}

} // namespace cube
