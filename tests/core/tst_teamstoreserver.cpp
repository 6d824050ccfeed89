#include "base/teamstore.h"
#include "teamstoreserver.h"

#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// A QPSQL connection to a team store, made from its URL and password as the console's are,
// and removed again when it goes.
class StoreConnection final
{
public:
    explicit StoreConnection(const cube::TeamStore &store)
        : m_name(u"tst-teamstoreserver-"_s + QUuid::createUuid().toString(QUuid::Id128))
    {
        const QUrl url = store.parsed();
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        m_db.setHostName(url.host());
        m_db.setPort(url.port(5432));
        m_db.setUserName(url.userName());
        m_db.setPassword(store.password);
        m_db.setDatabaseName(url.path().mid(1));
        m_db.setConnectOptions(u"connect_timeout=10"_s);
        m_opened = m_db.open();
    }
    ~StoreConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(StoreConnection)

    bool isOpen() const { return m_opened; }
    QString problem() const { return m_db.lastError().text(); }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_opened = false;
};

} // namespace

class TestTeamStoreServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Without a password of its own libpq would look for one here: only the store's counts.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/cube-test-pgpass");
    }

    void freshDatabaseKeepsATableAndItsRows()
    {
        CUBE_FRESH_TEAM_STORE(store, u"tst_teamstoreserver: a table and its rows"_s);
        QVERIFY2(cube::TeamStore::urlProblem(store.url).isEmpty(), qPrintable(store.url));
        QVERIFY(store.url.startsWith(u"postgresql://cube@127.0.0.1:"_s));
        QVERIFY(!store.shown().contains(store.password));

        StoreConnection connection(store);
        QVERIFY2(connection.isOpen(), qPrintable(connection.problem()));
        QSqlQuery query(connection.db());
        QVERIFY2(query.exec(u"CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL)"_s),
                 qPrintable(query.lastError().text()));
        const QString body = u"团队存储: it's \"kept\""_s;
        QVERIFY(query.prepare(u"INSERT INTO note (body) VALUES (?)"_s));
        query.addBindValue(body);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(u"SELECT id, body FROM note"_s), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QCOMPARE(query.value(1).toString(), body);
        QVERIFY(!query.next());
    }

    void eachFreshDatabaseIsItsOwn()
    {
        CUBE_FRESH_TEAM_STORE(first, u"tst_teamstoreserver: the first of two"_s);
        CUBE_FRESH_TEAM_STORE(second, u"tst_teamstoreserver: the second of two"_s);
        QVERIFY(first.url != second.url);

        StoreConnection one(first);
        QVERIFY2(one.isOpen(), qPrintable(one.problem()));
        QSqlQuery query(one.db());
        QVERIFY2(query.exec(u"CREATE TABLE only_in_the_first (id integer)"_s),
                 qPrintable(query.lastError().text()));

        StoreConnection two(second);
        QVERIFY2(two.isOpen(), qPrintable(two.problem()));
        QSqlQuery look(two.db());
        QVERIFY2(look.exec(u"SELECT to_regclass('only_in_the_first') IS NULL"_s),
                 qPrintable(look.lastError().text()));
        QVERIFY(look.next());
        QVERIFY2(look.value(0).toBool(), "the second database sees the first's table");
    }

    void onlyTheRightPasswordIsLetIn_data()
    {
        QTest::addColumn<bool>("storesOwn");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("letIn");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("the store's") << true << QString() << true << QString();
        QTest::newRow("wrong") << false << u"not-the-password"_s << false
                               << u"password authentication failed"_s;
        QTest::newRow("none") << false << QString() << false << u"no password supplied"_s;
    }

    void onlyTheRightPasswordIsLetIn()
    {
        QFETCH(bool, storesOwn);
        QFETCH(QString, password);
        QFETCH(bool, letIn);
        QFETCH(QString, refusal);
        CUBE_FRESH_TEAM_STORE(store, u"tst_teamstoreserver: passwords"_s);
        cube::TeamStore tried = store;
        if (!storesOwn)
            tried.password = password;

        StoreConnection connection(tried);
        QCOMPARE(connection.isOpen(), letIn);
        QVERIFY2(connection.problem().contains(refusal), qPrintable(connection.problem()));
    }

    void droppedDatabaseIsGone()
    {
        CUBE_FRESH_TEAM_STORE(store, u"tst_teamstoreserver: dropped"_s);
        {
            // Left open on purpose: a test's forgotten connection must not keep the database.
            StoreConnection connection(store);
            QVERIFY2(connection.isOpen(), qPrintable(connection.problem()));
            cube::test::TestTeamStore::dropDatabase(store);
        }
        StoreConnection again(store);
        QVERIFY(!again.isOpen());
        QVERIFY2(again.problem().contains(u"does not exist"_s), qPrintable(again.problem()));
    }

    // The helper's promise: a test without a server fails (here, as expected) instead of passing
    // on an empty store.
    void withoutServerTheTestFails()
    {
        const QByteArray dir = qgetenv("CUBE_TEST_TEAM_STORE_DIR");
        const auto restore = qScopeGuard([&] { qputenv("CUBE_TEST_TEAM_STORE_DIR", dir); });
        qunsetenv("CUBE_TEST_TEAM_STORE_DIR");

        QEXPECT_FAIL("", "freshDatabase fails the test when there is no server", Continue);
        const cube::TeamStore store = cube::test::TestTeamStore::freshDatabase(u"no server"_s);
        // Had freshDatabase not failed, the expected failure would still wait, and this check
        // would pass where a failure is expected: an unexpected pass, which fails the test.
        QVERIFY(true);
        QVERIFY(!store.isSet());
    }
};

QTEST_GUILESS_MAIN(TestTeamStoreServer)
#include "tst_teamstoreserver.moc"
