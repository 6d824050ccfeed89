#include "account/account.h"
#include "attentionscenario.h"
#include "base/translationinstaller.h"
#include "cubesimulator.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "simdetailpanel.h"
#include "simtablemodel.h"
#include "simulatorclient.h"
#include "widgetlookup.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// Watching SIMs from the SIM list (its context menu, Ctrl+D) and from the detail (its Watch
// button): a star beside the ICCID of a watched SIM, the two in step, the watchlist kept for
// the next start of the console, and a watchlist that cannot be saved said in the status bar.
class TestWatch : public QObject
{
    Q_OBJECT

private:
    cube::TranslationInstaller m_translations;
    std::unique_ptr<QTemporaryDir> m_journalDir;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;
    QNetworkAccessManager m_network;

    // The console's account: its attention store beside its journal, in this test's folder.
    std::unique_ptr<cube::Account> makeAccount()
    {
        return cube::test::accountInFolder(*m_simulator, &m_network, *m_journalDir);
    }

    static std::unique_ptr<cube::MainWindow> openWindow(cube::Account *account)
    {
        auto window = std::make_unique<cube::MainWindow>(account);
        window->setWindowState(Qt::WindowNoState);
        window->resize(1400, 900);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        QAbstractItemModel *sims = cube::test::modelOf(window.get(), u"simView"_s);
        if (!QTest::qWaitFor([&] { return sims->rowCount() == 11; }, 20000))
            return nullptr;
        return window;
    }

    static QTableView *simView(const QWidget *window)
    {
        return window->findChild<QTableView *>(u"simView"_s);
    }

    // Whether the row shows a star beside its ICCID: a painted icon, not an empty one.
    static bool starred(const QWidget *window, int row)
    {
        const QIcon icon = qvariant_cast<QIcon>(simView(window)
                                                    ->model()
                                                    ->index(row, cube::SimTableModel::Iccid)
                                                    .data(Qt::DecorationRole));
        if (icon.isNull())
            return false;
        const QImage image = icon.pixmap(16).toImage();
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) > 0)
                    return true;
        return false;
    }

    static int rowOf(const QWidget *window, const QString &iccid)
    {
        QAbstractItemModel *sims = simView(window)->model();
        const QModelIndexList found =
            sims->match(sims->index(0, 0), Qt::DisplayRole, iccid, 1, Qt::MatchExactly);
        return found.isEmpty() ? -1 : found.constFirst().row();
    }

    // Clicks the row, with Ctrl to add it to the selection, as a person does.
    static void clickRow(const QWidget *window, int row, Qt::KeyboardModifiers modifiers = {})
    {
        QTableView *view = simView(window);
        const QRect cell = view->visualRect(view->model()->index(row, cube::SimTableModel::Imsi));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, cell.center());
    }

    static cube::SimDetailPanel *detailOf(const QWidget *window)
    {
        return window->findChild<cube::SimDetailPanel *>(u"simDetail"_s);
    }

    static QPushButton *watchButtonOf(const QWidget *window)
    {
        return detailOf(window)->findChild<QPushButton *>(u"watchButton"_s);
    }

    // What the SIM list's context menu offers over `row`: its actions' texts and shortcuts.
    static QStringList contextMenuOf(const QWidget *window, int row)
    {
        QTableView *view = simView(window);
        QStringList offered;
        QTimer::singleShot(100, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *action : menu->actions())
                offered.append(action->text() + u" "_s
                               + action->shortcut().toString(QKeySequence::PortableText));
            menu->close();
        });
        const QRect cell = view->visualRect(view->model()->index(row, cube::SimTableModel::Imsi));
        emit view->customContextMenuRequested(cell.center());
        return offered;
    }

