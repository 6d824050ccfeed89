#include "activitylog.h"
#include "base/translationinstaller.h"
#include "mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QLabel *connectionLabel(cube::MainWindow &window)
    {
        return window.findChild<QLabel *>(u"connectionLabel"_s);
    }

private slots:
    void showsWhetherItIsConnected()
    {
        cube::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(connectionLabel(window)->text(), u"Not connected"_s);

        window.setConnectionDescription(
            [] { return u"Demo simulator at http://127.0.0.1:1234"_s; });
        QCOMPARE(connectionLabel(window)->text(), u"Demo simulator at http://127.0.0.1:1234"_s);
        // The status bar does not say "Ready" of its own: the tabs say how they stand.
        QCOMPARE(window.statusBar()->currentMessage(), QString());
    }

    void firstStartFillsASmallScreenAndRemembersItsSize()
    {
        QSettings().remove(u"window/geometry"_s);
        {
            cube::MainWindow window;
            // The offscreen screen is 800 × 600: smaller than every column needs.
            QVERIFY(window.windowState() & Qt::WindowMaximized);
            window.setWindowState(Qt::WindowNoState);
            window.resize(700, 500);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        cube::MainWindow again;
        QVERIFY(!(again.windowState() & Qt::WindowMaximized));
        QCOMPARE(again.size(), QSize(700, 500));
    }

    void quitHasTheStandardShortcut()
    {
        cube::MainWindow window;
        auto *quit = window.findChild<QAction *>(u"quitAction"_s);
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(u"Ctrl+Q"_s));
    }

    void switchesToChineseWhileOpen()
    {
        cube::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *caption = window.findChild<QLabel *>(u"connectionCaption"_s);
        QCOMPARE(caption->text(), u"Connection:"_s);

        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::SimplifiedChinese));
        // LanguageChange is delivered through the event loop.
        QTRY_COMPARE(caption->text(), u"连接："_s);
        QCOMPARE(connectionLabel(window)->text(), u"未连接"_s);
        QCOMPARE(window.windowTitle(), u"Cube 控制台"_s);

        QVERIFY(translations.install(cube::UiLanguage::English));
        QTRY_COMPARE(caption->text(), u"Connection:"_s);
    }
    // The session's log says when, as every other view does: the local date and time, the same
    // in both languages ("11:02:11 PM UTC" and "UTC 23:08:01" had no date and two forms).
    void sessionLogShowsDateAndTimeInOneForm()
    {
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        cube::MainWindow window;
        window.setTranslations(&translations);
        window.show();
        auto *log = window.findChild<cube::ActivityLog *>(u"activityLog"_s);
        QVERIFY(log);
        const QDateTime before = QDateTime::currentDateTime();
        log->record(u"Suspend SIM card"_s, u"8985200000000000001"_s, true, u"Done"_s);
        auto *view = window.findChild<QTableView *>(u"activityView"_s);
        const auto shownTime = [view] {
            return view->model()->index(0, cube::ActivityLog::Time).data().toString();
        };
        const QString english = shownTime();
        const QDateTime read = QDateTime::fromString(english, u"yyyy-MM-dd HH:mm:ss"_s);
        QVERIFY2(read.isValid(), qPrintable(english));
        QVERIFY2(qAbs(read.secsTo(before)) <= 2, qPrintable(english));

        window.findChild<QAction *>(u"chineseAction"_s)->trigger();
        QTRY_COMPARE(window.windowTitle(), u"Cube 控制台"_s);
        QCOMPARE(shownTime(), english);
        window.findChild<QAction *>(u"englishAction"_s)->trigger();
        QTRY_COMPARE(window.windowTitle(), u"Cube Console"_s);
    }

    void languageMenuSwitchesAtOnceAndRemembers()
    {
        QCoreApplication::setOrganizationName(u"CubeConsoleLanguageMenu"_s);
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::English));
        cube::MainWindow window;
        window.setTranslations(&translations);
        window.show();
        auto *chinese = window.findChild<QAction *>(u"chineseAction"_s);
        QVERIFY(chinese->isEnabled());
        QVERIFY(!chinese->isChecked());

        chinese->trigger();
        QTRY_COMPARE(window.windowTitle(), u"Cube 控制台"_s);
        QVERIFY(chinese->isChecked());
        QCOMPARE(QSettings().value(u"language"_s).toString(), u"zh-CN"_s);
        QCOMPARE(QLocale().language(), QLocale::Chinese);

        window.findChild<QAction *>(u"englishAction"_s)->trigger();
        QTRY_COMPARE(window.windowTitle(), u"Cube Console"_s);
        QCOMPARE(QSettings().value(u"language"_s).toString(), u"en-US"_s);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
