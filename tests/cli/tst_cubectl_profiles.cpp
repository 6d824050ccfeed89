#include "account/clientfactory.h"
#include "awaitresult.h"
#include "cubectlharness.h"
#include "profiles/secretstore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using cube::test::CubectlHarness;
using cube::test::CubectlRun;

// cubectl's profiles on a real Secret Service (the test session's gnome-keyring): added with
// the secret from the environment or standard input, used by name with the secret from the
// keychain, made active, removed with their secret.
class TestCubectlProfiles : public QObject
{
    Q_OBJECT

private:
    CubectlHarness m_harness;

    static CubectlRun bare(const QStringList &arguments, const QByteArray &input = {},
                           bool withSecret = false)
    {
        QProcessEnvironment environment = CubectlHarness::defaultEnvironment();
        if (!withSecret)
            environment.remove(u"CUBE_SECRET"_s);
        return CubectlHarness::runBare(arguments, input, environment);
    }

private slots:
    void initTestCase() { QVERIFY(m_harness.start()); }

    void addsUsesAndRemovesProfiles()
    {
        const QString url = m_harness.baseUrl().toString();
        const CubectlRun added = bare({u"profiles"_s, u"add"_s, u"Simulator A"_s, u"--base-url"_s,
                                       url, u"--access-code"_s, u"P000270"_s, u"--secret-stdin"_s},
                                      "cube-demo-secret\n");
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.err.contains(u"added"_s), qPrintable(added.describe()));

        const CubectlRun second = bare({u"profiles"_s, u"add"_s, u"Simulator B"_s, u"--base-url"_s,
                                        url, u"--access-code"_s, u"P000270"_s},
                                       {}, true);
        QCOMPARE(second.exitCode, 0);

        // The first profile became the active one: commands use it, secret from the keychain.
        const CubectlRun list = bare({u"profiles"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.jsonArray().size(), 2);
        QCOMPARE(list.jsonArray()[0][u"name"_s].toString(), u"Simulator A"_s);
        QVERIFY(list.jsonArray()[0][u"active"_s].toBool());
        QVERIFY(!list.jsonArray()[1][u"active"_s].toBool());
        const CubectlRun plans = bare({u"plans"_s, u"list"_s, u"--json"_s});
        QVERIFY2(plans.exitCode == 0, qPrintable(plans.describe()));
        QCOMPARE(plans.jsonArray().size(), 12);
        const CubectlRun byName = bare({u"--profile"_s, u"simulator b"_s, u"plans"_s, u"list"_s});
        QCOMPARE(byName.exitCode, 0);

        QCOMPARE(bare({u"profiles"_s, u"use"_s, u"Simulator B"_s}).exitCode, 0);
        QVERIFY(bare({u"profiles"_s, u"list"_s, u"--json"_s}).jsonArray()[1][u"active"_s].toBool());

        // The secret is in no file: the settings hold the profile only.
        const QString config = CubectlHarness::defaultEnvironment().value(u"XDG_CONFIG_HOME"_s);
        QDirIterator files(config, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("cube-demo-secret"), qPrintable(file.fileName()));
        }

