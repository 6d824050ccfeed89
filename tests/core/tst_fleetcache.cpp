#include "fleet/fleetcache.h"
#include "fleet/fleetcachekeeper.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>

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

// One account's list as the cache file holds it, read and written from outside: what damage
// (or another program) could leave there.
struct StoredList
{
    qint64 asOf = 0;
    qint64 rowCount = 0;
    qint64 rowBytes = 0;
    QByteArray dictionary;
    QList<qint64> chunks;
    QList<QByteArray> rows;
    QList<QVariant> odd; // a null QVariant: NULL
};

StoredList readStored(const QString &path, const QString &account)
{
    StoredList stored;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reading"_s);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery head(db);
        head.prepare(
            u"SELECT as_of, row_count, row_bytes, dictionary FROM fleets WHERE account = ?"_s);
        head.addBindValue(account);
        if (head.exec() && head.next()) {
            stored.asOf = head.value(0).toLongLong();
            stored.rowCount = head.value(1).toLongLong();
            stored.rowBytes = head.value(2).toLongLong();
            stored.dictionary = head.value(3).toByteArray();
        }
        QSqlQuery rows(db);
        rows.prepare(
            u"SELECT chunk, rows, odd FROM fleet_chunks WHERE account = ? ORDER BY chunk"_s);
        rows.addBindValue(account);
        rows.exec();
        while (rows.next()) {
            stored.chunks.append(rows.value(0).toLongLong());
            stored.rows.append(rows.value(1).toByteArray());
            stored.odd.append(rows.value(2));
        }
    }
    QSqlDatabase::removeDatabase(u"reading"_s);
    return stored;
}

// A null QByteArray binds as NULL, which the blob columns refuse: an empty one is an empty
// blob, what damage would leave.
QByteArray blob(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArray("", 0) : bytes;
}

void writeStored(const QString &path, const QString &account, const StoredList &stored)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writing"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.prepare(u"DELETE FROM fleet_chunks WHERE account = ?"_s));
        query.addBindValue(account);
        QVERIFY(query.exec());
        QVERIFY(query.prepare(u"DELETE FROM fleets WHERE account = ?"_s));
        query.addBindValue(account);
        QVERIFY(query.exec());
        QVERIFY(query.prepare(u"INSERT INTO fleets (account, as_of, row_count, row_bytes, "
                              "dictionary) VALUES (?, ?, ?, ?, ?)"_s));
        for (const QVariant &value :
             {QVariant(account), QVariant(stored.asOf), QVariant(stored.rowCount),
              QVariant(stored.rowBytes), QVariant(blob(stored.dictionary))})
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        for (qsizetype i = 0; i < stored.chunks.size(); ++i) {
            QVERIFY(query.prepare(
                u"INSERT INTO fleet_chunks (account, chunk, rows, odd) VALUES (?, ?, ?, ?)"_s));
            for (const QVariant &value : {QVariant(account), QVariant(stored.chunks.at(i)),
                                          QVariant(blob(stored.rows.at(i))), stored.odd.at(i)})
                query.addBindValue(value);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(u"writing"_s);
}

// What QDataStream writes: a number, a text (UTF-16, big-endian, after its length in bytes).
QByteArray number32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray storedText(const QString &text)
{
    if (text.isNull())
        return number32(0xFFFFFFFF);
    QByteArray bytes = number32(quint32(text.size() * 2));
    for (QChar c : text)
        bytes += number32(c.unicode()).right(2);
    return bytes;
}

// A dictionary blob with these plans (after the empty one) and order prefixes (after the
// empty one).
QByteArray storedDictionary(const QList<std::pair<QString, QString>> &plans,
                            const QStringList &prefixes)
{
    QByteArray bytes = number32(quint32(plans.size() + 1)) + storedText({}) + storedText({});
    for (const auto &[code, name] : plans)
        bytes += storedText(code) + storedText(name);
    bytes += number32(quint32(prefixes.size() + 1)) + storedText({});
    for (const QString &prefix : prefixes)
        bytes += storedText(prefix);
    return bytes;
}

// A texts blob: (row in the chunk * 4 + field, text) pairs.
QByteArray storedTexts(const QList<std::pair<quint32, QString>> &texts)
{
    QByteArray bytes = number32(quint32(texts.size()));
    for (const auto &[key, text] : texts)
        bytes += number32(key) + storedText(text);
    return bytes;
}

