#include "account/clientfactory.h"
#include "attention/attentionrules.h"
#include "attention/watchlist.h"
#include "attentionscenario.h"
#include "base/translationinstaller.h"
#include "csvexportdialog.h"
#include "cubesimulator.h"
#include "endorderearlydialog.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "orderplandialog.h"
#include "simulatorclient.h"
#include "widgetlookup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCharFormat>

using namespace Qt::StringLiterals;
namespace known = cube::test::known;

// The Attention tab in the main window against the simulator's fleet of known answers
// (knownAttentionFleet), driven through its widgets as a person does.
class TestAttentionPage : public QObject
{
    Q_OBJECT

private:
    cube::TranslationInstaller m_translations;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<cube::Account> m_account;
    std::unique_ptr<cube::MainWindow> m_window;

    // A widget of the Attention tab (other tabs have buttons of the same names).
    template<typename T>
    T *child(const QString &name) const
    {
        return m_window->findChild<QWidget *>(u"attentionPage"_s)->findChild<T *>(name);
    }
    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>(u"tabs"_s); }
    QWidget *attentionTab() const { return m_window->findChild<QWidget *>(u"attentionTab"_s); }
    QString tabTitle() const { return tabs()->tabText(tabs()->indexOf(attentionTab())); }
    QTableView *view() const { return child<QTableView>(u"attentionView"_s); }
    QAbstractItemModel *model() const { return view()->model(); }
    QListWidget *reasons() const { return child<QListWidget>(u"reasonList"_s); }

    // The ICCIDs in the rows shown, in their order.
    QStringList iccidsShown() const
    {
        QStringList iccids;
        for (int row = 0; row < model()->rowCount(); ++row)
            iccids << model()->index(row, 1).data().toString();
        return iccids;
    }
    QSet<QString> simsShown() const
    {
        const QStringList iccids = iccidsShown();
        return QSet<QString>(iccids.cbegin(), iccids.cend());
    }
    // The reason list's line of the reason whose words start the line.
    QListWidgetItem *reasonLine(const QString &words) const
    {
        for (int row = 0; row < reasons()->count(); ++row) {
            if (reasons()->item(row)->text().startsWith(words))
                return reasons()->item(row);
        }
        return nullptr;
    }
    // Whether `text` says `words`, written as in the source ("4 order(s) expire"): in English
    // the plural's "(s)" is the translation's to settle ("4 orders expire", "1 SIM card runs").
    static bool said(const QString &text, const QString &words)
    {
        if (text.contains(words))
            return true;
        QString plural = words;
        plural.replace(u"(s)"_s, u"s"_s);
        QString singular = words;
        singular.replace(u"(s) run"_s, u" runs"_s).replace(u"(s)"_s, QString());
        return text.contains(plural) || text.contains(singular);
    }

    bool rowsAre(int count) const
    {
        return QTest::qWaitFor([&] { return model()->rowCount() == count; }, 5000);
    }

    // The main window of an account of the known fleet, its SIM list read.
    void openWindow(std::optional<int> dailyQuota = std::nullopt)
    {
        cube::ClientFactory factory(
            &m_network, {}, std::make_shared<cube::Journal>(m_dir->filePath(u"journal.sqlite"_s)));
        factory.setGivenLimits({std::nullopt, std::nullopt, dailyQuota});
        m_account = factory.accountForEndpoint(m_simulator->endpoint());
        m_window = std::make_unique<cube::MainWindow>(m_account.get());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return cube::test::modelOf(m_window.get(), u"simView"_s)->rowCount() == 11
                       && !m_window->findChild<QWidget *>(u"loadProgress"_s)->isVisible();
            },
            20000));
    }

    // Opens the tab, as a person does, and waits for its first look.
    void openTab()
    {
        tabs()->setCurrentWidget(attentionTab());
        QVERIFY(QTest::qWaitFor([&] { return tabTitle().contains(u'('); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return model()->rowCount() > 0; }, 5000));
    }

    void chooseReason(const QString &words)
    {
        QListWidgetItem *line = reasonLine(words);
        QVERIFY2(line, qPrintable(words));
        reasons()->setCurrentItem(line);
    }

    // Selects the row of this SIM and reason with the keyboard: Down from the top until it.
    void selectRow(const QString &iccid, const QString &reason)
    {
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Home, Qt::ControlModifier);
        for (int step = 0; step < model()->rowCount(); ++step) {
            const int row = view()->currentIndex().row();
            if (model()->index(row, 1).data().toString() == iccid
                && model()->index(row, 0).data().toString() == reason)
                return;
            QTest::keyClick(view(), Qt::Key_Down);
        }
        QFAIL(qPrintable(u"no row of %1 for %2"_s.arg(iccid, reason)));
    }

    template<typename Dialog = QDialog>
    Dialog *dialogNamed(const QString &name) const
    {
        Dialog *dialog = nullptr;
        const bool open = QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<Dialog *>(name)) && dialog->isVisible(); },
            5000);
        return open ? dialog : nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(m_translations.install(cube::UiLanguage::English)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        cube::sim::FleetOptions options;
        options.scenario = cube::test::knownAttentionFleet();
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), options);
        QVERIFY(m_simulator->listen());
    }

    void cleanup()
    {
        m_window.reset();
        m_account.reset();
        m_simulator.reset();
        m_dir.reset();
    }

    // Each reason with its count on the tab and in the list beside the rows, most urgent
    // first; choosing a reason shows its rows only.
    void listsEachReasonWithItsCountOnTheTab()
    {
        openWindow();
        // Nothing is looked at before the person asks: the orders were never listed.
        QCOMPARE(m_simulator->requestCount(u"queryOrder"_s), 0);
        QCOMPARE(tabTitle(), u"Attent&ion"_s);
        openTab();
        QAbstractItemModelTester tester(model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tabTitle(), u"Attent&ion (10)"_s);
        QCOMPARE(reasonLine(u"All reasons"_s)->text(), u"All reasons (10)"_s);
        QCOMPARE(reasonLine(u"Expired"_s)->text(), u"Expired since the last look (1)"_s);
        QCOMPARE(reasonLine(u"Expires soon"_s)->text(), u"Expires soon (1)"_s);
        QCOMPARE(reasonLine(u"Runs out"_s)->text(), u"Runs out before it expires (3)"_s);
        QCOMPARE(reasonLine(u"Little data"_s)->text(), u"Little data left (2)"_s);
        QCOMPARE(reasonLine(u"Activated"_s)->text(), u"Activated, no plan (1)"_s);
        QCOMPARE(reasonLine(u"Suspended"_s)->text(), u"Suspended (1)"_s);
        QCOMPARE(reasonLine(u"Pre-deactivation"_s)->text(), u"Pre-deactivation (1)"_s);
        // What already happened comes first.
        QCOMPARE(iccidsShown().constFirst(), known::expiredYesterday);
        QVERIFY(child<QLabel>(u"countLabel"_s)->text().startsWith(u"10 item"_s));

        chooseReason(u"Runs out"_s);
        QVERIFY(rowsAre(3));
        QCOMPARE(simsShown(), (QSet<QString>{known::littleDataLeft, known::runsOutBeforeExpiry,
                                             known::alreadyOut}));
        QVERIFY(child<QLabel>(u"countLabel"_s)->text().startsWith(u"3 of 10 item"_s));
        chooseReason(u"Expires soon"_s);
        QVERIFY(rowsAre(1));
        QCOMPARE(iccidsShown(), QStringList{known::expiresIn3Days});
        const QString date = model()->index(0, 4).data().toString();
        QCOMPARE(QDate::fromString(date, Qt::ISODate),
                 m_simulator->fleet().dayAt(QDateTime::currentDateTimeUtc()).addDays(3));

        // A notification's click opens the tab at its reason.
        tabs()->setCurrentIndex(0);
        m_window->showAttention(cube::AttentionReason::NoPlan);
        QCOMPARE(tabs()->currentWidget(), attentionTab());
        QTRY_COMPARE(iccidsShown(), QStringList{known::noPlan});
    }

    // The calendar counts each day's expiries and run-outs; choosing a day lists what falls on
    // it, and Esc goes back to the whole list.
    void calendarCountsADayAndListsIt()
    {
        openWindow();
        openTab();
        auto *calendar = child<QCalendarWidget>(u"expiryCalendar"_s);
        const QDate today = m_simulator->fleet().dayAt(QDateTime::currentDateTimeUtc());
        const QDate busy = today.addDays(20);
        // Four orders expire that day: 3 GB for 20 days, with 120 MB a day, unused, unlimited.
        QVERIFY2(said(calendar->dateTextFormat(busy).toolTip(), u"4 order(s) expire"_s),
                 qPrintable(calendar->dateTextFormat(busy).toolTip()));
        // At 120 MB a day the 1,752 MB left of one are gone on day 15, when another expires.
        const QString fifteenth = calendar->dateTextFormat(today.addDays(15)).toolTip();
        QVERIFY2(said(fifteenth, u"1 order(s) expire"_s)
                     && said(fifteenth, u"1 SIM card(s) run out of data by forecast"_s),
                 qPrintable(fifteenth));
        QVERIFY(calendar->dateTextFormat(today.addDays(19)).toolTip().isEmpty());

        calendar->setSelectedDate(busy);
        auto *days = calendar->findChild<QTableView *>();
        days->setFocus();
        QTest::keyClick(days, Qt::Key_Return);
        QVERIFY(rowsAre(4));
        QCOMPARE(simsShown(), (QSet<QString>{known::expiresIn20Days, known::runsOutBeforeExpiry,
                                             known::noUsage, known::unlimited}));
        QVERIFY(child<QWidget>(u"dayBar"_s)->isVisible());
        QVERIFY(said(
            child<QLabel>(u"dayLabel"_s)->text(),
            u"Showing what falls on %1 (4 order(s) expire)."_s.arg(busy.toString(Qt::ISODate))));

        QTest::keyClick(days, Qt::Key_Escape);
        QVERIFY(rowsAre(10));
        QVERIFY(!child<QWidget>(u"dayBar"_s)->isVisible());
    }

    // Renewing from the tab opens the Renew dialog, which sends nothing until its own Renew;
    // the renewed order then leaves the list (it no longer expires soon).
    void renewGoesThroughTheRenewDialog()
    {
        openWindow();
        openTab();
        selectRow(known::expiresIn3Days, u"Expires soon"_s);
        auto *renew = child<QPushButton>(u"renewButton"_s);
        QVERIFY(renew->isEnabled());
        QTest::mouseClick(renew, Qt::LeftButton);
        QDialog *dialog = dialogNamed(u"renewDialog"_s);
        QVERIFY(dialog);
        auto *send = dialog->findChild<QPushButton *>(u"renewButton"_s);
        QVERIFY(QTest::qWaitFor([&] { return send->isEnabled(); }, 10000));
        QCOMPARE(m_simulator->requestCount(u"renewPackage"_s), 0); // money: never in one click
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return tabTitle() == u"Attent&ion (9)"_s; }, 10000));
        QCOMPARE(m_simulator->requestCount(u"renewPackage"_s), 1);
        QVERIFY(rowsAre(9));
        QVERIFY(!iccidsShown().contains(known::expiresIn3Days));
        dialog->close();

        // Several orders: the same dialog renews them as one job, after its own Renew.
        chooseReason(u"Runs out"_s);
        QVERIFY(rowsAre(3));
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_A, Qt::ControlModifier);
        QVERIFY(renew->isEnabled());
        QTest::mouseClick(renew, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                dialog = dialogNamed(u"renewDialog"_s);
                return dialog
                       && dialog->findChild<QTableWidget *>(u"ordersTable"_s)->rowCount() == 3;
            },
            10000));
        auto *table = dialog->findChild<QTableWidget *>(u"ordersTable"_s);
        send = dialog->findChild<QPushButton *>(u"renewButton"_s);
        QVERIFY(QTest::qWaitFor([&] { return send->isEnabled(); }, 10000));
        QCOMPARE(m_simulator->requestCount(u"renewPackage"_s), 1);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return m_simulator->requestCount(u"renewPackage"_s) == 4; },
                                10000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (int row = 0; row < 3; ++row) {
                    if (!table->item(row, 5)->text().startsWith(u"Renewed"_s))
                        return false;
                }
                return true;
            },
            10000));
        // Renewed, their forecasts no longer hold, nor does little data left: the next look
        // says what they are now.
        QVERIFY(QTest::qWaitFor([&] { return tabTitle() == u"Attent&ion (4)"_s; }, 10000));
    }

    // End early and Order plan open the dialogs every view uses; an order ended leaves the list.
    void endEarlyAndOrderPlanGoThroughTheirDialogs()
    {
        openWindow();
        openTab();
        selectRow(known::noPlan, u"Activated, no plan"_s);
        auto *orderPlan = child<QPushButton>(u"orderPlanButton"_s);
        QVERIFY(orderPlan->isEnabled());
        QVERIFY(!child<QPushButton>(u"endEarlyButton"_s)->isEnabled());
        QTest::mouseClick(orderPlan, Qt::LeftButton);
        cube::OrderPlanDialog *planDialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (planDialog = m_window->findChild<cube::OrderPlanDialog *>()); }, 5000));
        QCOMPARE(m_simulator->requestCount(u"orderPackage"_s), 0);
        planDialog->close();

        selectRow(known::runsOutBeforeExpiry, u"Runs out before it expires"_s);
        auto *endEarly = child<QPushButton>(u"endEarlyButton"_s);
        QVERIFY(endEarly->isEnabled());
        QVERIFY(!orderPlan->isEnabled());
        QTest::mouseClick(endEarly, Qt::LeftButton);
        cube::EndOrderEarlyDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (dialog = m_window->findChild<cube::EndOrderEarlyDialog *>()); }, 5000));
        // What the look knew of its data: 1,752 MB left.
        QVERIFY2(dialog->findChild<QLabel *>(u"remainingValue"_s)->text().contains(u"1.7"_s),
                 qPrintable(dialog->findChild<QLabel *>(u"remainingValue"_s)->text()));
        QCOMPARE(m_simulator->requestCount(u"aheadFinishDeviceOrder"_s), 0);
        cube::test::giveReasonAndConfirm(dialog, u"Customer request"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"endButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return tabTitle() == u"Attent&ion (9)"_s; }, 10000));
        QCOMPARE(m_simulator->requestCount(u"aheadFinishDeviceOrder"_s), 1);
        QVERIFY(rowsAre(9));
        QVERIFY(!iccidsShown().contains(known::runsOutBeforeExpiry));
    }

    // Export writes the rows shown, in the order shown.
    void exportsTheRowsShown()
    {
        openWindow();
        openTab();
        chooseReason(u"Little data"_s);
        QVERIFY(rowsAre(2));
        const QString path = m_dir->filePath(u"attention.csv"_s);
        const cube::test::ExportDialogSeen seen =
            cube::test::exportThroughDialog(child<QPushButton>(u"exportButton"_s), path);
        QVERIFY(seen.answered);
        QCOMPARE(seen.fileName, u"attention.csv"_s);
        const QStringList lines =
            QString::fromUtf8(cube::test::exportedFile(path)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(u"Reason,ICCID,Order,Plan,Date it matters"_s),
                 qPrintable(lines.at(0)));
        for (int row = 0; row < 2; ++row) {
            // An ICCID is kept as text for a spreadsheet: ="8985…".
            QVERIFY2(lines.at(row + 1).startsWith(u"Little data left,=\""_s
                                                  + model()->index(row, 1).data().toString()),
                     qPrintable(lines.at(row + 1)));
        }
    }

    // The rules dialog refuses a threshold it cannot use and says why; a reason switched off
    // leaves the tab at once, and the rules go to whoever keeps them (the profile).
    void rulesRefuseABadThresholdAndAReasonSwitchedOffLeaves()
    {
        openWindow();
        std::optional<cube::AttentionRules> kept;
        m_window->setAttentionRulesKeeper([&](const cube::AttentionRules &rules) { kept = rules; });
        openTab();
        QTest::mouseClick(child<QPushButton>(u"rulesButton"_s), Qt::LeftButton);
        QDialog *dialog = dialogNamed(u"attentionRulesDialog"_s);
        QVERIFY(dialog);
        dialog->findChild<QComboBox *>(u"unitCombo"_s)->setCurrentIndex(0); // percent
        dialog->findChild<QDoubleSpinBox *>(u"thresholdSpin"_s)->setValue(150);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->findChild<QLabel *>(u"problemsLabel"_s)->text().contains(u"100 percent"_s),
                 qPrintable(dialog->findChild<QLabel *>(u"problemsLabel"_s)->text()));
        QVERIFY(!kept);

        dialog->findChild<QDoubleSpinBox *>(u"thresholdSpin"_s)->setValue(10);
        dialog->findChild<QCheckBox *>(u"reason-suspended"_s)->setChecked(false);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return tabTitle() == u"Attent&ion (9)"_s; }, 10000));
        QVERIFY(kept);
        QVERIFY(!kept->isOn(cube::AttentionReason::Suspended));
        QVERIFY(reasonLine(u"Suspended"_s)->isHidden());
        QVERIFY(rowsAre(9));
        QVERIFY(!iccidsShown().contains(known::suspended));
    }

    // Pasted ICCIDs: the good ones are watched (and starred in the list), the others named
    // with why and left in the field.
    void pasteAddsGoodIccidsAndNamesTheBadOnes()
    {
        openWindow();
        openTab();
        QTest::mouseClick(child<QPushButton>(u"watchButton"_s), Qt::LeftButton);
        QDialog *dialog = dialogNamed(u"watchSimsDialog"_s);
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QPlainTextEdit *>(u"iccidsEdit"_s);
        QApplication::clipboard()->setText(known::runsOutBeforeExpiry + u", 12345\n"_s
                                           + known::alreadyOut + u" 8985202227000000000X"_s);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"watchButton"_s), Qt::LeftButton);
        QVERIFY(m_account->watchlist().isWatched(known::runsOutBeforeExpiry));
        QVERIFY(m_account->watchlist().isWatched(known::alreadyOut));
        QCOMPARE(m_account->watchlist().size(), 2);
        const QString result = dialog->findChild<QLabel *>(u"resultLabel"_s)->text();
        QVERIFY2(said(result, u"2 SIM card(s) added"_s), qPrintable(result));
        QVERIFY2(result.contains(u"\"12345\" is not an ICCID"_s)
                     && result.contains(u"\"8985202227000000000X\" is not an ICCID"_s),
                 qPrintable(result));
        QCOMPARE(edit->toPlainText(), u"12345\n8985202227000000000X"_s);

        int starred = 0;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const bool star = !model()->index(row, 7).data().toString().isEmpty();
            const QString iccid = model()->index(row, 1).data().toString();
            QCOMPARE(star, iccid == known::runsOutBeforeExpiry || iccid == known::alreadyOut);
            starred += star ? 1 : 0;
        }
        QCOMPARE(starred, 3); // alreadyOut twice: little data left, and out before it expires
    }

    // Once the orders were listed, the console looks on its own when the SIM list is there,
    // without the tab being opened; such a look never asks: when it would spend more than a
    // tenth of what is left of the quota, it is skipped and the tab says so.
    void looksOnItsOwnAndSkipsBeyondTheQuota()
    {
        openWindow();
        openTab();
        m_window.reset();
        m_account.reset();
        openWindow();
        QVERIFY(QTest::qWaitFor([&] { return tabTitle() == u"Attent&ion (10)"_s; }, 10000));
        QVERIFY(!attentionTab()->isVisible());

        m_window.reset();
        m_account.reset();
        openWindow(50);
        QVERIFY(m_account->watchlist()
                    .watch({known::runsOutBeforeExpiry, known::littleDataLeft})
                    .isEmpty());
        const int usage = m_simulator->requestCount(u"batchQueryDeviceFlowUsage"_s);
        m_window.reset();
        m_account.reset();
        openWindow(50); // 2 watched SIMs: 15 queries, more than a tenth of the 49 or so left
        auto *line = child<QLabel>(u"lookedLabel"_s);
        QVERIFY(QTest::qWaitFor([&] { return line->text().contains(u"skipped"_s); }, 10000));
        QVERIFY(!m_window->findChild<QMessageBox *>(u"confirmBox"_s));
        QCOMPARE(tabTitle(), u"Attent&ion"_s);
        QCOMPARE(m_simulator->requestCount(u"batchQueryDeviceFlowUsage"_s), usage);
    }

    // A look that costs more than is left of today's quota asks first: No reads nothing.
    void aLookBeyondTheQuotaAsksFirst()
    {
        openWindow(5);
        QVERIFY(m_account->watchlist()
                    .watch({known::runsOutBeforeExpiry, known::littleDataLeft})
                    .isEmpty());
        tabs()->setCurrentWidget(attentionTab());
        auto *confirm = dialogNamed<QMessageBox>(u"confirmBox"_s);
        QVERIFY2(confirm, qPrintable(child<QLabel>(u"lookedLabel"_s)->text()));
        QVERIFY2(confirm->text().contains(u"queries"_s), qPrintable(confirm->text()));
        QCOMPARE(m_simulator->requestCount(u"queryOrder"_s), 0);
        QTest::mouseClick(confirm->button(QMessageBox::No), Qt::LeftButton);
        QTest::qWait(300);
        QCOMPARE(m_simulator->requestCount(u"queryOrder"_s), 0);
        QCOMPARE(tabTitle(), u"Attent&ion"_s);

        // Asked again (F5, the window's Refresh), and agreed to: it looks.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(view(), Qt::Key_F5);
        confirm = dialogNamed<QMessageBox>(u"confirmBox"_s);
        QVERIFY(confirm);
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return tabTitle().contains(u'('); }, 20000));
        QVERIFY(m_simulator->requestCount(u"queryOrder"_s) > 0);
    }
};

QTEST_MAIN(TestAttentionPage)
#include "tst_attentionpage.moc"
