#include "fleet/fleetquery.h"
#include "fleet/fleetqueryrunner.h"
#include "fleet/fleetstore.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(cube::SimCard)

namespace {

cube::SimCard sim(int i)
{
    cube::SimCard sim;
    sim.iccid = u"8985202201%1"_s.arg(i, 10, 10, QChar(u'0'));
    sim.imsi = u"45412%1"_s.arg(i, 10, 10, QChar(u'0'));
    sim.msisdn = u"8526%1"_s.arg(i, 7, 10, QChar(u'0'));
    sim.lifeCycle = 1 + i % 4;
    sim.suspended = i % 7 == 0;
    if (i % 3 != 0) {
        sim.planCode = u"DP%1"_s.arg(i % 5);
        sim.planName = u"Plan %1"_s.arg(i % 5);
        sim.orderCode = u"L20261130%1"_s.arg(i, 10, 10, QChar(u'0'));
        sim.usedFlowMb = (i * 37 % 1000) / 4.0;
    }
    sim.updated = QDateTime(QDate(2026, 11, 30), QTime(8, 0)).addSecs(i * 61);
    return sim;
}

QList<cube::SimCard> sims(int first, int count)
{
    QList<cube::SimCard> list;
    for (int i = first; i < first + count; ++i)
        list.append(sim(i));
    return list;
}

void compareSims(const cube::SimCard &actual, const cube::SimCard &expected)
{
    QCOMPARE(actual.iccid, expected.iccid);
    QCOMPARE(actual.imsi, expected.imsi);
    QCOMPARE(actual.msisdn, expected.msisdn);
    QCOMPARE(actual.lifeCycle, expected.lifeCycle);
    QCOMPARE(actual.suspended, expected.suspended);
    QCOMPARE(actual.planCode, expected.planCode);
    QCOMPARE(actual.planName, expected.planName);
    QCOMPARE(actual.orderCode, expected.orderCode);
    QCOMPARE(actual.usedFlowMb, expected.usedFlowMb);
    QCOMPARE(actual.updated, expected.updated);
}

std::optional<cube::FleetView> run(const cube::FleetSnapshot &fleet, const cube::FleetQuery &query)
{
    const std::atomic<quint64> latest{1};
    return cube::runFleetQuery(fleet, query, latest, 1);
}

// Loads SIMs 0 to 8999, then reads the list again without SIMs 0 to 999, up to finishLoad.
void loadThenLeaveOutTheFirstThousand(cube::FleetStore &store)
{
    store.beginLoad();
    store.mergePage(sims(0, 9000));
    store.finishLoad(QDateTime::currentDateTime());
    store.beginLoad();
    store.mergePage(sims(1000, 8000));
}

} // namespace

// The fleet store: SIMs packed and read back, merged loads, searches and sorts against a plain
// reading of the same rows, and the worker's newest-query-wins rule.
class TestFleetStore : public QObject
{
    Q_OBJECT

private slots:
    void packsAndReadsBackEverything_data()
    {
        QTest::addColumn<cube::SimCard>("card");
        QTest::newRow("typical") << sim(12345);
        QTest::newRow("no order, no plan") << sim(3);
        cube::SimCard odd = sim(5);
        odd.iccid = u"8985202201000000005F"_s; // a check character that is not a digit
        odd.imsi = u"1234567890123456789"_s;   // longer than an IMSI
        odd.msisdn.clear();
        odd.orderCode = u"ORDER-\u8BA2\u5355-12345678901234567890123"_s; // too many digits
        odd.updated = {};
        QTest::newRow("texts that do not pack") << odd;
        cube::SimCard zeros = sim(7);
        zeros.orderCode = u"000123"_s; // no prefix, leading zeros
        zeros.iccid = u"0"_s;
        QTest::newRow("leading zeros") << zeros;
    }

    void packsAndReadsBackEverything()
    {
        QFETCH(cube::SimCard, card);
        cube::FleetSnapshot fleet;
        fleet.append(sim(1));
        fleet.append(card);
        fleet.append(sim(2));
        compareSims(fleet.sim(1), card);
        compareSims(fleet.sim(0), sim(1));
        compareSims(fleet.sim(2), sim(2));
        QCOMPARE(fleet.hasOrder(1), !card.orderCode.isEmpty());
    }

    void aCopyNeverChangesUnderItsReader()
    {
        cube::FleetSnapshot fleet;
        for (const cube::SimCard &card : sims(0, 5000))
            fleet.append(card);
        const cube::FleetSnapshot copy = fleet;
        cube::SimCard changed = sim(10);
        changed.lifeCycle = 4;
        fleet.replace(10, changed);
        fleet.append(sim(9999));
        QCOMPARE(copy.size(), 5000);
        QCOMPARE(copy.lifeCycle(10), sim(10).lifeCycle);
        QCOMPARE(fleet.lifeCycle(10), 4);
        QCOMPARE(fleet.size(), 5001);
    }