private slots:
    void initTestCase() { QVERIFY(m_translations.install(cube::UiLanguage::English)); }

    void init()
    {
        QSettings().clear();
        m_journalDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_journalDir->isValid());
        cube::sim::FleetOptions options;
        options.scenario = cube::test::knownAttentionFleet(); // 11 SIMs
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), options);
        QVERIFY(m_simulator->listen());
    }

    void cleanup()
    {
        m_simulator.reset();
        m_journalDir.reset();
    }

    void watchingFromTheListMarksTheRowsAndIsKept()
    {
        auto account = makeAccount();
        auto window = openWindow(account.get());
        QVERIFY(window);
        const int first = rowOf(window.get(), cube::test::known::runsOutBeforeExpiry);
        const int second = rowOf(window.get(), cube::test::known::noPlan);
        QVERIFY(first >= 0 && second >= 0);
        for (int row = 0; row < 11; ++row)
            QVERIFY(!starred(window.get(), row));

        // Two SIMs selected and Ctrl+D: both marked, the others not, and the status bar says so.
        clickRow(window.get(), first);
        clickRow(window.get(), second, Qt::ControlModifier);
        QTest::keyClick(simView(window.get()), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(starred(window.get(), first));
        QVERIFY(starred(window.get(), second));
        for (int row = 0; row < 11; ++row)
            QCOMPARE(starred(window.get(), row), row == first || row == second);
        QCOMPARE(window->statusBar()->currentMessage(),
                 u"2 SIM cards watched: read in full at each look on the Attention tab."_s);
        QVERIFY(simView(window.get())
                    ->model()
                    ->index(first, cube::SimTableModel::Iccid)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Watched"_s));

        // The detail of the SIM clicked last says it is watched.
        QVERIFY(QTest::qWaitFor([&] { return cube::test::detailIsSettled(detailOf(window.get())); },
                                30000));
        QCOMPARE(detailOf(window.get())->iccid(), cube::test::known::noPlan);
        QVERIFY(watchButtonOf(window.get())->isEnabled());
        QVERIFY(watchButtonOf(window.get())->isChecked());

        // Over watched SIMs the context menu offers to stop watching them, with its key.
        QCOMPARE(contextMenuOf(window.get(), second), QStringList{u"Stop &watching Ctrl+D"_s});

        // Stopped from the detail: the list follows at once.
        QTest::mouseClick(watchButtonOf(window.get()), Qt::LeftButton);
        QVERIFY(!watchButtonOf(window.get())->isChecked());
        QVERIFY(!starred(window.get(), second));
        QVERIFY(starred(window.get(), first));
        QCOMPARE(window->statusBar()->currentMessage(),
                 u"SIM %1 is no longer watched."_s.arg(cube::test::known::noPlan));
        // Watched from the list again: the detail's button follows.
        clickRow(window.get(), second);
        QCOMPARE(contextMenuOf(window.get(), second), QStringList{u"&Watch Ctrl+D"_s});
        QTest::keyClick(simView(window.get()), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(watchButtonOf(window.get())->isChecked());
        // And off again from the detail, this time with the keyboard.
        watchButtonOf(window.get())->setFocus();
        QTest::keyClick(watchButtonOf(window.get()), Qt::Key_Space);
        QVERIFY(!watchButtonOf(window.get())->isChecked());
        QVERIFY(!starred(window.get(), second));

        // The next start of the console, a new account of the same profile: still watched.
        window.reset();
        account.reset();
        account = makeAccount();
        window = openWindow(account.get());
        QVERIFY(window);
        QVERIFY(QTest::qWaitFor([&] { return starred(window.get(), first); }, 5000));
        for (int row = 0; row < 11; ++row)
            QCOMPARE(starred(window.get(), row), row == first);
        clickRow(window.get(), first);
        QVERIFY(QTest::qWaitFor([&] { return cube::test::detailIsSettled(detailOf(window.get())); },
                                30000));
        QVERIFY(watchButtonOf(window.get())->isChecked());
    }

    void aWatchlistThatCannotBeSavedSaysSo()
    {
        // The store's folder is a file: nothing can be written there, by anyone.
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto account = std::make_unique<cube::Account>(
            cube::test::clientFor(*m_simulator, &m_network), nullptr, nullptr,
            dir.filePath(u"blocker/attention.sqlite"_s));
        auto window = openWindow(account.get());
        QVERIFY(window);
        const int row = rowOf(window.get(), cube::test::known::noUsage);
        clickRow(window.get(), row);
        QTest::keyClick(simView(window.get()), Qt::Key_D, Qt::ControlModifier);
        const QString said = window->statusBar()->currentMessage();
        QVERIFY2(said.startsWith(u"The watchlist could not be saved: "_s), qPrintable(said));
        QVERIFY(!starred(window.get(), row));

        // The detail's button does not pretend either.
        QVERIFY(QTest::qWaitFor([&] { return cube::test::detailIsSettled(detailOf(window.get())); },
                                30000));
        window->statusBar()->clearMessage();
        QTest::mouseClick(watchButtonOf(window.get()), Qt::LeftButton);
        QVERIFY(!watchButtonOf(window.get())->isChecked());
        QVERIFY2(window->statusBar()->currentMessage().startsWith(
                     u"The watchlist could not be saved: "_s),
                 qPrintable(window->statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestWatch)
#include "tst_watch.moc"
