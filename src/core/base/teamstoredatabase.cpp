#include "base/teamstoredatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

const QString driverName = u"QPSQL"_s;

} // namespace

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
    // print them on standard error, in cubectl's output.
    db.setConnectOptions(
        u"connect_timeout=%1;application_name=cube-console@%2;"
        "options='-c client_min_messages=warning'"_s.arg(QString::number(connectTimeoutSeconds),
                                                         QSysInfo::machineHostName().left(40)));
    if (!db.open()) {
        const QString said = db.lastError().text().trimmed();
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
