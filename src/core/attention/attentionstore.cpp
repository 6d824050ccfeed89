#include "attention/attentionstore.h"

#include "base/sqlitefile.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

const QStringList schema{
    u"CREATE TABLE IF NOT EXISTS watchlist (account TEXT NOT NULL, iccid TEXT NOT NULL, "
    "added INTEGER NOT NULL, PRIMARY KEY (account, iccid))"_s,
    u"CREATE TABLE IF NOT EXISTS day_usage (account TEXT NOT NULL, iccid TEXT NOT NULL, "
    "day TEXT NOT NULL, mb REAL NOT NULL, PRIMARY KEY (account, iccid, day))"_s,
    u"CREATE TABLE IF NOT EXISTS looks (account TEXT PRIMARY KEY, orders_as_of INTEGER, "
    "order_count INTEGER NOT NULL DEFAULT 0, last_look INTEGER)"_s,
    u"CREATE TABLE IF NOT EXISTS orders_in_use (account TEXT NOT NULL, code TEXT NOT NULL, "
    "iccid TEXT, plan_code TEXT, plan_name TEXT, status INTEGER, type INTEGER, starts INTEGER, "
    "expires INTEGER, flow_mb REAL, periods INTEGER)"_s,
    u"CREATE INDEX IF NOT EXISTS orders_in_use_account ON orders_in_use (account)"_s,
    u"CREATE TABLE IF NOT EXISTS announced (account TEXT NOT NULL, item TEXT NOT NULL, "
    "at INTEGER NOT NULL, PRIMARY KEY (account, item))"_s,
};

QVariant msOf(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// The reason an announcement's key begins with (AttentionItem::key: "no-plan/8985…").
AttentionReason reasonOf(const QString &key)
{
    const std::optional<int> reason =
        vocabulary::attentionReasons().fromStoredKey(key.section(u'/', 0, 0));
    return reason ? AttentionReason(*reason) : AttentionReason::Expired;
}

} // namespace

AttentionStore::AttentionStore(const QString &path)
    : m_path(path)
    , m_connection(u"cube-attention-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    open();
}

AttentionStore::~AttentionStore()
{
    SqliteFile::close(m_connection);
}

QString AttentionStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + u"/attention.sqlite"_s;
}

bool AttentionStore::open()
{
    const SqliteFile::Opened opened = SqliteFile::open(m_connection, m_path);
    if (!opened.setAsidePath.isEmpty())
        m_notice = tr("The attention file (watchlist and looks) was damaged and was set aside "
                      "as %1; a new one was started. Watch the SIMs again, or copy the watchlist "
                      "from the old file with sqlite3.")
                       .arg(opened.setAsidePath);
    if (!opened.ok)
        m_problem = opened.problem;
    else if (!prepareSchema() && m_problem.isEmpty())
        m_problem = lastError();
    return isOpen();
}

bool AttentionStore::prepareSchema()
{
    const std::optional<int> found = SqliteFile::schemaVersion(m_connection);
    if (!found)
        return false;
    if (*found > schemaVersion) {
        // The watchlist is the person's: a newer program's file is neither dropped nor used.
        m_problem = tr("%1 was written by a newer version of Cube Console (schema %2); this one "
                       "reads schema %3 and leaves it alone.")
                        .arg(m_path)
                        .arg(*found)
                        .arg(schemaVersion);
        return false;
    }
    // A file of this schema is opened without writing: the console opens the store on its UI
    // thread (the cost of a look, the watchlist), and a write there would wait for the disk,
    // or for a look's transaction on its worker.
    if (*found == schemaVersion)
        return true;
    for (const QString &statement : schema) {
        if (!exec(statement))
            return false;
    }
    return SqliteFile::setSchemaVersion(m_connection, schemaVersion);
}

bool AttentionStore::exec(const QString &statement, const QVariantList &values) const
{
    return SqliteFile::exec(m_connection, statement, values);
}

QString AttentionStore::lastError() const
{
    return SqliteFile::lastError(m_connection);
}

std::optional<QString> AttentionStore::writeRows(const QString &statement,
                                                 const QList<QVariantList> &rows,
                                                 const std::function<bool()> &then)
{
    if (!isOpen())
        return m_problem;
    QSqlError error;
    const bool done = SqliteFile::writeTransaction(
        m_connection,
        [&] {
            // Prepared once: a pasted watchlist or a week of days is many rows.
            QSqlQuery query(QSqlDatabase::database(m_connection, false));
            if (!query.prepare(statement))
                return false;
            for (const QVariantList &row : rows) {
                for (int i = 0; i < row.size(); ++i)
                    query.bindValue(i, row.at(i));
                if (!query.exec())
                    return false;
            }
            return !then || then();
        },
        &error);
    if (done)
        return std::nullopt;
    return error.isValid() ? error.text() : lastError();
}

