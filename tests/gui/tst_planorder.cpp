#include "activitylog.h"
#include "base/displaytime.h"
#include "base/translationinstaller.h"
#include "cubesimulator.h"
#include "mainwindow.h"
#include "orderactions.h"
#include "orderplandialog.h"
#include "simulatorclient.h"
#include "simwithorder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using cube::OrderStatus;
using cube::sim::LifeCycle;

Q_DECLARE_METATYPE(cube::UiLanguage)

// Ordering plans and acting on orders as a person at the desk meets them, against the
// simulator: nothing that spends money is chosen for them, nothing is sent before they have
// read what it costs, each SIM's result names its order, and every write says how it went in
// the window's status bar. Words are checked in English; in Chinese (whose catalogue the new
// words reach later) only what the words carry: codes, ICCIDs, amounts and dates.
class TestPlanOrder : public QObject
{
    Q_OBJECT

private:
    QList<int> freeActivatedSims(int count) const
    {
        return cube::test::freeActivatedSims(m_simulator->fleet(), count);
    }

    QString iccidOf(int sim) const { return m_simulator->fleet().sims().at(sim).iccid; }

    // The first order of the fleet in `status` that `accept` takes, or -1.
    template<typename Accept>
    int orderIn(OrderStatus status, Accept accept) const
    {
        const auto &orders = m_simulator->fleet().orders();
        for (int i = 0; i < orders.size(); ++i) {
            if (orders.at(i).status == status && accept(orders.at(i)))
                return i;
        }
        return -1;
    }

    // The order as the console's views hand it to the actions.
    cube::Order orderAt(int index) const
    {
        const auto &fleet = m_simulator->fleet();
        const cube::sim::SimulatedOrder &simulated = fleet.orders().at(index);
        cube::Order order;
        order.orderCode = simulated.code;
        order.iccid = fleet.sims().at(simulated.sim).iccid;
        order.planCode = fleet.plans().at(simulated.plan).code;
        order.planName = fleet.plans().at(simulated.plan).name;
        order.status = int(simulated.status);
        order.type = simulated.type;
        order.ordered = simulated.ordered;
        order.starts = simulated.starts;
        order.expires = simulated.expires;
        return order;
    }

    static bool plansLoaded(const QWidget &dialog)
    {
        return QTest::qWaitFor(
            [&] { return dialog.findChild<QComboBox *>(u"planCombo"_s)->isEnabled(); }, 10000);
    }

    // The confirmation that `parent` opened, once it shows.
    static QMessageBox *confirmationOf(const QWidget *parent)
    {
        QMessageBox *box = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                box = parent->findChild<QMessageBox *>(u"confirmBox"_s);
                return box && box->isVisible();
            },
            5000);
        return shown ? box : nullptr;
    }

    static QString allTextOf(const QMessageBox *box)
    {
        return box->text() + u'\n' + box->informativeText() + u'\n' + box->detailedText();
    }

    // The button of a confirmation that goes ahead.
    static QAbstractButton *goAheadOf(QMessageBox *box)
    {
        for (QAbstractButton *button : box->buttons()) {
            const QMessageBox::ButtonRole role = box->buttonRole(button);
            if (role == QMessageBox::AcceptRole || role == QMessageBox::YesRole)
                return button;
        }
        return nullptr;
    }

    static void addLanguages()
    {
        QTest::addColumn<cube::UiLanguage>("language");
        QTest::newRow("English") << cube::UiLanguage::English;
        QTest::newRow("Chinese") << cube::UiLanguage::SimplifiedChinese;
    }

    bool english() const { return m_translations.language() == cube::UiLanguage::English; }

    static QString money(double amount) { return QLocale().toString(amount, 'f', 2); }

    cube::TranslationInstaller m_translations;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<cube::Account> m_account;
    cube::ActivityLog m_activity;
    // The window the actions run in, as in the console: its status bar tells how a write went.
    std::unique_ptr<QMainWindow> m_window;
    QWidget *m_desk = nullptr;

