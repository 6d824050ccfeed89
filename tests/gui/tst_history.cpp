#include "account/account.h"
#include "awaitresult.h"
#include "base/translationinstaller.h"
#include "csvexportdialog.h"
#include "cubesimprocess.h"
#include "historymodel.h"
#include "historypage.h"
#include "journal/journal.h"
#include "knownids.h"
#include "mainwindow.h"
#include "processrun.h"
#include "requestlogcounts.h"
#include "simulatorclient.h"
#include "teamstoreserver.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QHash<QString, int> endedCounts(const QString &log)
{
    return cube::test::sentCounts(log, u"aheadFinishDeviceOrder"_s, u"order_code"_s);
}

// The codes of the first `count` orders in use at `baseUrl`, read as the demo account.
QStringList inUseOrderCodes(const QUrl &baseUrl, int count)
{
    const cube::sim::SimulatorAccount demo = cube::sim::SimulatorAccount::demo();
    QNetworkAccessManager network;
    auto reader =
        cube::ClientFactory(&network).forEndpoint({baseUrl, demo.accessCode, demo.secret, {}});
    cube::OrderQuery inUse;
    inUse.status = int(cube::OrderStatus::InUse);
    inUse.pageSize = count; // at most 100: the most the vendor's gateway lists on a page
    QObject context;
    const auto page = cube::test::awaitResult<cube::OrderPage>(
        [&](auto done) { reader->orders(inUse, &context, done); });
    QStringList codes;
    if (page.ok())
        for (const cube::Order &order : page.value().orders)
            codes.append(order.orderCode);
    return codes;
}

// cubectl's environment with the demo account's secret.
QProcessEnvironment cubectlEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CUBE_SECRET"_s,
                       QString::fromLatin1(cube::sim::SimulatorAccount::demo().secret));
    environment.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    return environment;
}

// cubectl (`connection` names the server and the journal) ends `codes` in a job and is killed
// once `sentAtLeast` of them have reached the server, as a closed terminal or a crash would.
// Whether it got that far.
bool endOrdersAndKillHalfWay(const QStringList &connection, const QStringList &codes,
                             const QString &requests, int sentAtLeast)
{
    QProcess cubectl;
    cubectl.setProcessEnvironment(cubectlEnvironment());
    cubectl.start(
        QString::fromUtf8(CUBECTL_PATH),
        connection
            + QStringList{u"-y"_s, u"orders"_s, u"end"_s, u"--reason"_s, u"Killed half-way"_s}
            + codes);
    if (!cubectl.waitForStarted()
        || !QTest::qWaitFor([&] { return endedCounts(requests).size() >= sentAtLeast; }, 60000))
        return false;
    cubectl.kill();
    return QTest::qWaitFor([&] { return cubectl.state() == QProcess::NotRunning; }, 10000);
}

} // namespace