QStringList AttentionStore::watched(const QString &account) const
{
    QStringList iccids;
    if (!isOpen())
        return iccids;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT iccid FROM watchlist WHERE account = ? ORDER BY added, rowid"_s);
    query.addBindValue(account);
    if (query.exec()) {
        while (query.next())
            iccids.append(query.value(0).toString());
    }
    return iccids;
}

std::optional<QString> AttentionStore::watch(const QString &account, const QStringList &iccids)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<QVariantList> rows;
    for (const QString &iccid : iccids)
        rows.append({account, iccid, now});
    return writeRows(u"INSERT OR IGNORE INTO watchlist (account, iccid, added) VALUES (?, ?, ?)"_s,
                     rows);
}

std::optional<QString> AttentionStore::unwatch(const QString &account, const QStringList &iccids)
{
    QList<QVariantList> rows;
    for (const QString &iccid : iccids)
        rows.append({account, iccid});
    return writeRows(u"DELETE FROM watchlist WHERE account = ? AND iccid = ?"_s, rows);
}

QHash<QString, QMap<QDate, double>> AttentionStore::days(const QString &account,
                                                         const QStringList &iccids, QDate first,
                                                         QDate last) const
{
    QHash<QString, QMap<QDate, double>> found;
    if (!isOpen() || iccids.isEmpty())
        return found;
    const QSet<QString> wanted(iccids.cbegin(), iccids.cend());
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT iccid, day, mb FROM day_usage WHERE account = ? AND day >= ? "
                  "AND day <= ?"_s);
    query.addBindValue(account);
    query.addBindValue(first.toString(Qt::ISODate));
    query.addBindValue(last.toString(Qt::ISODate));
    if (!query.exec())
        return found;
    while (query.next()) {
        const QString iccid = query.value(0).toString();
        const QDate day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        if (wanted.contains(iccid) && day.isValid())
            found[iccid].insert(day, query.value(2).toDouble());
    }
    return found;
}

std::optional<QString> AttentionStore::saveDays(const QString &account, const QList<DayUsage> &days,
                                                QDate forgetBefore)
{
    QList<QVariantList> rows;
    for (const DayUsage &day : days)
        rows.append({account, day.iccid, day.date.toString(Qt::ISODate), day.usedMb});
    return writeRows(
        u"INSERT OR REPLACE INTO day_usage (account, iccid, day, mb) VALUES (?, ?, ?, ?)"_s, rows,
        [&] {
            return exec(u"DELETE FROM day_usage WHERE account = ? AND day < ?"_s,
                        {account, forgetBefore.toString(Qt::ISODate)});
        });
}

std::optional<AttentionStore::OrderListing> AttentionStore::orders(const QString &account) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery look(QSqlDatabase::database(m_connection, false));
    look.prepare(u"SELECT orders_as_of FROM looks WHERE account = ?"_s);
    look.addBindValue(account);
    if (!look.exec() || !look.next() || look.value(0).isNull())
        return std::nullopt;
    OrderListing listing;
    listing.asOf = fromMs(look.value(0));
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT code, iccid, plan_code, plan_name, status, type, starts, expires, "
                  "flow_mb, periods FROM orders_in_use WHERE account = ? ORDER BY rowid"_s);
    query.addBindValue(account);
    if (!query.exec())
        return std::nullopt;
    while (query.next()) {
        Order order;
        order.orderCode = query.value(0).toString();
        order.iccid = query.value(1).toString();
        order.planCode = query.value(2).toString();
        order.planName = query.value(3).toString();
        order.status = query.value(4).toInt();
        order.type = query.value(5).toInt();
        order.starts = fromMs(query.value(6));
        order.expires = fromMs(query.value(7));
        order.flowMb = query.value(8).toDouble();
        order.periods = qMax(1, query.value(9).toInt());
        listing.orders.append(order);
    }
    return listing;
}

std::optional<QDateTime> AttentionStore::ordersAsOf(const QString &account) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT orders_as_of FROM looks WHERE account = ?"_s);
    query.addBindValue(account);
    if (!isOpen() || !query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return fromMs(query.value(0));
}

