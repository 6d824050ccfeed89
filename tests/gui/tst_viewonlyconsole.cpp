#include "account/account.h"
#include "account/clientfactory.h"
#include "base/translationinstaller.h"
#include "cubesimulator.h"
#include "mainwindow.h"
#include "ordertablemodel.h"
#include "profiles/profile.h"
#include "simulatorclient.h"
#include "simwithorder.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// A view-only profile in the console: with a SIM and its order in use chosen, every button that
// would change something is off and says why on hover, in the language shown; clicking them
// opens nothing and sends nothing; the connection bar says "View only". The same profile without
// the mark has those buttons on.
class TestViewOnlyConsole : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    // The buttons of the console that change something on the server, by their names.
    static QList<QAbstractButton *> writeButtons(QWidget &window)
    {
        static const QStringList names = {
            u"orderPlanButton"_s,   u"smsButton"_s,      u"suspendButton"_s,
            u"resumeButton"_s,      u"endEarlyButton"_s, u"renewButton"_s,
            u"cancelOrderButton"_s, u"enableButton"_s,   u"resumeJobButton"_s,
        };
        QList<QAbstractButton *> found;
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>())
            if (names.contains(button->objectName()))
                found.append(button);
        return found;
    }

    // For people to look at (CUBE_SCREENSHOT_DIR, or tests/screenshots in the build folder).
    static void save(QWidget &window, const QString &name)
    {
        const QDir folder(qEnvironmentVariable(
            "CUBE_SCREENSHOT_DIR", QStringLiteral(QT_TESTCASE_BUILDDIR "/../screenshots")));
        folder.mkpath(u"."_s);
        QVERIFY(window.grab().save(folder.filePath(name)));
    }

    // Opens a SIM whose order is in use and chooses that order in its detail, as a person does.
    static bool chooseOrderInUse(QWidget &window, cube::sim::CubeSimulator &simulator)
    {
        const cube::sim::Fleet &fleet = simulator.fleet();
        int inUse = 0;
        while (
            inUse < fleet.sims().size()
            && (fleet.currentOrder(inUse) < 0
                || fleet.orders().at(fleet.currentOrder(inUse)).status != cube::OrderStatus::InUse))
            ++inUse;
        QAbstractItemModel *sims = cube::test::modelOf(&window, u"simView"_s);
        if (inUse == fleet.sims().size() || !sims
            || !QTest::qWaitFor([&] { return sims->rowCount() == fleet.sims().size(); }, 20000))
            return false;
        window.findChild<QTableView *>(u"simView"_s)->setCurrentIndex(sims->index(inUse, 0));
        QWidget *detail = window.findChild<QWidget *>(u"simDetail"_s);
        if (!QTest::qWaitFor([&] { return cube::test::detailIsSettled(detail); }, 20000))
            return false;
        auto *orders = detail->findChild<QTableView *>(u"ordersView"_s);
        for (int row = 0; row < orders->model()->rowCount(); ++row)
            if (orders->model()->index(row, 0).data(cube::OrderTableModel::StatusRole)
                == int(cube::OrderStatus::InUse)) {
                orders->setFocus();
                orders->selectRow(row);
                QTest::qWait(50);
                return true;
            }
        return false;
    }

private slots:
    void writeButtonsStayOffAndSayWhy_data()
    {
        QTest::addColumn<bool>("viewOnly");
        QTest::newRow("view only") << true;
        QTest::newRow("may write") << false;
    }

    void writeButtonsStayOffAndSayWhy()
    {
        QFETCH(bool, viewOnly);
        cube::sim::CubeSimulator simulator(cube::sim::SimulatorAccount::demo(), {2, 60});
        QVERIFY(simulator.listen());
        cube::Profile profile;
        profile.name = u"Trainee desk"_s;
        profile.baseUrl = simulator.endpoint().baseUrl;
        profile.accessCode = simulator.endpoint().accessCode;
        profile.viewOnly = viewOnly;
        const std::unique_ptr<cube::Account> account =
            cube::ClientFactory(&m_network)
                .accountForProfile(profile, QString::fromLatin1(simulator.endpoint().secret));
        cube::MainWindow window(account.get());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(chooseOrderInUse(window, simulator));

        const QList<QAbstractButton *> buttons = writeButtons(window);
        QVERIFY(buttons.size() >= 15); // the detail's, the Orders tab's, the list's, the tab's…
        auto *mark = window.findChild<QLabel *>(u"viewOnlyLabel"_s);
        QVERIFY(mark);
        if (!viewOnly) {
            // The control: the order in use opens the detail's End early, Renew and SMS.
            QStringList enabled;
            for (QAbstractButton *button : buttons)
                if (button->isEnabled())
                    enabled.append(button->objectName());
            QVERIFY2(enabled.contains(u"endEarlyButton"_s) && enabled.contains(u"renewButton"_s)
                         && enabled.contains(u"smsButton"_s),
                     qPrintable(enabled.join(u", "_s)));
            QVERIFY(!mark->isVisible());
            return;
        }
        QVERIFY(mark->isVisible());
        QVERIFY(mark->toolTip().contains(u"“Trainee desk” is view only"_s));
        for (QAbstractButton *button : buttons) {
            QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
            QVERIFY2(button->toolTip().contains(u"view only"_s), qPrintable(button->toolTip()));
            QTest::mouseClick(button, Qt::LeftButton);
        }
        QTest::qWait(100);
        QCOMPARE(QApplication::activeModalWidget(), nullptr); // no dialog opened
        QCOMPARE(cube::test::writesReceived(simulator), 0);
        save(window, u"view-only-en.png"_s);

        // In Chinese the hover says it in Chinese, and the buttons stay off after retranslating.
        cube::TranslationInstaller translations;
        QVERIFY(translations.install(cube::UiLanguage::SimplifiedChinese));
        QTest::qWait(50);
        for (QAbstractButton *button : writeButtons(window)) {
            QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
            QVERIFY2(button->toolTip().contains(u"“Trainee desk”"_s)
                         && !button->toolTip().contains(u"view only"_s),
                     qPrintable(button->toolTip()));
        }
        save(window, u"view-only-zh.png"_s);
    }
};

QTEST_MAIN(TestViewOnlyConsole)
#include "tst_viewonlyconsole.moc"
