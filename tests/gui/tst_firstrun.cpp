#include "account/profilesecrets.h"
#include "base/translationinstaller.h"
#include "consolesession.h"
#include "cubesimulator.h"
#include "heartbeat.h"
#include "mainwindow.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "simlistpage.h"
#include "simtablemodel.h"
#include "widgetlookup.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStatusBar>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A console with no profile yet, on a simulator with the given account, waiting at the
// first-run profile dialog.
struct FirstRun
{
    FirstRun(const QString &accessCode, const QByteArray &secret, int sims)
        : simulator({accessCode, secret}, {4, sims})
    {}

    bool openDialog()
    {
        if (!simulator.listen() || !profiles.profiles().isEmpty())
            return false;
        window.show();
        session = std::make_unique<cube::ConsoleSession>(&network, &profiles, &secrets, &window);
        session->start();
        return QTest::qWaitFor(
            [this] { return (dialog = window.findChild<cube::ProfileDialog *>()); }, 5000);
    }

    cube::sim::CubeSimulator simulator;
    QNetworkAccessManager network;
    cube::ProfileStore profiles;
    cube::SecretStore keychain{QStringLiteral("cube-console-tests")};
    cube::ProfileSecrets secrets{&keychain};
    cube::MainWindow window;
    std::unique_ptr<cube::ConsoleSession> session;
    cube::ProfileDialog *dialog = nullptr;
};

} // namespace

// The first run against the simulator, through the widgets: no profile yet, so the console
// asks for one; Test connection shows the server's answer; Save stores the secret in the real
// keychain of the test session and the SIM list loads.
class TestFirstRun : public QObject
{
    Q_OBJECT

private:
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    cube::TranslationInstaller m_translations;

private slots:
    void initTestCase()
    {
        // Settings of its own: other tests of the session keep profiles of theirs.
        // (one per scenario, as CTest may run both at once).
        QCoreApplication::setOrganizationName(
            u"CubeConsoleFirstRun-"_s
            + qEnvironmentVariable("CUBE_KEYCHAIN_SCENARIO", u"keychain"_s));
        QVERIFY(m_translations.install(cube::UiLanguage::English));
    }