private slots:
    void init()
    {
        QVERIFY(m_translations.install(cube::UiLanguage::English));
        if (QTest::currentDataTag() && QByteArray(QTest::currentDataTag()) == "Chinese")
            QVERIFY(m_translations.install(cube::UiLanguage::SimplifiedChinese));
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), cube::sim::FleetOptions{21, 200});
        QVERIFY(m_simulator->listen());
        m_account = cube::test::accountFor(*m_simulator, &m_network);
        m_window = std::make_unique<QMainWindow>();
        m_desk = new QWidget(m_window.get());
        m_window->setCentralWidget(m_desk);
        m_window->resize(900, 600);
        m_window->show();
        m_window->statusBar()->show(); // as the console's window has one from the start
    }

    void cleanup()
    {
        m_window.reset();
        m_account.reset();
        m_simulator.reset();
    }

    // Paid and Enable now are a person's choice, and Enter anywhere in the dialog sends nothing.
    void nothingThatSpendsIsChosenForThePerson()
    {
        const int sim = freeActivatedSims(1).constFirst();
        const qsizetype ordersBefore = m_simulator->fleet().ordersOf(sim).size();
        auto *dialog =
            new cube::OrderPlanDialog(m_account.get(), &m_activity, {iccidOf(sim)}, m_desk);
        dialog->show();
        QVERIFY(plansLoaded(*dialog));
        dialog->findChild<QComboBox *>(u"planCombo"_s)->setCurrentIndex(3);

        for (const QString &name : {u"planCombo"_s, u"periodsSpin"_s, u"amountSpin"_s}) {
            auto *input = dialog->findChild<QWidget *>(name);
            input->setFocus();
            QTest::keyClick(input, Qt::Key_Return);
            QTest::keyClick(input, Qt::Key_Enter);
        }
        // Not even the confirmation came up (the one way to send), whatever a busy machine's
        // network would still have to deliver.
        QVERIFY(!dialog->findChild<QMessageBox *>());
        QTest::qWait(300);
        QCOMPARE(m_simulator->requestCount(u"orderPackage"_s), 0);
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_simulator->fleet().ordersOf(sim).size(), ordersBefore);
        for (const QPushButton *button : dialog->findChildren<QPushButton *>())
            QVERIFY2(!button->isDefault(), qPrintable(button->text()));
        QVERIFY(!dialog->findChild<QCheckBox *>(u"paidCheck"_s)->isChecked());
        QVERIFY(!dialog->findChild<QCheckBox *>(u"enableNowCheck"_s)->isChecked());
    }

    void aPlanOrderWaitsForAConfirmationThatNamesTheAmount_data() { addLanguages(); }
    void aPlanOrderWaitsForAConfirmationThatNamesTheAmount()
    {
        const QList<int> sims = freeActivatedSims(4);
        QCOMPARE(sims.size(), 4);
        QStringList iccids;
        QList<qsizetype> ordersBefore;
        for (int sim : sims) {
            iccids.append(iccidOf(sim));
            ordersBefore.append(m_simulator->fleet().ordersOf(sim).size());
        }
        auto *dialog = new cube::OrderPlanDialog(m_account.get(), &m_activity, iccids, m_desk);
        dialog->show();
        QVERIFY(plansLoaded(*dialog));
        const int planIndex = 4;
        const cube::Plan &plan = m_simulator->fleet().plans().at(planIndex);
        QCOMPARE(plan.price, 12.0);
        dialog->findChild<QComboBox *>(u"planCombo"_s)->setCurrentIndex(planIndex);
        dialog->findChild<QSpinBox *>(u"periodsSpin"_s)->setValue(2);
        // The amount follows the plan's price, never 0.00 for a plan that costs something.
        QCOMPARE(dialog->findChild<QDoubleSpinBox *>(u"amountSpin"_s)->value(), 24.0);

        auto *order = dialog->findChild<QPushButton *>(u"orderButton"_s);
        QTest::mouseClick(order, Qt::LeftButton);
        QMessageBox *confirm = confirmationOf(dialog);
        QVERIFY(confirm);
        const QString asked = allTextOf(confirm);
        QVERIFY2(asked.contains(plan.name), qPrintable(asked));
        for (const QString &iccid : std::as_const(iccids))
            QVERIFY2(asked.contains(iccid), qPrintable(asked));
        QVERIFY2(asked.contains(money(24.0)), qPrintable(asked)); // each SIM's order
        QVERIFY2(asked.contains(money(96.0)), qPrintable(asked)); // in all
        if (english()) {
            QVERIFY2(asked.contains(u"for 4 SIM card"_s), qPrintable(asked));
            QVERIFY2(asked.contains(u"Periods: 2"_s), qPrintable(asked));
            QVERIFY2(asked.contains(u"not paid"_s), qPrintable(asked));
            QVERIFY2(asked.contains(u"not enabled now"_s), qPrintable(asked));
            QVERIFY2(goAheadOf(confirm)->text().startsWith(u"Place 4 order"_s),
                     qPrintable(goAheadOf(confirm)->text()));
        }
        // Nothing has been sent; Cancel sends nothing and keeps every choice.
        QCOMPARE(m_simulator->requestCount(u"batchOrderPackages"_s), 0);
        QCOMPARE(m_simulator->requestCount(u"orderPackage"_s), 0);
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
        QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
        QTest::qWait(300);
        QCOMPARE(m_simulator->requestCount(u"batchOrderPackages"_s), 0);
        QCOMPARE(dialog->findChild<QComboBox *>(u"planCombo"_s)->currentIndex(), planIndex);
        QCOMPARE(dialog->findChild<QSpinBox *>(u"periodsSpin"_s)->value(), 2);
        QVERIFY(order->isEnabled());

        QTest::mouseClick(order, Qt::LeftButton);
        confirm = confirmationOf(dialog);
        QVERIFY(confirm);
        QTest::mouseClick(goAheadOf(confirm), Qt::LeftButton);
        // On its way, the order keeps the dialog open: closing it would lose the order codes.
        auto *close =
            dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Close);
        QVERIFY(!close->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());

        // Each SIM's line names the order placed for it.
        auto *results = dialog->findChild<QTreeWidget *>(u"resultsView"_s);
        QVERIFY(results);
        QVERIFY(QTest::qWaitFor([&] { return results->topLevelItemCount() == 4; }, 10000));
        QVERIFY(close->isEnabled());
        QVERIFY(results->isVisible());
        QCOMPARE(m_simulator->requestCount(u"batchOrderPackages"_s), 1);
        for (int i = 0; i < sims.size(); ++i) {
            const QList<int> &orders = m_simulator->fleet().ordersOf(sims.at(i));
            QCOMPARE(orders.size(), ordersBefore.at(i) + 1);
            const cube::sim::SimulatedOrder &placed =
                m_simulator->fleet().orders().at(orders.constLast());
            QCOMPARE(placed.status, OrderStatus::NotEnabled); // Enable now was not ticked
            const QTreeWidgetItem *line = results->topLevelItem(i);
            QCOMPARE(line->text(0), iccids.at(i));
            QCOMPARE(line->text(1), placed.code);
        }
        const QString said = m_window->statusBar()->currentMessage();
        QVERIFY2(said.contains(plan.name), qPrintable(said));
        if (english())
            QVERIFY2(said.contains(u": 4 order"_s) && said.contains(u"placed"_s), qPrintable(said));
    }

    // One SIM: the result and the status bar name the order placed.
    void oneSimsOrderNamesItsCode()
    {
        const int sim = freeActivatedSims(1).constFirst();
        auto *dialog =
            new cube::OrderPlanDialog(m_account.get(), &m_activity, {iccidOf(sim)}, m_desk);
        dialog->show();
        QVERIFY(plansLoaded(*dialog));
        dialog->findChild<QComboBox *>(u"planCombo"_s)->setCurrentIndex(3);
        QTest::mouseClick(dialog->findChild<QCheckBox *>(u"enableNowCheck"_s), Qt::LeftButton, {},
                          QPoint(5, 5));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"orderButton"_s), Qt::LeftButton);
        QMessageBox *confirm = confirmationOf(dialog);
        QVERIFY(confirm);
        const QString asked = allTextOf(confirm);
        QVERIFY2(asked.contains(iccidOf(sim)), qPrintable(asked));
        QVERIFY2(asked.contains(money(6.0)), qPrintable(asked));
        if (english()) {
            QVERIFY2(asked.contains(u"enabled now"_s) && !asked.contains(u"not enabled now"_s),
                     qPrintable(asked));
            QCOMPARE(goAheadOf(confirm)->text(), u"Place the order"_s);
        }
        QTest::mouseClick(goAheadOf(confirm), Qt::LeftButton);
        auto *results = dialog->findChild<QTreeWidget *>(u"resultsView"_s);
        QVERIFY(results);
        QVERIFY(QTest::qWaitFor([&] { return results->topLevelItemCount() == 1; }, 10000));
        const int current = m_simulator->fleet().currentOrder(sim);
        QVERIFY(current >= 0); // enabled now, as ticked
        const QString code = m_simulator->fleet().orders().at(current).code;
        QCOMPARE(results->topLevelItem(0)->text(1), code);
        QVERIFY(dialog->findChild<QLabel *>(u"resultLabel"_s)->text().contains(code));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(code),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void cancelNamesTheOrderAndReports_data() { addLanguages(); }
    void cancelNamesTheOrderAndReports()
    {
        const int index = orderIn(OrderStatus::NotEnabled, [](const auto &) { return true; });
        QVERIFY(index >= 0);
        const cube::Order order = orderAt(index);
        cube::OrderActions actions(m_account.get(), &m_activity, m_desk);
        actions.cancel(order);
        QMessageBox *confirm = confirmationOf(m_desk);
        QVERIFY(confirm);
        const QString asked = allTextOf(confirm);
        for (const QString &named : {order.orderCode, order.planName, order.iccid})
            QVERIFY2(asked.contains(named), qPrintable(asked));
        if (english()) {
            QVERIFY2(asked.contains(u"not been enabled"_s), qPrintable(asked));
            QVERIFY2(asked.contains(u"cannot be enabled again"_s), qPrintable(asked));
            QCOMPARE(confirm->button(QMessageBox::Yes)->text(), u"Cancel the order"_s);
            QCOMPARE(confirm->button(QMessageBox::No)->text(), u"Keep it"_s);
        }
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::No));
        QCOMPARE(m_simulator->requestCount(u"cancelDeviceOrder"_s), 0);
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] { return m_window->statusBar()->currentMessage().contains(order.orderCode); },
            10000));
        QCOMPARE(m_simulator->fleet().orders().at(index).status, OrderStatus::Cancelled);
        if (english())
            QVERIFY2(m_window->statusBar()->currentMessage().contains(u"cancelled"_s),
                     qPrintable(m_window->statusBar()->currentMessage()));
    }

    // The console's own window: a write from the Orders tab's buttons is said in its status bar.
    void aWriteFromTheOrdersTabIsSaidInTheConsolesStatusBar()
    {
        cube::MainWindow window(m_account.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
        QWidget *page = window.findChild<QWidget *>(u"ordersPage"_s);
        QVERIFY(tabs && page);
        tabs->setCurrentWidget(page->parentWidget());
        auto *search = page->findChild<QPushButton *>(u"searchButton"_s);
        auto *status = page->findChild<QComboBox *>(u"statusCombo"_s);
        status->setCurrentIndex(status->findData(int(OrderStatus::NotEnabled)));
        QVERIFY(QTest::qWaitFor([&] { return search->isEnabled(); }, 10000));
        QTest::mouseClick(search, Qt::LeftButton);
        auto *view = page->findChild<QTableView *>(u"ordersView"_s);
        QVERIFY(QTest::qWaitFor(
            [&] { return search->isEnabled() && view->model()->rowCount() > 0; }, 10000));
        view->selectRow(0);
        const int index =
            m_simulator->fleet().orderIndex(view->model()->index(0, 0).data().toString());
        QVERIFY(index >= 0);
        QCOMPARE(m_simulator->fleet().orders().at(index).status, OrderStatus::NotEnabled);
        const QString code = m_simulator->fleet().orders().at(index).code;
        QTest::mouseClick(page->findChild<QPushButton *>(u"cancelOrderButton"_s), Qt::LeftButton);
        QMessageBox *confirm = confirmationOf(page);
        QVERIFY(confirm);
        // The person goes to the SIM list while the answer is on its way...
        m_simulator->faults().setLatency(u"cancelDeviceOrder"_s, std::chrono::milliseconds(400));
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        tabs->setCurrentIndex(0);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_simulator->fleet().orders().at(index).status == OrderStatus::Cancelled;
            },
            10000));
        QTest::qWait(200); // the answer's way back; the bar must not say it here in any case
        QVERIFY(!window.statusBar()->currentMessage().contains(code));
        // ...and finds it said on the Orders tab, where the order was cancelled.
        tabs->setCurrentWidget(page->parentWidget());
        QVERIFY2(QTest::qWaitFor(
                     [&] { return window.statusBar()->currentMessage().contains(code); }, 10000),
                 qPrintable(window.statusBar()->currentMessage()));
        m_simulator->faults().setLatency(u"cancelDeviceOrder"_s, std::chrono::milliseconds(0));
    }

    void enableReports()
    {
        const auto &fleet = m_simulator->fleet();
        const int index = orderIn(OrderStatus::NotEnabled, [&fleet](const auto &order) {
            return fleet.currentOrder(order.sim) < 0;
        });
        QVERIFY(index >= 0);
        const cube::Order order = orderAt(index);
        cube::OrderActions actions(m_account.get(), &m_activity, m_desk);
        actions.enable(order);
        QMessageBox *confirm = confirmationOf(m_desk);
        QVERIFY(confirm);
        QVERIFY2(allTextOf(confirm).contains(order.planName), qPrintable(allTextOf(confirm)));
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] { return fleet.orders().at(index).status == OrderStatus::InUse; }, 10000));
        // The status bar names the order and, once the order is read again, until when it runs.
        const QString until = cube::displaytime::dateTime(fleet.orders().at(index).expires);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const QString said = m_window->statusBar()->currentMessage();
                         return said.contains(order.orderCode) && said.contains(until);
                     },
                     10000),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"enabled"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void renewShowsThePeriodAndTheNewExpiry_data() { addLanguages(); }
    void renewShowsThePeriodAndTheNewExpiry()
    {
        const auto &fleet = m_simulator->fleet();
        const int index = orderIn(OrderStatus::InUse, [&fleet](const auto &order) {
            return fleet.plans().at(order.plan).type == 2; // monthly
        });
        QVERIFY(index >= 0);
        const cube::Order order = orderAt(index);
        const int days = cube::sim::Fleet::periodDays(2);
        const QDateTime expires = fleet.orders().at(index).expires;
        cube::OrderActions actions(m_account.get(), &m_activity, m_desk);
        actions.renew(order);

        QDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                dialog = m_desk->findChild<QDialog *>(u"renewDialog"_s);
                return dialog && dialog->isVisible();
            },
            5000));
        auto *period = dialog->findChild<QLabel *>(u"periodLabel"_s);
        auto *current = dialog->findChild<QLabel *>(u"currentExpiryLabel"_s);
        auto *after = dialog->findChild<QLabel *>(u"newExpiryLabel"_s);
        auto *periods = dialog->findChild<QSpinBox *>(u"periodsSpin"_s);
        auto *renew = dialog->findChild<QPushButton *>(u"renewButton"_s);
        QVERIFY(period && current && after && periods && renew);
        const QString oneLater = cube::displaytime::dateTime(expires.addDays(days));
        QVERIFY2(QTest::qWaitFor([&] { return after->text().contains(oneLater); }, 10000),
                 qPrintable(after->text()));
        QVERIFY2(dialog->findChild<QLabel *>(u"orderLabel"_s)->text().contains(order.orderCode),
                 qPrintable(dialog->findChild<QLabel *>(u"orderLabel"_s)->text()));
        QVERIFY2(period->text().contains(QLocale().toString(days)), qPrintable(period->text()));
        QVERIFY2(current->text().contains(cube::displaytime::dateTime(expires)),
                 qPrintable(current->text()));
        if (english())
            QVERIFY2(period->text().startsWith(u"30 days ("_s), qPrintable(period->text()));

        periods->setValue(2);
        const QString twoLater = cube::displaytime::dateTime(expires.addDays(2 * days));
        QVERIFY2(after->text().contains(twoLater), qPrintable(after->text()));
        // Enter sends nothing: renewing is a click on Renew.
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            QVERIFY2(!button->isDefault(), qPrintable(button->text()));
        periods->setFocus();
        QTest::keyClick(periods, Qt::Key_Return);
        QTest::qWait(300);
        QCOMPARE(m_simulator->requestCount(u"renewPackage"_s), 0);

        QTest::mouseClick(renew, Qt::LeftButton);
        auto *result = dialog->findChild<QLabel *>(u"resultLabel"_s);
        QVERIFY2(QTest::qWaitFor([&] { return result->text().contains(twoLater); }, 10000),
                 qPrintable(result->text()));
        QCOMPARE(m_simulator->requestCount(u"renewPackage"_s), 1);
        QCOMPARE(cube::displaytime::dateTime(fleet.orders().at(index).expires), twoLater);
        const QString said = m_window->statusBar()->currentMessage();
        QVERIFY2(said.contains(order.orderCode) && said.contains(twoLater), qPrintable(said));
        if (english())
            QVERIFY2(said.contains(u"renewed"_s), qPrintable(said));
    }
};

QTEST_MAIN(TestPlanOrder)
#include "tst_planorder.moc"
