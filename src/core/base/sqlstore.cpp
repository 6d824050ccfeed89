#include "base/sqlstore.h"

#include "base/sqlitefile.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// The advisory locks of Cube Console in a team store's database: (this, key).
constexpr int advisoryClass = 0x43554245; // "CUBE"

} // namespace

bool SqlStore::isTeam(const QString &connection)
{
    return QSqlDatabase::database(connection, false).driverName() == "QPSQL"_L1;
}

bool SqlStore::writeTransaction(const QString &connection, const std::function<bool()> &work,
                                QSqlError *sqlError)
{
    return isTeam(connection) ? SqliteFile::transaction(connection, u"BEGIN"_s, work, sqlError)
                              : SqliteFile::writeTransaction(connection, work, sqlError);
}

bool SqlStore::serialize(const QString &connection, int key)
{
    if (!isTeam(connection))
        return true;
    return run(connection, u"SELECT pg_advisory_xact_lock(%1, %2)"_s.arg(advisoryClass).arg(key));
}

bool SqlStore::run(const QString &connection, const QString &statement, const QVariantList &values,
                   QSqlError *sqlError)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    bool done = false;
    if (values.isEmpty()) {
        done = query.exec(statement);
    } else if (query.prepare(statement)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        done = query.exec();
    }
    if (!done && sqlError)
        *sqlError = query.lastError();
    return done;
}

std::optional<int> SqlStore::schemaVersion(const QString &connection, const QString &component)
{
    if (!isTeam(connection))
        return SqliteFile::schemaVersion(connection);
    // The first desk makes the table (IF NOT EXISTS: two first desks may both try). Asked first
    // whether it is there: a role that may only read may not even try to make one.
    QSqlQuery query(QSqlDatabase::database(connection, false));
    if (!query.exec(u"SELECT to_regclass('schema_versions') IS NOT NULL"_s) || !query.next())
        return std::nullopt;
    if (!query.value(0).toBool()
        && !run(connection, u"CREATE TABLE IF NOT EXISTS schema_versions (component TEXT "
                            "PRIMARY KEY, version INTEGER NOT NULL)"_s))
        return std::nullopt;
    query.prepare(u"SELECT version FROM schema_versions WHERE component = ?"_s);
    query.addBindValue(component);
    if (!query.exec())
        return std::nullopt;
    return query.next() ? query.value(0).toInt() : 0;
}

bool SqlStore::setSchemaVersion(const QString &connection, const QString &component, int version)
{
    if (!isTeam(connection))
        return SqliteFile::setSchemaVersion(connection, version);
    return run(connection,
               u"INSERT INTO schema_versions (component, version) VALUES (?, ?) "
               "ON CONFLICT (component) DO UPDATE SET version = excluded.version"_s,
               {component, version});
}

} // namespace cube
