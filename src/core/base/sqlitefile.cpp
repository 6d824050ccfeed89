#include "base/sqlitefile.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// SQLite's own codes for a file that is not (or no longer) a database.
const QStringList corruptCodes{u"11"_s, u"26"_s};
// SQLITE_BUSY and SQLITE_LOCKED: another connection holds the lock.
const QStringList busyCodes{u"5"_s, u"6"_s};

// Puts the file in WAL mode and reads its schema version. Two programs opening a new file at
// once both switch it to WAL, which needs the file to themselves, and SQLite may answer the
// second "locked" at once, without the busy time-out's wait (seen with two cubectl started by
// one shell: one in two ran without its journal). The switch is tried again for as long as a
// statement would wait.
QSqlError probe(QSqlDatabase &db)
{
    QDeadlineTimer patience(SqliteFile::busyTimeoutMs);
    for (;;) {
        QSqlQuery probe(db);
        if (probe.exec(u"PRAGMA journal_mode=WAL"_s) && probe.exec(u"PRAGMA user_version"_s)
            && probe.next())
            return {};
        const QSqlError error = probe.lastError();
        if (!busyCodes.contains(error.nativeErrorCode()) || patience.hasExpired())
            return error;
        QThread::msleep(10);
    }
}

} // namespace

SqliteFile::Opened SqliteFile::open(const QString &connection, const QString &path)
{
    Opened opened;
    QDir().mkpath(QFileInfo(path).absolutePath());
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlDatabase db = QSqlDatabase::contains(connection)
                              ? QSqlDatabase::database(connection, false)
                              : QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        // Two programs may write at once: wait for the other's transaction, never fail.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
        if (!db.open()) {
            opened.problem = db.lastError().text();
            return opened;
        }
        const QSqlError error = probe(db);
        if (!error.isValid()) {
            opened.ok = true;
            return opened;
        }
        db.close();
        if (!corruptCodes.contains(error.nativeErrorCode()) || attempt > 0) {
            opened.problem = error.text();
            opened.busy = busyCodes.contains(error.nativeErrorCode());
            return opened;
        }
        // Not a database: keep it for whoever wants to look, start anew.
        opened.setAsidePath = setAside(path);
        if (opened.setAsidePath.isEmpty()) {
            opened.problem = tr("the file is damaged and could not be set aside");
            return opened;
        }
    }
    return opened;
}

QString SqliteFile::setAside(const QString &path)
{
    const QString stamp =
        path + u".corrupt-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    // Two files set aside within one second (a cache damaged again at once) keep both: a
    // rename onto an existing name would fail and the damaged file would then be lost.
    QString aside = stamp;
    for (int again = 2; QFile::exists(aside) && again < 1000; ++again)
        aside = stamp + u'-' + QString::number(again);
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix))
            return {};
    return aside;
}

std::optional<int> SqliteFile::schemaVersion(const QString &connection)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

bool SqliteFile::setSchemaVersion(const QString &connection, int version)
{
    // A pragma takes no bound value; the number is ours, never text from outside.
    return QSqlQuery(QSqlDatabase::database(connection, false))
        .exec(u"PRAGMA user_version = %1"_s.arg(version));
}

void SqliteFile::close(const QString &connection)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

bool SqliteFile::writeTransaction(const QString &connection, const std::function<bool()> &work,
                                  QSqlError *sqlError)
{
    return transaction(connection, u"BEGIN IMMEDIATE"_s, work, sqlError);
}

bool SqliteFile::transaction(const QString &connection, const QString &begin,
                             const std::function<bool()> &work, QSqlError *sqlError)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    if (!query.exec(begin)) {
        if (sqlError)
            *sqlError = query.lastError();
        return false;
    }
    if (work() && query.exec(u"COMMIT"_s))
        return true;
    if (sqlError && query.lastError().isValid())
        *sqlError = query.lastError();
    query.exec(u"ROLLBACK"_s);
    return false;
}

bool SqliteFile::exec(const QString &connection, const QString &statement,
                      const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(connection, false));
    if (!query.prepare(statement))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

QString SqliteFile::lastError(const QString &connection)
{
    return QSqlDatabase::database(connection, false).lastError().text();
}

} // namespace cube
