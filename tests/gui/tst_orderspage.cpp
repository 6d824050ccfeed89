#include "activitylog.h"
#include "base/translationinstaller.h"
#include "cubesimulator.h"
#include "endorderearlydialog.h"
#include "orderspage.h"
#include "ordertablemodel.h"
#include "simulatorclient.h"
#include "transport/cubeclient.h"
#include "widgetlookup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
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

    bool loaded() const { return child<QPushButton>(u"searchButton"_s)->isEnabled(); }

    // Columns a reader cannot read whole: narrower than a cell's text or than their title.
    // The last shown column stretches to the view's edge and is checked like the others.
    QStringList narrowColumns() const
    {
        auto *view = child<QTableView>(u"ordersView"_s);
        QHeaderView *header = view->horizontalHeader();
        QStringList narrow;
        for (int column = 0; column < model()->columnCount(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            int widest = header->sectionSizeHint(column);
            for (int row = 0; row < model()->rowCount(); ++row)
                widest = qMax(widest, view->sizeHintForIndex(model()->index(row, column)).width());
            if (header->sectionSize(column) < widest)
                narrow.append(u"%1: %2 < %3"_s.arg(
                    model()->headerData(column, Qt::Horizontal).toString(),
                    QString::number(header->sectionSize(column)), QString::number(widest)));
        }
        return narrow;
    }

    cube::TranslationInstaller m_translations;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<cube::Account> m_account;
    cube::ActivityLog m_activity;
    std::unique_ptr<cube::OrdersPage> m_page;

    // Ends the first row's order early through its dialog, as a person does, and waits until
    // its row says so; the dialog, left open, or null when it did not get that far.
    cube::EndOrderEarlyDialog *endFirstRowEarly()
    {
        child<QTableView>(u"ordersView"_s)->selectRow(0);
        QTest::mouseClick(child<QPushButton>(u"endEarlyButton"_s), Qt::LeftButton);
        cube::EndOrderEarlyDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (dialog = m_page->findChild<cube::EndOrderEarlyDialog *>()); }, 5000))
            return nullptr;
        cube::test::giveReasonAndConfirm(dialog, u"Customer request"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"endButton"_s), Qt::LeftButton);
        const bool ended = QTest::qWaitFor(
            [&] {
                return model()->index(0, 0).data(cube::OrderTableModel::StatusRole).toInt()
                       == int(OrderStatus::EndedEarly);
            },
            10000);
        return ended ? dialog : nullptr;
    }

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
        QPointer<cube::EndOrderEarlyDialog> dialog = endFirstRowEarly();
        QVERIFY(dialog);
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

    // A partial ICCID is said beside the filters, as the SIM tab would: no box to dismiss,
    // nothing sent, and the rows of the last search are not left under the new filter.
    void aPartialIccidIsSaidInlineAndNothingIsSent()
    {
        const int asked = m_simulator->requestCount(u"queryOrder"_s);
        auto *iccid = child<QLineEdit>(u"iccidEdit"_s);
        iccid->setFocus();
        QTest::keyClicks(iccid, u"1442"_s);
        QTest::keyClick(iccid, Qt::Key_Return);
        QTest::qWait(300);
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QVERIFY(m_page->findChildren<QMessageBox *>().isEmpty());
        auto *message = child<QLabel>(u"filterMessageLabel"_s);
        QVERIFY(message && message->isVisible());
        QVERIFY2(message->text().contains(u"1442"_s) && message->text().contains(u"ICCID"_s),
                 qPrintable(message->text()));
        QCOMPARE(m_simulator->requestCount(u"queryOrder"_s), asked);
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(iccid->hasFocus()); // to finish typing it

        // The whole ICCID searches, and the message goes.
        const cube::sim::Fleet &fleet = m_simulator->fleet();
        const QString whole = fleet.sims().at(fleet.orders().at(0).sim).iccid;
        iccid->clear();
        QTest::keyClicks(iccid, whole);
        QTest::keyClick(iccid, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([this] { return loaded() && model()->rowCount() > 0; }, 10000));
        QCOMPARE(m_simulator->requestCount(u"queryOrder"_s), asked + 1);
        QVERIFY2(!message->text().contains(u"1442"_s), qPrintable(message->text()));
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->index(row, cube::OrderTableModel::Iccid).data().toString(), whole);
    }

    // The status filter is a filter, as on the SIM tab: choosing one shows its rows, with no
    // Search to press, so that "In use" never stands above orders that are not.
    void choosingAStatusShowsItsRowsAtOnce()
    {
        auto *status = child<QComboBox>(u"statusCombo"_s);
        for (const OrderStatus chosen : {OrderStatus::InUse, OrderStatus::Expired}) {
            status->setCurrentIndex(status->findData(int(chosen)));
            QVERIFY(QTest::qWaitFor(
                [&] {
                    if (!loaded() || model()->rowCount() == 0)
                        return false;
                    for (int row = 0; row < model()->rowCount(); ++row)
                        if (model()->index(row, 0).data(cube::OrderTableModel::StatusRole).toInt()
                            != int(chosen))
                            return false;
                    return true;
                },
                10000));
        }
        status->setCurrentIndex(0); // all statuses again
        QVERIFY(QTest::qWaitFor(
            [&] { return loaded() && model()->rowCount() == cube::OrdersPage::pageSize; }, 10000));
    }

    // Stepping through the status list with the arrow keys costs one search, for the status
    // the person stops on, not one a step (each is a query of the day's quota).
    void steppingThroughAFilterSearchesOnce()
    {
        QVERIFY(QTest::qWaitFor([&] { return loaded(); }, 10000));
        const int before = m_simulator->requestCount(u"queryOrder"_s);
        auto *status = child<QComboBox>(u"statusCombo"_s);
        status->setFocus();
        for (int step = 0; step < 3; ++step)
            QTest::keyClick(status, Qt::Key_Down);
        const QVariant chosen = status->currentData();
        QVERIFY(QTest::qWaitFor([&] { return loaded() && model()->rowCount() > 0; }, 10000));
        QCOMPARE(m_simulator->requestCount(u"queryOrder"_s), before + 1);
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->index(row, 0).data(cube::OrderTableModel::StatusRole), chosen);
    }

    // Counts in thousands carry the locale's grouping ("4,994 orders found.", not "4994"); the
    // vendor's deprecated SIM operations are named plainly, the deprecation in their tooltips.
    void wordsAndNumbersReadAsTheDeskExpects()
    {
        cube::sim::CubeSimulator large(cube::sim::SimulatorAccount::demo(),
                                       cube::sim::FleetOptions{9, 1500});
        QVERIFY(large.listen());
        const auto account = cube::test::accountFor(large, &m_network);
        cube::OrdersPage page(account.get(), &m_activity);
        QSignalSpy said(&page, &cube::OrdersPage::statusMessage);
        page.show();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !said.isEmpty()
                       && said.constLast().constFirst().toString().endsWith(u"found."_s);
            },
            10000));
        const QString found = said.constLast().constFirst().toString();
        QVERIFY2(
            QRegularExpression(u"^\\d{1,3}(,\\d{3})+ orders found\\.$"_s).match(found).hasMatch(),
            qPrintable(found));
        for (const QString &name : {u"suspendButton"_s, u"resumeButton"_s}) {
            auto *button = page.findChild<QPushButton *>(name);
            QVERIFY2(!button->text().contains(u"deprecated"_s), qPrintable(button->text()));
            QVERIFY2(button->toolTip().contains(u"deprecated"_s), qPrintable(button->toolTip()));
        }
    }

    // A paused order's actions are all greyed, and each says why instead of leaving the person
    // to guess.
    void aPausedOrdersGreyedActionsSayWhy()
    {
        auto *status = child<QComboBox>(u"statusCombo"_s);
        status->setCurrentIndex(status->findData(int(OrderStatus::Paused)));
        QVERIFY(status->currentIndex() > 0);
        QVERIFY(QTest::qWaitFor([&] { return loaded() && model()->rowCount() > 0; }, 10000));
        QCOMPARE(model()->index(0, 0).data(cube::OrderTableModel::StatusRole).toInt(),
                 int(OrderStatus::Paused));
        child<QTableView>(u"ordersView"_s)->selectRow(0);
        for (const QString &name :
             {u"endEarlyButton"_s, u"cancelOrderButton"_s, u"enableButton"_s, u"renewButton"_s}) {
            auto *button = child<QPushButton>(name);
            QVERIFY2(!button->isEnabled(), qPrintable(name));
            QVERIFY2(button->toolTip().contains(u"paused"_s), qPrintable(button->toolTip()));
        }
    }

    // Down in a search field goes to the results; Enter searches and then goes to them.
    void theKeyboardGoesFromTheFieldsToTheResults()
    {
        auto *view = child<QTableView>(u"ordersView"_s);
        auto *code = child<QLineEdit>(u"codeEdit"_s);
        m_page->activateWindow();
        code->setFocus();
        QTest::keyClick(code, Qt::Key_Down);
        QVERIFY(view->hasFocus());
        QVERIFY(view->currentIndex().isValid());

        const QString wanted = m_simulator->fleet().orders().at(3).code;
        code->setFocus();
        QTest::keyClicks(code, wanted);
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return loaded() && view->hasFocus(); }, 10000));
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(model()->index(0, cube::OrderTableModel::Code).data().toString(), wanted);
    }

    // Every column as wide as its widest text when first shown, and again when a row changes
    // ("In use" becomes the wider "Ended early").
    void columnsAreAsWideAsTheirText()
    {
        QVERIFY(QTest::qWaitFor([this] { return narrowColumns().isEmpty(); }, 2000));
        searchStatus(OrderStatus::InUse);
        QVERIFY2(QTest::qWaitFor([this] { return narrowColumns().isEmpty(); }, 2000),
                 qPrintable(narrowColumns().join(u"; "_s)));
        QPointer<cube::EndOrderEarlyDialog> dialog = endFirstRowEarly();
        QVERIFY(dialog);
        dialog->close();
        QVERIFY2(QTest::qWaitFor([this] { return narrowColumns().isEmpty(); }, 2000),
                 qPrintable(narrowColumns().join(u"; "_s)));

        // In Chinese, too: the titles and statuses change width with the language.
        m_translations.choose(cube::UiLanguage::SimplifiedChinese);
        QVERIFY(QTest::qWaitFor(
            [this] {
                return model()->headerData(cube::OrderTableModel::Status, Qt::Horizontal).toString()
                       != u"Status"_s;
            },
            2000));
        const bool chineseFits =
            QTest::qWaitFor([this] { return narrowColumns().isEmpty(); }, 2000);
        const QString narrow = narrowColumns().join(u"; "_s);
        m_translations.choose(cube::UiLanguage::English);
        QVERIFY2(chineseFits, qPrintable(narrow));
    }
};

QTEST_MAIN(TestOrdersPage)
#include "tst_orderspage.moc"
