#include "simfilterproxy.h"
#include "simtablemodel.h"

#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The SIM list must stay fluid with 100,000 SIMs: how long a page takes to arrive in a shown
// view, how long a search over all of them takes, and a sort by status.
class BenchSimList : public QObject
{
    Q_OBJECT

private:
    static QList<cube::SimCard> page(int first, int count)
    {
        QList<cube::SimCard> sims;
        sims.reserve(count);
        for (int i = first; i < first + count; ++i) {
            cube::SimCard sim;
            sim.iccid = u"8985202201%1"_s.arg(i, 10, 10, QChar(u'0'));
            sim.imsi = u"45412%1"_s.arg(i, 10, 10, QChar(u'0'));
            sim.msisdn = u"8526%1"_s.arg(i, 7, 10, QChar(u'0'));
            sim.lifeCycle = 1 + i % 4;
            sim.planName = u"Monthly 1GB Asia"_s;
            sims.append(sim);
        }
        return sims;
    }

    static constexpr int total = 100000;
    static constexpr int pageSize = 500;

private slots:
    void appendHundredThousandInPages()
    {
        QBENCHMARK_ONCE
        {
            cube::SimTableModel model;
            cube::SimFilterProxy proxy;
            proxy.setSourceModel(&model);
            proxy.sort(cube::SimTableModel::Iccid);
            QTableView view;
            view.setModel(&proxy);
            view.resize(1000, 700);
            view.show();
            for (int first = 0; first < total; first += pageSize)
                model.appendSims(page(first, pageSize));
            QCOMPARE(proxy.rowCount(), total);
        }
    }

    void searchHundredThousand()
    {
        cube::SimTableModel model;
        cube::SimFilterProxy proxy;
        proxy.setSourceModel(&model);
        for (int first = 0; first < total; first += pageSize)
            model.appendSims(page(first, pageSize));
        int round = 0;
        QBENCHMARK
        {
            proxy.setSearchText(u"0000012%1"_s.arg(round++ % 10));
        }
        QVERIFY(proxy.rowCount() > 0);
    }

    void sortHundredThousandByStatus()
    {
        cube::SimTableModel model;
        cube::SimFilterProxy proxy;
        proxy.setSourceModel(&model);
        for (int first = 0; first < total; first += pageSize)
            model.appendSims(page(first, pageSize));
        QBENCHMARK_ONCE
        {
            proxy.sort(cube::SimTableModel::Status, Qt::DescendingOrder);
        }
        QCOMPARE(proxy.index(0, cube::SimTableModel::Status)
                     .data(cube::SimTableModel::LifeCycleRole)
                     .toInt(),
                 4);
    }
};

QTEST_MAIN(BenchSimList)
#include "bench_simlist.moc"