    void firstRunConnectsAndLoadsTheSims()
    {
        if (qEnvironmentVariableIsSet("CUBE_KEYCHAIN_SCENARIO"))
            QSKIP("needs the session's keychain");
        const QByteArray secret = "first-run-secret-42";
        FirstRun run(u"P000311"_s, secret, 120);
        QVERIFY(run.openDialog());
        cube::sim::CubeSimulator &simulator = run.simulator;
        cube::ProfileStore &profiles = run.profiles;
        cube::SecretStore &keychain = run.keychain;
        cube::ProfileSecrets &secrets = run.secrets;
        cube::MainWindow &window = run.window;
        cube::ProfileDialog *dialog = run.dialog;
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        auto *test = dialog->findChild<QPushButton *>(u"testButton"_s);
        auto *result = dialog->findChild<QLabel *>(u"testResultLabel"_s);
        // Save with nothing filled in says what is missing, and saves nothing.
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(profiles.profiles().isEmpty());
        QVERIFY(dialog->findChild<QLabel *>(u"problemsLabel"_s)->text().contains(u"secret"_s));

        type(dialog->findChild<QLineEdit *>(u"urlEdit"_s), u"http://api.example.com"_s);
        QVERIFY(dialog->findChild<QLabel *>(u"problemsLabel"_s)->text().contains(u"https://"_s));
        type(dialog->findChild<QLineEdit *>(u"urlEdit"_s), simulator.baseUrl().toString());
        type(dialog->findChild<QLineEdit *>(u"codeEdit"_s), u"P000311"_s);
        type(dialog->findChild<QLineEdit *>(u"secretEdit"_s), u"not-the-secret"_s);
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return result->text() != u"Testing…"_s; }, 10000));
        QVERIFY2(result->text().contains(u"4011"_s), qPrintable(result->text()));

        type(dialog->findChild<QLineEdit *>(u"secretEdit"_s), QString::fromLatin1(secret));
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return result->text() != u"Testing…"_s; }, 10000));
        QCOMPARE(result->text(), u"Connected: the account has 120 SIM cards."_s);

        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return cube::test::modelOf(&window, u"simView"_s)
                       && cube::test::modelOf(&window, u"simView"_s)->rowCount() == 120;
            },
            20000));
        QCOMPARE(profiles.profiles().size(), 1);
        QVERIFY(!secrets.isSessionOnly(profiles.activeId()));

        // The secret went to the keychain, under the profile ("profile/ID", ProfileSecrets).
        std::optional<cube::SecretStoreResult> stored;
        keychain.read(u"profile/"_s + profiles.activeId(), this,
                      [&](const auto &r) { stored = r; });
        QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 10000));
        QCOMPARE(stored->secret, QString::fromLatin1(secret));
        QVERIFY(window.findChild<QLabel *>(u"connectionLabel"_s)->text().contains(u"P000311"_s));
    }
    // A profile saved with "View only" checked: the console connects, says "View only" in the
    // connection bar and in the Connection menu, and its write buttons stay off.
    void aViewOnlyProfileHoldsItsWritesOff()
    {
        if (qEnvironmentVariableIsSet("CUBE_KEYCHAIN_SCENARIO"))
            QSKIP("needs the session's keychain");
        cube::ProfileStore earlier; // the first run's profile, from the function above
        for (const cube::Profile &profile : earlier.profiles())
            earlier.remove(profile.id);
        FirstRun run(u"P000313"_s, "viewer-secret-13", 40);
        QVERIFY(run.openDialog());
        cube::ProfileDialog *dialog = run.dialog;
        type(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"Trainee"_s);
        type(dialog->findChild<QLineEdit *>(u"urlEdit"_s), run.simulator.baseUrl().toString());
        type(dialog->findChild<QLineEdit *>(u"codeEdit"_s), u"P000313"_s);
        type(dialog->findChild<QLineEdit *>(u"secretEdit"_s), u"viewer-secret-13"_s);
        auto *viewOnly = dialog->findChild<QCheckBox *>(u"viewOnlyCheck"_s);
        QVERIFY(viewOnly && !viewOnly->isChecked());
        QTest::mouseClick(viewOnly, Qt::LeftButton, {}, QPoint(8, viewOnly->height() / 2));
        QVERIFY(viewOnly->isChecked());
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        cube::MainWindow &window = run.window;
        QVERIFY(QTest::qWaitFor(
            [&] {
                return cube::test::modelOf(&window, u"simView"_s)
                       && cube::test::modelOf(&window, u"simView"_s)->rowCount() == 40;
            },
            20000));
        QVERIFY(run.profiles.profile(run.profiles.activeId())->viewOnly);
        QVERIFY(window.findChild<QLabel *>(u"viewOnlyLabel"_s)->isVisible());
        auto *orderPlan =
            window.findChild<cube::SimListPage *>()->findChild<QPushButton *>(u"orderPlanButton"_s);
        QVERIFY(!orderPlan->isEnabled());
        QVERIFY(orderPlan->toolTip().contains(u"“Trainee” is view only"_s));
        QStringList profilesInMenu;
        for (const QMenu *menu : window.findChildren<QMenu *>())
            for (const QAction *action : menu->actions())
                if (action->isCheckable())
                    profilesInMenu.append(action->text());
        QVERIFY2(profilesInMenu.contains(u"Trainee (view only)"_s),
                 qPrintable(profilesInMenu.join(u", "_s)));
    }

    // A profile saved with a team store and its password: the password goes to the keychain
    // beside the secret, the store (nothing listens there) is said once to be out of reach, the
    // SIM list loads all the same, and the connection bar names the store.
    void aTeamStoreProfileKeepsItsPasswordAndSaysTheStoreIsOutOfReach()
    {
        if (qEnvironmentVariableIsSet("CUBE_KEYCHAIN_SCENARIO"))
            QSKIP("needs the session's keychain");
        cube::ProfileStore earlier; // the profiles of the functions above
        for (const cube::Profile &profile : earlier.profiles())
            earlier.remove(profile.id);
        FirstRun run(u"P000314"_s, "team-desk-secret-14", 30);
        QVERIFY(run.openDialog());
        cube::ProfileDialog *dialog = run.dialog;
        type(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"Team desk"_s);
        type(dialog->findChild<QLineEdit *>(u"urlEdit"_s), run.simulator.baseUrl().toString());
        type(dialog->findChild<QLineEdit *>(u"codeEdit"_s), u"P000314"_s);
        type(dialog->findChild<QLineEdit *>(u"secretEdit"_s), u"team-desk-secret-14"_s);
        type(dialog->findChild<QLineEdit *>(u"teamStoreEdit"_s),
             u"postgresql://cube@127.0.0.1:1/cube"_s);
        type(dialog->findChild<QLineEdit *>(u"teamStorePasswordEdit"_s), u"team-pass-14"_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        cube::MainWindow &window = run.window;
        QVERIFY(QTest::qWaitFor(
            [&] {
                return cube::test::modelOf(&window, u"simView"_s)
                       && cube::test::modelOf(&window, u"simView"_s)->rowCount() == 30;
            },
            20000));
        const QString id = run.profiles.activeId();
        QCOMPARE(run.profiles.profile(id)->teamStore, u"postgresql://cube@127.0.0.1:1/cube"_s);

        std::optional<cube::SecretStoreResult> stored;
        run.keychain.read(u"profile/"_s + id + u"/teamStore"_s, this,
                          [&](const auto &r) { stored = r; });
        QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 10000));
        QCOMPARE(stored->secret, u"team-pass-14"_s);

        QList<QMessageBox *> warnings;
        for (QMessageBox *box : window.findChildren<QMessageBox *>(u"warningBox"_s))
            if (box->windowTitle() == u"Team store"_s)
                warnings.append(box);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.constFirst()->text().contains(u"postgresql://cube@127.0.0.1:1/cube"_s)
                     && warnings.constFirst()->text().contains(u"sends no change"_s),
                 qPrintable(warnings.constFirst()->text()));
        auto *label = window.findChild<QLabel *>(u"teamStoreLabel"_s);
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->text(), u"Team store: 127.0.0.1/cube (cannot be reached)"_s);
        QVERIFY(label->toolTip().contains(u"no change is sent"_s));
        // For people to look at (CUBE_SCREENSHOT_DIR, or tests/screenshots in the build folder).
        const QDir folder(qEnvironmentVariable(
            "CUBE_SCREENSHOT_DIR", QStringLiteral(QT_TESTCASE_BUILDDIR "/../screenshots")));
        folder.mkpath(u"."_s);
        QTest::qWait(100); // the connection bar's style, applied through the event loop
        QVERIFY(window.grab().save(folder.filePath(u"team-store-unreachable-en.png"_s)));
    }

    // A team store that takes the connection and never answers (a firewall that drops, a
    // server that hangs): the window stays responsive while the console waits for it, the
    // status bar says what it waits for, and then the store is said once to be out of reach.
    void aTeamStoreThatDoesNotAnswerKeepsTheWindowResponsive()
    {
        if (qEnvironmentVariableIsSet("CUBE_KEYCHAIN_SCENARIO"))
            QSKIP("needs the session's keychain");
        cube::ProfileStore earlier;
        for (const cube::Profile &profile : earlier.profiles())
            earlier.remove(profile.id);
        QTcpServer silent; // accepts, and never says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString url = u"postgresql://cube@127.0.0.1:%1/cube"_s.arg(silent.serverPort());
        FirstRun run(u"P000315"_s, "team-desk-secret-15", 30);
        QVERIFY(run.openDialog());
        cube::ProfileDialog *dialog = run.dialog;
        type(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"Hanging store"_s);
        type(dialog->findChild<QLineEdit *>(u"urlEdit"_s), run.simulator.baseUrl().toString());
        type(dialog->findChild<QLineEdit *>(u"codeEdit"_s), u"P000315"_s);
        type(dialog->findChild<QLineEdit *>(u"secretEdit"_s), u"team-desk-secret-15"_s);
        type(dialog->findChild<QLineEdit *>(u"teamStoreEdit"_s), url);
        type(dialog->findChild<QLineEdit *>(u"teamStorePasswordEdit"_s), u"team-pass-15"_s);
        cube::MainWindow &window = run.window;
        cube::test::Heartbeat heartbeat;
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.statusBar()->currentMessage().contains(
                    u"Connecting to the team store"_s);
            },
            10000));
        const auto warned = [&window] {
            for (QMessageBox *box : window.findChildren<QMessageBox *>(u"warningBox"_s))
                if (box->windowTitle() == u"Team store"_s)
                    return true;
            return false;
        };
        QVERIFY(QTest::qWaitFor(warned, 30000));
        QVERIFY2(heartbeat.worstGapMs() < 2000,
                 qPrintable(u"the window stood still for %1 ms"_s.arg(heartbeat.worstGapMs())));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return cube::test::modelOf(&window, u"simView"_s)
                       && cube::test::modelOf(&window, u"simView"_s)->rowCount() == 30;
            },
            20000));
    }

    // Run as tst_firstrun_without_keychain, with no session bus at all.
    void withoutAKeychainTheSecretServesThisSessionOnly()
    {
        if (qgetenv("CUBE_KEYCHAIN_SCENARIO") != "absent")
            QSKIP("runs as tst_firstrun_without_keychain");
        const QByteArray secret = "session-only-secret-77";
        FirstRun run(u"P000312"_s, secret, 60);
        QVERIFY(run.openDialog());
        cube::sim::CubeSimulator &simulator = run.simulator;
        cube::ProfileStore &profiles = run.profiles;
        cube::ProfileSecrets &secrets = run.secrets;
        cube::MainWindow &window = run.window;
        cube::ProfileDialog *dialog = run.dialog;
        type(dialog->findChild<QLineEdit *>(u"urlEdit"_s), simulator.baseUrl().toString());
        type(dialog->findChild<QLineEdit *>(u"codeEdit"_s), u"P000312"_s);
        type(dialog->findChild<QLineEdit *>(u"secretEdit"_s), QString::fromLatin1(secret));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);

        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (box = window.findChild<QMessageBox *>(u"sessionSecretBox"_s)); }, 30000));
        QVERIFY2(box->text().contains(u"keychain"_s) || box->text().contains(u"keyring"_s),
                 qPrintable(box->text()));
        QTest::mouseClick(box->findChild<QPushButton *>(u"sessionOnlyButton"_s), Qt::LeftButton);

        QVERIFY(QTest::qWaitFor(
            [&] {
                return cube::test::modelOf(&window, u"simView"_s)
                       && cube::test::modelOf(&window, u"simView"_s)->rowCount() == 60;
            },
            20000));
        QVERIFY(secrets.isSessionOnly(profiles.activeId()));
        QVERIFY(window.findChild<QLabel *>(u"connectionLabel"_s)
                    ->text()
                    .contains(u"this session only"_s));
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
