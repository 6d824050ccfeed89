#include "activitylog.h"
#include "base/translationinstaller.h"
#include "csvexportdialog.h"
#include "cubesimulator.h"
#include "fleet/fleetcache.h"
#include "ordertablemodel.h"
#include "simdetailpanel.h"
#include "simlistpage.h"
#include "simtablemodel.h"
#include "simulatorclient.h"
#include "transport/cubeclient.h"
#include "widgetlookup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cube::sim::LifeCycle;

// The SIM cards tab against the simulator over loopback, driven through its widgets.
class TestSimListPage : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_page->findChild<T *>(name);
    }

    cube::SimTableModel *model() const
    {
        return qobject_cast<cube::SimTableModel *>(cube::test::modelOf(m_page.get(), u"simView"_s));
    }
    // What the row at `position` shows in `column`, as the user reads it.
    QString shown(int position, cube::SimTableModel::Column column) const
    {
        return model()->index(position, column).data().toString();
    }
    // A search, filter or sort has run on its worker and its rows are shown.
    bool settled() const { return !child<QWidget>(u"busyLabel"_s)->isVisible(); }
    void waitSettled() const
    {
        QVERIFY(QTest::qWaitFor([this] { return settled(); }, 20000));
    }
    cube::SimDetailPanel *detail() const
    {
        return m_page->findChild<cube::SimDetailPanel *>(u"simDetail"_s);
    }
    // The ICCIDs of the rows selected in the list, as its selection model holds them.
    QStringList selectedIccids() const
    {
        QStringList iccids;
        const QItemSelection ranges =
            child<QTableView>(u"simView"_s)->selectionModel()->selection();
        for (const QItemSelectionRange &range : ranges)
            for (int row = range.top(); row <= range.bottom(); ++row)
                iccids.append(model()->iccidAt(row));
        return iccids;
    }

    void loadAll()
    {
        m_page->reload();
        QVERIFY(QTest::qWaitFor(
            [this] { return child<QPushButton>(u"reloadButton"_s)->isEnabled(); }, 30000));
    }

    cube::TranslationInstaller m_translations;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<cube::Account> m_account;
    std::unique_ptr<cube::ActivityLog> m_activity;
    std::unique_ptr<cube::SimListPage> m_page;
    std::unique_ptr<QTemporaryDir> m_cacheHome;

    void makePage()
    {
        m_page = std::make_unique<cube::SimListPage>(m_account.get(), m_activity.get());
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    QString cacheAccount() const
    {
        return cube::FleetCache::accountKey(m_account->client().profileName(),
                                            m_account->client().settings());
    }
    bool cacheHolds(qsizetype rows) const
    {
        cube::FleetCache cache(cube::FleetCache::defaultPath());
        const auto cached = cache.load(cacheAccount());
        return rows == 0 ? !cached : cached && cached->fleet.size() == rows;
    }

private slots:
    void initTestCase()
    {
        // English plurals ("1 SIM card", "2 SIM cards") come from the en_US catalogue.
        QVERIFY(m_translations.install(cube::UiLanguage::English));
    }

    void init()
    {
        // 1,200 SIMs: three pages of 500, the last one short.
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), cube::sim::FleetOptions{11, 1200});
        QVERIFY(m_simulator->listen());
        m_account = cube::test::accountFor(*m_simulator, &m_network);
        m_activity = std::make_unique<cube::ActivityLog>();
        // Each test starts without a cached list of the one before.
        m_cacheHome = std::make_unique<QTemporaryDir>();
        qputenv("XDG_CACHE_HOME", m_cacheHome->path().toUtf8());
        makePage();
    }

    void cleanup()
    {
        m_page.reset();
        m_account.reset();
        m_simulator.reset();
    }

    void modelsPassTheTester()
    {
        QAbstractItemModelTester simTester(model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester ordersTester(
            cube::test::modelOf(detail(), u"ordersView"_s),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester activityTester(
            m_activity.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        loadAll();
        child<QLineEdit>(u"searchEdit"_s)->setText(u"00001"_s);
        child<QComboBox>(u"statusCombo"_s)->setCurrentIndex(2);
        model()->sort(cube::SimTableModel::Status, Qt::DescendingOrder);
        waitSettled();
        detail()->showSim(m_simulator->fleet().sims().at(5).iccid);
        QVERIFY(QTest::qWaitFor([this] { return cube::test::detailIsSettled(detail()); }, 20000));
        m_activity->record(u"Test"_s, u"x"_s, true, u"ok"_s);
    }

    void loadsEveryPage()
    {
        loadAll();
        QCOMPARE(model()->rowCount(), 1200);
        QCOMPARE(shown(1199, cube::SimTableModel::Iccid),
                 m_simulator->fleet().sims().at(1199).iccid);
        QCOMPARE(child<QLabel>(u"countLabel"_s)->text(), u"1,200 SIM cards"_s); // digits grouped
        QVERIFY(!child<QWidget>(u"loadProgress"_s)->isVisible());
    }

    void cancelStopsLoading()
    {
        m_simulator->faults().setLatency(u"queryDeviceList"_s, 200ms);
        m_page->reload();
        QVERIFY(child<QPushButton>(u"cancelLoadButton"_s)->isVisible());
        QVERIFY(QTest::qWaitFor([this] { return model()->rowCount() >= 500; }, 10000));
        QTest::mouseClick(child<QPushButton>(u"cancelLoadButton"_s), Qt::LeftButton);
        QVERIFY(child<QPushButton>(u"reloadButton"_s)->isEnabled());
        QTest::qWait(500); // a page still arriving would show up now
        QCOMPARE(model()->rowCount(), 500);
        QVERIFY(child<QPushButton>(u"reloadButton"_s)->isEnabled());
    }

    void searchAndFilter()
    {
        loadAll();
        const auto &sims = m_simulator->fleet().sims();
        auto count = [&sims](auto accept) {
            return int(std::count_if(sims.cbegin(), sims.cend(), accept));
        };

        QTest::keyClicks(child<QLineEdit>(u"searchEdit"_s), u"0000000123"_s);
        const int matching = count([](const auto &sim) {
            return sim.iccid.contains(u"0000000123"_s) || sim.imsi.contains(u"0000000123"_s)
                   || sim.msisdn.contains(u"0000000123"_s);
        });
        QVERIFY(matching >= 1);
        waitSettled();
        QCOMPARE(model()->rowCount(), matching);
        child<QLineEdit>(u"searchEdit"_s)->clear();

        auto *status = child<QComboBox>(u"statusCombo"_s);
        status->setCurrentIndex(status->findData(int(LifeCycle::Activated)));
        waitSettled();
        QCOMPARE(model()->rowCount(),
                 count([](const auto &sim) { return sim.lifeCycle == LifeCycle::Activated; }));
        for (int row = 0; row < model()->rowCount(); row += 97)
            QCOMPARE(model()->index(row, cube::SimTableModel::Status).data().toString(),
                     u"Activated"_s);
    }

    void selectingASimOpensItsDetail()
    {
        loadAll();
        auto *view = child<QTableView>(u"simView"_s);
        const int busy = [this] {
            for (int i = 0; i < m_simulator->fleet().sims().size(); ++i) {
                if (m_simulator->fleet().currentOrder(i) >= 0)
                    return i;
            }
            return -1;
        }();
        QVERIFY(busy >= 0);
        view->setCurrentIndex(model()->index(busy, 0));
        cube::SimDetailPanel *panel = detail();
        QCOMPARE(panel->iccid(), m_simulator->fleet().sims().at(busy).iccid);
        QVERIFY(QTest::qWaitFor([panel] { return cube::test::detailIsSettled(panel); }, 20000));
        QCOMPARE(panel->findChild<QLabel *>(u"imsiValue"_s)->text(),
                 m_simulator->fleet().sims().at(busy).imsi);
        QVERIFY(!panel->findChild<QLabel *>(u"usageValue"_s)->text().isEmpty());
        QCOMPARE(cube::test::modelOf(panel, u"ordersView"_s)->rowCount(),
                 m_simulator->fleet().ordersOf(busy).size());
        QVERIFY(panel->findChild<QLabel *>(u"messageLabel"_s)->text().isEmpty());
    }

    void csvExportKeepsIccidsAsText()
    {
        loadAll();
        child<QLineEdit>(u"searchEdit"_s)->setText(u"8985202201000000001"_s); // SIMs 10 to 19
        waitSettled();
        const QString path = QDir::temp().filePath(u"cube-export-test.csv"_s);
        QFile::remove(path);
        QVERIFY(
            cube::test::exportThroughDialog(child<QPushButton>(u"exportButton"_s), path).answered);
        const QByteArray csv = cube::test::exportedFile(path);
        QFile::remove(path);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(lines.size(), 1 + 10 + 1); // header, ten rows, the empty rest after the last CRLF
        QVERIFY(lines.at(0).startsWith("ICCID,IMSI,MSISDN,Status"));
        QVERIFY2(lines.at(1).startsWith("=\"89852022010000000010\",=\"454120000000010\""),
                 lines.at(1).constData());

        // A file that cannot be written is said, with the reason.
        QVERIFY(cube::test::exportThroughDialog(child<QPushButton>(u"exportButton"_s),
                                                u"/nonexistent-folder/x.csv"_s)
                    .answered);
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (box = m_page->findChild<QMessageBox *>(u"warningBox"_s)); }, 5000));
        QVERIFY2(box->text().contains(u"/nonexistent-folder/x.csv: "_s), qPrintable(box->text()));
        QVERIFY2(!box->text().contains(u"x.csv: . "_s), qPrintable(box->text())); // a reason
        box->close();
    }

    // Export writes what the list shows: the columns shown, in the order they are shown.
    void exportWritesTheColumnsShownInTheirOrder()
    {
        loadAll();
        child<QLineEdit>(u"searchEdit"_s)->setText(u"8985202201000000001"_s); // SIMs 10 to 19
        waitSettled();
        auto *header = child<QTableView>(u"simView"_s)->horizontalHeader();
        // The layout is remembered for the next page: the tests after this one get it back.
        const auto restoreLayout =
            qScopeGuard([header, layout = header->saveState()] { header->restoreState(layout); });
        header->setSectionHidden(cube::SimTableModel::Plan, true);
        header->setSectionHidden(cube::SimTableModel::Imsi, true);
        header->moveSection(header->visualIndex(cube::SimTableModel::Status), 0);
        QStringList shownHeaders;
        for (int visual = 0; visual < header->count(); ++visual)
            if (const int column = header->logicalIndex(visual); !header->isSectionHidden(column))
                shownHeaders.append(model()->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(shownHeaders.size(), cube::SimTableModel::ColumnCount - 2);

        const QString path = m_cacheHome->filePath(u"shown.csv"_s);
        QSignalSpy said(m_page.get(), &cube::SimListPage::statusMessage);
        QVERIFY(
            cube::test::exportThroughDialog(child<QPushButton>(u"exportButton"_s), path).answered);
        const QList<QByteArray> lines = cube::test::exportedFile(path).mid(3).split('\n');
        QCOMPARE(lines.size(), 1 + 10 + 1);
        QCOMPARE(QString::fromUtf8(lines.at(0)).trimmed(), shownHeaders.join(u','));
        const auto &sims = m_simulator->fleet().sims();
        const QByteArray statusThenIccid = shown(0, cube::SimTableModel::Status).toUtf8() + ",=\""
                                           + sims.at(10).iccid.toUtf8() + "\",";
        QVERIFY2(lines.at(1).startsWith(statusThenIccid), lines.at(1).constData());
        QVERIFY(!lines.at(1).contains(sims.at(10).imsi.toUtf8()));
        QVERIFY(!said.isEmpty());
        QCOMPARE(said.last().first().toString(), u"Exported 10 SIM cards to %1."_s.arg(path));
    }

    // The file dialog opens where the last export went, with the list's file name.
    void exportOpensInTheFolderOfTheLastOne()
    {
        loadAll();
        auto *button = child<QPushButton>(u"exportButton"_s);
        for (const QString &folder : {u"first"_s, u"second"_s}) {
            QVERIFY(QDir(m_cacheHome->path()).mkpath(folder));
            const QString path = m_cacheHome->filePath(folder + u"/sims.csv"_s);
            QVERIFY(cube::test::exportThroughDialog(button, path).answered);
            QVERIFY(QFile::exists(path));
            const cube::test::ExportDialogSeen next =
                cube::test::exportThroughDialog(button, m_cacheHome->filePath(folder + u".csv"_s));
            QCOMPARE(next.startFolder, QFileInfo(path).absolutePath());
            QCOMPARE(next.fileName, u"sim-cards.csv"_s);
        }
    }

    void aListingThatNeverEndsEndsWithAMessage_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("rowsKept");
        QTest::newRow("always one more page") << u"queryDeviceList:endless-pages"_s << 1200;
        // Pages asked for ahead come back as page 1: only the real page 1 (100 rows, the
        // vendor's page) is kept.
        QTest::newRow("page number stuck") << u"queryDeviceList:stuck-page"_s << 100;
    }

    void aListingThatNeverEndsEndsWithAMessage()
    {
        QFETCH(QString, fault);
        QFETCH(int, rowsKept);
        QString error;
        QVERIFY(m_simulator->faults().addFaultSpec(fault, &error));
        loadAll();
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (box = m_page->findChild<QMessageBox *>(u"warningBox"_s)); }, 5000));
        QVERIFY2(box->text().contains(u"paging is inconsistent"_s), qPrintable(box->text()));
        QCOMPARE(model()->rowCount(), rowsKept); // what came is kept
        box->close();
    }

    void serverTextCarriesNoControlCharacters()
    {
        QString error;
        QVERIFY(m_simulator->faults().addFaultSpec(u"queryDeviceList:control-chars"_s, &error));
        loadAll();
        bool sawName = false;
        for (int row = 0; row < model()->rowCount(); row += 7) {
            const QString plan = model()->index(row, cube::SimTableModel::Plan).data().toString();
            sawName |= plan.contains(u"FAKE"_s);
            for (const QChar character : plan)
                QVERIFY2(character.unicode() >= 0x20 && character.unicode() != 0x7f,
                         qPrintable(plan));
        }
        QVERIFY(sawName);
    }

    void pastedIccidsAreSelected()
    {
        loadAll();
        const auto &sims = m_simulator->fleet().sims();
        const QString pasted =
            sims.at(3).iccid + u"\n"_s + sims.at(700).iccid + u", 89852022019999999999"_s;
        QCOMPARE(m_page->selectIccids(pasted), 2);
        QCOMPARE(child<QTableView>(u"simView"_s)->selectionModel()->selectedRows().size(), 2);
    }

    void selectionSurvivesSearchAndSort()
    {
        loadAll();
        auto *view = child<QTableView>(u"simView"_s);
        const auto &sims = m_simulator->fleet().sims();
        // SIMs 120 to 129 match the search below; two of them are chosen, 125 is current.
        QCOMPARE(m_page->selectIccids(sims.at(121).iccid + u" "_s + sims.at(125).iccid), 2);
        view->selectionModel()->setCurrentIndex(model()->index(125, 0),
                                                QItemSelectionModel::NoUpdate);
        QCOMPARE(detail()->iccid(), sims.at(125).iccid);

        child<QLineEdit>(u"searchEdit"_s)->setText(u"898520220100000001"_s);
        waitSettled();
        QVERIFY(model()->rowCount() < 1200);
        const QStringList selected = selectedIccids();
        QCOMPARE(QSet<QString>(selected.cbegin(), selected.cend()),
                 QSet<QString>({sims.at(121).iccid, sims.at(125).iccid}));
        QCOMPARE(model()->iccidAt(view->currentIndex().row()), sims.at(125).iccid);

        model()->sort(cube::SimTableModel::Iccid, Qt::DescendingOrder);
        waitSettled();
        QVERIFY(model()->iccidAt(0) > model()->iccidAt(1));
        QCOMPARE(selectedIccids().size(), 2);
        QCOMPARE(model()->iccidAt(view->currentIndex().row()), sims.at(125).iccid);
        QCOMPARE(detail()->iccid(), sims.at(125).iccid); // the detail did not move

        // A SIM the search hides is no longer selected; clearing it brings every row back.
        child<QLineEdit>(u"searchEdit"_s)->setText(sims.at(121).iccid);
        waitSettled();
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(selectedIccids(), QStringList{sims.at(121).iccid});
    }

    void aFreshCachedListIsShownWithoutReadingTheFleet()
    {
        loadAll();
        QVERIFY(QTest::qWaitFor([this] { return cacheHolds(1200); }, 20000));
        m_page.reset(); // the console closes
        // Meanwhile on the server: SIM 5 is deactivated. Its list answers slowly.
        auto &fleet = m_simulator->fleet();
        fleet.sim(5).lifeCycle = fleet.sim(5).lifeCycle == LifeCycle::Deactivated
                                     ? LifeCycle::Activated
                                     : LifeCycle::Deactivated;
        const QString nowShown =
            fleet.sim(5).lifeCycle == LifeCycle::Deactivated ? u"Deactivated"_s : u"Activated"_s;
        m_simulator->faults().setLatency(u"queryDeviceList"_s, 2000ms);
        const int listed = m_simulator->requestCount(u"queryDeviceList"_s);

        // The next start: every cached row at once, marked with its age, and not one query
        // for the list (the cache is younger than the profile's 12 hours).
        makePage();
        m_page->reload();
        QVERIFY(QTest::qWaitFor([this] { return model()->rowCount() == 1200; }, 1500));
        auto *asOf = child<QLabel>(u"asOfLabel"_s);
        QVERIFY(asOf->isVisible());
        QVERIFY2(asOf->text().startsWith(u"Cached list as of 20"_s), qPrintable(asOf->text()));
        QVERIFY(child<QPushButton>(u"reloadButton"_s)->isEnabled());
        QTest::qWait(300);
        QCOMPARE(m_simulator->requestCount(u"queryDeviceList"_s), listed);
        QCOMPARE(shown(5, cube::SimTableModel::Iccid), fleet.sim(5).iccid);
        QVERIFY(shown(5, cube::SimTableModel::Status) != nowShown);

        // Reload (F5) reads it again, and updates it in place.
        QSignalSpy said(m_page.get(), &cube::SimListPage::statusMessage);
        m_page->reload();
        QVERIFY(!said.isEmpty());
        QVERIFY2(said.first().first().toString().contains(u"about 12 queries"_s),
                 qPrintable(said.first().first().toString()));
        QVERIFY(QTest::qWaitFor(
            [this] { return child<QPushButton>(u"reloadButton"_s)->isEnabled(); }, 30000));
        QCOMPARE(shown(5, cube::SimTableModel::Iccid), fleet.sim(5).iccid);
        QCOMPARE(shown(5, cube::SimTableModel::Status), nowShown);
        QCOMPARE(model()->rowCount(), 1200);
        QVERIFY(!asOf->isVisible());
        QCOMPARE(m_simulator->requestCount(u"queryDeviceList"_s), listed + 12);

        m_page->clearCache();
        QVERIFY(QTest::qWaitFor([this] { return cacheHolds(0); }, 10000));
    }

    void aStaleCachedListIsShownAndReadAgain()
    {
        loadAll();
        QVERIFY(QTest::qWaitFor([this] { return cacheHolds(1200); }, 20000));
        m_page.reset();
        {
            // Saved thirteen hours ago: older than the 12 hours a list stays fresh.
            cube::FleetCache cache(cube::FleetCache::defaultPath());
            const auto cached = cache.load(cacheAccount());
            QVERIFY(cached);
            QVERIFY(!cache.save(cacheAccount(), cached->fleet,
                                QDateTime::currentDateTime().addSecs(-13 * 3600)));
        }
        const int listed = m_simulator->requestCount(u"queryDeviceList"_s);
        makePage();
        m_page->reload();
        QVERIFY(QTest::qWaitFor([this] { return model()->rowCount() == 1200; }, 1500));
        QVERIFY(QTest::qWaitFor(
            [this] { return child<QPushButton>(u"reloadButton"_s)->isEnabled(); }, 30000));
        QVERIFY(!child<QLabel>(u"asOfLabel"_s)->isVisible());
        QCOMPARE(m_simulator->requestCount(u"queryDeviceList"_s), listed + 12);
    }

    void searchWhileLoadingShowsRowsOfLaterPages()
    {
        m_simulator->faults().setLatency(u"queryDeviceList"_s, 150ms);
        m_page->reload();
        // SIM 1,105 is on the third page, which has not come yet.
        const QString late = m_simulator->fleet().sims().at(1105).iccid;
        QTest::keyClicks(child<QLineEdit>(u"searchEdit"_s), late.right(6));
        QVERIFY(QTest::qWaitFor([this] { return model()->rowCount() == 1 && settled(); }, 20000));
        QCOMPARE(model()->iccidAt(0), late);
        QVERIFY(QTest::qWaitFor(
            [this] { return child<QPushButton>(u"reloadButton"_s)->isEnabled(); }, 30000));
        QCOMPARE(model()->rowCount(), 1);
    }

    void statusSortWhileLoadingTakesInLaterPages()
    {
        m_simulator->faults().setLatency(u"queryDeviceList"_s, 100ms);
        m_page->reload();
        model()->sort(cube::SimTableModel::Status, Qt::AscendingOrder);
        QVERIFY(QTest::qWaitFor(
            [this] { return child<QPushButton>(u"reloadButton"_s)->isEnabled(); }, 30000));
        waitSettled();
        QCOMPARE(model()->rowCount(), 1200);
        // The life cycles in their order (the contract's numbers 1 to 4), as the column words them.
        const QStringList inOrder{u"Pre-activation"_s, u"Activated"_s, u"Pre-deactivation"_s,
                                  u"Deactivated"_s};
        for (int row = 1; row < model()->rowCount(); ++row) {
            const qsizetype before = inOrder.indexOf(shown(row - 1, cube::SimTableModel::Status));
            const qsizetype here = inOrder.indexOf(shown(row, cube::SimTableModel::Status));
            QVERIFY2(before >= 0 && before <= here,
                     qPrintable(u"row %1: %2 after %3"_s.arg(row).arg(
                         shown(row, cube::SimTableModel::Status),
                         shown(row - 1, cube::SimTableModel::Status))));
        }
    }

    // The number a support person quotes: after each of a few hundred searches, filters and
    // sorts typed while the list loads, the count's first number is the rows on the screen.
    void theCountIsAlwaysTheRowsShown()
    {
        m_simulator->faults().setLatency(u"queryDeviceList"_s, 40ms);
        m_page->reload();
        auto *search = child<QLineEdit>(u"searchEdit"_s);
        auto *status = child<QComboBox>(u"statusCombo"_s);
        auto *view = child<QTableView>(u"simView"_s);
        auto *count = child<QLabel>(u"countLabel"_s);
        QRandomGenerator random(24); // the same few hundred steps on every run
        const QString digits = u"0123456789"_s;
        for (int step = 0; step < 300; ++step) {
            const quint32 what = random.bounded(100);
            if (what < 45)
                QTest::keyClick(search, digits.at(int(random.bounded(10))).toLatin1());
            else if (what < 60)
                QTest::keyClick(search, Qt::Key_Backspace);
            else if (what < 80)
                status->setCurrentIndex(int(random.bounded(quint32(status->count()))));
            else
                view->sortByColumn(int(random.bounded(quint32(cube::SimTableModel::ColumnCount))),
                                   random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
            QTest::qWait(int(random.bounded(6)));
            QVERIFY2(firstNumberIn(count->text()) == model()->rowCount(),
                     qPrintable(u"step %1: \"%2\" beside %3 rows"_s.arg(step)
                                    .arg(count->text())
                                    .arg(model()->rowCount())));
        }
        QVERIFY(QTest::qWaitFor(
            [this] { return child<QPushButton>(u"reloadButton"_s)->isEnabled(); }, 30000));
        waitSettled();
        QCOMPARE(firstNumberIn(count->text()), model()->rowCount());
        // Everything again: the count of the whole list, not of the last search.
        search->clear();
        status->setCurrentIndex(0);
        waitSettled();
        QCOMPARE(count->text(), u"1,200 SIM cards"_s);
    }

    // On a start from the cached list, as on the first: no column shows its texts cut short.
    // A column the person widened keeps its width, in this run and the next.
    void columnsFitTheirTextsOnACachedStartAndKeepAChosenWidth()
    {
        loadAll();
        QVERIFY(QTest::qWaitFor([this] { return cacheHolds(1200); }, 20000));
        m_page.reset();
        makePage();
        m_page->reload();
        QVERIFY(QTest::qWaitFor([this] { return model()->rowCount() == 1200; }, 5000));
        auto *view = child<QTableView>(u"simView"_s);
        QVERIFY(QTest::qWaitFor([&] { return cutColumn(view).isEmpty(); }, 3000));
        QVERIFY2(cutColumn(view).isEmpty(), qPrintable(cutColumn(view)));

        // The person drags the IMSI column's right edge 40 pixels in: narrower than its text,
        // which the sizer would never do on its own.
        QHeaderView *header = view->horizontalHeader();
        const int imsi = cube::SimTableModel::Imsi;
        const int chosen = header->sectionSize(imsi) - 40;
        const QPoint edge(header->sectionViewportPosition(imsi) + header->sectionSize(imsi) - 1,
                          header->height() / 2);
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, edge);
        QTest::mouseMove(header->viewport(), edge - QPoint(40, 0));
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, edge - QPoint(40, 0));
        QCOMPARE(header->sectionSize(imsi), chosen);

        // The next start, from the cache and then with every row read again: still narrow.
        // Without the header's saved layout, the width can come only from the sizer's memory.
        m_page.reset();
        QSettings().remove(u"simList/header"_s);
        makePage();
        view = child<QTableView>(u"simView"_s);
        header = view->horizontalHeader();
        const int iccidBefore = header->sectionSize(cube::SimTableModel::Iccid);
        m_page->reload();
        QVERIFY(QTest::qWaitFor([this] { return model()->rowCount() == 1200; }, 5000));
        // The sizer has had its turn once the ICCIDs have their room.
        QVERIFY(QTest::qWaitFor(
            [&] { return header->sectionSize(cube::SimTableModel::Iccid) > iccidBefore; }, 5000));
        QCOMPARE(header->sectionSize(imsi), chosen);
        loadAll();
        QTest::qWait(700); // past the sizer's longest wait after the last rows
        QCOMPARE(header->sectionSize(imsi), chosen);

        // A double click on its divider gives it back to its contents.
        const QPoint divider(header->sectionViewportPosition(imsi) + header->sectionSize(imsi) - 1,
                             header->height() / 2);
        QTest::mouseDClick(header->viewport(), Qt::LeftButton, {}, divider);
        QVERIFY2(QTest::qWaitFor([&] { return cutColumn(view).isEmpty(); }, 5000),
                 qPrintable(cutColumn(view)));
        QVERIFY(header->sectionSize(imsi) > chosen);
    }

    // The main task without the mouse: type part of an ICCID, Down to the results, Tab on to
    // the SIM's orders, choose the one in use, Tab to End early, Space: the dialog opens.
    void theKeyboardGoesFromTheSearchToEndEarly()
    {
        loadAll();
        const auto &fleet = m_simulator->fleet();
        int busy = 0;
        while (
            busy < fleet.sims().size()
            && (fleet.currentOrder(busy) < 0
                || fleet.orders().at(fleet.currentOrder(busy)).status != cube::OrderStatus::InUse))
            ++busy;
        QVERIFY(busy < fleet.sims().size());
        const QString iccid = fleet.sims().at(busy).iccid;

        auto *search = child<QLineEdit>(u"searchEdit"_s);
        search->setFocus();
        QVERIFY(QTest::qWaitFor([search] { return search->hasFocus(); }, 2000));
        QTest::keyClicks(search, iccid);
        waitSettled();
        QCOMPARE(model()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Down);
        auto *view = child<QTableView>(u"simView"_s);
        QVERIFY(view->hasFocus());
        QCOMPARE(view->currentIndex().row(), 0);
        QVERIFY(QTest::qWaitFor([this] { return cube::test::detailIsSettled(detail()); }, 20000));

        auto *orders = detail()->findChild<QTableView *>(u"ordersView"_s);
        QVERIFY(tabUntil(orders));
        auto *endEarly = detail()->findChild<QPushButton *>(u"endEarlyButton"_s);
        // Arriving by Tab made the first order current: Space chooses it, Down the next.
        QTest::keyClick(orders, Qt::Key_Space);
        for (int row = 1; row < orders->model()->rowCount() && !endEarly->isEnabled(); ++row)
            QTest::keyClick(orders, Qt::Key_Down);
        QVERIFY(endEarly->isEnabled());
        QVERIFY(tabUntil(endEarly));
        bool opened = false;
        QTimer::singleShot(0, this, [&opened] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                opened = dialog->objectName() == u"EndOrderEarlyDialog"_s;
                dialog->reject();
            }
        });
        QTest::keyClick(endEarly, Qt::Key_Space);
        QVERIFY(QTest::qWaitFor([&opened] { return opened; }, 5000));
    }

    // The detail does not stay beside a list that no longer holds its SIM.
    void theDetailIsClearedWhenItsSimLeavesTheList()
    {
        loadAll();
        waitSettled(); // the sort kept from an earlier run
        const QString first = model()->iccidAt(0);
        child<QTableView>(u"simView"_s)->setCurrentIndex(model()->index(0, 0));
        QVERIFY(QTest::qWaitFor([this] { return cube::test::detailIsSettled(detail()); }, 20000));
        QVERIFY(detail()->findChild<QLabel *>(u"titleLabel"_s)->text().contains(first));
        // A search that leaves it out.
        child<QLineEdit>(u"searchEdit"_s)->setText(model()->iccidAt(7));
        waitSettled();
        QCOMPARE(model()->rowCount(), 1);
        const QString title = detail()->findChild<QLabel *>(u"titleLabel"_s)->text();
        QVERIFY2(!title.contains(first), qPrintable(title));
        QVERIFY(!detail()->findChild<QPushButton *>(u"smsButton"_s)->isEnabled());
        QCOMPARE(cube::test::modelOf(detail(), u"ordersView"_s)->rowCount(), 0);
    }

