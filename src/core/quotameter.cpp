#include "quotameter.h"

#include "sqlitefile.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

Q_LOGGING_CATEGORY(lcQuota, "cube.quota", QtInfoMsg)

QString dayKey(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

QuotaMeter::QuotaMeter(const QString &journalPath)
{
    static std::atomic<int> instances{0};
    m_connection = u"cube-quota-%1"_s.arg(++instances);
    const SqliteFile::Opened opened = SqliteFile::open(m_connection, journalPath);
    m_open = opened.ok;
    if (!m_open) {
        qCWarning(lcQuota) << "the quota count cannot be kept:" << opened.problem;
        return;
    }
    // A count lost to a power cut costs nothing; a sync after every query would.
    QSqlQuery(QSqlDatabase::database(m_connection, false)).exec(u"PRAGMA synchronous=NORMAL"_s);
}

QuotaMeter::~QuotaMeter()
{
    SqliteFile::close(m_connection);
}

QString QuotaMeter::accountKey(const ConnectionSettings &settings)
{
    return settings.accessCode + u'@'
           + settings.baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString();
}

void QuotaMeter::count(const QString &account, QDate day)
{
    if (!m_open)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    // IMMEDIATE: the write lock first, waited for (busy time-out); a plain statement that
    // reads and then writes would fail at once when another program wrote meanwhile (WAL).
    if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
        qCWarning(lcQuota) << "a query could not be counted:" << query.lastError().text();
        return;
    }
    query.prepare(u"INSERT INTO quota (account, day, used) VALUES (?, ?, 1) "
                  "ON CONFLICT (account, day) DO UPDATE SET used = used + 1"_s);
    query.addBindValue(account);
    query.addBindValue(dayKey(day));
    const bool counted = query.exec();
    if (!counted)
        qCWarning(lcQuota) << "a query could not be counted:" << query.lastError().text();
    query.exec(counted ? u"COMMIT"_s : u"ROLLBACK"_s);
}

std::optional<qint64> QuotaMeter::used(const QString &account, QDate day) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT used FROM quota WHERE account = ? AND day = ?"_s);
    query.addBindValue(account);
    query.addBindValue(dayKey(day));
    if (!query.exec())
        return std::nullopt;
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace cube