qint64 AttentionStore::orderCount(const QString &account) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT order_count FROM looks WHERE account = ?"_s);
    query.addBindValue(account);
    return isOpen() && query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<QString> AttentionStore::saveOrders(const QString &account,
                                                  const QList<Order> &orders, const QDateTime &asOf)
{
    if (!isOpen())
        return m_problem;
    QSqlError error;
    const bool done = SqliteFile::writeTransaction(
        m_connection,
        [&] {
            if (!exec(u"DELETE FROM orders_in_use WHERE account = ?"_s, {account}))
                return false;
            QSqlQuery insert(QSqlDatabase::database(m_connection, false));
            if (!insert.prepare(u"INSERT INTO orders_in_use (account, code, iccid, plan_code, "
                                "plan_name, status, type, starts, expires, flow_mb, periods) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s))
                return false;
            for (const Order &order : orders) {
                const QVariantList values{account,        order.orderCode,    order.iccid,
                                          order.planCode, order.planName,     order.status,
                                          order.type,     msOf(order.starts), msOf(order.expires),
                                          order.flowMb,   order.periods};
                for (int i = 0; i < values.size(); ++i)
                    insert.bindValue(i, values.at(i));
                if (!insert.exec())
                    return false;
            }
            return exec(u"INSERT INTO looks (account, orders_as_of, order_count) VALUES (?, ?, ?) "
                        "ON CONFLICT (account) DO UPDATE SET orders_as_of = excluded.orders_as_of, "
                        "order_count = excluded.order_count"_s,
                        {account, msOf(asOf), qint64(orders.size())});
        },
        &error);
    if (done)
        return std::nullopt;
    return error.isValid() ? error.text() : lastError();
}

QDateTime AttentionStore::lastLook(const QString &account) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT last_look FROM looks WHERE account = ?"_s);
    query.addBindValue(account);
    return isOpen() && query.exec() && query.next() ? fromMs(query.value(0)) : QDateTime();
}

std::optional<QString> AttentionStore::setLastLook(const QString &account, const QDateTime &when)
{
    if (!isOpen())
        return m_problem;
    if (exec(u"INSERT INTO looks (account, last_look) VALUES (?, ?) ON CONFLICT (account) "
             "DO UPDATE SET last_look = excluded.last_look"_s,
             {account, msOf(when)}))
        return std::nullopt;
    return lastError();
}

QList<AttentionItem> AttentionStore::announce(const QString &account,
                                              const QList<AttentionItem> &items,
                                              const QDateTime &now, const AttentionRules &rules)
{
    QList<AttentionItem> fresh;
    if (!isOpen())
        return fresh;
    QSet<QString> known;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT item FROM announced WHERE account = ?"_s);
    query.addBindValue(account);
    if (!query.exec())
        return fresh;
    while (query.next())
        known.insert(query.value(0).toString());
    QSet<QString> present;
    for (const AttentionItem &item : items) {
        const QString key = item.key();
        present.insert(key);
        if (!known.contains(key)) {
            known.insert(key);
            fresh.append(item);
        }
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const bool saved = SqliteFile::writeTransaction(m_connection, [&] {
        // Prepared once: the first look at a large fleet announces hundreds of thousands.
        QSqlQuery insert(QSqlDatabase::database(m_connection, false));
        if (!insert.prepare(u"INSERT OR IGNORE INTO announced (account, item, at) "
                            "VALUES (?, ?, ?)"_s))
            return false;
        for (const AttentionItem &item : std::as_const(fresh)) {
            insert.bindValue(0, account);
            insert.bindValue(1, item.key());
            insert.bindValue(2, nowMs);
            if (!insert.exec())
                return false;
        }
        // An item gone is forgotten: when it comes back (suspended again next month) it is
        // news again, and the file holds no more than what is there now.
        QSqlQuery forget(QSqlDatabase::database(m_connection, false));
        if (!forget.prepare(u"DELETE FROM announced WHERE account = ? AND item = ?"_s))
            return false;
        for (const QString &key : std::as_const(known)) {
            if (present.contains(key) || !rules.isOn(reasonOf(key)))
                continue;
            forget.bindValue(0, account);
            forget.bindValue(1, key);
            if (!forget.exec())
                return false;
        }
        return true;
    });
    // What could not be marked would be announced again at the next look: say nothing new
    // rather than the same thing twice.
    return saved ? fresh : QList<AttentionItem>();
}

} // namespace cube