// The journal in the console: the History tab (every change, filters, details, CSV, both
// languages), and a bulk job that cubectl left cut short, found at start and checked and
// resumed from the console with every order ended exactly once.
class TestHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void historyTabShowsFiltersAndExportsTheJournal()
    {
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {7, 80});
        QVERIFY(simulator.listen());
        QNetworkAccessManager network;
        cube::ClientOptions options;
        const auto journal = std::make_shared<cube::Journal>(m_dir.filePath(u"history.sqlite"_s));
        const auto account = cube::test::accountFor(
            simulator, &network, cube::ClientFactory::defaultTimeout, options, journal);

        // Two orders ended early and one SIM suspended, as any view of the console sends them.
        QStringList ended;
        for (const cube::sim::SimulatedOrder &order : simulator.fleet().orders())
            if (order.status == cube::OrderStatus::InUse && ended.size() < 2)
                ended.append(order.code);
        QString iccid;
        for (const cube::sim::SimulatedSim &sim : simulator.fleet().sims())
            if (!sim.suspended && sim.lifeCycle == cube::sim::LifeCycle::Activated
                && iccid.isEmpty())
                iccid = sim.iccid;
        int answered = 0;
        for (const QString &code : ended)
            account->writer().endEarly(cube::test::orderCodeOf(code), u"Customer, \"moved\""_s, {},
                                       this, [&](const cube::WriteOutcome &) { ++answered; });
        account->writer().suspend(cube::test::iccidOf(iccid), this,
                                  [&](const cube::WriteOutcome &) { ++answered; });
        QVERIFY(QTest::qWaitFor([&] { return answered == 3; }, 10000));

        cube::MainWindow window(account.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The SIM detail's timeline: the SIM's own change, and its order's.
        QAbstractItemModel *sims = cube::test::modelOf(&window, u"simView"_s);
        QVERIFY(QTest::qWaitFor([&] { return sims->rowCount() == 80; }, 20000));
        const QString orderSim = simulator.fleet()
                                     .sims()
                                     .at(simulator.fleet()
                                             .orders()
                                             .at(simulator.fleet().orderIndex(ended.constFirst()))
                                             .sim)
                                     .iccid;
        QWidget *detail = window.findChild<QWidget *>(u"simDetail"_s);
        auto *timeline = detail->findChild<QListWidget *>(u"timelineList"_s);
        for (const auto &[simIccid, expected] :
             {std::pair{iccid, u"Suspend SIM"_s}, std::pair{orderSim, u"End order early"_s}}) {
            const QModelIndexList found =
                sims->match(sims->index(0, 0), Qt::DisplayRole, simIccid, 1, Qt::MatchExactly);
            QCOMPARE(found.size(), 1);
            window.findChild<QTableView *>(u"simView"_s)->setCurrentIndex(found.constFirst());
            QVERIFY(QTest::qWaitFor([&] { return cube::test::detailIsSettled(detail); }, 20000));
            QVERIFY(QTest::qWaitFor([&] { return timeline->count() >= 1; }, 5000));
            QVERIFY2(timeline->item(0)->text().contains(expected),
                     qPrintable(timeline->item(0)->text()));
        }

        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
        tabs->setCurrentWidget(window.findChild<QWidget *>(u"activityTab"_s));
        QWidget *page = window.findChild<QWidget *>(u"historyPage"_s);
        QAbstractItemModel *history = cube::test::modelOf(page, u"historyView"_s);
        QCOMPARE(history->rowCount(), 3);
        // Newest first: the suspension, then the orders in the order they were recorded.
        QCOMPARE(history->index(0, cube::HistoryModel::Subject).data().toString(), iccid);
        QCOMPARE(history->index(0, cube::HistoryModel::Change).data().toString(), u"Suspend SIM"_s);
        QCOMPARE(history->index(1, cube::HistoryModel::Outcome).data().toString(), u"Done"_s);
        QCOMPARE(history->index(1, cube::HistoryModel::Reason).data().toString(),
                 u"Customer, \"moved\""_s);
        QVERIFY(!history->index(1, cube::HistoryModel::By).data().toString().isEmpty());
        QVERIFY(history->index(1, cube::HistoryModel::Program)
                    .data()
                    .toString()
                    .startsWith(u"tst_history"_s));

        // An order code typed and Enter: its one entry.
        auto *subject = page->findChild<QLineEdit *>(u"subjectEdit"_s);
        subject->setFocus();
        QTest::keyClicks(subject, ended.constFirst());
        QTest::keyClick(subject, Qt::Key_Return);
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->index(0, cube::HistoryModel::Subject).data().toString(),
                 ended.constFirst());
        subject->clear();
        auto *outcome = page->findChild<QComboBox *>(u"outcomeCombo"_s);
        outcome->setCurrentIndex(outcome->findData(int(cube::JournalOutcome::NotDone)));
        QTest::mouseClick(page->findChild<QPushButton *>(u"showButton"_s), Qt::LeftButton);
        QCOMPARE(history->rowCount(), 0);
        outcome->setCurrentIndex(0);
        auto *operation = page->findChild<QComboBox *>(u"operationCombo"_s);
        operation->setCurrentIndex(operation->findData(int(cube::Operation::EndOrderEarly)));
        QTest::mouseClick(page->findChild<QPushButton *>(u"showButton"_s), Qt::LeftButton);
        QCOMPARE(history->rowCount(), 2);
        operation->setCurrentIndex(0);
        QTest::mouseClick(page->findChild<QPushButton *>(u"showButton"_s), Qt::LeftButton);
        QCOMPARE(history->rowCount(), 3);

        // The whole entry on double-click (Enter on the row).
        auto *view = page->findChild<QTableView *>(u"historyView"_s);
        view->setFocus();
        view->setCurrentIndex(history->index(1, 0));
        QTest::keyClick(view, Qt::Key_Return);
        auto *details = page->findChild<QMessageBox *>(u"historyDetails"_s);
        QVERIFY(details && details->isVisible());
        QVERIFY(!details->informativeText().contains(u"sign"_s));
        details->close();

        // CSV: the ICCID stays text, the reason with its comma and quotes survives.
        const QString csvPath = m_dir.filePath(u"history.csv"_s);
        QVERIFY(cube::test::exportThroughDialog(page->findChild<QPushButton *>(u"exportButton"_s),
                                                csvPath)
                    .answered);
        const QString text = QString::fromUtf8(cube::test::exportedFile(csvPath));
        QVERIFY(text.startsWith(u"Recorded,Change,Order or SIM,Outcome"_s));
        QVERIFY(text.contains(u"=\"%1\""_s.arg(iccid)));
        QVERIFY(text.contains(u"\"Customer, \"\"moved\"\"\""_s));

        // In Chinese, the page speaks Chinese.
        QVERIFY(translations.install(cube::UiLanguage::SimplifiedChinese));
        QCOMPARE(history->headerData(cube::HistoryModel::Recorded, Qt::Horizontal).toString(),
                 u"记录时间"_s);
        QCOMPARE(history->index(0, cube::HistoryModel::Change).data().toString(), u"停用 SIM 卡"_s);
        QTRY_COMPARE(tabs->tabText(tabs->indexOf(window.findChild<QWidget *>(u"activityTab"_s))),
                     u"历史(&T)"_s);
        QCOMPARE(page->findChild<QPushButton *>(u"exportButton"_s)->text(), u"导出 CSV(&X)…"_s);
        QVERIFY(translations.install(cube::UiLanguage::English));
    }

    // A change's details read as words: "Enable now: No", never {"is_open":"0"}; the count
    // under the list says "2 changes.", never "2 change(s).".
    void historyDetailsSayTheFieldsInPlainWords()
    {
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {5, 40});
        QVERIFY(simulator.listen());
        QNetworkAccessManager network;
        cube::ClientOptions options;
        const auto journal = std::make_shared<cube::Journal>(m_dir.filePath(u"fields.sqlite"_s));
        const auto account = cube::test::accountFor(
            simulator, &network, cube::ClientFactory::defaultTimeout, options, journal);
        QString iccid;
        for (const cube::sim::SimulatedSim &sim : simulator.fleet().sims())
            if (sim.lifeCycle == cube::sim::LifeCycle::Activated && iccid.isEmpty())
                iccid = sim.iccid;
        const cube::Plan &plan = simulator.fleet().plans().at(3);
        cube::PlanOrderRequest request;
        request.iccids = {iccid};
        request.planCode = plan.code;
        request.planName = plan.name;
        request.planType = plan.type;
        request.enableNow = false;
        request.payAmount = 1234.5;
        int answered = 0;
        account->writer().placeOrder(request, this,
                                     [&](const cube::WriteOutcome &) { ++answered; });
        account->writer().suspend(cube::test::iccidOf(iccid), this,
                                  [&](const cube::WriteOutcome &) { ++answered; });
        QVERIFY(QTest::qWaitFor([&] { return answered == 2; }, 10000));

        cube::MainWindow window(account.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
        tabs->setCurrentWidget(window.findChild<QWidget *>(u"activityTab"_s));
        QWidget *page = window.findChild<QWidget *>(u"historyPage"_s);
        QAbstractItemModel *history = cube::test::modelOf(page, u"historyView"_s);
        QCOMPARE(history->rowCount(), 2);

        auto *view = page->findChild<QTableView *>(u"historyView"_s);
        view->setFocus();
        const int orderRow =
            history->index(0, cube::HistoryModel::Change).data().toString() == u"Suspend SIM"_s ? 1
                                                                                                : 0;
        view->setCurrentIndex(history->index(orderRow, 0));
        QTest::keyClick(view, Qt::Key_Return);
        auto *details = page->findChild<QMessageBox *>(u"historyDetails"_s);
        QVERIFY(details && details->isVisible());
        const QString text = details->informativeText();
        for (const QString &line :
             QStringList{u"Plan: "_s + plan.name, u"Period: Monthly"_s, u"Enable now: No"_s,
                         u"Payment: Paid"_s, u"Amount: 1,234.50"_s, u"Periods: 1"_s})
            QVERIFY2(text.contains(line), qPrintable(line + u" in:\n"_s + text));
        for (const QString &raw : {u"{"_s, u"\""_s, u"is_open"_s, u"pay_rst"_s, u"package_type"_s})
            QVERIFY2(!text.contains(raw), qPrintable(raw + u" in:\n"_s + text));
        details->close();

        // The catalogue's plural forms, not "(s)".
        const QString count = page->findChild<QLabel *>(u"countLabel"_s)->text();
        QVERIFY2(count.startsWith(u"2 "_s) && !count.contains(u"(s)"_s), qPrintable(count));
    }

    // The History tab follows the journal: what another program (cubectl beside the console)
    // writes to the same file shows without a click, in either language.
    void historyShowsWhatAnotherProgramWrote()
    {
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        const QString path = m_dir.filePath(u"followed.sqlite"_s);
        QNetworkAccessManager network;
        const auto account =
            cube::ClientFactory(&network, {}, std::make_shared<cube::Journal>(path))
                .accountForEndpoint({QUrl(u"http://127.0.0.1:9"_s), u"desk"_s, "secret", {}});
        cube::HistoryPage page(account.get());
        page.resize(1200, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAbstractItemModel *entries = cube::test::modelOf(&page, u"historyView"_s);
        QCOMPARE(entries->rowCount(), 0);

        // cubectl: its own connection to the journal's file.
        cube::Journal cubectl(path);
        const auto endEarly = [&cubectl](const QString &code) {
            cube::JournalEntry entry;
            entry.operation = cube::Operation::EndOrderEarly;
            entry.subjects = {code};
            entry.fields = {{u"order_code"_s, code}, {u"ahead_finish_cause"_s, u"Moved"_s}};
            entry.reason = u"Moved"_s;
            entry.origin = u"cubectl 0.1.0"_s;
            entry.osUser = u"desk"_s;
            QVERIFY(!cubectl.record(entry));
            cubectl.markSent(entry.id);
            cubectl.markAnswered(entry.id, cube::JournalState::Succeeded, {}, {});
        };
        endEarly(u"L2024FOLLOW1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(entries->rowCount(), 1, 5000);
        const auto shows = [entries](const QString &code) {
            for (int row = 0; row < entries->rowCount(); ++row)
                for (int column = 0; column < entries->columnCount(); ++column)
                    if (entries->index(row, column).data().toString().contains(code))
                        return true;
            return false;
        };
        QVERIFY(shows(u"L2024FOLLOW1"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            page.findChild<QLabel *>(u"countLabel"_s)->text().startsWith(u"1 change"_s), 5000);

        QVERIFY(translations.install(cube::UiLanguage::SimplifiedChinese));
        endEarly(u"L2024FOLLOW2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(entries->rowCount(), 2, 5000);
        QVERIFY(shows(u"L2024FOLLOW2"_s));
        QVERIFY(translations.install(cube::UiLanguage::English));
    }

    // Two people at two desks: the By column names each with their desk, the details say it,
    // and the person filter (reached by its mnemonic, chosen with the keyboard) lists only
    // that person's changes.
    void historyNamesThePersonAndFiltersByPerson()
    {
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        const QString path = m_dir.filePath(u"people.sqlite"_s);
        QNetworkAccessManager network;
        const auto account =
            cube::ClientFactory(&network, {}, std::make_shared<cube::Journal>(path))
                .accountForEndpoint({QUrl(u"http://127.0.0.1:9"_s), u"desk"_s, "secret", {}});
        cube::Journal desks(path);
        const auto endEarly = [&desks](const QString &code, const cube::JournalSource &source) {
            cube::JournalEntry entry;
            entry.operation = cube::Operation::EndOrderEarly;
            entry.subjects = {code};
            entry.fields = {{u"order_code"_s, code}};
            entry.origin = source.origin;
            entry.osUser = source.osUser;
            entry.fullName = source.fullName;
            entry.host = source.host;
            QVERIFY(!desks.record(entry));
            desks.markAnswered(entry.id, cube::JournalState::Succeeded, {}, {});
        };
        const cube::JournalSource wang{
            {}, u"cube-console 0.1.0"_s, u"wangf"_s, u"Wang Fang"_s, u"desk-3"_s};
        const cube::JournalSource li{{}, u"cubectl 0.1.0"_s, u"lil"_s, {}, u"desk-7"_s};
        endEarly(u"L2024WANG1"_s, wang);
        endEarly(u"L2024LI1"_s, li);
        endEarly(u"L2024WANG2"_s, wang);

        cube::HistoryPage page(account.get());
        page.resize(1400, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QAbstractItemModel *entries = cube::test::modelOf(&page, u"historyView"_s);
        QCOMPARE(entries->rowCount(), 3);
        QCOMPARE(entries->headerData(cube::HistoryModel::By, Qt::Horizontal).toString(), u"By"_s);
        QCOMPARE(entries->index(0, cube::HistoryModel::By).data().toString(),
                 u"Wang Fang (wangf) on desk-3"_s);
        QCOMPARE(entries->index(1, cube::HistoryModel::By).data().toString(), u"lil on desk-7"_s);

        // Everyone first, then each person once, by name.
        auto *person = page.findChild<QComboBox *>(u"personFilter"_s);
        QVERIFY(person);
        QStringList listed;
        for (int row = 0; row < person->count(); ++row)
            listed.append(person->itemText(row));
        QCOMPARE(listed, (QStringList{u"Everyone"_s, u"lil"_s, u"Wang Fang (wangf)"_s}));

        // Alt+B (the label "By") reaches it; Down chooses the next person, at once.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(&page, Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), person);
        QTest::keyClick(person, Qt::Key_Down);
        QCOMPARE(person->currentText(), u"lil"_s);
        QCOMPARE(entries->rowCount(), 1);
        QCOMPARE(entries->index(0, cube::HistoryModel::Subject).data().toString(), u"L2024LI1"_s);
        QTest::keyClick(person, Qt::Key_Down);
        QCOMPARE(entries->rowCount(), 2);
        for (int row = 0; row < entries->rowCount(); ++row)
            QVERIFY(entries->index(row, cube::HistoryModel::Subject)
                        .data()
                        .toString()
                        .startsWith(u"L2024WANG"_s));

        // The details say by whom, on which desk, with which program.
        auto *view = page.findChild<QTableView *>(u"historyView"_s);
        view->setFocus();
        view->setCurrentIndex(entries->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        auto *details = page.findChild<QMessageBox *>(u"historyDetails"_s);
        QVERIFY(details && details->isVisible());
        QVERIFY2(details->informativeText().contains(
                     u"By: Wang Fang (wangf) on desk-3, with cube-console 0.1.0"_s),
                 qPrintable(details->informativeText()));
        details->close();

        // Someone new writes at another desk: listed without a click, the choice kept.
        endEarly(u"L2024ZHAO1"_s, {{}, u"cubectl 0.1.0"_s, u"zhaol"_s, u"Zhao Lei"_s, u"desk-9"_s});
        QTRY_COMPARE_WITH_TIMEOUT(person->count(), 4, 5000);
        QCOMPARE(person->currentText(), u"Wang Fang (wangf)"_s);
        QCOMPARE(entries->rowCount(), 2);
    }

    // The bar over the tabs follows the journal too: a job another program left cut short
    // shows without a restart.
    void interruptedJobBarShowsAJobAnotherProgramLeft()
    {
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        const QString path = m_dir.filePath(u"cutshort.sqlite"_s);
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {13, 20});
        QVERIFY(simulator.listen());
        QNetworkAccessManager network;
        const auto account =
            cube::test::accountFor(simulator, &network, cube::ClientFactory::defaultTimeout, {},
                                   std::make_shared<cube::Journal>(path));
        cube::MainWindow window(account.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget *bar = window.findChild<QWidget *>(u"interruptedJobs"_s);
        QVERIFY(bar);
        QTest::qWait(200);
        QVERIFY(!bar->isVisible());

        // Another program records a job and lets it go unfinished, as a killed one leaves it.
        cube::Journal other(path);
        cube::JournalJob job;
        job.operation = cube::Operation::EndOrderEarly;
        job.parameters = {{u"reason"_s, u"Moved"_s}};
        job.subjects = {u"L2024CUT1"_s, u"L2024CUT2"_s};
        job.origin = u"cubectl 0.1.0"_s;
        QVERIFY(!other.record(job));
        other.releaseJob(job.id);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 5000);
        QVERIFY2(bar->findChild<QLabel *>(u"interruptedJobText"_s)->text().contains(u"Cut short"_s),
                 qPrintable(bar->findChild<QLabel *>(u"interruptedJobText"_s)->text()));
    }

    // With a team store, what another desk writes shows here within seconds, without a click:
    // its changes in History (with who made them), a job it left cut short in the bar over the
    // tabs (the store's notices, not a look at a file).
    void historyAndTheJobBarFollowAnotherDesk()
    {
        CUBE_FRESH_TEAM_STORE(store, u"tst_history: another desk's changes"_s);
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {13, 20});
        QVERIFY(simulator.listen());
        QNetworkAccessManager network;
        const auto journal = std::make_shared<cube::Journal>(store);
        QVERIFY2(journal->isOpen(), qPrintable(journal->problem()));
        const auto account = cube::test::accountFor(
            simulator, &network, cube::ClientFactory::defaultTimeout, {}, journal);
        cube::MainWindow window(account.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
        QVERIFY(tabs);
        tabs->setCurrentWidget(window.findChild<QWidget *>(u"activityTab"_s));
        QAbstractItemModel *entries = cube::test::modelOf(&window, u"historyView"_s);
        QCOMPARE(entries->rowCount(), 0);
        QWidget *bar = window.findChild<QWidget *>(u"interruptedJobs"_s);
        QVERIFY(bar && !bar->isVisible());

        cube::Journal desk(store); // another desk, its own connection to the store
        cube::JournalEntry entry;
        entry.operation = cube::Operation::EndOrderEarly;
        entry.subjects = {u"L2024DESK1"_s};
        entry.fields = {{u"order_code"_s, u"L2024DESK1"_s}, {u"ahead_finish_cause"_s, u"Moved"_s}};
        entry.reason = u"Moved"_s;
        entry.origin = u"cube-console 0.1.0"_s;
        entry.osUser = u"wangf"_s;
        entry.fullName = u"Wang Fang"_s;
        entry.host = u"desk-2"_s;
        QVERIFY(!desk.record(entry));
        desk.markSent(entry.id);
        desk.markAnswered(entry.id, cube::JournalState::Succeeded, {}, {});
        QTRY_COMPARE_WITH_TIMEOUT(entries->rowCount(), 1, 5000);
        bool named = false;
        for (int column = 0; column < entries->columnCount(); ++column)
            named = named || entries->index(0, column).data().toString().contains(u"Wang Fang"_s);
        QVERIFY(named);

        cube::JournalJob job;
        job.operation = cube::Operation::EndOrderEarly;
        job.parameters = {{u"reason"_s, u"Moved"_s}};
        job.subjects = {u"L2024CUT3"_s, u"L2024CUT4"_s};
        job.origin = u"cubectl 0.1.0"_s;
        QVERIFY(!desk.record(job));
        desk.releaseJob(job.id); // that desk's cubectl was stopped half-way
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 5000);
        QVERIFY2(bar->findChild<QLabel *>(u"interruptedJobText"_s)->text().contains(u"Cut short"_s),
                 qPrintable(bar->findChild<QLabel *>(u"interruptedJobText"_s)->text()));
    }

    // The status bar speaks for the tab shown: no "Ready" beside a list still loading, and
    // the Orders tab's "N orders found." does not stand under the SIM list or History.
    void statusBarSpeaksForTheCurrentTab()
    {
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {11, 300});
        QVERIFY(simulator.listen());
        QNetworkAccessManager network;
        const auto account = cube::test::accountFor(simulator, &network);
        cube::MainWindow window(account.get());
        window.setConnectionDescription(
            [url = simulator.baseUrl().toDisplayString()] { return url; });
        window.resize(1400, 900);
        window.show();
        QStatusBar *status = window.statusBar();
        QAbstractItemModel *sims = cube::test::modelOf(&window, u"simView"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (status->currentMessage() == u"Ready"_s)
                    return true; // said while the list loads: fails below
                return sims->rowCount() == 300;
            },
            20000));
        QVERIFY2(status->currentMessage() != u"Ready"_s, "Ready while the SIM list loads");

        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
        tabs->setCurrentWidget(window.findChild<QWidget *>(u"ordersTab"_s));
        QVERIFY(
            QTest::qWaitFor([&] { return status->currentMessage().contains(u"found"_s); }, 10000));
        const QString ordersFound = status->currentMessage();

        tabs->setCurrentWidget(window.findChild<QWidget *>(u"simsTab"_s));
        QVERIFY2(status->currentMessage() != ordersFound, qPrintable(ordersFound));
        tabs->setCurrentWidget(window.findChild<QWidget *>(u"activityTab"_s));
        QVERIFY2(status->currentMessage() != ordersFound, qPrintable(ordersFound));
        // Back on Orders: its own last word again.
        tabs->setCurrentWidget(window.findChild<QWidget *>(u"ordersTab"_s));
        QCOMPARE(status->currentMessage(), ordersFound);
    }

    void interruptedJobIsCheckedAndResumedFromTheConsole()
    {
        const QString requests = m_dir.filePath(u"requests.jsonl"_s);
        const QString journalPath = m_dir.filePath(u"interrupted.sqlite"_s);
        QProcess simulator;
        const QUrl baseUrl =
            cube::test::startCubeSim(simulator, QString::fromUtf8(CUBE_SIM_PATH),
                                     {u"--size"_s, u"1500"_s, u"--seed"_s, u"3"_s, u"--latency"_s,
                                      u"*:150"_s, u"--request-log"_s, requests});
        QVERIFY(baseUrl.isValid());
        const cube::sim::SimulatorAccount demo = cube::sim::SimulatorAccount::demo();
        QNetworkAccessManager network;
        const QStringList codes = inUseOrderCodes(baseUrl, 100);
        QCOMPARE(codes.size(), 100);

        // cubectl ends them, and is killed half-way.
        QVERIFY(endOrdersAndKillHalfWay({u"--base-url"_s, baseUrl.toString(), u"--access-code"_s,
                                         demo.accessCode, u"--journal"_s, journalPath, u"--jobs"_s,
                                         u"6"_s, u"--timeout"_s, u"2"_s},
                                        codes, requests, 30));
        // What was in flight is judged only after cubectl's time-out (2 s).
        QTest::qWait(2500);

        // The console opened on that journal finds the job.
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        const auto journal = std::make_shared<cube::Journal>(journalPath);
        const auto accountPtr =
            cube::ClientFactory(&network, {}, journal)
                .accountForEndpoint({baseUrl, demo.accessCode, demo.secret, {}});
        cube::Account &account = *accountPtr;
        cube::MainWindow window(&account);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget *bar = window.findChild<QWidget *>(u"interruptedJobs"_s);
        QVERIFY(bar && bar->isVisible());
        const QString text = bar->findChild<QLabel *>(u"interruptedJobText"_s)->text();
        QVERIFY2(text.contains(u"Cut short"_s) && text.contains(u"End order early × 100"_s),
                 qPrintable(text));

        auto *check = bar->findChild<QPushButton *>(u"checkJobButton"_s);
        if (check->isEnabled()) {
            QTest::mouseClick(check, Qt::LeftButton);
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return !text.isEmpty() && !check->isEnabled()
                           && bar->findChild<QLabel *>(u"interruptedJobText"_s)
                                  ->text()
                                  .contains(u"0 unknown"_s);
                },
                30000));
        }
        // Nothing was sent by the check.
        const qsizetype sentBefore = endedCounts(requests).size();
        QVERIFY(sentBefore < 100);

        QTest::mouseClick(bar->findChild<QPushButton *>(u"resumeJobButton"_s), Qt::LeftButton);
        auto *confirm = window.findChild<QMessageBox *>(u"resumeConfirmation"_s);
        QVERIFY(confirm && confirm->isVisible());
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !bar->isVisible(); }, 60000));

        const QHash<QString, int> ended = endedCounts(requests);
        for (const QString &code : codes)
            QVERIFY2(ended.value(code) == 1,
                     qPrintable(u"%1 sent %2 times"_s.arg(code).arg(ended.value(code))));
        const std::optional<cube::JournalJob> job = journal->jobs().value(0);
        QCOMPARE(job->state, cube::JobState::Finished);
        QCOMPARE(job->tally.done, 100);
        simulator.kill();
        simulator.waitForFinished();
    }

    // cubectl resumes a job while the console's Resume is pressed: the console sends nothing
    // and says who runs it; every order is ended exactly once.
    void consoleResumeWhileCubectlResumesSendsNothing()
    {
        const QString requests = m_dir.filePath(u"racing.jsonl"_s);
        const QString journalPath = m_dir.filePath(u"racing.sqlite"_s);
        QProcess simulator;
        const QUrl baseUrl =
            cube::test::startCubeSim(simulator, QString::fromUtf8(CUBE_SIM_PATH),
                                     {u"--size"_s, u"1500"_s, u"--seed"_s, u"4"_s, u"--latency"_s,
                                      u"*:150"_s, u"--request-log"_s, requests});
        QVERIFY(baseUrl.isValid());
        const cube::sim::SimulatorAccount demo = cube::sim::SimulatorAccount::demo();
        QNetworkAccessManager network;
        const QStringList codes = inUseOrderCodes(baseUrl, 100);
        QCOMPARE(codes.size(), 100);

        const QStringList connection{
            u"--base-url"_s, baseUrl.toString(), u"--access-code"_s, demo.accessCode,
            u"--journal"_s,  journalPath,        u"--timeout"_s,     u"2"_s};
        QVERIFY(endOrdersAndKillHalfWay(connection + QStringList{u"--jobs"_s, u"6"_s}, codes,
                                        requests, 20));
        QTest::qWait(2500); // past cubectl's time-out: what was in flight can be judged

        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        const auto journal = std::make_shared<cube::Journal>(journalPath);
        const auto accountPtr =
            cube::ClientFactory(&network, {}, journal)
                .accountForEndpoint({baseUrl, demo.accessCode, demo.secret, {}});
        cube::Account &account = *accountPtr;
        cube::MainWindow window(&account);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget *bar = window.findChild<QWidget *>(u"interruptedJobs"_s);
        QVERIFY(bar && bar->isVisible());
        const qint64 id = journal->jobs().value(0).id;

        // cubectl resumes it in another terminal...
        QProcess resuming;
        resuming.setProcessEnvironment(cubectlEnvironment());
        resuming.start(QString::fromUtf8(CUBECTL_PATH),
                       connection
                           + QStringList{u"--yes"_s, u"jobs"_s, u"resume"_s, QString::number(id)});
        QVERIFY(resuming.waitForStarted());
        const qint64 pid = resuming.processId();
        QVERIFY(QTest::qWaitFor(
            [&] {
                const std::optional<cube::JournalJob> job = journal->job(id);
                return job->state == cube::JobState::Running
                       && job->holder.purpose == cube::JobPurpose::Resume;
            },
            20000));
        // ...while the console's Resume is pressed.
        QTest::mouseClick(bar->findChild<QPushButton *>(u"resumeJobButton"_s), Qt::LeftButton);
        auto *confirm = window.findChild<QMessageBox *>(u"resumeConfirmation"_s);
        QVERIFY(confirm && confirm->isVisible());
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QMessageBox *warning = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                warning = window.findChild<QMessageBox *>(u"warningBox"_s);
                return warning && warning->isVisible();
            },
            10000));
        QVERIFY2(warning->text().contains(
                     u"Job %1 is being resumed by cubectl, process %2, since"_s.arg(id).arg(pid)),
                 qPrintable(warning->text()));
        warning->close();

        QVERIFY(resuming.waitForFinished(120000));
        QVERIFY2(resuming.exitCode() == 0, resuming.readAllStandardError().constData());
        const QHash<QString, int> ended = endedCounts(requests);
        for (const QString &code : codes)
            QVERIFY2(ended.value(code) == 1,
                     qPrintable(u"%1 sent %2 times"_s.arg(code).arg(ended.value(code))));
        const std::optional<cube::JournalJob> job = journal->job(id);
        QCOMPARE(job->state, cube::JobState::Finished);
        QCOMPARE(job->tally.done, 100);
        simulator.kill();
        simulator.waitForFinished();
    }

    // A late-acting server and cubectl killed with writes in flight: the console's Resume at
    // once leaves those alone and says from when they can be checked; nothing is sent twice.
    void consoleResumeLeavesWritesInFlightForLater()
    {
        const QString requests = m_dir.filePath(u"late.jsonl"_s);
        const QString journalPath = m_dir.filePath(u"late.sqlite"_s);
        QProcess simulator;
        const QUrl baseUrl = cube::test::startCubeSim(
            simulator, QString::fromUtf8(CUBE_SIM_PATH),
            {u"--size"_s, u"300"_s, u"--seed"_s, u"6"_s, u"--fault"_s,
             u"aheadFinishDeviceOrder:late=2000"_s, u"--request-log"_s, requests});
        QVERIFY(baseUrl.isValid());
        const cube::sim::SimulatorAccount demo = cube::sim::SimulatorAccount::demo();
        QNetworkAccessManager network;
        const QStringList codes = inUseOrderCodes(baseUrl, 6);
        QCOMPARE(codes.size(), 6);
        // cubectl's time-out is long: its writes in flight stay too recent to judge however
        // slowly a loaded machine opens the console.
        QVERIFY(endOrdersAndKillHalfWay({u"--base-url"_s, baseUrl.toString(), u"--access-code"_s,
                                         demo.accessCode, u"--journal"_s, journalPath,
                                         u"--timeout"_s, u"60"_s, u"--jobs"_s, u"3"_s},
                                        codes, requests, 3));

        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        const auto journal = std::make_shared<cube::Journal>(journalPath);
        cube::ClientFactory factory(&network, {}, journal);
        // The console's time-out as cubectl's: a loaded machine may take seconds to start it.
        factory.setGivenTimeout(std::chrono::seconds(8));
        const auto accountPtr =
            factory.accountForEndpoint({baseUrl, demo.accessCode, demo.secret, {}});
        cube::Account &account = *accountPtr;
        cube::MainWindow window(&account);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget *bar = window.findChild<QWidget *>(u"interruptedJobs"_s);
        QVERIFY(bar && bar->isVisible());
        QTest::mouseClick(bar->findChild<QPushButton *>(u"resumeJobButton"_s), Qt::LeftButton);
        auto *confirm = window.findChild<QMessageBox *>(u"resumeConfirmation"_s);
        QVERIFY(confirm && confirm->isVisible());
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QStatusBar *status = window.statusBar();
        QVERIFY(QTest::qWaitFor([&] { return status->currentMessage().contains(u"resumed"_s); },
                                30000));
        QVERIFY2(status->currentMessage().contains(u"with no answer; they can be checked from"_s),
                 qPrintable(status->currentMessage()));
        const QString text = bar->findChild<QLabel *>(u"interruptedJobText"_s)->text();
        QVERIFY2(bar->isVisible() && text.contains(u"can be checked from"_s), qPrintable(text));
        const QHash<QString, int> ended = endedCounts(requests);
        for (const QString &code : codes)
            QVERIFY2(ended.value(code) == 1,
                     qPrintable(u"%1 sent %2 times"_s.arg(code).arg(ended.value(code))));
        simulator.kill();
        simulator.waitForFinished();
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
