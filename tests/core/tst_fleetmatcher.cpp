#include "fleet/fleetquery.h"
#include "fleet/fleetsnapshot.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<int>)

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
};

QTEST_APPLESS_MAIN(TestFleetMatcher)
#include "tst_fleetmatcher.moc"
