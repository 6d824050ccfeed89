#pragma once

#include "attention/attentionitem.h"
#include "attention/attentionrules.h"
#include "records/orderrecords.h"
#include "records/usagerecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>

namespace cube {

// The Attention tab's local state, per account (FleetCache::accountKey): the watchlist, the
// watched SIMs' complete days (a past day's usage is final, so each is read once), the last
// order listing and when the account was last looked at, and the items already announced (a
// notification is never raised twice for one). SQLite through Qt SQL, shared by the console
// and cubectl, in the application's data folder: the watchlist is the person's work, not a
// cache. A damaged file is set aside (SqliteFile) and a new one started, with a notice; a file
// of a newer schema is left alone and not used.
//
// Used from the thread that made it: a look makes its own on a worker for the big reads.
class AttentionStore final
{
    Q_DECLARE_TR_FUNCTIONS(cube::AttentionStore)
    Q_DISABLE_COPY_MOVE(AttentionStore)

public:
    static constexpr int schemaVersion = 1;

    struct OrderListing
    {
        QList<Order> orders;
        QDateTime asOf;
    };

    explicit AttentionStore(const QString &path);
    ~AttentionStore();

    // attention.sqlite in the application's data folder.
    static QString defaultPath();

    bool isOpen() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    // What became of a damaged file (set aside), or empty.
    const QString &notice() const { return m_notice; }
    const QString &path() const { return m_path; }

    // The watched ICCIDs, in the order they were added.
    QStringList watched(const QString &account) const;
    // Why the watchlist could not be changed, or nothing.
    std::optional<QString> watch(const QString &account, const QStringList &iccids);
    std::optional<QString> unwatch(const QString &account, const QStringList &iccids);

    // The days of `iccids` from `first` to `last` that were read before, by ICCID.
    QHash<QString, QMap<QDate, double>> days(const QString &account, const QStringList &iccids,
                                             QDate first, QDate last) const;
    // Keeps complete days; days before `forgetBefore` are forgotten (a rate needs a week).
    std::optional<QString> saveDays(const QString &account, const QList<DayUsage> &days,
                                    QDate forgetBefore);

    // The orders in use as the last full listing had them, if there was one.
    std::optional<OrderListing> orders(const QString &account) const;
    // When the kept listing was read and how many orders it has (nothing: never read).
    std::optional<QDateTime> ordersAsOf(const QString &account) const;
    qint64 orderCount(const QString &account) const;
    std::optional<QString> saveOrders(const QString &account, const QList<Order> &orders,
                                      const QDateTime &asOf);

    // When the account was last looked at (invalid: never).
    QDateTime lastLook(const QString &account) const;
    std::optional<QString> setLastLook(const QString &account, const QDateTime &when);

    // The items of `items` not there at the last announcement, now marked announced; those no
    // longer there are forgotten (news again when they come back).
    // An item of a reason `rules` switch off is not forgotten: switched on again, it is not
    // news.
    QList<AttentionItem> announce(const QString &account, const QList<AttentionItem> &items,
                                  const QDateTime &now, const AttentionRules &rules = {});

private:
    bool open();
    bool prepareSchema();
    bool exec(const QString &statement, const QVariantList &values = {}) const;
    QString lastError() const;
    // Runs `statement` for each row of values, then `then`, in one write transaction; why it
    // could not, or nothing.
    std::optional<QString> writeRows(const QString &statement, const QList<QVariantList> &rows,
                                     const std::function<bool()> &then = {});

    QString m_path;
    QString m_connection;
    QString m_problem;
    QString m_notice;
};

} // namespace cube
