#include "awaitresult.h"
#include "profiles/secretstore.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using cube::SecretStoreError;
using cube::SecretStoreResult;

// Runs against the real Secret Service of the private D-Bus session that the README's test
// command starts (gnome-keyring, unlocked); nothing here is mocked.
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    template<typename Call>
    SecretStoreResult await(Call call)
    {
        return cube::test::awaitKeychain(call);
    }

    cube::SecretStore m_store{u"cube-console-tests"_s};
    const QString m_key = u"profile-%1"_s.arg(QCoreApplication::applicationPid());

private slots:
    void storeReadOverwriteDelete()
    {
        auto write = [this](const QString &secret) {
            return await([&](auto done) { m_store.write(m_key, secret, this, done); });
        };
        auto read = [this] {
            return await([&](auto done) { m_store.read(m_key, this, done); });
        };

        SecretStoreResult result = write(u"first-secret"_s);
        QVERIFY2(result.ok(), qPrintable(result.keychainText));
        result = read();
        QVERIFY2(result.ok(), qPrintable(result.keychainText));
        QCOMPARE(result.secret, u"first-secret"_s);

        QVERIFY(write(u"密钥-second"_s).ok());
        QCOMPARE(read().secret, u"密钥-second"_s);

        result = await([&](auto done) { m_store.remove(m_key, this, done); });
        QVERIFY2(result.ok(), qPrintable(result.keychainText));
        result = read();
        QCOMPARE(result.error, SecretStoreError::NotFound);
        QVERIFY(result.secret.isEmpty());
    }

    void missingEntryIsNotFound()
    {
        const SecretStoreResult result =
            await([&](auto done) { m_store.read(u"never-written"_s, this, done); });
        QCOMPARE(result.error, SecretStoreError::NotFound);
    }

    void callbackIsDroppedWithItsContext()
    {
        bool called = false;
        auto *context = new QObject;
        m_store.read(u"never-written"_s, context,
                     [&called](const SecretStoreResult &) { called = true; });
        delete context;
        // QtKeychain runs its jobs one after another: once a later read has answered, the
        // first one has too, and its answer must have gone nowhere.
        const SecretStoreResult later =
            await([&](auto done) { m_store.read(u"never-written"_s, this, done); });
        QCOMPARE(later.error, SecretStoreError::NotFound);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