// Changes one packed SIM of a stored part.
void editSim(StoredList &stored, int chunk, int row,
             const std::function<void(cube::PackedSim &)> &edit)
{
    QByteArray &rows = stored.rows[chunk];
    cube::PackedSim sim;
    std::memcpy(&sim, rows.constData() + row * sizeof(sim), sizeof(sim));
    edit(sim);
    std::memcpy(rows.data() + row * sizeof(sim), &sim, sizeof(sim));
}

// The most memory this process has held so far (VmHWM), in KiB.
qint64 peakMemoryKb()
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// A damaged list: how it is damaged, and what the reason given for it says.
struct Damage
{
    const char *name;
    std::function<void(StoredList &)> damage;
    QString reason; // empty: the list reads, its texts cleaned
};

// The stored list that each damage starts from: fleetOf(5000) (two parts: 4,096 and 904 SIM
// cards; SIM 17's MSISDN kept as text) as saved.
constexpr int damagedFleetSize = 5000;

const std::vector<Damage> &damages()
{
    using cube::PackedSim;
    static const std::vector<Damage> all{
        // The head.
        {"date far in the future",
         [](StoredList &s) { s.asOf = std::numeric_limits<qint64>::max(); },
         u"between the years 2000 and 2200"_s},
        {"date 1970", [](StoredList &s) { s.asOf = 0; }, u"between the years 2000 and 2200"_s},
        {"date before 1970", [](StoredList &s) { s.asOf = -1; },
         u"between the years 2000 and 2200"_s},
        {"date 2300", [](StoredList &s) { s.asOf = 10'413'792'000'000; },
         u"between the years 2000 and 2200"_s},
        {"rows of 55 bytes", [](StoredList &s) { s.rowBytes = 55; }, u"55 bytes each"_s},
        {"rows of 2^32 + 56 bytes", [](StoredList &s) { s.rowBytes = (qint64(1) << 32) + 56; },
         u"bytes each instead of 56"_s},
        {"negative count", [](StoredList &s) { s.rowCount = -1; }, u"counts -1 SIM cards"_s},
        {"count one short", [](StoredList &s) { s.rowCount = damagedFleetSize - 1; },
         u"but holds more"_s},
        {"count one over", [](StoredList &s) { s.rowCount = damagedFleetSize + 1; },
         u"but holds 5,000"_s},
        {"huge count", [](StoredList &s) { s.rowCount = std::numeric_limits<qint64>::max(); },
         u"but holds 5,000"_s},
        // The dictionary.
        {"dictionary starting FFFFFFFF",
         [](StoredList &s) { s.dictionary.replace(0, 4, number32(0xFFFFFFFF)); },
         u"the dictionary blob counts 4,294,967,295 entries"_s},
        {"empty dictionary", [](StoredList &s) { s.dictionary.clear(); },
         u"the dictionary blob is 4 byte"_s},
        {"dictionary a byte short", [](StoredList &s) { s.dictionary.chop(1); },
         u"the dictionary blob is 1 byte"_s},
        {"dictionary cut in a count", [](StoredList &s) { s.dictionary.chop(3); },
         u"the dictionary blob counts 2 entries but has room for 1 at most"_s},
        {"dictionary with a byte left over", [](StoredList &s) { s.dictionary += 'x'; },
         u"the dictionary blob has 1 byte"_s},
        {"dictionary of 268 million plans",
         [](StoredList &s) { s.dictionary.replace(0, 4, number32(0x0FFFFFFF)); },
         u"the dictionary blob counts 268,435,455 entries"_s},
        {"dictionary text of 4 GB",
         [](StoredList &s) {
             s.dictionary = number32(1) + number32(0xFFFFFFF0) + QByteArray(8, '\0');
         },
         u"the dictionary blob is 4,294,967,2"_s},
        {"dictionary text of odd length",
         [](StoredList &s) { s.dictionary = number32(1) + number32(3) + QByteArray(8, 'a'); },
         u"the dictionary blob holds a text of an odd number of bytes"_s},
        {"dictionary without its empty plan",
         [](StoredList &s) {
             s.dictionary = number32(1) + storedText(u"DP1"_s) + storedText(u"Monthly"_s)
                            + number32(1) + storedText({});
         },
         u"does not begin with an empty plan"_s},
        {"dictionary with nothing in it",
         [](StoredList &s) { s.dictionary = number32(0) + number32(0); },
         u"does not begin with an empty plan"_s},
        {"dictionary of 70,000 order prefixes",
         [](StoredList &s) {
             QStringList prefixes;
             for (int i = 0; i < 70'000; ++i)
                 prefixes.append(QString());
             s.dictionary = storedDictionary({{u"DP1"_s, u"P"_s}}, prefixes);
         },
         u"70,001 order prefixes, more than 65,535"_s},
        // The parts.
        {"empty rows blob", [](StoredList &s) { s.rows[0].clear(); },
         u"the rows blob of part 1 is empty"_s},
        {"rows blob 12 bytes short", [](StoredList &s) { s.rows[1].chop(12); },
         u"the rows blob of part 2 is 12 byte"_s},
        {"a part missing", [](StoredList &s) { s.chunks[1] = 5; }, u"part 2 is missing"_s},
        {"parts counted from 1",
         [](StoredList &s) {
             s.chunks = {1, 2};
         },
         u"part 1 is missing"_s},
        {"a part before the first", [](StoredList &s) { s.chunks[1] = -1; },
         u"part 1 is missing"_s},
        {"first part not full", [](StoredList &s) { s.rows[0].truncate(100 * 56); },
         u"part 1 holds 100 SIM cards where 4,096 belong"_s},
        {"a part too long",
         [](StoredList &s) {
             s.rows[0] += s.rows[1];
             s.rows.removeLast();
             s.chunks.removeLast();
             s.odd.removeLast();
         },
         u"part 1 holds 5,000 SIM cards where 4,096 belong"_s},
        {"no parts",
         [](StoredList &s) {
             s.chunks.clear();
             s.rows.clear();
             s.odd.clear();
         },
         u"counts 5,000 SIM cards but holds 0"_s},
        // The rows.
        {"bad ICCID nibble",
         [](StoredList &s) { editSim(s, 0, 3, [](PackedSim &sim) { sim.iccid[4] = 0xB1; }); },
         u"SIM card 4 has a damaged ICCID"_s},
        {"IMSI digit after its end",
         [](StoredList &s) { editSim(s, 1, 0, [](PackedSim &sim) { sim.imsi[7] = 0x01; }); },
         u"SIM card 4,097 has a damaged IMSI"_s},
        {"MSISDN text missing", [](StoredList &s) { s.odd[0] = QVariant(); },
         u"the MSISDN of SIM card 18 is kept as text, but the text is missing"_s},
        {"plan beyond the dictionary",
         [](StoredList &s) { editSim(s, 0, 0, [](PackedSim &sim) { sim.plan = 0xFFFFFFFF; }); },
         u"SIM card 1 names plan 4,294,967,295, but the dictionary holds 2"_s},
        {"order prefix beyond the dictionary",
         [](StoredList &s) { editSim(s, 0, 1, [](PackedSim &sim) { sim.orderPrefix = 40'000; }); },
         u"SIM card 2 names order prefix 40,000"_s},
        {"order code of 200 digits",
         [](StoredList &s) { editSim(s, 0, 1, [](PackedSim &sim) { sim.orderDigits = 200; }); },
         u"SIM card 2 has a damaged order code"_s},
        {"order number longer than its digits",
         [](StoredList &s) {
             editSim(s, 0, 1, [](PackedSim &sim) { sim.orderNumber = 0xFFFFFFFFFFFFFFFF; });
         },
         u"SIM card 2 has a damaged order code"_s},
        {"unknown state bits",
         [](StoredList &s) { editSim(s, 0, 9, [](PackedSim &sim) { sim.state = 0xFF; }); },
         u"SIM card 10 has an unknown state (0xff)"_s},
        {"usage not a number",
         [](StoredList &s) {
             editSim(s, 0, 5, [](PackedSim &sim) { sim.usedFlowMb = std::nan(""); });
         },
         u"SIM card 6 has a data usage that is not a number"_s},
        {"infinite usage",
         [](StoredList &s) { editSim(s, 1, 5, [](PackedSim &sim) { sim.usedFlowMb = HUGE_VAL; }); },
         u"SIM card 4,102 has a data usage that is not a number"_s},
        // The texts of fields that did not pack.
        {"texts blob starting FFFFFFFF",
         [](StoredList &s) {
             QByteArray odd = s.odd[0].toByteArray();
             odd.replace(0, 4, number32(0xFFFFFFFF));
             s.odd[0] = odd;
         },
         u"the texts blob of part 1 counts 4,294,967,295 entries"_s},
        {"texts blob cut short",
         [](StoredList &s) { s.odd[0] = s.odd[0].toByteArray().chopped(5); },
         u"the texts blob of part 1 is 5 byte"_s},
        {"a text for a row the part does not hold",
         [](StoredList &s) {
             s.odd[1] = storedTexts({{904 * 4 + 0, u"89852"_s}});
         },
         u"the texts blob of part 2 holds a text for a field that is not kept as text"_s},
        {"a text for a packed ICCID",
         [](StoredList &s) {
             s.odd[0] = storedTexts({{17 * 4 + 2, u"+852 6000 0017"_s}, {0, u"1234"_s}});
         },
         u"the texts blob of part 1 holds a text for a field that is not kept as text"_s},
        // Texts that are not damage, but never shown as they are.
        {"escapes and bidi controls in a plan name",
         [](StoredList &s) {
             s.dictionary = storedDictionary(
                 {{u"DP1"_s, u"Monthly\x1b]0;owned\x07 1GB \u202Egnp.exe"_s}}, {u"L"_s});
         },
         {}},
        {"escapes and bidi controls in a kept text",
         [](StoredList &s) {
             s.odd[0] = storedTexts({{17 * 4 + 2, u"+852\x1b[2J 6000\u2066 0017\u200B"_s}});
         },
         {}},
    };
    return all;
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
        QVERIFY2(cache.notice().contains(u"set aside"_s), qPrintable(cache.notice()));
        QVERIFY(!cache.load(u"a"_s)); // and it is gone, not read again
    }

    // Forty ways a stored list can be damaged (or altered), each read back: never more memory
    // than the file's size calls for (the file made QDataStream reserve 206 GB), never
    // undefined behaviour (run under the asan preset), and each set aside with its reason.
    void damagedListsAreSetAsideWithTheirReason_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < damages().size(); ++i)
            QTest::newRow(damages()[i].name) << int(i);
    }

    void damagedListsAreSetAsideWithTheirReason()
    {
        QFETCH(int, index);
        const Damage &damage = damages()[size_t(index)];
        const QString account = u"a"_s;
        {
            cube::FleetCache cache(path());
            QVERIFY(!cache.save(account, fleetOf(damagedFleetSize, u"Monthly 1GB"_s),
                                QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC)));
        }
        StoredList stored = readStored(path(), account);
        QCOMPARE(stored.rows.size(), 2);
        damage.damage(stored);
        writeStored(path(), account, stored);

        const qint64 peakBefore = peakMemoryKb();
        QElapsedTimer clock;
        clock.start();
        cube::FleetCache cache(path());
        const std::optional<cube::CachedFleet> cached = cache.load(account);
        const qint64 grewKb = peakMemoryKb() - peakBefore;
        // The file is under a megabyte; reading it takes a few (the list, its index).
        QVERIFY2(grewKb < 64 * 1024, qPrintable(u"%1 KiB more"_s.arg(grewKb)));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(u"%1 ms"_s.arg(clock.elapsed())));

        if (damage.reason.isEmpty()) {
            QVERIFY2(cached, qPrintable(cache.notice()));
            QVERIFY2(cache.notice().isEmpty(), qPrintable(cache.notice()));
            for (const QString &text : {cached->fleet.planName(0), cached->fleet.sim(17).msisdn}) {
                for (QChar c : text) {
                    const char16_t code = c.unicode();
                    QVERIFY2(
                        code >= 0x20 && (code < 0x7f || code > 0x9f) && code != 0x202E
                            && code != 0x2066 && code != 0x200B,
                        qPrintable(u"U+%1 in %2"_s.arg(int(code), 4, 16, QChar(u'0')).arg(text)));
                }
            }
            return;
        }
        QVERIFY(!cached);
        QVERIFY2(cache.notice().contains(damage.reason), qPrintable(cache.notice()));
        QVERIFY2(cache.notice().contains(u"was set aside as "_s + path() + u".corrupt-"_s),
                 qPrintable(cache.notice()));
        // Set aside, not deleted: the damaged list is still in the file put aside.
        const QStringList aside =
            QDir(m_dir.path()).entryList({u"fleet-cache.sqlite.corrupt-*"_s}, QDir::Files);
        QVERIFY2(aside.contains(
                     QFileInfo(cache.notice().section(u"set aside as "_s, 1).section(u';', 0, 0))
                         .fileName()),
                 qPrintable(aside.join(u", "_s)));
        QCOMPARE(readStored(m_dir.filePath(aside.first()), account).dictionary, stored.dictionary);
        // A new cache, which keeps the next list.
        QVERIFY(!cache.load(account));
        QVERIFY(!cache.save(account, fleetOf(3, u"P"_s), QDateTime::currentDateTimeUtc()));
        QCOMPARE(cache.load(account)->fleet.size(), 3);
    }

    void damageSaysWhyAndWhere()
    {
        {
            cube::FleetCache cache(path());
            QVERIFY(!cache.save(u"a"_s, fleetOf(5000, u"P"_s), QDateTime::currentDateTimeUtc()));
        }
        execOn(path(), u"UPDATE fleet_chunks SET rows = substr(rows, 1, length(rows) - 12) "
                       "WHERE chunk = 1"_s);
        cube::FleetCache cache(path());
        QVERIFY(!cache.load(u"a"_s));
        QVERIFY(cache.damage());
        QVERIFY2(cache.damage()->reason.startsWith(u"the rows blob of part 2 is 12 byte"_s),
                 qPrintable(cache.damage()->reason));
        QVERIFY(cache.damage()->setAsidePath.startsWith(path() + u".corrupt-"_s));
        QVERIFY(QFile::exists(cache.damage()->setAsidePath));
    }

    // A cache damaged again within the same second keeps both damaged files (the second set
    // aside under its own name), instead of failing the rename and deleting the list.
    void twoDamagedCachesInOneSecondAreBothKept()
    {
        QStringList asidePaths;
        for (int round = 0; round < 2; ++round) {
            {
                cube::FleetCache cache(path());
                QVERIFY(
                    !cache.save(u"a"_s, fleetOf(5000, u"P"_s), QDateTime::currentDateTimeUtc()));
            }
            execOn(path(), u"UPDATE fleet_chunks SET rows = substr(rows, 1, length(rows) - 12) "
                           "WHERE chunk = 1"_s);
            cube::FleetCache cache(path());
            QVERIFY(!cache.load(u"a"_s));
            QVERIFY(cache.damage());
            asidePaths << cache.damage()->setAsidePath;
        }
        QCOMPARE(asidePaths.size(), 2);
        QVERIFY2(asidePaths.at(0) != asidePaths.at(1), qPrintable(asidePaths.join(u", "_s)));
        for (const QString &aside : asidePaths)
            QVERIFY2(QFile::exists(aside), qPrintable(aside));
    }

    // The console hears it once, where the list is loaded: the next load finds a new cache.
    void theConsoleIsToldOnce()
    {
        {
            cube::FleetCache cache(path());
            QVERIFY(!cache.save(u"a"_s, fleetOf(5000, u"P"_s), QDateTime::currentDateTimeUtc()));
        }
        execOn(path(), u"UPDATE fleets SET dictionary = x'FFFFFFFF00000000'"_s);
        cube::FleetCacheKeeper keeper(path());
        QStringList notices;
        int lists = 0;
        connect(&keeper, &cube::FleetCacheKeeper::loaded, this,
                [&](const QString &, const std::optional<cube::CachedFleet> &fleet,
                    const QString &notice) {
                    notices.append(notice);
                    lists += fleet ? 1 : 0;
                });
        keeper.load(u"a"_s);
        keeper.load(u"a"_s);
        QTRY_COMPARE(notices.size(), 2);
        QCOMPARE(lists, 0);
        QVERIFY2(notices.at(0).contains(u"the dictionary blob counts 4,294,967,295 entries"_s),
                 qPrintable(notices.at(0)));
        QVERIFY2(notices.at(0).contains(u"set aside as"_s), qPrintable(notices.at(0)));
        QCOMPARE(notices.at(1), QString());
    }
};

QTEST_GUILESS_MAIN(TestFleetCache)
#include "tst_fleetcache.moc"
