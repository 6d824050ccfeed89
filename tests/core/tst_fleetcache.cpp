#include "fleetcache.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

cube::FleetSnapshot fleetOf(int count, const QString &planName)
{
    cube::FleetSnapshot fleet;
    for (int i = 0; i < count; ++i) {
        cube::SimCard sim;
        sim.iccid = u"8985202201%1"_s.arg(i, 10, 10, QChar(u'0'));
        sim.imsi = u"45412%1"_s.arg(i, 10, 10, QChar(u'0'));
        sim.lifeCycle = 1 + i % 4;
        sim.planCode = u"DP1"_s;
        sim.planName = planName;
        sim.orderCode = i % 2 ? u"L%1"_s.arg(i) : QString();
        sim.usedFlowMb = i / 8.0;
        if (i == 17)
            sim.msisdn = u"+852 6000 0017"_s; // kept as text
        fleet.append(sim);
    }
    return fleet;
}

cube::ConnectionSettings settingsFor(const QString &accessCode)
{
    cube::ConnectionSettings settings;
    settings.baseUrl = QUrl(u"https://cube.example/api"_s);
    settings.accessCode = accessCode;
    return settings;
}

// Runs one statement on the cache file from outside, as another program (or damage) would.
void execOn(const QString &path, const QString &statement)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(u"outside"_s);
}

// How many rows `table` of the cache file holds, read from outside; -1 when it cannot be read.
qint64 countRows(const QString &path, const QString &table)
{
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"counting"_s);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next())
            count = query.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(u"counting"_s);
    return count;
}

} // namespace

// The fleet cache on a real SQLite file: a list kept and read back whole, accounts apart,
// and damage, another schema or rows that do not hold together each discarded with a notice.
class TestFleetCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(u"fleet-cache.sqlite"_s); }

