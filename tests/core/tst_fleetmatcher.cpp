#include "fleet/fleetquery.h"
#include "fleet/fleetsnapshot.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<int>)
Q_DECLARE_METATYPE(QList<int>)

namespace {

// Cards of every shape a page can bring: digits that pack, numbers kept as text (too long, a
// plus sign, spaces, letters), empty fields and life cycles out of the contract's range.
QList<cube::SimCard> cards()
{
    QList<cube::SimCard> sims;
    for (int i = 0; i < 60; ++i) {
        cube::SimCard sim;
        sim.iccid = u"8985202201%1"_s.arg(i * 37, 10, 10, QChar(u'0'));
        sim.imsi = u"45412%1"_s.arg(i * 101, 10, 10, QChar(u'0'));
        sim.msisdn = i % 3 ? u"8526%1"_s.arg(i, 7, 10, QChar(u'0')) : QString();
        sim.lifeCycle = 1 + i % 4;
        sim.suspended = i % 5 == 0;
        sims.append(sim);
    }
    sims[7].msisdn = u"+852 6000 0017"_s;
    sims[8].iccid = u"89852022010000000000123456"_s; // 26 digits: more than the bytes hold
    sims[9].imsi = u"IMSI-00123"_s;
    sims[10].iccid.clear();
    sims[11].lifeCycle = 0;
    sims[12].lifeCycle = 17;         // stored as its low nibble, as 1
    sims[13].msisdn = u"８５２６"_s; // full-width digits are not digits to a packed field
    return sims;
}

// Notes and tags on some of the cards, as a person keeps them: two tagged acme (one of them
// the ICCID kept as text), one vip, notes with words and digits none of the number searches
// above has.
cube::FleetNoteIndex notesOf(const QList<cube::SimCard> &sims)
{
    cube::FleetNoteIndex notes;
    notes.insert(sims[3].iccid, {u"acme"_s, u"vip"_s},
                 u"Customer ACME, ticket Z-AB\nsecond line"_s);
    notes.insert(sims[8].iccid, {u"acme"_s}, u"Replaced by Ünal"_s);
    notes.insert(sims[20].iccid, {u"vip"_s}, QString());
    notes.insert(sims[21].iccid, {}, u"customer beta, ticket Q-CD"_s);
    notes.insert(u"89852022019999999999"_s, {u"acme"_s}, u"a SIM not in the list"_s);
    return notes;
}

// The rows of `sims` that `query` finds, packed and as cards, which must agree.
QList<int> found(const QList<cube::SimCard> &sims, const cube::FleetQuery &query)
{
    const cube::FleetMatcher matcher(query);
    cube::FleetSnapshot packed;
    for (const cube::SimCard &sim : sims)
        packed.append(sim);
    QList<int> rows;
    for (qsizetype row = 0; row < sims.size(); ++row) {
        const bool packedMatches = matcher.matches(packed, row);
        if (matcher.matches(sims.at(row)) != packedMatches)
            return {-1 - int(row)}; // the two ways disagree at this row
        if (packedMatches)
            rows.append(int(row));
    }
    return rows;
}

} // namespace

// FleetMatcher decides alike over a packed row of a snapshot (the console's list) and over a
// SimCard as the server sent it (cubectl's pages): the same cards, the same queries, the same
// rows kept.
class TestFleetMatcher : public QObject
{
    Q_OBJECT

private slots:
    void aCardAndItsPackedRowMatchAlike_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<std::optional<int>>("lifeCycle");
        QTest::addColumn<int>("atLeast"); // so that a query that finds nothing proves little

