#include "transport/quotameter.h"

#include "base/sqlitefile.h"
#include "base/sqlstore.h"
#include "base/teamstoredatabase.h"

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

QuotaMeter::QuotaMeter(const QString &journalPath, const TeamStore &team)
{
    static std::atomic<int> instances{0};
    m_connection = u"cube-quota-%1"_s.arg(++instances);
    if (team.isSet()) {
        const TeamStoreDatabase::Opened opened = TeamStoreDatabase::open(m_connection, team);
        m_open = opened.ok;
        if (!m_open)
            qCWarning(lcQuota) << "the quota count cannot be kept:" << opened.problem;
        // A team store's rows lock one by one: no busy time-out to tune.
        return;
    }
    const SqliteFile::Opened opened = SqliteFile::open(m_connection, journalPath);
    m_open = opened.ok;
    if (!m_open) {
        qCWarning(lcQuota) << "the quota count cannot be kept:" << opened.problem;
        return;
    }
    QSqlQuery settings(QSqlDatabase::database(m_connection, false));
    // A count lost to a power cut costs nothing; a sync after every query would.
    settings.exec(u"PRAGMA synchronous=NORMAL"_s);
    // Counting runs on the UI thread: it waits a moment for another program's write, not the
    // 15 s a journal entry may (a count not written yet stays pending, see flush()).
    settings.exec(u"PRAGMA busy_timeout=200"_s);
}

QuotaMeter::~QuotaMeter()
{
    if (m_open && !m_pending.isEmpty()) {
        // The last chance: worth a longer wait than a count on the UI thread.
        if (!SqlStore::isTeam(m_connection))
            QSqlQuery(QSqlDatabase::database(m_connection, false))
                .exec(u"PRAGMA busy_timeout=5000"_s);
        if (!flush())
            qCWarning(lcQuota) << "queries counted here could not be written";
    }
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
    ++m_pending[{account, day}];
    if (!flush())
        reconnect();
}

void QuotaMeter::reconnect()
{
    // A team store's connection does not come back on its own (the server restarted, the
    // network dropped): opened again, and what is pending written then. A count whose answer
    // was lost may be written twice: the office's count errs high, never low.
    if (SqlStore::isTeam(m_connection) && !SqlStore::run(m_connection, u"SELECT 1"_s)
        && TeamStoreDatabase::reopen(m_connection))
        flush();
}

bool QuotaMeter::flush()
{
    if (m_pending.isEmpty())
        return true;
    const bool written = SqlStore::writeTransaction(m_connection, [this] {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.prepare(
            u"INSERT INTO quota (account, day, used) VALUES (?, ?, ?) "
            "ON CONFLICT (account, day) DO UPDATE SET used = quota.used + excluded.used"_s);
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            query.addBindValue(it.key().first);
            query.addBindValue(dayKey(it.key().second));
            query.addBindValue(it.value());
            if (!query.exec()) {
                qCWarning(lcQuota) << "queries could not be counted:" << query.lastError().text();
                return false;
            }
        }
        return true;
    });
    if (written)
        m_pending.clear();
    return written;
}

std::optional<qint64> QuotaMeter::used(const QString &account, QDate day)
{
    if (!m_open)
        return std::nullopt;
    if (!flush())
        reconnect();
    const qint64 pending = m_pending.value({account, day});
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT used FROM quota WHERE account = ? AND day = ?"_s);
    query.addBindValue(account);
    query.addBindValue(dayKey(day));
    if (!query.exec())
        return std::nullopt;
    return pending + (query.next() ? query.value(0).toLongLong() : 0);
}

} // namespace cube