private slots:
    void cleanup()
    {
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(name));
    }

    void keepsAListAndReadsItBack()
    {
        const QString account = cube::FleetCache::accountKey(u"Ops"_s, settingsFor(u"A1"_s));
        const cube::FleetSnapshot fleet = fleetOf(10000, u"Monthly 1GB"_s);
        const QDateTime asOf = QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC);
        {
            cube::FleetCache cache(path());
            QVERIFY2(cache.isOpen(), qPrintable(cache.problem()));
            QCOMPARE(cache.save(account, fleet, asOf), std::nullopt);
        }
        cube::FleetCache cache(path()); // a new start
        const std::optional<cube::CachedFleet> cached = cache.load(account);
        QVERIFY(cached);
        QCOMPARE(cached->asOf, asOf);
        QCOMPARE(cached->fleet.size(), 10000);
        for (int row : {0, 17, 4095, 4096, 9999}) {
            const cube::SimCard read = cached->fleet.sim(row);
            const cube::SimCard written = fleet.sim(row);
            QCOMPARE(read.iccid, written.iccid);
            QCOMPARE(read.msisdn, written.msisdn);
            QCOMPARE(read.planName, written.planName);
            QCOMPARE(read.orderCode, written.orderCode);
            QCOMPARE(read.usedFlowMb, written.usedFlowMb);
        }
        QCOMPARE(cached->index.rowOf(cached->fleet, fleet.sim(9876).iccid), 9876);
        QVERIFY(cache.notice().isEmpty());
        QVERIFY(cache.clear() == std::nullopt);
        QVERIFY(!cache.load(account));
    }

    void twoProfilesKeepTheirOwnLists()
    {
        const QString ops = cube::FleetCache::accountKey(u"Ops"_s, settingsFor(u"A1"_s));
        const QString lab = cube::FleetCache::accountKey(u"Lab"_s, settingsFor(u"A1"_s));
        const QString other = cube::FleetCache::accountKey(u"Ops"_s, settingsFor(u"B2"_s));
        cube::FleetCache cache(path());
        QVERIFY(!cache.save(ops, fleetOf(300, u"Ops plan"_s), QDateTime::currentDateTimeUtc()));
        QVERIFY(!cache.save(lab, fleetOf(20, u"Lab plan"_s), QDateTime::currentDateTimeUtc()));
        QCOMPARE(cache.load(ops)->fleet.size(), 300);
        QCOMPARE(cache.load(lab)->fleet.size(), 20);
        QCOMPARE(cache.load(lab)->fleet.planName(0), u"Lab plan"_s);
        QVERIFY(!cache.load(other)); // the same profile name with another access code
        // A new list replaces the account's old one whole.
        QVERIFY(!cache.save(ops, fleetOf(5, u"Ops plan"_s), QDateTime::currentDateTimeUtc()));
        QCOMPARE(cache.load(ops)->fleet.size(), 5);
    }

    void keepsOnlyTheNewestAccountsLists()
    {
        // Every start of the demo is a new account (a new port): the file must not grow with
        // each. The lists of the most recently saved accounts stay, the oldest go.
        cube::FleetCache cache(path());
        const QDateTime start(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
        const int accounts = cube::FleetCache::keptAccounts + 3;
        const auto keyOf = [](int i) {
            return cube::FleetCache::accountKey({}, settingsFor(u"P%1"_s.arg(i)));
        };
        for (int i = 0; i < accounts; ++i)
            QVERIFY(!cache.save(keyOf(i), fleetOf(50 + i, u"Plan"_s), start.addSecs(60 * i)));
        for (int i = 0; i < accounts; ++i) {
            const bool kept = i >= accounts - cube::FleetCache::keptAccounts;
            QCOMPARE(cache.load(keyOf(i)).has_value(), kept);
        }
        QCOMPARE(cache.load(keyOf(accounts - 1))->fleet.size(), 50 + accounts - 1);
        // The list just saved stays even when the others claim later times (a clock put back).
        QVERIFY(!cache.save(keyOf(0), fleetOf(7, u"Plan"_s), start.addDays(-30)));
        QCOMPARE(cache.load(keyOf(0))->fleet.size(), 7);
        QVERIFY(!cache.load(keyOf(accounts - cube::FleetCache::keptAccounts)));
        QVERIFY(cache.load(keyOf(accounts - 1)));
        QCOMPARE(countRows(path(), u"fleet_chunks"_s), qint64(cube::FleetCache::keptAccounts));
    }

    void aDamagedFileIsSetAsideWithANotice()
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        cube::FleetCache cache(path());
        QVERIFY2(cache.isOpen(), qPrintable(cache.problem()));
        QVERIFY2(cache.notice().contains(u"set aside"_s), qPrintable(cache.notice()));
        const QStringList aside =
            QDir(m_dir.path()).entryList({u"fleet-cache.sqlite.corrupt-*"_s}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(m_dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(8192, 'x')); // set aside, not deleted
        QVERIFY(!cache.load(u"any"_s));
        QVERIFY(!cache.save(u"any"_s, fleetOf(3, u"P"_s), QDateTime::currentDateTimeUtc()));
        QCOMPARE(cache.load(u"any"_s)->fleet.size(), 3);
    }

    void anotherSchemaIsDiscardedWithANotice()
    {
        {
            cube::FleetCache cache(path());
            QVERIFY(!cache.save(u"a"_s, fleetOf(3, u"P"_s), QDateTime::currentDateTimeUtc()));
        }
        execOn(path(), u"PRAGMA user_version = 99"_s);
        cube::FleetCache cache(path());
        QVERIFY(cache.isOpen());
        QVERIFY2(cache.notice().contains(u"another version"_s), qPrintable(cache.notice()));
        QVERIFY(!cache.load(u"a"_s));
    }

    void rowsThatDoNotHoldTogetherAreDropped()
    {
        {
            cube::FleetCache cache(path());
            QVERIFY(!cache.save(u"a"_s, fleetOf(5000, u"P"_s), QDateTime::currentDateTimeUtc()));
        }
        // Half a row cut off the last part.
        execOn(path(), u"UPDATE fleet_chunks SET rows = substr(rows, 1, 100) WHERE chunk = 1"_s);
        cube::FleetCache cache(path());
        QVERIFY(!cache.load(u"a"_s));
        QVERIFY2(cache.notice().contains(u"discarded"_s), qPrintable(cache.notice()));
        QVERIFY(!cache.load(u"a"_s)); // and it is gone, not read again
    }
};

QTEST_GUILESS_MAIN(TestFleetCache)
#include "tst_fleetcache.moc"
