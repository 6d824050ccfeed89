#include "activitylog.h"
#include "cubeclient.h"
#include "cubesimulator.h"
#include "endorderearlydialog.h"
#include "orderspage.h"
#include "ordertablemodel.h"
#include "simulatorclient.h"
#include "translationinstaller.h"
#include "widgetlookup.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::OrderStatus;

// The Orders tab against the simulator, driven through its widgets.
class TestOrdersPage : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_page->findChild<T *>(name);
    }

    cube::OrderTableModel *model() const
    {
        return qobject_cast<cube::OrderTableModel *>(
            cube::test::modelOf(m_page.get(), u"ordersView"_s));
    }

    void searchStatus(OrderStatus status)
    {
        auto *combo = child<QComboBox>(u"statusCombo"_s);
        combo->setCurrentIndex(combo->findData(int(status)));
        QTest::mouseClick(child<QPushButton>(u"searchButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [this] { return child<QPushButton>(u"searchButton"_s)->isEnabled(); }, 10000));
    }

    cube::TranslationInstaller m_translations;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<cube::Account> m_account;
    cube::ActivityLog m_activity;
    std::unique_ptr<cube::OrdersPage> m_page;

private slots:
    void initTestCase() { QVERIFY(m_translations.install(cube::UiLanguage::English)); }

    void init()
    {
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), cube::sim::FleetOptions{9, 200});
        QVERIFY(m_simulator->listen());
        m_account = cube::test::accountFor(*m_simulator, &m_network);
        m_page = std::make_unique<cube::OrdersPage>(m_account.get(), &m_activity);
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        // Opened, the tab shows the first page of all orders by itself.
        QVERIFY(QTest::qWaitFor(
            [this] { return model()->rowCount() == cube::OrdersPage::pageSize; }, 10000));
        QVERIFY(QTest::qWaitFor(
            [this] { return child<QPushButton>(u"searchButton"_s)->isEnabled(); }, 10000));
    }

    void cleanup()
    {
        m_page.reset();
        m_account.reset();
        m_simulator.reset();
    }

    void pagesThroughAllOrders()
    {
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::mouseClick(child<QPushButton>(u"searchButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [this] { return child<QPushButton>(u"searchButton"_s)->isEnabled(); }, 10000));
        const qsizetype total = m_simulator->fleet().orders().size();
        QCOMPARE(model()->rowCount(), cube::OrdersPage::pageSize);
        const int pages =
            int((total + cube::OrdersPage::pageSize - 1) / cube::OrdersPage::pageSize);
        QCOMPARE(child<QLabel>(u"pageLabel"_s)->text(), u"Page 1 of %1"_s.arg(pages));
        // Dates read the same in every locale: no two-digit year, no 12-hour clock.
        static const QRegularExpression dateTime(u"^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$"_s);
        const QString ordered = model()->index(0, cube::OrderTableModel::Ordered).data().toString();
        QVERIFY2(dateTime.match(ordered).hasMatch(), qPrintable(ordered));
        QVERIFY(!child<QPushButton>(u"previousButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(u"nextButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [this] { return child<QPushButton>(u"searchButton"_s)->isEnabled(); }, 10000));
        QCOMPARE(model()->index(0, cube::OrderTableModel::Code).data().toString(),
                 m_simulator->fleet().orders().at(cube::OrdersPage::pageSize).code);
        QVERIFY(child<QPushButton>(u"previousButton"_s)->isEnabled());
    }

    void actionsFollowTheOrdersState()
    {
        searchStatus(OrderStatus::InUse);
        auto *view = child<QTableView>(u"ordersView"_s);
        view->selectRow(0);
        QVERIFY(child<QPushButton>(u"endEarlyButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(u"renewButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(u"cancelOrderButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(u"enableButton"_s)->isEnabled());

        searchStatus(OrderStatus::Expired);
        view->selectRow(0);
        for (const auto &name :
             {u"endEarlyButton"_s, u"renewButton"_s, u"cancelOrderButton"_s, u"enableButton"_s})
            QVERIFY2(!child<QPushButton>(name)->isEnabled(), qPrintable(name));
    }

    void cancelsAnOrderNotYetEnabled()
    {
        searchStatus(OrderStatus::NotEnabled);
        QVERIFY(model()->rowCount() > 0);
        const QString code = model()->index(0, cube::OrderTableModel::Code).data().toString();
        child<QTableView>(u"ordersView"_s)->selectRow(0);
        QTest::mouseClick(child<QPushButton>(u"cancelOrderButton"_s), Qt::LeftButton);

        QMessageBox *confirm = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (confirm = m_page->findChild<QMessageBox *>(u"confirmBox"_s)); }, 5000));
        QVERIFY(confirm->text().contains(code));
        QCOMPARE(m_simulator->requestCount(u"cancelDeviceOrder"_s), 0); // nothing before the Yes
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);

        QVERIFY(QTest::qWaitFor(
            [&] {
                return model()->index(0, 0).data(cube::OrderTableModel::StatusRole).toInt()
                       == int(OrderStatus::Cancelled);
            },
            10000));
        QCOMPARE(m_simulator->fleet().orders().at(m_simulator->fleet().orderIndex(code)).status,
                 OrderStatus::Cancelled);
        QCOMPARE(model()->index(0, cube::OrderTableModel::Status).data().toString(),
                 u"Cancelled"_s);
        QCOMPARE(m_activity.entryAt(0).target, code);
        QVERIFY(m_activity.entryAt(0).succeeded);
        QCOMPARE(m_simulator->requestCount(u"cancelDeviceOrder"_s), 1);
    }

    void endEarlyFromTheListUpdatesTheRow()
    {
        searchStatus(OrderStatus::InUse);
        const QString code = model()->index(0, cube::OrderTableModel::Code).data().toString();
        child<QTableView>(u"ordersView"_s)->selectRow(0);
        QTest::mouseClick(child<QPushButton>(u"endEarlyButton"_s), Qt::LeftButton);
        cube::EndOrderEarlyDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (dialog = m_page->findChild<cube::EndOrderEarlyDialog *>()); }, 5000));
        cube::test::giveReasonAndConfirm(dialog, u"Customer request"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"endButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return model()->index(0, 0).data(cube::OrderTableModel::StatusRole).toInt()
                       == int(OrderStatus::EndedEarly);
            },
            10000));
        QCOMPARE(model()->index(0, cube::OrderTableModel::Status).data().toString(),
                 u"Ended early"_s);
        QCOMPARE(m_simulator->fleet().orders().at(m_simulator->fleet().orderIndex(code)).status,
                 OrderStatus::EndedEarly);
        dialog->close();
    }

    void suspendFromTheListPausesTheOrder()
    {
        searchStatus(OrderStatus::InUse);
        child<QTableView>(u"ordersView"_s)->selectRow(0);
        QVERIFY(!child<QPushButton>(u"resumeButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(u"suspendButton"_s), Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (confirm = m_page->findChild<QMessageBox *>(u"confirmBox"_s)); }, 5000));
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return model()->index(0, 0).data(cube::OrderTableModel::StatusRole).toInt()
                       == int(OrderStatus::Paused);
            },
            10000));
        QVERIFY(child<QPushButton>(u"resumeButton"_s)->isEnabled());
    }

    void typeFilter()
    {
        auto *type = child<QComboBox>(u"typeCombo"_s);
        type->setCurrentIndex(type->findData(1));
        QTest::mouseClick(child<QPushButton>(u"searchButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [this] { return child<QPushButton>(u"searchButton"_s)->isEnabled(); }, 10000));
        QCOMPARE(model()->rowCount(), 0); // the seeded fleet has no OTA orders
        type->setCurrentIndex(type->findData(0));
        QTest::mouseClick(child<QPushButton>(u"searchButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [this] { return child<QPushButton>(u"searchButton"_s)->isEnabled(); }, 10000));
        QCOMPARE(model()->rowCount(), cube::OrdersPage::pageSize);
    }

    void anOrderNotEnabledYetShowsNotStarted()
    {
        auto *status = child<QComboBox>(u"statusCombo"_s);
        status->setCurrentIndex(status->findData(int(cube::OrderStatus::NotEnabled)));
        QTest::mouseClick(child<QPushButton>(u"searchButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [this] { return child<QPushButton>(u"searchButton"_s)->isEnabled(); }, 10000));
        QVERIFY(model()->rowCount() > 0);
        QCOMPARE(model()->index(0, cube::OrderTableModel::Starts).data().toString(),
                 u"not started"_s);
        QCOMPARE(model()->index(0, cube::OrderTableModel::Expires).data().toString(),
                 u"not started"_s);
    }

    void enterInTheStatusListSearches()
    {
        auto *status = child<QComboBox>(u"statusCombo"_s);
        status->setFocus();
        status->setCurrentIndex(status->findData(int(cube::OrderStatus::Cancelled)));
        QTest::keyClick(status, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor(
            [this] { return child<QPushButton>(u"searchButton"_s)->isEnabled(); }, 10000));
        QVERIFY(model()->rowCount() > 0);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->index(row, cube::OrderTableModel::Status).data().toString(),
                     u"Cancelled"_s);
    }

    void answeringNoSendsNothing()
    {
        searchStatus(OrderStatus::NotEnabled);
        child<QTableView>(u"ordersView"_s)->selectRow(0);
        QTest::mouseClick(child<QPushButton>(u"cancelOrderButton"_s), Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (confirm = m_page->findChild<QMessageBox *>(u"confirmBox"_s)); }, 5000));
        QTest::mouseClick(confirm->button(QMessageBox::No), Qt::LeftButton);
        QTest::qWait(200);
        QCOMPARE(m_simulator->requestCount(u"cancelDeviceOrder"_s), 0);
    }
};

QTEST_MAIN(TestOrdersPage)
#include "tst_orderspage.moc"
