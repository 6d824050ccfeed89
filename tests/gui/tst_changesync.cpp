#include "account/account.h"
#include "base/translationinstaller.h"
#include "cubesimulator.h"
#include "endorderearlydialog.h"
#include "mainwindow.h"
#include "ordertablemodel.h"
#include "simtablemodel.h"
#include "simulatorclient.h"
#include "widgetlookup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::OrderStatus;

// One change source: an order ended on the Orders tab shows in the SIM list row and the SIM
// detail of its SIM at once, with no refresh by anyone.
class TestChangeSync : public QObject
{
    Q_OBJECT

private slots:
    void anOrderEndedOnTheOrdersTabShowsEverywhere()
    {
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {4, 60});
        QVERIFY(simulator.listen());
        QNetworkAccessManager network;
        const auto account = cube::test::accountFor(simulator, &network);
        cube::MainWindow window(account.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModel *sims = cube::test::modelOf(&window, u"simView"_s);
        QVERIFY(QTest::qWaitFor([&] { return sims->rowCount() == 60; }, 20000));

        // A SIM with an order in use, open in the SIM detail.
        int sim = 0;
        while (simulator.fleet().currentOrder(sim) < 0
               || simulator.fleet().orders().at(simulator.fleet().currentOrder(sim)).status
                      != OrderStatus::InUse)
            ++sim;
        const QString iccid = simulator.fleet().sims().at(sim).iccid;
        const QString planName =
            simulator.fleet()
                .plans()
                .at(simulator.fleet().orders().at(simulator.fleet().currentOrder(sim)).plan)
                .name;
        auto *simView = window.findChild<QTableView *>(u"simView"_s);
        simView->setCurrentIndex(sims->index(sim, 0));
        QWidget *detail = window.findChild<QWidget *>(u"simDetail"_s);
        QVERIFY(QTest::qWaitFor([&] { return cube::test::detailIsSettled(detail); }, 20000));
        auto *planValue = detail->findChild<QLabel *>(u"planValue"_s);
        QCOMPARE(planValue->text(), planName);
        QCOMPARE(sims->index(sim, cube::SimTableModel::Plan).data().toString(), planName);

        // The Orders tab: that SIM's orders, the one in use selected and ended early.
        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
        tabs->setCurrentWidget(window.findChild<QWidget *>(u"ordersTab"_s));
        QWidget *ordersPage = window.findChild<QWidget *>(u"ordersPage"_s);
        auto *search = ordersPage->findChild<QPushButton *>(u"searchButton"_s);
        QVERIFY(QTest::qWaitFor([&] { return search->isEnabled(); }, 10000)); // the first page
        ordersPage->findChild<QLineEdit *>(u"iccidEdit"_s)->setText(iccid);
        auto *status = ordersPage->findChild<QComboBox *>(u"statusCombo"_s);
        status->setCurrentIndex(status->findData(int(OrderStatus::InUse)));
        QTest::mouseClick(search, Qt::LeftButton);
        QAbstractItemModel *orders = cube::test::modelOf(ordersPage, u"ordersView"_s);
        QVERIFY(QTest::qWaitFor([&] { return orders->rowCount() == 1; }, 10000));
        ordersPage->findChild<QTableView *>(u"ordersView"_s)->selectRow(0);
        QTest::mouseClick(ordersPage->findChild<QPushButton *>(u"endEarlyButton"_s),
                          Qt::LeftButton);
        cube::EndOrderEarlyDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (dialog = window.findChild<cube::EndOrderEarlyDialog *>()); }, 5000));
        cube::test::giveReasonAndConfirm(dialog, u"Customer request"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"endButton"_s), Qt::LeftButton);

        // Nobody presses Refresh: the Orders tab, the SIM list row and the SIM detail follow.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return orders->index(0, cube::OrderTableModel::Status).data().toString()
                       == u"Ended early"_s;
            },
            10000));
        QVERIFY(QTest::qWaitFor(
            [&] { return sims->index(sim, cube::SimTableModel::Plan).data().toString().isEmpty(); },
            10000));
        QVERIFY(QTest::qWaitFor([&] { return planValue->text() == u"No order in use"_s; }, 10000));
        QAbstractItemModel *simOrders = cube::test::modelOf(detail, u"ordersView"_s);
        bool shownEnded = false;
        for (int row = 0; row < simOrders->rowCount(); ++row)
            shownEnded |= simOrders->index(row, cube::OrderTableModel::Status).data().toString()
                          == u"Ended early"_s;
        QVERIFY(shownEnded);
        QCOMPARE(simulator.requestCount(u"aheadFinishDeviceOrder"_s), 1);
        dialog->close();
    }
};

QTEST_MAIN(TestChangeSync)
#include "tst_changesync.moc"
