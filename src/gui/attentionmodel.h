#pragma once

#include "attention/attentionresult.h"
#include "contract/servertimezone.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QLocale>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cube {

class Watchlist;

// The Attention tab's rows over one look's result: all its items (most urgent first), those of
// one reason, or the calendar's items of one day, sorted as the header says. Choosing the rows
// and sorting them runs on a worker (an account has a few hundred thousand orders) and the
// rows are swapped in when it is done; meanwhile the view shows the previous ones. A row is an
// index into the result, which the model shares: a few bytes a row.
class AttentionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionModel)

public:
    enum Column { Reason, Iccid, Order, Plan, Date, DataLeft, Rate, Watched, ColumnCount };

    // `watchlist` marks the watched SIMs' rows as it is now (it outlives the model);
    // `serverZone` is the one whose days the dates are (said in the Date header's tooltip).
    AttentionModel(const Watchlist *watchlist, ServerTimeZone serverZone,
                   QObject *parent = nullptr);
    ~AttentionModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Column -1: the urgency the look gave them.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setResult(std::shared_ptr<const AttentionResult> result);
    // Only this reason's items (none: every reason).
    void setReason(std::optional<AttentionReason> reason);
    // The calendar's items of this day, whatever their reason (none: the list of the look).
    void setDay(std::optional<QDate> day);
    std::optional<QDate> day() const { return m_day; }
    // The keys (AttentionItem::key) of the rows to keep selected when the rows are swapped,
    // the current one first; asked when the worker starts.
    void setRowsToKeep(std::function<QStringList()> keys) { m_rowsToKeep = std::move(keys); }
    // Texts sort in this language's order.
    void setCollatorLocale(const QLocale &locale) { m_collatorLocale = locale; }

    const AttentionItem &itemAt(int row) const;
    bool isBusy() const { return m_busy; }
    // Tells the views that the header texts and words changed (after a language switch).
    void retranslate();

signals:
    void busyChanged(bool busy);
    // New rows are shown; `kept` are the positions of the rows asked to be kept that are
    // still there (the current one first, or -1 when it is not).
    void rowsSwapped(const QList<int> &kept);

private:
    struct Rows;
    void requery();
    void swapIn(const std::shared_ptr<Rows> &rows);
    QString tooltipOf(const AttentionItem &item) const;

    const Watchlist *m_watchlist;
    ServerTimeZone m_serverZone;
    std::shared_ptr<const AttentionResult> m_result;
    std::shared_ptr<Rows> m_rows;
    std::optional<AttentionReason> m_reason;
    std::optional<QDate> m_day;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLocale m_collatorLocale;
    std::function<QStringList()> m_rowsToKeep;
    QFutureWatcher<std::shared_ptr<Rows>> m_watcher;
    int m_generation = 0;
    bool m_busy = false;
    bool m_queryAgain = false; // asked while one ran: the newest question wins
};

} // namespace cube