        const std::optional<int> any;
        QTest::newRow("everything") << QString() << any << 60;
        QTest::newRow("ICCID fragment") << u"0000000407"_s << any << 1;
        QTest::newRow("ICCID prefix") << u"8985202201"_s << any << 58;
        QTest::newRow("IMSI fragment") << u"45412000000"_s << any << 10;
        QTest::newRow("MSISDN fragment") << u"85260000"_s << any << 10;
        QTest::newRow("MSISDN kept as text") << u"6000 0017"_s << any << 1;
        QTest::newRow("plus sign") << u"+852"_s << any << 1;
        QTest::newRow("digits inside text") << u"0017"_s << any << 2;
        QTest::newRow("long ICCID") << u"123456"_s << any << 1;
        QTest::newRow("letters") << u"IMSI"_s << any << 1;
        QTest::newRow("trimmed") << u"  0000000407 "_s << any << 1;
        QTest::newRow("full-width digits") << u"８５"_s << any << 1;
        QTest::newRow("nowhere") << u"777777777777"_s << any << 0;
        for (int lifeCycle = 0; lifeCycle <= 4; ++lifeCycle) {
            const QByteArray name = "status " + QByteArray::number(lifeCycle);
            QTest::newRow(name.constData())
                << QString() << std::optional(lifeCycle) << (lifeCycle == 0 ? 1 : 10);
            QTest::newRow(QByteArray(name + " and fragment").constData())
                << u"45412"_s << std::optional(lifeCycle) << (lifeCycle == 0 ? 1 : 10);
        }
    }

    void aCardAndItsPackedRowMatchAlike()
    {
        QFETCH(QString, search);
        QFETCH(std::optional<int>, lifeCycle);
        QFETCH(int, atLeast);
        cube::FleetQuery query;
        query.search = search;
        query.lifeCycle = lifeCycle;
        const cube::FleetMatcher matcher(query);

        const QList<cube::SimCard> sims = cards();
        cube::FleetSnapshot packed;
        for (const cube::SimCard &sim : sims)
            packed.append(sim);
        int matching = 0;
        for (qsizetype row = 0; row < sims.size(); ++row) {
            const bool packedMatches = matcher.matches(packed, row);
            QVERIFY2(matcher.matches(sims.at(row)) == packedMatches,
                     qPrintable(u"row %1 (%2, %3, %4): packed %5"_s.arg(row)
                                    .arg(sims.at(row).iccid, sims.at(row).imsi, sims.at(row).msisdn)
                                    .arg(packedMatches)));
            matching += packedMatches ? 1 : 0;
        }
        QVERIFY2(matching >= atLeast, qPrintable(QString::number(matching)));
    }

    // Notes kept on some SIMs change nothing of what a number search finds: the same rows.
    void notesLeaveNumberSearchesAsTheyWere_data() { aCardAndItsPackedRowMatchAlike_data(); }

    void notesLeaveNumberSearchesAsTheyWere()
    {
        QFETCH(QString, search);
        QFETCH(std::optional<int>, lifeCycle);
        const QList<cube::SimCard> sims = cards();
        cube::FleetQuery query;
        query.search = search;
        query.lifeCycle = lifeCycle;
        const QList<int> without = found(sims, query);
        query.notes = notesOf(sims);
        QCOMPARE(found(sims, query), without);
    }

    void tagsAndNoteWordsFindTheirSims_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<std::optional<int>>("lifeCycle");
        QTest::addColumn<QList<int>>("rows");

        const std::optional<int> any;
        QTest::newRow("a tag") << u"tag:acme"_s << any << QList<int>{3, 8};
        QTest::newRow("a tag typed in capitals") << u"TAG:ACME"_s << any << QList<int>{3, 8};
        QTest::newRow("a tag as the list shows it") << u"tag:#vip"_s << any << QList<int>{3, 20};
        QTest::newRow("two tags") << u"tag:acme tag:vip"_s << any << QList<int>{3};
        QTest::newRow("a tag nobody has") << u"tag:acm"_s << any << QList<int>{};
        QTest::newRow("a tag and a status") << u"tag:vip"_s << std::optional(1) << QList<int>{20};
        QTest::newRow("a tag and an ICCID fragment")
            << u"tag:vip 0000000111"_s << any << QList<int>{3};
        QTest::newRow("a tag and note words") << u"tag:acme replaced"_s << any << QList<int>{8};
        QTest::newRow("\"tag:\" still being typed") << u"tag:"_s << any << QList<int>();
        QTest::newRow("a word of a note") << u"ticket"_s << any << QList<int>{3, 21};
        QTest::newRow("case aside") << u"CUSTOMER"_s << any << QList<int>{3, 21};
        QTest::newRow("every word, anywhere in the note")
            << u"ab customer"_s << any << QList<int>{3};
        QTest::newRow("a word on the note's second line") << u"second"_s << any << QList<int>{3};
        QTest::newRow("a letter beyond ASCII") << u"ünal"_s << any << QList<int>{8};
        QTest::newRow("a tag as a word") << u"#vip"_s << any << QList<int>{3, 20};
        QTest::newRow("words of two notes") << u"acme beta"_s << any << QList<int>{};
    }

    // tag:NAME keeps the SIMs with that tag; other words find a SIM whose note or tags hold
    // them all, or whose numbers hold the rest of the search, as before.
    void tagsAndNoteWordsFindTheirSims()
    {
        QFETCH(QString, search);
        QFETCH(std::optional<int>, lifeCycle);
        QFETCH(QList<int>, rows);
        const QList<cube::SimCard> sims = cards();
        cube::FleetQuery query;
        query.search = search;
        query.lifeCycle = lifeCycle;
        query.notes = notesOf(sims);
        QList<int> expected = rows;
        if (search == u"tag:"_s) // nothing asked yet: every SIM
            for (int row = 0; row < sims.size(); ++row)
                expected.append(row);
        QCOMPARE(found(sims, query), expected);
        // Without the notes a tag finds nothing (no SIM is known to have it).
        query.notes = {};
        if (search.startsWith(u"tag:"_s, Qt::CaseInsensitive) && search != u"tag:"_s)
            QCOMPARE(found(sims, query), QList<int>());
    }

    // A sort by the Note column: the SIMs with a note first, in the order of what the column
    // shows (tags, then the note's first line), the others after them in the order loaded.
    void aSortByNoteOrdersTheNotedFirst()
    {
        const QList<cube::SimCard> sims = cards();
        cube::FleetSnapshot packed;
        for (const cube::SimCard &sim : sims)
            packed.append(sim);
        cube::FleetQuery query;
        query.notes = notesOf(sims);
        query.sortColumn = int(cube::FleetColumn::Note);
        query.locale = QLocale(QLocale::English);
        const std::atomic<quint64> latest(1);
        const std::optional<cube::FleetView> view = cube::runFleetQuery(packed, query, latest, 1);
        QVERIFY(view);
        QCOMPARE(view->rows.size(), size_t(sims.size()));
        // "#acme #vip Customer…", "#acme Replaced…", "#vip", "customer beta…"
        const std::vector<quint32> noted{3, 8, 20, 21};
        QCOMPARE(std::vector<quint32>(view->rows.begin(), view->rows.begin() + 4), noted);
        for (size_t i = 5; i < view->rows.size(); ++i)
            QVERIFY(view->rows[i - 1] < view->rows[i]);
    }
};

QTEST_APPLESS_MAIN(TestFleetMatcher)
#include "tst_fleetmatcher.moc"
