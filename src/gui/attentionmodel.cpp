#include "attentionmodel.h"

#include "attention/attentionrules.h"
#include "attention/watchlist.h"
#include "plaintext.h"

#include <QCollator>
#include <QColor>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace cube {

// The rows shown: positions in the result's items (or, for a day, in its dated items).
struct AttentionModel::Rows
{
    std::shared_ptr<const AttentionResult> result;
    bool dated = false;
    std::vector<quint32> order;
    QList<int> kept;

    const QList<AttentionItem> &source() const { return dated ? result->dated : result->items; }
};

namespace {

// What a worker needs to choose and sort the rows, copied from the UI thread.
struct Question
{
    std::shared_ptr<const AttentionResult> result;
    std::optional<AttentionReason> reason;
    std::optional<QDate> day;
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    QLocale locale;
    QSet<QString> watched;
    QStringList keep;
};

// A day or an amount that is not known sorts after every known one.
template<typename Value>
int compareKnown(bool knownA, Value a, bool knownB, Value b)
{
    if (knownA != knownB)
        return knownA ? -1 : 1;
    if (!knownA || a == b)
        return 0;
    return a < b ? -1 : 1;
}

} // namespace

AttentionModel::AttentionModel(const Watchlist *watchlist, ServerTimeZone serverZone,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_watchlist(watchlist)
    , m_serverZone(serverZone)
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Rows>>::finished, this, [this] {
        const std::shared_ptr<Rows> rows = m_watcher.result();
        if (m_queryAgain) {
            m_queryAgain = false;
            requery();
            return;
        }
        m_busy = false;
        swapIn(rows);
        emit busyChanged(false);
    });
    // The star follows the watchlist as it changes, also between looks.
    connect(watchlist, &Watchlist::changed, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, Watched), index(rowCount() - 1, Watched));
    });
}

AttentionModel::~AttentionModel()
{
    m_watcher.waitForFinished(); // the worker reads the result this model shares
}

int AttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_rows ? 0 : int(m_rows->order.size());
}

int AttentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AttentionItem &AttentionModel::itemAt(int row) const
{
    return m_rows->source().at(m_rows->order.at(size_t(row)));
}

QVariant AttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttentionItem &item = itemAt(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Reason:
            return vocabulary::attentionReasons().words(int(item.reason));
        case Iccid:
            return item.iccid;
        case Order:
            return item.orderCode;
        case Plan:
            return item.planName;
        case Date:
            return item.date.isValid() ? item.date.toString(Qt::ISODate) : QString();
        case DataLeft:
            return item.leftMb >= 0 ? locale.toString(item.leftMb, 'f', 1) : QString();
        case Rate:
            return item.mbPerDay >= 0 ? locale.toString(item.mbPerDay, 'f', 1) : QString();
        case Watched:
            return m_watchlist->isWatched(item.iccid) ? u"★"_s : QString();
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == Watched)
            return m_watchlist->isWatched(item.iccid) ? tr("watched") : tr("not watched");
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return plainToolTip(tooltipOf(item));
    case Qt::TextAlignmentRole:
        if (index.column() == DataLeft || index.column() == Rate)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Watched)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Reason && item.reason == AttentionReason::Expired)
            return QColor(0xa1, 0x26, 0x1b);
        if (index.column() == Watched)
            return QColor(0xb8, 0x86, 0x0b);
        return {};
    default:
        return {};
    }
}

QString AttentionModel::tooltipOf(const AttentionItem &item) const
{
    const QLocale locale;
    const QString day = item.date.toString(Qt::ISODate);
    const QString left = locale.toString(item.leftMb, 'f', 1);
    const QString rate = locale.toString(item.mbPerDay, 'f', 1);
    switch (item.reason) {
    case AttentionReason::Expired:
        return tr("Order %1 (plan “%2”) was in use at the last look and expired on %3.")
            .arg(item.orderCode, item.planName, day);
    case AttentionReason::ExpiresSoon: {
        const qint64 days = m_result ? m_result->today.daysTo(item.date) : 0;
        return tr("Order %1 (plan “%2”) expires on %3, in %n day(s).", nullptr, int(days))
            .arg(item.orderCode, item.planName, day);
    }
    case AttentionReason::RunsOut:
        // A watched SIM's rate is of its last complete days; the rest of the fleet's is the
        // order's average, from what the SIM list says it used.
        return item.watched
                   ? tr("Runs out about %1 at %2 MB a day (the last %n day(s)); %3 MB left.",
                        nullptr, AttentionRules::burnRateDays)
                         .arg(day, rate, left)
                   : tr("Runs out about %1 at %2 MB a day (since the order started); %3 MB left.")
                         .arg(day, rate, left);
    case AttentionReason::LowData:
        return item.planMb > 0 ? tr("%1 MB of the plan's %2 MB left.")
                                     .arg(left, locale.toString(item.planMb, 'f', 0))
                               : tr("%1 MB left.").arg(left);
    case AttentionReason::NoPlan:
        return tr("SIM card %1 is activated and has no plan in use.").arg(item.iccid);
    case AttentionReason::Suspended:
        return tr("The service of SIM card %1 is suspended.").arg(item.iccid);
    case AttentionReason::PreDeactivation:
        return tr("SIM card %1 is about to be deactivated.").arg(item.iccid);
    }
    return {};
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Date:
            return tr("The day it matters: the expiry, the day the data runs out, or today. %1")
                .arg(m_serverZone.serverDaysNote());
        case Rate:
            return tr("The burn rate: for a watched SIM card the average of its last %n "
                      "complete day(s), for the others the average since its order started.",
                      nullptr, AttentionRules::burnRateDays);
        case Watched:
            return tr("★: the SIM card is on the watchlist; its usage and days are read in full "
                      "at each look.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reason:
        return tr("Reason");
    case Iccid:
        return tr("ICCID");
    case Order:
        return tr("Order");
    case Plan:
        return tr("Plan");
    case Date:
        return tr("Date it matters");
    case DataLeft:
        return tr("Data left (MB)");
    case Rate:
        return tr("Rate (MB a day)");
    case Watched:
        return tr("Watched");
    default:
        return {};
    }
}

void AttentionModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AttentionModel::setResult(std::shared_ptr<const AttentionResult> result)
{
    m_result = std::move(result);
    requery();
}

void AttentionModel::setReason(std::optional<AttentionReason> reason)
{
    m_reason = reason;
    requery();
}

void AttentionModel::setDay(std::optional<QDate> day)
{
    m_day = day;
    requery();
}

void AttentionModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    requery();
}

void AttentionModel::requery()
{
    if (m_watcher.isRunning()) {
        m_queryAgain = true; // its answer is dropped, and this question asked after it
        return;
    }
    Question question;
    question.result = m_result;
    question.reason = m_reason;
    question.day = m_day;
    question.column = m_sortColumn;
    question.order = m_sortOrder;
    question.locale = m_collatorLocale;
    if (m_sortColumn == Watched) {
        const QStringList watched = m_watchlist->iccids();
        question.watched = QSet<QString>(watched.cbegin(), watched.cend());
    }
    if (m_rowsToKeep)
        question.keep = m_rowsToKeep();
    if (!m_busy) {
        m_busy = true;
        emit busyChanged(true);
    }
    m_watcher.setFuture(QtConcurrent::run([question] {
        auto rows = std::make_shared<Rows>();
        rows->result = question.result;
        if (!question.result)
            return rows;
        rows->dated = question.day.has_value();
        const QList<AttentionItem> &items = rows->source();
        if (question.day) {
            // The dated items are by day: the day's are one run of them.
            AttentionItem probe;
            probe.date = *question.day;
            const auto [first, last] = std::equal_range(
                items.cbegin(), items.cend(), probe,
                [](const AttentionItem &a, const AttentionItem &b) { return a.date < b.date; });
            for (auto it = first; it != last; ++it)
                rows->order.push_back(quint32(it - items.cbegin()));
        } else {
            rows->order.reserve(size_t(items.size()));
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (!question.reason || items.at(i).reason == *question.reason)
                    rows->order.push_back(quint32(i));
            }
        }
        if (question.column >= 0) {
            QCollator collator(question.locale);
            collator.setNumericMode(true);
            const auto compare = [&](const AttentionItem &a, const AttentionItem &b) {
                switch (question.column) {
                case Reason:
                    return int(a.reason) - int(b.reason);
                case Iccid:
                    return a.iccid.compare(b.iccid);
                case Order:
                    return a.orderCode.compare(b.orderCode);
                case Plan:
                    return collator.compare(a.planName, b.planName);
                case Date:
                    return compareKnown(a.date.isValid(), a.date, b.date.isValid(), b.date);
                case DataLeft:
                    return compareKnown(a.leftMb >= 0, a.leftMb, b.leftMb >= 0, b.leftMb);
                case Rate:
                    return compareKnown(a.mbPerDay >= 0, a.mbPerDay, b.mbPerDay >= 0, b.mbPerDay);
                case Watched:
                    return int(question.watched.contains(b.iccid))
                           - int(question.watched.contains(a.iccid));
                default:
                    return 0;
                }
            };
            const bool ascending = question.order == Qt::AscendingOrder;
            // Stable: rows that tie keep the look's urgency.
            std::stable_sort(rows->order.begin(), rows->order.end(), [&](quint32 a, quint32 b) {
                const int c = compare(items.at(a), items.at(b));
                return ascending ? c < 0 : c > 0;
            });
        }
        if (!question.keep.isEmpty()) {
            QHash<QString, int> wanted; // key -> its place in the question
            for (int i = 0; i < question.keep.size(); ++i)
                wanted.insert(question.keep.at(i), i);
            QList<int> places(question.keep.size(), -1);
            for (size_t position = 0; position < rows->order.size(); ++position) {
                const auto found = wanted.constFind(items.at(rows->order.at(position)).key());
                if (found != wanted.cend())
                    places[found.value()] = int(position);
            }
            // The current row first (-1 when it went), then the others that are still there.
            rows->kept.append(places.constFirst());
            for (int i = 1; i < places.size(); ++i) {
                if (places.at(i) >= 0)
                    rows->kept.append(places.at(i));
            }
        }
        return rows;
    }));
}

void AttentionModel::swapIn(const std::shared_ptr<Rows> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit rowsSwapped(rows->kept);
}

} // namespace cube
