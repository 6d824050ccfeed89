#include "attention/watchlist.h"
#include "attentionscenario.h"
#include "base/translationinstaller.h"
#include "cubesimulator.h"
#include "endorderearlydialog.h"
#include "journal/journal.h"
#include "knownids.h"
#include "mainwindow.h"
#include "orderactions.h"
#include "orderplandialog.h"
#include "profiledialog.h"
#include "simdetailpanel.h"
#include "simlistpage.h"
#include "simtablemodel.h"
#include "simulatorclient.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

Q_DECLARE_METATYPE(cube::UiLanguage)

using namespace Qt::StringLiterals;

// Renders the main window with a SIM's detail, and the End early dialog, in both languages,
// to PNG files for people to look at (CUBE_SCREENSHOT_DIR, or tests/screenshots in the build
// tree), and fails when a button or a one-line label is narrower than its text needs.
class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    static QStringList clippedWidgets(QWidget *root)
    {
        QStringList clipped;
        const auto buttons = root->findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            if (button->isVisible() && !button->text().isEmpty()
                && button->width() < button->minimumSizeHint().width())
                clipped.append(button->objectName() + u": "_s + button->text());
        }
        const auto labels = root->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty()
                && label->width() < label->minimumSizeHint().width())
                clipped.append(label->objectName() + u": "_s + label->text());
        }
        return clipped;
    }

    void save(QWidget *widget, const QString &name)
    {
        QVERIFY(widget->grab().save(m_folder.filePath(name)));
    }

    QDir m_folder;