    void aLoadMergesUpdatesAndRemoves()
    {
        cube::FleetStore store;
        store.beginLoad();
        store.mergePage(sims(0, 3000));
        store.mergePage(sims(3000, 3000));
        store.finishLoad(QDateTime::currentDateTime());
        QCOMPARE(store.size(), 6000);
        QCOMPARE(store.rowOf(sim(4321).iccid), 4321);

        // Read again: SIM 10 changed, SIMs 100 to 199 are gone, 6000 to 6009 are new.
        QSignalSpy changed(&store, &cube::FleetStore::rowsChanged);
        QSignalSpy appended(&store, &cube::FleetStore::rowsAppended);
        QSignalSpy reset(&store, &cube::FleetStore::rowsReset);
        store.beginLoad();
        QList<cube::SimCard> again = sims(0, 100);
        again[10].lifeCycle = 4;
        again[10].suspended = true;
        again += sims(200, 5810);
        store.mergePage(again);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<std::vector<quint32>>(), std::vector<quint32>{10});
        QCOMPARE(appended.size(), 1);
        QCOMPARE(store.size(), 6010);
        QCOMPARE(reset.size(), 0);
        QSignalSpy finished(&store, &cube::FleetStore::loadFinished);
        store.finishLoad(QDateTime::currentDateTime());
        // The removals are made on a worker: until then the rows are the previous ones.
        QCOMPARE(store.size(), 6010);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(store.size(), 5910);
        QCOMPARE(store.rowOf(sim(150).iccid), -1);
        QCOMPARE(store.rowOf(sim(200).iccid), 100);
        QCOMPARE(store.snapshot().lifeCycle(store.rowOf(sim(10).iccid)), 4);
        QCOMPARE(store.rowOf(sim(6005).iccid), 5905);
    }

    void aChangeMadeWhileRemovalsAreMadeIsKept()
    {
        cube::FleetStore store;
        loadThenLeaveOutTheFirstThousand(store);
        QSignalSpy finished(&store, &cube::FleetStore::loadFinished);
        store.finishLoad(QDateTime::currentDateTime());
        cube::SimCard suspended = sim(5000);
        suspended.suspended = true; // an action answered meanwhile
        store.updateSim(suspended);
        QVERIFY(store.snapshot().suspended(5000)); // shown at once
        QVERIFY(finished.wait(10000));
        QCOMPARE(store.size(), 8000);
        QCOMPARE(store.rowOf(suspended.iccid), 4000);
        QVERIFY(store.snapshot().suspended(4000)); // and kept in the rows that remain
    }

    void aNewLoadMakesPendingRemovalsStale()
    {
        cube::FleetStore store;
        loadThenLeaveOutTheFirstThousand(store);
        QSignalSpy finished(&store, &cube::FleetStore::loadFinished);
        store.finishLoad(QDateTime::currentDateTime());
        store.beginLoad(); // refreshed again at once: the first removals must not land
        store.mergePage(sims(0, 9000));
        QVERIFY(!finished.wait(500));
        QCOMPARE(store.size(), 9000);
        store.finishLoad(QDateTime::currentDateTime());
        QCOMPARE(finished.size(), 1); // nothing to remove: final at once
        QCOMPARE(store.rowOf(sim(10).iccid), 10);
    }

    void anAbandonedLoadRemovesNothing()
    {
        cube::FleetStore store;
        store.beginLoad();
        store.mergePage(sims(0, 1000));
        store.finishLoad(QDateTime::currentDateTime());
        store.beginLoad();
        store.mergePage(sims(0, 10));
        store.abandonLoad();
        QCOMPARE(store.size(), 1000);
    }

    void searchesMatchAPlainReading_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("lifeCycle");
        QTest::newRow("one digit") << u"7"_s << 0;
        QTest::newRow("four digits") << u"7123"_s << 0;
        QTest::newRow("a full ICCID") << sim(4242).iccid << 0;
        QTest::newRow("an MSISDN's part") << u"85260004"_s << 0;
        QTest::newRow("status only") << QString() << 2;
        QTest::newRow("digits and status") << u"99"_s << 3;
        QTest::newRow("nothing matches") << u"x"_s << 0;
    }

    void searchesMatchAPlainReading()
    {
        QFETCH(QString, search);
        QFETCH(int, lifeCycle);
        cube::FleetSnapshot fleet;
        const QList<cube::SimCard> cards = sims(0, 10000);
        for (const cube::SimCard &card : cards)
            fleet.append(card);
        cube::FleetQuery query;
        query.search = search;
        if (lifeCycle)
            query.lifeCycle = lifeCycle;
        const std::optional<cube::FleetView> view = run(fleet, query);
        QVERIFY(view);
        std::vector<quint32> expected;
        for (int i = 0; i < cards.size(); ++i) {
            const cube::SimCard &card = cards.at(i);
            if ((!lifeCycle || card.lifeCycle == lifeCycle)
                && (card.iccid.contains(search) || card.imsi.contains(search)
                    || card.msisdn.contains(search)))
                expected.push_back(quint32(i));
        }
        QCOMPARE(view->rows, expected);
        for (size_t position = 0; position < view->rows.size(); ++position)
            QCOMPARE(view->positions[view->rows[position]], quint32(position));
    }

    void sortsMatchAPlainSort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::newRow("ICCID") << int(cube::FleetColumn::Iccid) << true;
        QTest::newRow("MSISDN") << int(cube::FleetColumn::Msisdn) << false;
        QTest::newRow("status") << int(cube::FleetColumn::Status) << false;
        QTest::newRow("plan") << int(cube::FleetColumn::Plan) << false;
        QTest::newRow("usage") << int(cube::FleetColumn::Usage) << true;
        QTest::newRow("updated") << int(cube::FleetColumn::Updated) << true;
    }

    void sortsMatchAPlainSort()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        cube::FleetSnapshot fleet;
        QList<cube::SimCard> cards = sims(0, 3000);
        std::reverse(cards.begin(), cards.end()); // not loaded in ICCID order
        for (const cube::SimCard &card : cards)
            fleet.append(card);
        cube::FleetQuery query;
        query.sortColumn = column;
        query.order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        const std::optional<cube::FleetView> view = run(fleet, query);
        QVERIFY(view);
        QCOMPARE(view->rows.size(), size_t(3000));
        auto key = [&](quint32 row) -> QVariant {
            const cube::SimCard card = fleet.sim(row);
            switch (cube::FleetColumn(column)) {
            case cube::FleetColumn::Iccid:
                return card.iccid;
            case cube::FleetColumn::Msisdn:
                return card.msisdn;
            case cube::FleetColumn::Status:
                return card.lifeCycle;
            case cube::FleetColumn::Plan:
                return fleet.planName(row);
            case cube::FleetColumn::Usage:
                return card.orderCode.isEmpty() ? -1.0 : card.usedFlowMb;
            default:
                return card.updated;
            }
        };
        for (size_t i = 1; i < view->rows.size(); ++i) {
            const QVariant before = key(view->rows[i - 1]);
            const QVariant after = key(view->rows[i]);
            const auto order = QVariant::compare(before, after);
            QVERIFY2(descending ? order != QPartialOrdering::Less
                                : order != QPartialOrdering::Greater,
                     qPrintable(before.toString() + u" then "_s + after.toString()));
        }
    }

    void theNewestQueryWins()
    {
        cube::FleetSnapshot fleet;
        for (const cube::SimCard &card : sims(0, 200000))
            fleet.append(card);
        cube::FleetQueryRunner runner;
        QSignalSpy finished(&runner, &cube::FleetQueryRunner::finished);
        QSignalSpy busy(&runner, &cube::FleetQueryRunner::busyChanged);
        // Typing "1", "12", "123", "1234" fast: only the last one's answer comes.
        for (const QString &typed : {u"1"_s, u"12"_s, u"123"_s, u"1234"_s}) {
            cube::FleetQuery query;
            query.search = typed;
            query.sortColumn = int(cube::FleetColumn::Iccid);
            runner.run(fleet, query);
        }
        QVERIFY(runner.isBusy());
        QVERIFY(finished.wait(20000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<cube::FleetQuery>().search, u"1234"_s);
        const auto view = finished.at(0).at(1).value<std::shared_ptr<cube::FleetView>>();
        for (quint32 row : view->rows)
            QVERIFY(fleet.text(row, cube::PackedField::Iccid).contains(u"1234"_s)
                    || fleet.text(row, cube::PackedField::Imsi).contains(u"1234"_s)
                    || fleet.text(row, cube::PackedField::Msisdn).contains(u"1234"_s));
        QVERIFY(!runner.isBusy());
        QCOMPARE(busy.first().at(0).toBool(), true);
        QCOMPARE(busy.last().at(0).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestFleetStore)
#include "tst_fleetstore.moc"
