#include "account/clientfactory.h"
#include "account/profilesecrets.h"
#include "awaitresult.h"
#include "cubesimulator.h"
#include "journal/journal.h"
#include "knownids.h"
#include "profiles/profilestore.h"
#include "transport/cubeclient.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

QString capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    capturedLog +=
        QString::fromLatin1(context.category ? context.category : "") + u": "_s + message + u'\n';
}

} // namespace

// The secret appears only in the keychain and in the HMAC: after a profile is created and
// used for signed calls with every log turned up, no file under HOME and no log line holds it.
class TestSecretLeak : public QObject
{
    Q_OBJECT

private slots:
    void secretIsNowhereButTheKeychain()
    {
        QCoreApplication::setOrganizationName(u"CubeConsole"_s);
        QCoreApplication::setApplicationName(u"cube-console"_s);
        const QByteArray secret = "leak-probe-7Qx2-secret";
        cube::sim::CubeSimulator simulator({u"P000777"_s, secret}, {3, 50});
        QVERIFY(simulator.listen());

        QLoggingCategory::setFilterRules(u"cube.*.debug=true"_s);
        qInstallMessageHandler(captureMessage);

        cube::ProfileStore profiles;
        cube::Profile profile;
        profile.name = u"Leak probe"_s;
        profile.environment = cube::Environment::Custom;
        profile.baseUrl = simulator.baseUrl();
        profile.accessCode = u"P000777"_s;
        const QString id = profiles.save(profile);
        profiles.setActiveId(id);

        cube::SecretStore keychain(cube::ClientFactory::keychainService());
        cube::ProfileSecrets secrets(&keychain);
        std::optional<cube::SecretStoreResult> stored;
        secrets.store(id, QString::fromLatin1(secret), this, [&](const auto &r) { stored = r; });
        QVERIFY(QTest::qWaitFor([&] { return stored.has_value(); }, 20000));
        QVERIFY(stored->ok());
        std::optional<cube::SecretStoreResult> read;
        secrets.secretFor(id, this, [&](const auto &r) { read = r; });
        QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, 20000));

        QNetworkAccessManager network;
        // Every write is journaled; the signature of each is noted as it leaves.
        cube::ClientOptions options;
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) // an earlier run's
            QFile::remove(cube::Journal::defaultPath() + suffix);
        const auto journal = std::make_shared<cube::Journal>(cube::Journal::defaultPath());
        QVERIFY(journal->isOpen());
        options.recorder = journal;
        QStringList signatures;
        options.writeGate = [&signatures](const cube::PreparedRequest &request) {
            signatures.append(request.body.value(u"sign"_s).toString());
            return std::optional<cube::ApiError>();
        };
        cube::CubeClient client(&network, profiles.profile(id)->connectionSettings(),
                                read->secret.toUtf8(), options);
        const auto plans = cube::test::awaitResult<QList<cube::Plan>>(
            [&](auto done) { client.plans(this, done); });
        QVERIFY(plans.ok());
        const QString iccid = simulator.fleet().sims().at(0).iccid;
        QVERIFY(cube::test::awaitResult<cube::SentSms>([&](auto done) {
                    client.sendSms(cube::test::iccidOf(iccid), u"hello"_s, this, done);
                }).ok());
        // Done or refused (the SIM may be suspended already): sent, and journaled, either way.
        cube::test::awaitResult<cube::ActionDone>(
            [&](auto done) { client.suspendSim(cube::test::iccidOf(iccid), this, done); });
        qInstallMessageHandler(nullptr);

        // The journal has both writes, and neither the secret nor any signature.
        cube::HistoryFilter all;
        QCOMPARE(journal->history(all).size(), 2);
        QCOMPARE(signatures.size(), 2);
        QByteArray journalBytes;
        for (const QString &suffix : {QString(), u"-wal"_s}) {
            QFile file(cube::Journal::defaultPath() + suffix);
            if (file.open(QIODevice::ReadOnly))
                journalBytes += file.readAll();
        }
        QVERIFY(journalBytes.contains(iccid.toLatin1()));
        QVERIFY(!journalBytes.contains(secret));
        for (const QString &signature : std::as_const(signatures)) {
            QVERIFY(signature.size() >= 20); // base64 of an HMAC-SHA1
            QVERIFY2(!journalBytes.contains(signature.toLatin1()), qPrintable(signature));
        }

        // The logs were on and did show the requests, with the signature masked.
        QVERIFY2(capturedLog.contains(u"\"sign\":\"***\""_s), qPrintable(capturedLog.left(500)));
        QVERIFY(!capturedLog.contains(QString::fromLatin1(secret)));

        QStringList searched;
        QStringList leaking;
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            searched.append(file.fileName());
            if (content.contains(secret) || content.contains(secret.toBase64()))
                leaking.append(file.fileName());
        }
        QVERIFY2(leaking.isEmpty(), qPrintable(leaking.join(u", "_s)));
        // The search did cover the settings, where the profile (without its secret) is.
        QVERIFY2(
            std::any_of(searched.cbegin(), searched.cend(),
                        [](const QString &path) { return path.endsWith(u"cube-console.conf"_s); }),
            qPrintable(searched.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
