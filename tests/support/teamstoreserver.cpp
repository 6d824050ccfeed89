#include "teamstoreserver.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cube::test {

namespace {

// The server's own database `postgres`, as scripts/test-postgres wrote it, or why there is none.
struct ServerOfThisRun
{
    QUrl url;
    QString password;
    QString problem;
};

QString firstLineOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed();
}

ServerOfThisRun serverOfThisRun()
{
    const QString dir = qEnvironmentVariable("CUBE_TEST_TEAM_STORE_DIR");
    if (dir.isEmpty())
        return {{},
                {},
                u"CUBE_TEST_TEAM_STORE_DIR is not set, so this test has no PostgreSQL server: "
                "register it with cube_add_test(... TEAM_STORE) and run it through ctest, whose "
                "fixture team_store starts one; by hand: scripts/test-postgres start DIR, then "
                "CUBE_TEST_TEAM_STORE_DIR=DIR"_s};
    const QString url = firstLineOf(dir + u"/url"_s);
    const QString password = firstLineOf(dir + u"/password"_s);
    if (url.isEmpty() || password.isEmpty())
        return {{},
                {},
                u"%1/url or %1/password is missing or empty: the fixture team_store did not start "
                "PostgreSQL (read the output of the test team_store_start, or run "
                "scripts/test-postgres start %1)"_s.arg(dir)};
    return {QUrl(url, QUrl::StrictMode), password, {}};
}

// Runs `statements` one after the other on the server's database `postgres`, through a
// connection of its own that is gone afterwards; what went wrong, or nothing.
QString runOnServer(const ServerOfThisRun &server, const QStringList &statements)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        return u"Qt's PostgreSQL driver (QPSQL) is not installed: run scripts/install-deps "
               "(libqt6sql6-psql)"_s;
    const QString connection =
        u"cube-test-team-store-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(server.url.host());
        db.setPort(server.url.port(5432));
        db.setUserName(server.url.userName());
        db.setPassword(server.password);
        db.setDatabaseName(server.url.path().mid(1));
        // A server that hangs fails the test in seconds, not at CTest's time-out.
        db.setConnectOptions(u"connect_timeout=10"_s);
        if (!db.open())
            problem = u"cannot connect to the tests' PostgreSQL server at %1: %2"_s.arg(
                server.url.toDisplayString(), db.lastError().text());
        for (const QString &statement : statements) {
            if (!problem.isEmpty())
                break;
            QSqlQuery query(db);
            if (!query.exec(statement))
                problem = u"the tests' PostgreSQL server refused %1: %2"_s.arg(
                    statement, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

void failTheTest(const QString &problem)
{
    QTest::qFail(qPrintable(u"team store: "_s + problem), __FILE__, __LINE__);
}

// A string as an SQL literal (standard_conforming_strings, PostgreSQL's default: only ' doubles).
QString literal(QString text)
{
    return u'\'' + text.replace(u'\'', u"''"_s) + u'\'';
}

constexpr auto testDatabasePrefix = "cube_test_"_L1;

} // namespace

cube::TeamStore TestTeamStore::freshDatabase(const QString &why)
{
    const ServerOfThisRun server = serverOfThisRun();
    if (!server.problem.isEmpty()) {
        failTheTest(server.problem);
        return {};
    }
    // Lower-case letters and digits only: the name needs no quoting and stays well within
    // PostgreSQL's 63 bytes.
    const QString name = testDatabasePrefix + QUuid::createUuid().toString(QUuid::Id128);
    const QString problem =
        runOnServer(server, {u"CREATE DATABASE "_s + name,
                             u"COMMENT ON DATABASE %1 IS %2"_s.arg(name, literal(why))});
    if (!problem.isEmpty()) {
        failTheTest(problem);
        return {};
    }
    QUrl url = server.url;
    url.setPath(u'/' + name);
    cube::TeamStore store;
    store.url = url.toString();
    store.password = server.password;
    return store;
}

void TestTeamStore::dropDatabase(const cube::TeamStore &store)
{
    const QString name = store.parsed().path().mid(1);
    // Only what freshDatabase made: never the server's own database, nor a name to quote.
    if (!name.startsWith(testDatabasePrefix) || name.size() != testDatabasePrefix.size() + 32) {
        failTheTest(u"%1 is no database that TestTeamStore::freshDatabase made"_s.arg(name));
        return;
    }
    const ServerOfThisRun server = serverOfThisRun();
    QString problem = server.problem;
    // FORCE: a connection the test left open must not keep the database.
    if (problem.isEmpty())
        problem = runOnServer(server, {u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name)});
    if (!problem.isEmpty())
        failTheTest(problem);
}

} // namespace cube::test