        const CubectlRun refused = bare({u"profiles"_s, u"remove"_s, u"Simulator A"_s});
        QCOMPARE(refused.exitCode, 2);
        const CubectlRun removed = bare({u"profiles"_s, u"remove"_s, u"Simulator A"_s, u"--yes"_s});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(bare({u"profiles"_s, u"list"_s, u"--json"_s}).jsonArray().size(), 1);
        const CubectlRun gone = bare({u"--profile"_s, u"Simulator A"_s, u"plans"_s, u"list"_s});
        QCOMPARE(gone.exitCode, 2);
        QVERIFY(gone.err.contains(u"There is no profile"_s));
        QCOMPARE(bare({u"profiles"_s, u"remove"_s, u"Simulator B"_s, u"-y"_s}).exitCode, 0);
    }

    void aProfileNeedsItsSecretAndAUsableUrl()
    {
        const CubectlRun noSecret = bare({u"profiles"_s, u"add"_s, u"X"_s, u"--base-url"_s,
                                          u"https://example.com"_s, u"--access-code"_s, u"P1"_s});
        QCOMPARE(noSecret.exitCode, 2);
        QVERIFY(noSecret.err.contains(u"CUBE_SECRET"_s));
        const CubectlRun plainHttp = bare({u"profiles"_s, u"add"_s, u"X"_s, u"--base-url"_s,
                                           u"http://example.com"_s, u"--access-code"_s, u"P1"_s},
                                          {}, true);
        QCOMPARE(plainHttp.exitCode, 2);
        QCOMPARE(bare({u"profiles"_s, u"list"_s, u"--json"_s}).jsonArray().size(), 0);
    }

    void aTeamStoreIsCheckedKeptAndListed()
    {
        const QString url = m_harness.baseUrl().toString();
        const QStringList add{u"profiles"_s, u"add"_s,           u"Team desk"_s, u"--base-url"_s,
                              url,           u"--access-code"_s, u"P000270"_s};
        const CubectlRun wrong =
            bare(add + QStringList{u"--team-store"_s, u"mysql://db/cube"_s}, {}, true);
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(u"--team-store: "_s)
                     && wrong.err.contains(u"postgresql://host:5432/database"_s),
                 qPrintable(wrong.describe()));
        const CubectlRun passwordInUrl =
            bare(add + QStringList{u"--team-store"_s, u"postgresql://cube:pw@db/cube"_s}, {}, true);
        QCOMPARE(passwordInUrl.exitCode, 2);
        QVERIFY2(passwordInUrl.err.contains(u"password field"_s),
                 qPrintable(passwordInUrl.describe()));
        QCOMPARE(bare({u"profiles"_s, u"list"_s, u"--json"_s}).jsonArray().size(), 0);

        // The secret on the first line, the team store's password on the second.
        const CubectlRun added =
            bare(add
                     + QStringList{u"--team-store"_s, u"postgresql://cube@127.0.0.1:1/cube"_s,
                                   u"--secret-stdin"_s, u"--team-store-password-stdin"_s},
                 "cube-demo-secret\n pg pass 1\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        const QJsonArray list = bare({u"profiles"_s, u"list"_s, u"--json"_s}).jsonArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][u"team_store"_s].toString(), u"postgresql://cube@127.0.0.1:1/cube"_s);
        QVERIFY(bare({u"profiles"_s, u"list"_s}).out.contains(u"Team store"_s));

        // Both in the keychain, each under its own entry; neither in a file.
        const QString id = list[0][u"id"_s].toString();
        cube::SecretStore keychain(cube::ClientFactory::keychainService());
        const auto entry = [&](const QString &key) {
            return cube::test::awaitKeychain(
                [&](auto done) { keychain.read(key, this, std::move(done)); });
        };
        QCOMPARE(entry(u"profile/"_s + id).secret, u"cube-demo-secret"_s);
        QCOMPARE(entry(u"profile/"_s + id + u"/teamStore"_s).secret, u" pg pass 1"_s);
        const QString config = CubectlHarness::defaultEnvironment().value(u"XDG_CONFIG_HOME"_s);
        QDirIterator files(config, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("pg pass 1"), qPrintable(file.fileName()));
        }

        // Removing the profile removes both.
        QCOMPARE(bare({u"profiles"_s, u"remove"_s, u"Team desk"_s, u"--yes"_s}).exitCode, 0);
        QCOMPARE(entry(u"profile/"_s + id).error, cube::SecretStoreError::NotFound);
        QCOMPARE(entry(u"profile/"_s + id + u"/teamStore"_s).error,
                 cube::SecretStoreError::NotFound);
    }

    void aMissingKeychainEntryIsAnAuthenticationFailure()
    {
        // A profile whose keychain entry is gone (removed by hand, another machine's settings).
        const QString url = m_harness.baseUrl().toString();
        QCOMPARE(bare({u"profiles"_s, u"add"_s, u"Lost"_s, u"--base-url"_s, url, u"--access-code"_s,
                       u"P000270"_s},
                      {}, true)
                     .exitCode,
                 0);
        const QString id =
            bare({u"profiles"_s, u"list"_s, u"--json"_s}).jsonArray()[0][u"id"_s].toString();
        QProcess secretTool;
        // QtKeychain's Secret Service entries: attribute "server" is the service, "user" the key.
        secretTool.start(u"secret-tool"_s,
                         {u"clear"_s, u"server"_s, cube::ClientFactory::keychainService(),
                          u"user"_s, u"profile/"_s + id});
        if (!secretTool.waitForFinished(20000) || secretTool.exitCode() != 0)
            QSKIP("secret-tool is not available to remove the entry");
        const CubectlRun run = bare({u"--profile"_s, u"Lost"_s, u"plans"_s, u"list"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"keychain"_s), qPrintable(run.describe()));
        QCOMPARE(bare({u"profiles"_s, u"remove"_s, u"Lost"_s, u"-y"_s}).exitCode, 0);
    }

    void aCaBundleThatCannotBeUsedIsRefusedByName()
    {
        const QString url = m_harness.baseUrl().toString();
        QCOMPARE(bare({u"profiles"_s, u"add"_s, u"Private"_s, u"--base-url"_s, url,
                       u"--access-code"_s, u"P000270"_s},
                      {}, true)
                     .exitCode,
                 0);
        const QString id =
            bare({u"profiles"_s, u"list"_s, u"--json"_s}).jsonArray()[0][u"id"_s].toString();
        // Named in the settings as the console's profile dialog saves it, then gone.
        QTemporaryDir dir;
        const QString bundle = dir.filePath(u"private-gateway-ca.pem"_s);
        const QString config = CubectlHarness::defaultEnvironment().value(u"XDG_CONFIG_HOME"_s);
        QDirIterator files(config, {u"*.conf"_s}, QDir::Files, QDirIterator::Subdirectories);
        bool named = false;
        while (files.hasNext()) {
            QSettings settings(files.next(), QSettings::IniFormat);
            if (!settings.contains(u"profiles/%1/name"_s.arg(id)))
                continue;
            settings.setValue(u"profiles/%1/caBundle"_s.arg(id), bundle);
            named = true;
        }
        QVERIFY(named);

        const CubectlRun run = bare({u"--profile"_s, u"Private"_s, u"plans"_s, u"list"_s});
        QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
        QVERIFY2(run.err.contains(bundle) && run.err.contains(u"does not exist"_s),
                 qPrintable(run.describe()));
        QVERIFY2(run.err.contains(u"Nothing was sent"_s), qPrintable(run.describe()));
        QCOMPARE(bare({u"profiles"_s, u"remove"_s, u"Private"_s, u"-y"_s}).exitCode, 0);
    }

    void theProfilesTimeOutHoldsAndTheFlagWins()
    {
        // A server that takes 2.5 s to show a SIM card; the profile gives up after 1 s.
        CubectlHarness slow;
        QVERIFY(slow.start({u"--size"_s, u"20"_s, u"--latency"_s, u"queryDevice:2500"_s}));
        const QString iccid =
            slow.run({u"sims"_s, u"list"_s, u"--json"_s}).jsonArray()[0][u"iccid"_s].toString();
        QVERIFY(!iccid.isEmpty());
        QCOMPARE(
            bare({u"profiles"_s, u"add"_s, u"Slow"_s, u"--base-url"_s, slow.baseUrl().toString(),
                  u"--access-code"_s, u"P000270"_s, u"--timeout"_s, u"1"_s},
                 {}, true)
                .exitCode,
            0);
        const CubectlRun impatient = bare({u"--profile"_s, u"Slow"_s, u"sims"_s, u"show"_s, iccid});
        QCOMPARE(impatient.exitCode, 3);
        QVERIFY2(impatient.err.contains(u"did not answer in time"_s),
                 qPrintable(impatient.describe()));
        const CubectlRun patient =
            bare({u"--profile"_s, u"Slow"_s, u"--timeout"_s, u"6"_s, u"sims"_s, u"show"_s, iccid});
        QVERIFY2(patient.exitCode == 0, qPrintable(patient.describe()));
        QVERIFY(patient.out.contains(iccid));
        QCOMPARE(bare({u"profiles"_s, u"remove"_s, u"Slow"_s, u"-y"_s}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCubectlProfiles)
#include "tst_cubectl_profiles.moc"
