#include "base/teamstoredatabase.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

const QString driverName = u"QPSQL"_s;

// The stores reach() found out of reach, with why, by their URL as shown.
QMutex unreachableLock;
QHash<QString, QString> &unreachable()
{
    static QHash<QString, QString> stores;
    return stores;
}

} // namespace

QString TeamStoreDatabase::reach(const TeamStore &store)
{
    {
        const QMutexLocker locked(&unreachableLock);
        unreachable().remove(store.shown());
    }
    const QString connection =
        u"cube-team-reach-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Opened opened = open(connection, store);
    QSqlDatabase::database(connection, false).close();
    QSqlDatabase::removeDatabase(connection);
    if (!opened.ok) {
        const QMutexLocker locked(&unreachableLock);
        unreachable().insert(store.shown(), opened.problem);
    }
    return opened.problem;
}

bool TeamStoreDatabase::driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(driverName);
}

TeamStoreDatabase::Opened TeamStoreDatabase::open(const QString &connection, const TeamStore &store)
{
    Opened opened;
    if (const QString problem = TeamStore::urlProblem(store.url); !problem.isEmpty()) {
        opened.problem = problem;
        return opened;
    }
    {
        const QMutexLocker locked(&unreachableLock);
        if (const auto found = unreachable().constFind(store.shown());
            found != unreachable().cend()) {
            opened.problem = *found;
            return opened;
        }
    }
    if (!driverAvailable()) {
        opened.problem = tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)");
        return opened;
    }
    const QUrl url = store.parsed();
    QSqlDatabase db = QSqlDatabase::contains(connection)
                          ? QSqlDatabase::database(connection, false)
                          : QSqlDatabase::addDatabase(driverName, connection);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(url.path().mid(1));
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    db.setPassword(store.password);
    // The desk's name in the server's list of sessions (pg_stat_activity), for whoever looks;
    // the server's notices ("… already exists, skipping") are not for the person: libpq would
    // print them on standard error, in cubectl's output. A server that stops answering (a
    // dropped network) fails a statement within seconds rather than at TCP's own time-out, and
    // one that is busy fails it after a while rather than never.
    db.setConnectOptions(
        u"connect_timeout=%1;application_name=cube-console@%2;tcp_user_timeout=%3;"
        "keepalives_idle=30;options='-c client_min_messages=warning -c statement_timeout=%4'"_s.arg(
            QString::number(connectTimeoutSeconds), QSysInfo::machineHostName().left(40),
            QString::number(connectTimeoutSeconds * 2000),
            QString::number(statementTimeoutSeconds * 1000)));
    if (!db.open()) {
        // libpq's words on one line, without Qt's own "Unable to connect" after them.
        QString said = db.lastError().databaseText().simplified();
        if (said.isEmpty())
            said = db.lastError().driverText().simplified();
        opened.problem =
            tr("no connection to the team store: %1").arg(said.isEmpty() ? tr("no answer") : said);
        return opened;
    }
    opened.ok = true;
    return opened;
}

bool TeamStoreDatabase::reopen(const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!db.isValid())
        return false;
    db.close();
    return db.open();
}

} // namespace cube
