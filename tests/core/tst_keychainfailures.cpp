#include "account/profilesecrets.h"
#include "awaitresult.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using cube::SecretStoreError;
using cube::SecretStoreResult;

// What the console meets when the keychain cannot be used: a locked keyring, or no Secret
// Service at all. CTest runs this binary twice, each time in its own session
// (CUBE_KEYCHAIN_SCENARIO=locked with a keyring of its own, =absent with no bus), since a
// locked keyring cannot be unlocked again without a person.
class TestKeychainFailures : public QObject
{
    Q_OBJECT

private:
    template<typename Call>
    SecretStoreResult await(Call call)
    {
        return cube::test::awaitKeychain(call);
    }

    // Files under HOME that contain `secret` in clear text.
    static QStringList filesContaining(const QByteArray &secret)
    {
        QStringList found;
        QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                found.append(file.fileName());
        }
        return found;
    }

    static bool scenario(const char *name) { return qgetenv("CUBE_KEYCHAIN_SCENARIO") == name; }

    // The console's answer to a failed store: the documented message, then the session-only
    // secret, which works for this run and is written nowhere.
    void offersTheSessionSecret(const SecretStoreResult &failed)
    {
        QVERIFY(!failed.ok());
        const QString message = cube::SecretStore::describe(failed.error);
        QVERIFY2(message.contains(u"keyring"_s) || message.contains(u"keychain"_s),
                 qPrintable(message));

        m_secrets.keepForSession(u"p1"_s, u"only-in-memory-9731"_s);
        const SecretStoreResult read =
            await([&](auto done) { m_secrets.secretFor(u"p1"_s, this, done); });
        QCOMPARE(read.secret, u"only-in-memory-9731"_s);
        QVERIFY2(filesContaining("only-in-memory-9731").isEmpty(),
                 qPrintable(filesContaining("only-in-memory-9731").join(u", "_s)));
    }

    cube::SecretStore m_keychain{u"cube-console-tests"_s};
    cube::ProfileSecrets m_secrets{&m_keychain};

private slots:
    void lockedKeyring()
    {
        if (!scenario("locked"))
            QSKIP("runs as tst_keychain_locked");
        QVERIFY(
            await([&](auto done) { m_secrets.store(u"p0"_s, u"before-lock"_s, this, done); }).ok());
        QDBusMessage lock = QDBusMessage::createMethodCall(
            u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
            u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
        lock << QVariant::fromValue(QList<QDBusObjectPath>{
            QDBusObjectPath(u"/org/freedesktop/secrets/collection/login"_s)});
        const QDBusMessage reply = QDBusConnection::sessionBus().call(lock);
        QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);

        // A locked collection reads as "not found" (so the console asks for the secret), and
        // storing the secret then fails: that is when the person is told.
        QCOMPARE(await([&](auto done) { m_secrets.secretFor(u"p0"_s, this, done); }).error,
                 SecretStoreError::NotFound);
        const SecretStoreResult stored = await(
            [&](auto done) { m_secrets.store(u"p1"_s, u"only-in-memory-9731"_s, this, done); });
        offersTheSessionSecret(stored);
    }

    void noSecretService()
    {
        if (!scenario("absent"))
            QSKIP("runs as tst_keychain_absent");
        const SecretStoreResult stored = await(
            [&](auto done) { m_secrets.store(u"p1"_s, u"only-in-memory-9731"_s, this, done); });
        offersTheSessionSecret(stored);
    }
};

QTEST_GUILESS_MAIN(TestKeychainFailures)
#include "tst_keychainfailures.moc"
