#include "account/profilesecrets.h"
#include "awaitresult.h"
#include "base/translationinstaller.h"
#include "cubesimulator.h"
#include "profiledialog.h"
#include "profiles/secretstore.h"
#include "widgetlookup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The settings a developer sets once and a support person never needs to see.
const QStringList advancedFields = {u"timestampCombo"_s, u"zoneCombo"_s,       u"caEdit"_s,
                                    u"pathsEdit"_s,      u"connectionsSpin"_s, u"rateSpin"_s,
                                    u"quotaSpin"_s,      u"pageSizeSpin"_s,    u"freshSpin"_s};

} // namespace

// The connection profile dialog as a support person meets it: plain words, developer settings
// out of the way, no complaint before anything is typed, a layout that stays still, and a Test
// that works with the secret already in the keychain and says what a refused secret means.
class TestProfileDialog : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(const QWidget *dialog, const QString &name)
    {
        auto *found = dialog->findChild<T *>(name);
        if (!found)
            qWarning("no %s", qPrintable(name));
        return found;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    static QString testResultAfterClickingTest(const cube::ProfileDialog &dialog)
    {
        auto *test = child<QPushButton>(&dialog, u"testButton"_s);
        auto *result = child<QLabel>(&dialog, u"testResultLabel"_s);
        if (!test->isEnabled())
            return u"(Test connection is disabled)"_s;
        QTest::mouseClick(test, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return test->isEnabled(); }, 15000))
            return u"(no answer)"_s;
        return result->text();
    }

    cube::Profile simulatorProfile() const
    {
        cube::Profile profile;
        profile.name = u"Simulator"_s;
        profile.environment = cube::Environment::Custom;
        profile.baseUrl = m_simulator->baseUrl();
        profile.accessCode = cube::sim::SimulatorAccount::demo().accessCode;
        return profile;
    }

    // For people to look at (CUBE_SCREENSHOT_DIR, or tests/screenshots in the build folder).
    static void save(QWidget &window, const QString &name)
    {
        const QDir folder(qEnvironmentVariable(
            "CUBE_SCREENSHOT_DIR", QStringLiteral(QT_TESTCASE_BUILDDIR "/../screenshots")));
        folder.mkpath(u"."_s);
        QVERIFY(window.grab().save(folder.filePath(name)));
    }

    cube::TranslationInstaller m_translations;
    QNetworkAccessManager m_network;
    std::unique_ptr<cube::sim::CubeSimulator> m_simulator;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"CubeConsoleProfileDialogTest"_s);
        QVERIFY(m_translations.install(cube::UiLanguage::English));
        m_simulator = std::make_unique<cube::sim::CubeSimulator>(
            cube::sim::SimulatorAccount::demo(), cube::sim::FleetOptions{3, 25});
        QVERIFY(m_simulator->listen());
    }

    void advancedSettingsAreHiddenUntilAskedFor()
    {
        cube::ProfileDialog dialog(&m_network, cube::Profile(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const QString &name : advancedFields)
            QVERIFY2(!child<QWidget>(&dialog, name)->isVisible(), qPrintable(name));
        auto *toggle = child<QAbstractButton>(&dialog, u"advancedToggle"_s);
        QVERIFY(toggle && toggle->isVisible() && toggle->isEnabled());
        QVERIFY(toggle->focusPolicy() & Qt::TabFocus);
        QVERIFY(!cube::test::mnemonicOf(toggle->text()).isNull());
        toggle->click();
        for (const QString &name : advancedFields)
            QVERIFY2(child<QWidget>(&dialog, name)->isVisible(), qPrintable(name));
        // Plain words: no "as every example", no developer's jargon.
        auto *unit = child<QComboBox>(&dialog, u"timestampCombo"_s);
        for (int i = 0; i < unit->count(); ++i)
            QVERIFY2(!unit->itemText(i).contains(u"example"_s), qPrintable(unit->itemText(i)));
        // The path overrides' hint is read whole, not cut off inside a small box.
        auto *hint = child<QLabel>(&dialog, u"pathsHintLabel"_s);
        QVERIFY(hint && hint->isVisible() && hint->wordWrap());
        QVERIFY(hint->height() >= hint->heightForWidth(hint->width()));
        toggle->click();
        for (const QString &name : advancedFields)
            QVERIFY2(!child<QWidget>(&dialog, name)->isVisible(), qPrintable(name));
    }

    // Time zones by the places that keep them, a short list, the vendor's marked; a profile's
    // own offset is kept even when the list does not name it.
    void timeZonesAreNamedByPlace()
    {
        {
            cube::ProfileDialog dialog(&m_network, cube::Profile(), false);
            auto *zone = child<QComboBox>(&dialog, u"zoneCombo"_s);
            QVERIFY2(zone->count() <= 30, qPrintable(QString::number(zone->count())));
            QVERIFY2(zone->currentText().startsWith(u"UTC+8"_s), qPrintable(zone->currentText()));
            QVERIFY2(zone->currentText().contains(u"China, Hong Kong, Singapore"_s),
                     qPrintable(zone->currentText()));
            QCOMPARE(dialog.profile().serverTimeZone.offsetMinutes(), 480);
            const int india = zone->findData(330);
            QVERIFY(india >= 0);
            QVERIFY2(zone->itemText(india).contains(u"India"_s), qPrintable(zone->itemText(india)));
        }
        cube::Profile unusual;
        unusual.serverTimeZone = cube::ServerTimeZone(-150); // Newfoundland's summer
        cube::ProfileDialog dialog(&m_network, unusual, true);
        auto *zone = child<QComboBox>(&dialog, u"zoneCombo"_s);
        QVERIFY2(zone->currentText().startsWith(u"UTC-2:30"_s), qPrintable(zone->currentText()));
        QCOMPARE(dialog.profile().serverTimeZone.offsetMinutes(), -150);
    }

    void nothingIsWrongBeforeAnythingIsTyped()
    {
        cube::ProfileDialog dialog(&m_network, cube::Profile(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *problems = child<QLabel>(&dialog, u"problemsLabel"_s);
        QVERIFY2(!problems->isVisible() || problems->text().trimmed().isEmpty(),
                 qPrintable(problems->text()));
        // Typed and emptied again: now it is said.
        auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
        type(name, u"x"_s);
        QTest::keyClick(name, Qt::Key_Backspace);
        child<QLineEdit>(&dialog, u"urlEdit"_s)->setFocus();
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(u"name"_s), qPrintable(problems->text()));
        QVERIFY2(!problems->text().contains(u"access code"_s), qPrintable(problems->text()));

        // Save says all that is missing, and saves nothing.
        auto *save =
            child<QDialogButtonBox>(&dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save);
        if (save->isEnabled())
            QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(problems->text().contains(u"access code"_s), qPrintable(problems->text()));
        QVERIFY2(problems->text().contains(u"secret"_s), qPrintable(problems->text()));
    }

    // A message appearing moves nothing: the space for it is kept.
    void theLayoutStaysStillWhenAMessageAppears()
    {
        cube::ProfileDialog dialog(&m_network, simulatorProfile(), true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *problems = child<QLabel>(&dialog, u"problemsLabel"_s);
        const auto places = [&] {
            QHash<QString, QRect> at;
            for (QWidget *widget : dialog.findChildren<QWidget *>())
                if (widget->isVisible() && !widget->objectName().isEmpty()
                    && widget->objectName() != problems->objectName())
                    at.insert(widget->objectName(),
                              QRect(widget->mapTo(&dialog, QPoint()), widget->size()));
            return at;
        };
        const QHash<QString, QRect> before = places();
        const QSize size = dialog.size();

        type(child<QLineEdit>(&dialog, u"urlEdit"_s), u"http://api.example.com"_s);
        child<QLineEdit>(&dialog, u"nameEdit"_s)->setFocus();
        QVERIFY(problems->text().contains(u"https://"_s));
        QTest::qWait(50);
        const QHash<QString, QRect> after = places();
        QStringList moved;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (after.value(it.key()) != it.value())
                moved.append(it.key());
        QVERIFY2(moved.isEmpty(), qPrintable(moved.join(u", "_s)));
        QCOMPARE(dialog.size(), size);
    }

    // No two labels or buttons answer the same Alt+letter, with the advanced part open too.
    void everyMnemonicIsUnique()
    {
        cube::ProfileDialog dialog(&m_network, cube::Profile(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (auto *toggle = dialog.findChild<QAbstractButton *>(u"advancedToggle"_s))
            toggle->click();
        QHash<QChar, QStringList> mnemonics;
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(&dialog))
                continue;
            QString text;
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                text = button->text();
            else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
                text = label->text();
            else if (auto *group = qobject_cast<QGroupBox *>(widget))
                text = group->title();
            if (const QChar letter = cube::test::mnemonicOf(text); !letter.isNull())
                mnemonics[letter].append(text);
        }
        QStringList clashes;
        for (auto it = mnemonics.cbegin(); it != mnemonics.cend(); ++it)
            if (it.value().size() > 1)
                clashes.append(it.value().join(u" / "_s));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    }

    // The team store's address is checked as it is typed, in the dialog's problem display, and
    // Save keeps the dialog open while it is wrong; its password goes with it, hidden.
    void theTeamStoreIsCheckedAsTyped()
    {
        cube::ProfileDialog dialog(&m_network, simulatorProfile(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *store = child<QLineEdit>(&dialog, u"teamStoreEdit"_s);
        auto *password = child<QLineEdit>(&dialog, u"teamStorePasswordEdit"_s);
        QVERIFY(store && store->isVisible());
        QVERIFY(password && password->isVisible());
        QCOMPARE(store->placeholderText(), u"postgresql://host:5432/cube"_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(!password->isEnabled()); // nothing to type it for yet
        type(child<QLineEdit>(&dialog, u"secretEdit"_s),
             QString::fromLatin1(cube::sim::SimulatorAccount::demo().secret));

        auto *problems = child<QLabel>(&dialog, u"problemsLabel"_s);
        type(store, u"mysql://db.example.com/cube"_s);
        QVERIFY2(problems->text().contains(u"Team store: "_s)
                     && problems->text().contains(u"postgresql://host:5432/database"_s),
                 qPrintable(problems->text()));
        auto *save =
            child<QDialogButtonBox>(&dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save);
        child<QLineEdit>(&dialog, u"nameEdit"_s)->setFocus();
        if (save->isEnabled())
            QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(QApplication::focusWidget(), store); // where to correct it
        TestProfileDialog::save(dialog, u"profile-team-store-problem-en.png"_s);

        type(store, u"postgresql://cube@db.example.com:5432/cube"_s);
        QVERIFY2(!problems->text().contains(u"Team store"_s), qPrintable(problems->text()));
        QVERIFY(password->isEnabled());
        type(password, u"team pass"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.profile().teamStore, u"postgresql://cube@db.example.com:5432/cube"_s);
        QCOMPARE(dialog.teamStorePassword(), u"team pass"_s);
    }

    // Editing a profile whose team store's password is in the keychain: the field says it is
    // kept, and left empty keeps it; without one it says it is only for a store that needs one.
    // The dialog is saved in English and Chinese for people to look at.
    void aStoredTeamStorePasswordIsSaidToBeKept()
    {
        cube::SecretStore keychain(u"cube-console-tests"_s);
        cube::ProfileSecrets secrets(&keychain);
        cube::Profile profile = simulatorProfile();
        profile.id = u"profile-dialog-team-test"_s;
        profile.teamStore = u"postgresql://cube@db.example.com:5432/cube"_s;
        {
            cube::ProfileDialog dialog(&m_network, profile, true, nullptr, &secrets);
            auto *password = child<QLineEdit>(&dialog, u"teamStorePasswordEdit"_s);
            QTest::qWait(500); // the keychain's answer: none stored
            QCOMPARE(password->placeholderText(), u"Only when the team store needs one"_s);
        }
        QVERIFY(cube::test::awaitKeychain([&](auto done) {
                    secrets.storeTeamStorePassword(profile.id, u"kept-team-pass"_s, this, done);
                }).ok());

        cube::ProfileDialog dialog(&m_network, profile, true, nullptr, &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *password = child<QLineEdit>(&dialog, u"teamStorePasswordEdit"_s);
        QVERIFY(QTest::qWaitFor(
            [&] { return password->placeholderText() == u"Unchanged (kept in the keychain)"_s; },
            10000));
        QVERIFY(password->text().isEmpty());
        QVERIFY(dialog.teamStorePassword().isEmpty()); // "unchanged": nothing to write on Save
        save(dialog, u"profile-team-store-en.png"_s);

        cube::TranslationInstaller chinese;
        QVERIFY(chinese.install(cube::UiLanguage::SimplifiedChinese));
        QTest::qWait(50);
        QVERIFY2(password->placeholderText() != u"Unchanged (kept in the keychain)"_s,
                 qPrintable(password->placeholderText()));
        QVERIFY2(child<QLabel>(&dialog, u"teamStoreCaption"_s)->text() != u"Team store &URL:"_s,
                 qPrintable(child<QLabel>(&dialog, u"teamStoreCaption"_s)->text()));
        save(dialog, u"profile-team-store-zh.png"_s);
        QVERIFY(m_translations.install(cube::UiLanguage::English));
        QVERIFY(cube::test::awaitKeychain([&](auto done) {
                    secrets.forgetTeamStorePassword(profile.id, this, done);
                }).ok());
    }

    // Editing a profile whose secret is in the keychain: Test works with the field left empty.
    void testInEditUsesTheStoredSecret()
    {
        cube::SecretStore keychain(u"cube-console-tests"_s);
        cube::ProfileSecrets secrets(&keychain);
        cube::Profile profile = simulatorProfile();
        profile.id = u"profile-dialog-test"_s;
        std::optional<cube::SecretStoreResult> stored;
        secrets.store(profile.id, QString::fromLatin1(cube::sim::SimulatorAccount::demo().secret),
                      this, [&](const cube::SecretStoreResult &result) { stored = result; });
        QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 20000));
        QVERIFY2(stored->ok(), qPrintable(cube::SecretStore::describe(stored->error)));

        cube::ProfileDialog dialog(&m_network, profile, true, nullptr, &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLineEdit>(&dialog, u"secretEdit"_s)->text().isEmpty());
        const QString result = testResultAfterClickingTest(dialog);
        QCOMPARE(result, u"Connected: the account has 25 SIM cards."_s);
        QVERIFY(dialog.secret().isEmpty()); // still "unchanged": nothing to write on Save
    }

    // A refused secret is explained in words a person can act on; the server's code stays.
    void aWrongSecretSaysToCheckIt()
    {
        cube::ProfileDialog dialog(&m_network, simulatorProfile(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(child<QLineEdit>(&dialog, u"secretEdit"_s), u"not-the-secret"_s);
        const QString result = testResultAfterClickingTest(dialog);
        QVERIFY2(result.contains(u"The server did not accept the secret: check the access code "
                                 u"and the secret."_s),
                 qPrintable(result));
        QVERIFY2(result.contains(u"4011"_s), qPrintable(result));
    }

    // A refusal that says nothing of the credentials (a busy server, an account problem) does
    // not send the person to check a secret that is right: the server's words are given.
    void anotherRefusalDoesNotBlameTheSecret()
    {
        QString error;
        QVERIFY2(m_simulator->faults().addFaultSpec(u"*:code=5001"_s, &error), qPrintable(error));
        cube::ProfileDialog dialog(&m_network, simulatorProfile(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(child<QLineEdit>(&dialog, u"secretEdit"_s),
             QString::fromLatin1(cube::sim::SimulatorAccount::demo().secret));
        const QString result = testResultAfterClickingTest(dialog);
        QVERIFY2(!result.contains(u"secret"_s), qPrintable(result));
        QVERIFY2(result.contains(u"5001"_s) && result.contains(u"injected failure"_s),
                 qPrintable(result));
    }

    // A CA bundle named in the profile that is not there is never passed over (the system's
    // certificates alone would then be trusted, and nothing would say why a private gateway
    // is refused): Test says so, naming the file, and sends nothing.
    void aMissingCaBundleIsNamedAndNothingIsSent()
    {
        QTemporaryDir dir;
        const QString bundle = dir.filePath(u"private-gateway-ca.pem"_s);
        cube::Profile profile = simulatorProfile();
        profile.caBundlePath = bundle;
        cube::ProfileDialog dialog(&m_network, profile, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(child<QLineEdit>(&dialog, u"secretEdit"_s),
             QString::fromLatin1(cube::sim::SimulatorAccount::demo().secret));
        const int before = m_simulator->requestCount(u"queryDeviceList"_s);
        const QString result = testResultAfterClickingTest(dialog);
        QVERIFY2(result.contains(QDir::toNativeSeparators(bundle)), qPrintable(result));
        QVERIFY2(result.contains(u"does not exist"_s), qPrintable(result));
        QVERIFY2(result.contains(u"Nothing was sent."_s), qPrintable(result));
        QCOMPARE(m_simulator->requestCount(u"queryDeviceList"_s), before);
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