private slots:
    void initTestCase()
    {
        const QString folder = qEnvironmentVariable(
            "CUBE_SCREENSHOT_DIR", QStringLiteral(CUBE_BUILD_DIR "/tests/screenshots"));
        QVERIFY(QDir().mkpath(folder));
        m_folder = QDir(folder);
    }

    void mainWindowAndEndEarlyDialog_data()
    {
        QTest::addColumn<cube::UiLanguage>("language");
        QTest::newRow("en") << cube::UiLanguage::English;
        QTest::newRow("zh") << cube::UiLanguage::SimplifiedChinese;
    }

    void mainWindowAndEndEarlyDialog()
    {
        QFETCH(cube::UiLanguage, language);
        const QString suffix = cube::translationSuffix(language);
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(language));

        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {1, 300});
        QVERIFY(simulator.listen());
        QNetworkAccessManager network;
        cube::ClientOptions options;
        options.language = language;
        QTemporaryDir journalFolder;
        const auto accountPtr = cube::test::accountFor(
            simulator, &network, cube::ClientFactory::defaultTimeout, options,
            std::make_shared<cube::Journal>(journalFolder.filePath(u"journal.sqlite"_s)));
        cube::Account &account = *accountPtr;

        cube::MainWindow window(&account);
        window.setConnectionDescription([] { return u"http://127.0.0.1 (P000270)"_s; });
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return cube::test::modelOf(&window, u"simView"_s)->rowCount() == 300
                       && !window.findChild<QWidget *>(u"loadProgress"_s)->isVisible();
            },
            20000));

        int busy = 0;
        while (simulator.fleet().currentOrder(busy) < 0)
            ++busy;
        auto *view = window.findChild<QTableView *>(u"simView"_s);
        view->setCurrentIndex(cube::test::modelOf(&window, u"simView"_s)->index(busy, 0));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return cube::test::detailIsSettled(window.findChild<QWidget *>(u"simDetail"_s));
            },
            20000));
        QTest::qWait(100);
        save(&window, u"main-window-%1.png"_s.arg(suffix));
        QVERIFY2(clippedWidgets(&window).isEmpty(),
                 qPrintable(clippedWidgets(&window).join(u"; "_s)));

        // The History tab, after one order was ended early.
        const auto &order = simulator.fleet().orders().at(simulator.fleet().currentOrder(busy));
        bool ended = false;
        account.writer().endEarly(cube::test::orderCodeOf(order.code), u"Device returned"_s, {},
                                  this, [&](const cube::WriteOutcome &) { ended = true; });
        QVERIFY(QTest::qWaitFor([&] { return ended; }, 10000));
        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
        tabs->setCurrentWidget(window.findChild<QWidget *>(u"activityTab"_s));
        QTRY_COMPARE(cube::test::modelOf(&window, u"historyView"_s)->rowCount(), 1);
        QTest::qWait(100);
        save(&window, u"history-%1.png"_s.arg(suffix));
        QVERIFY2(clippedWidgets(&window).isEmpty(),
                 qPrintable(clippedWidgets(&window).join(u"; "_s)));
        tabs->setCurrentIndex(0);

        // The End early dialog at the end of a job of three orders, as the person sees it.
        QList<cube::Order> ending;
        const auto &fleet = simulator.fleet();
        for (int sim = busy + 1; sim < fleet.sims().size() && ending.size() < 3; ++sim) {
            const int current = fleet.currentOrder(sim);
            if (current < 0 || fleet.orders().at(current).status != cube::OrderStatus::InUse)
                continue;
            const auto &inUse = fleet.orders().at(current);
            cube::Order shown;
            shown.orderCode = inUse.code;
            shown.iccid = fleet.sims().at(sim).iccid;
            shown.planName = fleet.plans().at(inUse.plan).name;
            shown.status = int(inUse.status);
            shown.starts = inUse.starts;
            shown.expires = inUse.expires;
            ending.append(shown);
        }
        QCOMPARE(ending.size(), 3);
        cube::EndOrderEarlyDialog dialog(&account, nullptr, ending, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        save(&dialog, u"end-early-%1.png"_s.arg(suffix));
        QVERIFY2(clippedWidgets(&dialog).isEmpty(),
                 qPrintable(clippedWidgets(&dialog).join(u"; "_s)));
        cube::test::giveReasonAndConfirm(&dialog, u"Device returned"_s);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"endButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(ending.cbegin(), ending.cend(), [&](const cube::Order &one) {
                    return fleet.orders().at(fleet.orderIndex(one.orderCode)).status
                           == cube::OrderStatus::EndedEarly;
                });
            },
            10000));
        QTest::qWait(300);
        save(&dialog, u"end-early-done-%1.png"_s.arg(suffix));
        QVERIFY2(clippedWidgets(&dialog).isEmpty(),
                 qPrintable(clippedWidgets(&dialog).join(u"; "_s)));
        dialog.close();

        cube::Profile first;
        first.name = u"Customer A"_s;
        cube::ProfileDialog profile(&network, first, false, &window);
        profile.show();
        QVERIFY(QTest::qWaitForWindowExposed(&profile));
        save(&profile, u"profile-%1.png"_s.arg(suffix));
        QVERIFY2(clippedWidgets(&profile).isEmpty(),
                 qPrintable(clippedWidgets(&profile).join(u"; "_s)));
    }

    void planOrderAndRenewDialogs_data() { mainWindowAndEndEarlyDialog_data(); }

    // The order dialog with a plan chosen, its confirmation, its results for each SIM card, and
    // the Renew dialog.
    void planOrderAndRenewDialogs()
    {
        QFETCH(cube::UiLanguage, language);
        const QString suffix = cube::translationSuffix(language);
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(language));
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {1, 300});
        QVERIFY(simulator.listen());
        QNetworkAccessManager network;
        cube::ClientOptions options;
        options.language = language;
        const auto accountPtr = cube::test::accountFor(
            simulator, &network, cube::ClientFactory::defaultTimeout, options);
        cube::Account &account = *accountPtr;
        QWidget host;
        host.resize(900, 600);
        host.show();

        QStringList iccids;
        for (int sim = 0; sim < simulator.fleet().sims().size() && iccids.size() < 7; ++sim) {
            if (simulator.fleet().sims().at(sim).lifeCycle == cube::sim::LifeCycle::Activated)
                iccids.append(simulator.fleet().sims().at(sim).iccid);
        }
        cube::OrderPlanDialog dialog(&account, nullptr, iccids, &host);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(QTest::qWaitFor(
            [&] { return dialog.findChild<QComboBox *>(u"planCombo"_s)->isEnabled(); }, 10000));
        dialog.findChild<QComboBox *>(u"planCombo"_s)->setCurrentIndex(4);
        dialog.findChild<QSpinBox *>(u"periodsSpin"_s)->setValue(2);
        QTest::qWait(50);
        save(&dialog, u"order-plan-%1.png"_s.arg(suffix));
        QVERIFY2(clippedWidgets(&dialog).isEmpty(),
                 qPrintable(clippedWidgets(&dialog).join(u"; "_s)));

        QTest::mouseClick(dialog.findChild<QPushButton *>(u"orderButton"_s), Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (confirm = dialog.findChild<QMessageBox *>(u"confirmBox"_s)); }, 5000));
        QVERIFY(QTest::qWaitForWindowExposed(confirm));
        save(confirm, u"order-plan-confirm-%1.png"_s.arg(suffix));
        QTest::mouseClick(confirm->findChild<QPushButton *>(u"placeOrderButton"_s), Qt::LeftButton);
        auto *results = dialog.findChild<QTreeWidget *>(u"resultsView"_s);
        QVERIFY(
            QTest::qWaitFor([&] { return results->topLevelItemCount() == iccids.size(); }, 10000));
        QTest::qWait(50);
        save(&dialog, u"order-plan-results-%1.png"_s.arg(suffix));
        QVERIFY2(clippedWidgets(&dialog).isEmpty(),
                 qPrintable(clippedWidgets(&dialog).join(u"; "_s)));
        dialog.close();

        int inUse = 0;
        while (simulator.fleet().orders().at(inUse).status != cube::OrderStatus::InUse)
            ++inUse;
        const auto &simulated = simulator.fleet().orders().at(inUse);
        cube::Order order;
        order.orderCode = simulated.code;
        order.iccid = simulator.fleet().sims().at(simulated.sim).iccid;
        order.planCode = simulator.fleet().plans().at(simulated.plan).code;
        order.planName = simulator.fleet().plans().at(simulated.plan).name;
        order.status = int(simulated.status);
        order.starts = simulated.starts;
        order.expires = simulated.expires;
        cube::OrderActions actions(&account, nullptr, &host);
        actions.renew(order);
        QDialog *renew = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                renew = host.findChild<QDialog *>(u"renewDialog"_s);
                return renew && renew->findChild<QPushButton *>(u"renewButton"_s)->isEnabled();
            },
            10000));
        QVERIFY(QTest::qWaitForWindowExposed(renew));
        save(renew, u"renew-%1.png"_s.arg(suffix));
        QVERIFY2(clippedWidgets(renew).isEmpty(), qPrintable(clippedWidgets(renew).join(u"; "_s)));
    }

    void attentionTab_data() { mainWindowAndEndEarlyDialog_data(); }

    // The Attention tab over the fleet of known answers: its list beside the reasons and the
    // expiry calendar, a day of the calendar chosen, the rules and the paste dialog.
    void attentionTab()
    {
        QFETCH(cube::UiLanguage, language);
        const QString suffix = cube::translationSuffix(language);
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(language));
        cube::sim::FleetOptions fleet;
        fleet.scenario = cube::test::knownAttentionFleet();
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), fleet);
        QVERIFY(simulator.listen());
        QNetworkAccessManager network;
        cube::ClientOptions options;
        options.language = language;
        QTemporaryDir folder;
        const auto accountPtr = cube::test::accountFor(
            simulator, &network, cube::ClientFactory::defaultTimeout, options,
            std::make_shared<cube::Journal>(folder.filePath(u"journal.sqlite"_s)));
        QVERIFY(accountPtr->watchlist()
                    .watch({cube::test::known::runsOutBeforeExpiry, cube::test::known::alreadyOut})
                    .isEmpty());

        cube::MainWindow window(accountPtr.get());
        window.setConnectionDescription([] { return u"http://127.0.0.1 (P000270)"_s; });
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return cube::test::modelOf(&window, u"simView"_s)->rowCount() == 11
                       && !window.findChild<QWidget *>(u"loadProgress"_s)->isVisible();
            },
            20000));
        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
        tabs->setCurrentWidget(window.findChild<QWidget *>(u"attentionTab"_s));
        QAbstractItemModel *model = cube::test::modelOf(&window, u"attentionView"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return tabs->tabText(tabs->currentIndex()).contains(u'(') && model->rowCount() > 0;
            },
            20000));
        window.findChild<QTableView *>(u"attentionView"_s)->selectRow(1);
        QTest::qWait(200);
        save(&window, u"attention-%1.png"_s.arg(suffix));
        QVERIFY2(clippedWidgets(&window).isEmpty(),
                 qPrintable(clippedWidgets(&window).join(u"; "_s)));

        auto *calendar = window.findChild<QCalendarWidget *>(u"expiryCalendar"_s);
        calendar->setSelectedDate(
            simulator.fleet().dayAt(QDateTime::currentDateTimeUtc()).addDays(20));
        auto *days = calendar->findChild<QTableView *>();
        days->setFocus();
        QTest::keyClick(days, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == 4; }, 5000));
        QTest::qWait(100);
        save(&window, u"attention-day-%1.png"_s.arg(suffix));
        QVERIFY2(clippedWidgets(&window).isEmpty(),
                 qPrintable(clippedWidgets(&window).join(u"; "_s)));

        QWidget *page = window.findChild<QWidget *>(u"attentionPage"_s);
        QTest::mouseClick(page->findChild<QPushButton *>(u"rulesButton"_s), Qt::LeftButton);
        QDialog *rules = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (rules = window.findChild<QDialog *>(u"attentionRulesDialog"_s)); },
            5000));
        QVERIFY(QTest::qWaitForWindowExposed(rules));
        save(rules, u"attention-rules-%1.png"_s.arg(suffix));
        QVERIFY2(clippedWidgets(rules).isEmpty(), qPrintable(clippedWidgets(rules).join(u"; "_s)));
        rules->reject();

        QTest::mouseClick(page->findChild<QPushButton *>(u"watchButton"_s), Qt::LeftButton);
        QDialog *watch = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (watch = window.findChild<QDialog *>(u"watchSimsDialog"_s)); }, 5000));
        QVERIFY(QTest::qWaitForWindowExposed(watch));
        watch->findChild<QPlainTextEdit *>(u"iccidsEdit"_s)
            ->setPlainText(cube::test::known::noUsage + u"\n8985202227000000000X, 12345"_s);
        QTest::mouseClick(watch->findChild<QPushButton *>(u"watchButton"_s), Qt::LeftButton);
        QTest::qWait(50);
        save(watch, u"watch-sims-%1.png"_s.arg(suffix));
        QVERIFY2(clippedWidgets(watch).isEmpty(), qPrintable(clippedWidgets(watch).join(u"; "_s)));
        watch->close();

        // The orders that run out, renewed together: the Renew dialog as a job.
        QTest::keyClick(days, Qt::Key_Escape);
        auto *reasons = page->findChild<QListWidget *>(u"reasonList"_s);
        reasons->setCurrentRow(int(cube::AttentionReason::RunsOut) + 1);
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == 3; }, 5000));
        window.findChild<QTableView *>(u"attentionView"_s)->selectAll();
        QTest::mouseClick(page->findChild<QPushButton *>(u"renewButton"_s), Qt::LeftButton);
        QDialog *renew = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                renew = page->findChild<QDialog *>(u"renewDialog"_s);
                return renew && renew->findChild<QPushButton *>(u"renewButton"_s)->isEnabled();
            },
            10000));
        QVERIFY(QTest::qWaitForWindowExposed(renew));
        save(renew, u"renew-several-%1.png"_s.arg(suffix));
        QVERIFY2(clippedWidgets(renew).isEmpty(), qPrintable(clippedWidgets(renew).join(u"; "_s)));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
