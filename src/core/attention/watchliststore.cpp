#include "attention/watchliststore.h"

#include "attention/attentionstore.h"
#include "base/sqlitefile.h"
#include "base/sqlstore.h"
#include "base/teamstoredatabase.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

const QString component = u"watchlist"_s;

} // namespace

WatchlistStore::WatchlistStore(const QString &attentionPath, const TeamStore &team)
{
    if (!team.isSet()) {
        m_file = std::make_unique<AttentionStore>(attentionPath);
        return;
    }
    m_connection = u"cube-watchlist-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    openTeamStore(team);
}

WatchlistStore::~WatchlistStore()
{
    if (!m_connection.isEmpty())
        SqliteFile::close(m_connection);
}

bool WatchlistStore::openTeamStore(const TeamStore &team)
{
    const TeamStoreDatabase::Opened opened = TeamStoreDatabase::open(m_connection, team);
    if (!opened.ok) {
        m_problem = opened.problem;
        return false;
    }
    std::optional<int> found;
    QSqlError error;
    // The team's first desk makes the table; another starting at once waits for it. `position`
    // keeps the order of SIMs added in one moment.
    const bool made = SqlStore::writeTransaction(
        m_connection,
        [&] {
            if (!SqlStore::serialize(m_connection, 0))
                return false;
            found = SqlStore::schemaVersion(m_connection, component);
            if (!found || *found > teamSchemaVersion)
                return false;
            return *found == teamSchemaVersion
                   || (SqlStore::run(m_connection,
                                     u"CREATE TABLE watchlist (account TEXT NOT NULL, iccid TEXT "
                                     "NOT NULL, added BIGINT NOT NULL, position BIGSERIAL, "
                                     "PRIMARY KEY (account, iccid))"_s)
                       && SqlStore::setSchemaVersion(m_connection, component, teamSchemaVersion));
        },
        &error);
    if (found && *found > teamSchemaVersion)
        m_problem = tr("the team store's watchlist was made by a newer version of Cube Console "
                       "(schema %1; this version knows %2)")
                        .arg(*found)
                        .arg(teamSchemaVersion);
    else if (!made)
        m_problem = error.text().trimmed().isEmpty() ? tr("the team store refused the change")
                                                     : error.text().trimmed();
    return made;
}

bool WatchlistStore::isOpen() const
{
    return m_file ? m_file->isOpen() : m_problem.isEmpty();
}

QString WatchlistStore::problem() const
{
    return m_file ? m_file->problem() : m_problem;
}

QString WatchlistStore::notice() const
{
    return m_file ? m_file->notice() : QString();
}

QStringList WatchlistStore::watched(const QString &account) const
{
    if (m_file)
        return m_file->watched(account);
    QStringList iccids;
    if (!isOpen())
        return iccids;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT iccid FROM watchlist WHERE account = ? ORDER BY added, position"_s);
    query.addBindValue(account);
    if (query.exec()) {
        while (query.next())
            iccids.append(query.value(0).toString());
    }
    return iccids;
}

std::optional<QString> WatchlistStore::watch(const QString &account, const QStringList &iccids)
{
    if (m_file)
        return m_file->watch(account, iccids);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<QVariantList> rows;
    for (const QString &iccid : iccids)
        rows.append({account, iccid, now});
    return writeRows(u"INSERT INTO watchlist (account, iccid, added) VALUES (?, ?, ?) "
                     "ON CONFLICT (account, iccid) DO NOTHING"_s,
                     rows);
}

std::optional<QString> WatchlistStore::unwatch(const QString &account, const QStringList &iccids)
{
    if (m_file)
        return m_file->unwatch(account, iccids);
    QList<QVariantList> rows;
    for (const QString &iccid : iccids)
        rows.append({account, iccid});
    return writeRows(u"DELETE FROM watchlist WHERE account = ? AND iccid = ?"_s, rows);
}

std::optional<QString> WatchlistStore::writeRows(const QString &statement,
                                                 const QList<QVariantList> &rows)
{
    if (!isOpen())
        return m_problem;
    QSqlError error;
    const bool done = SqlStore::writeTransaction(
        m_connection,
        [&] {
            QSqlQuery query(QSqlDatabase::database(m_connection, false));
            if (!query.prepare(statement)) {
                error = query.lastError();
                return false;
            }
            for (const QVariantList &row : rows) {
                for (int i = 0; i < row.size(); ++i)
                    query.bindValue(i, row.at(i));
                if (!query.exec()) {
                    error = query.lastError();
                    return false;
                }
            }
            return true;
        },
        &error);
    if (done)
        return std::nullopt;
    return error.text().trimmed().isEmpty() ? tr("the team store refused the change")
                                            : error.text().trimmed();
}

} // namespace cube
