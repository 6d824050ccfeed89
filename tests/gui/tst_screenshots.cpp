#include "cubesimulator.h"
#include "endorderearlydialog.h"
#include "journal.h"
#include "mainwindow.h"
#include "profiledialog.h"
#include "simdetailpanel.h"
#include "simlistpage.h"
#include "simtablemodel.h"
#include "simulatorclient.h"
#include "translationinstaller.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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
        options.journal =
            std::make_shared<cube::Journal>(journalFolder.filePath(u"journal.sqlite"_s));
        cube::Account account(cube::test::clientFor(simulator, &network,
                                                    cube::ClientFactory::defaultTimeout, options));

        cube::MainWindow window(&account);
        window.setConnectionDescription(u"http://127.0.0.1 (P000270)"_s);
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
        account.writer().endEarly(cube::OrderCode{order.code}, u"Device returned"_s, {}, this,
                                  [&](const cube::WriteOutcome &) { ended = true; });
        QVERIFY(QTest::qWaitFor([&] { return ended; }, 10000));
        auto *tabs = window.findChild<QTabWidget *>(u"tabs"_s);
        tabs->setCurrentWidget(window.findChild<QWidget *>(u"activityTab"_s));
        QTRY_COMPARE(cube::test::modelOf(&window, u"historyView"_s)->rowCount(), 1);
        QTest::qWait(100);
        save(&window, u"history-%1.png"_s.arg(suffix));
        QVERIFY2(clippedWidgets(&window).isEmpty(),
                 qPrintable(clippedWidgets(&window).join(u"; "_s)));
        tabs->setCurrentIndex(0);

        cube::Order shown;
        shown.orderCode = order.code;
        shown.iccid = simulator.fleet().sims().at(busy).iccid;
        shown.planName = simulator.fleet().plans().at(order.plan).name;
        shown.status = int(order.status);
        shown.starts = order.starts;
        shown.expires = order.expires;
        cube::EndOrderEarlyDialog dialog(&account, nullptr, {shown}, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        save(&dialog, u"end-early-%1.png"_s.arg(suffix));
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
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