private:
    static int firstNumberIn(const QString &text)
    {
        const QRegularExpressionMatch number = QRegularExpression(u"\\d[\\d,]*"_s).match(text);
        return number.hasMatch() ? number.captured().remove(u',').toInt() : -1;
    }

    // The first column (but the stretched last one) whose header or a row on screen does not
    // fit its width, named; empty when all fit.
    static QString cutColumn(QTableView *view)
    {
        QHeaderView *header = view->horizontalHeader();
        const QFontMetrics metrics(view->font());
        // The room a cell leaves around its text (the style's focus frame margin, each side).
        const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        int last = -1;
        for (int visual = header->count() - 1; visual >= 0 && last < 0; --visual)
            if (!header->isSectionHidden(header->logicalIndex(visual)))
                last = header->logicalIndex(visual);
        QAbstractItemModel *model = view->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            if (column == last || header->isSectionHidden(column))
                continue;
            const int width = header->sectionSize(column);
            if (width < header->sectionSizeHint(column))
                return u"header of %1"_s.arg(column);
            for (int row = 0; row < qMin(model->rowCount(), 40); ++row) {
                const QString text = model->index(row, column).data().toString();
                if (metrics.horizontalAdvance(text) + margins > width)
                    return u"column %1 (%2 px) cuts \"%3\""_s.arg(column).arg(width).arg(text);
            }
        }
        return {};
    }

    // Presses Tab until `target` has the focus (at most 30 times); whether it got there.
    static bool tabUntil(QWidget *target)
    {
        for (int press = 0; press < 30 && !target->hasFocus(); ++press)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return target->hasFocus();
    }
};

QTEST_MAIN(TestSimListPage)
#include "tst_simlistpage.moc"
