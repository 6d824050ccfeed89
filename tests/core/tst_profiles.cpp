#include "account/profilesecrets.h"
#include "awaitresult.h"
#include "profiles/profilestore.h"

#include <QSettings>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using cube::SecretStoreError;
using cube::SecretStoreResult;

// Profiles in QSettings and their secrets in the real keychain of the test session.
class TestProfiles : public QObject
{
    Q_OBJECT

private:
    template<typename Call>
    SecretStoreResult await(Call call)
    {
        return cube::test::awaitKeychain(call);
    }

    static cube::Profile sample()
    {
        cube::Profile profile;
        profile.name = u"Customer A — UAT"_s;
        profile.accessCode = u"P000270"_s;
        profile.timestampUnit = cube::TimestampUnit::Milliseconds;
        profile.timeoutSeconds = 45;
        profile.pathOverrides.insert(u"queryDeviceList"_s, u"/device/list"_s);
        profile.color = u"#c0392b"_s;
        profile.serverTimeZone = cube::ServerTimeZone(330); // a gateway in UTC+5:30
        return profile;
    }

    // What the keychain holds for a profile, read as any program would. The entry is named
    // "profile/ID" (ProfileSecrets): the secrets saved by every earlier version are found there.
    SecretStoreResult keychainEntry(const QString &profileId)
    {
        return await([&](auto done) { m_keychain.read(u"profile/"_s + profileId, this, done); });
    }

    // A profile's secret as a program started afresh finds it: no session secrets yet.
    SecretStoreResult secretAfterRestart(const QString &profileId)
    {
        cube::ProfileSecrets restarted(&m_keychain);
        return await([&](auto done) { restarted.secretFor(profileId, this, done); });
    }

    cube::SecretStore m_keychain{u"cube-console-tests"_s};
    cube::ProfileSecrets m_secrets{&m_keychain};

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"CubeConsoleTests"_s);
        QCoreApplication::setApplicationName(u"tst_profiles"_s);
    }

    void storesEverythingButTheSecret()
    {
        cube::ProfileStore store;
        const QString id = store.save(sample());
        QVERIFY(!id.isEmpty());
        const auto loaded = store.profile(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->name, sample().name);
        QCOMPARE(loaded->baseUrl, cube::Profile::defaultBaseUrl(cube::Environment::Uat));
        QCOMPARE(loaded->timestampUnit, cube::TimestampUnit::Milliseconds);
        QCOMPARE(loaded->timeoutSeconds, 45);
        QCOMPARE(loaded->pathOverrides.value(u"queryDeviceList"_s), u"/device/list"_s);
        QCOMPARE(loaded->connectionSettings().transferTimeout, std::chrono::milliseconds(45000));
        QCOMPARE(loaded->connectionSettings().serverTimeZone.offsetMinutes(), 330);

        store.setActiveId(id);
        QCOMPARE(store.activeId(), id);
        const auto copy = store.duplicate(id);
        QVERIFY(copy && copy->id != id);
        QVERIFY(copy->name.startsWith(u"Copy of"_s));
        QCOMPARE(store.profiles().size(), 2);

        store.remove(id);
        QVERIFY(!store.profile(id));
        QVERIFY(store.activeId().isEmpty());
        store.remove(copy->id);
        QVERIFY(store.profiles().isEmpty());
    }

    void aProfileWithoutAServerZoneIsTheVendors()
    {
        // Profiles saved before the setting existed, or a value edited into nonsense.
        cube::ProfileStore store;
        const QString id = store.save(sample());
        QSettings settings;
        for (const QVariant &stored : {QVariant(), QVariant(u"+25"_s)}) {
            const QString key = u"profiles/"_s + id + u"/serverUtcOffset"_s;
            if (stored.isValid())
                settings.setValue(key, stored);
            else
                settings.remove(key);
            settings.sync();
            QCOMPARE(store.profile(id)->serverTimeZone, cube::ServerTimeZone());
        }
        store.remove(id);
    }

    void keepsTheGatewaysLimitsAndTheVendorsForOlderProfiles()
    {
        cube::ProfileStore store;
        cube::Profile generous = sample();
        generous.limits = {8, 50, 100000};
        generous.pageSize = 500;
        generous.cacheFreshHours = 2;
        const QString id = store.save(generous);
        const cube::ConnectionSettings settings = store.profile(id)->connectionSettings();
        QCOMPARE(settings.limits.connections, 8);
        QCOMPARE(settings.limits.queriesPerSecond, 50);
        QCOMPARE(settings.limits.dailyQuota, 100000);
        QCOMPARE(settings.pageSize, 500);
        QCOMPARE(settings.fleetCacheFreshFor, std::chrono::hours(2));

        // A profile saved before the limits existed meets the vendor's.
        QSettings stored;
        for (const QString &key : {u"maxConnections"_s, u"queriesPerSecond"_s, u"dailyQuota"_s,
                                   u"pageSize"_s, u"cacheFreshHours"_s})
            stored.remove(u"profiles/"_s + id + u'/' + key);
        stored.sync();
        const cube::Profile older = *store.profile(id);
        QCOMPARE(older.limits.connections, 3);
        QCOMPARE(older.limits.queriesPerSecond, 10);
        QCOMPARE(older.limits.dailyQuota, 5000);
        QCOMPARE(older.pageSize, 100);
        QCOMPARE(older.cacheFreshHours, 12);
        store.remove(id);

        cube::Profile wrong = sample();
        wrong.limits.connections = 0;
        wrong.limits.queriesPerSecond = 5000;
        QCOMPARE(wrong.problems().size(), 2);
    }

    void validatesAsTyped_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://api-uat.io.linksfield.net/cube/v4"_s << true;
        QTest::newRow("http loopback") << u"http://127.0.0.1:8700"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:8700"_s << true;
        QTest::newRow("http remote") << u"http://api.example.com"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
        QTest::newRow("no host") << u"https://"_s << false;
    }

    void validatesAsTyped()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QCOMPARE(cube::Profile::baseUrlProblem(QUrl(url)).isEmpty(), accepted);
    }

    void namesWhatIsMissing()
    {
        cube::Profile empty;
        empty.accessCode = u"  "_s;
        empty.pathOverrides.insert(u"noSuchOperation"_s, u"/x"_s);
        const QStringList problems = empty.problems();
        QCOMPARE(problems.size(), 3); // name, access code, unknown override
        QVERIFY(problems.join(u' ').contains(u"noSuchOperation"_s));
        QVERIFY(sample().problems().isEmpty());
    }

    void deletingAProfileRemovesItsSecret()
    {
        cube::ProfileStore store;
        const QString id = store.save(sample());
        QVERIFY(await([&](auto done) {
                    m_secrets.store(id, u"s3cret-for-deletion"_s, this, done);
                }).ok());
        QCOMPARE(await([&](auto done) { m_secrets.secretFor(id, this, done); }).secret,
                 u"s3cret-for-deletion"_s);
        QCOMPARE(keychainEntry(id).secret, u"s3cret-for-deletion"_s);
        QCOMPARE(secretAfterRestart(id).secret, u"s3cret-for-deletion"_s);

        QVERIFY(await([&](auto done) { m_secrets.deleteProfile(store, id, this, done); }).ok());
        QVERIFY(!store.profile(id));
        QCOMPARE(keychainEntry(id).error, SecretStoreError::NotFound);
        QCOMPARE(secretAfterRestart(id).error, SecretStoreError::NotFound);
    }

    void keepsTheTeamStore()
    {
        cube::ProfileStore store;
        cube::Profile team = sample();
        team.teamStore = u" postgresql://cube@db.example.com:5432/cube "_s;
        const QString id = store.save(team);
        QCOMPARE(store.profile(id)->teamStore, u"postgresql://cube@db.example.com:5432/cube"_s);
        // A profile saved before team stores existed keeps its journal on this computer.
        QSettings stored;
        stored.remove(u"profiles/"_s + id + u"/teamStore"_s);
        stored.sync();
        QVERIFY(store.profile(id)->teamStore.isEmpty());
        store.remove(id);
    }

    void saysWhatIsWrongWithTheTeamStore()
    {
        cube::Profile team = sample();
        team.teamStore = u"postgresql://db.example.com:5432/cube"_s;
        QVERIFY(team.problems().isEmpty());
        team.teamStore = u"mysql://db.example.com/cube"_s;
        QCOMPARE(team.problems().size(), 1);
        QVERIFY2(team.problems().constFirst().startsWith(u"Team store: "_s),
                 qPrintable(team.problems().constFirst()));
        QVERIFY(team.problems().constFirst().contains(u"postgresql://host:5432/database"_s));
        team.teamStore = u"postgresql://cube:s3cret@db.example.com/cube"_s;
        QVERIFY(team.problems().join(u' ').contains(u"password field"_s));
    }

    void keepsTheTeamStorePasswordBesideTheSecret()
    {
        cube::ProfileStore store;
        cube::Profile team = sample();
        team.teamStore = u"postgresql://db.example.com/cube"_s;
        const QString id = store.save(team);
        // None stored is no failure: libpq may find its own (~/.pgpass).
        const SecretStoreResult none =
            await([&](auto done) { m_secrets.teamStorePasswordFor(id, this, done); });
        QVERIFY(none.ok());
        QVERIFY(none.secret.isEmpty());

        QVERIFY(await([&](auto done) {
                    m_secrets.store(id, u"the-account-secret"_s, this, done);
                }).ok());
        QVERIFY(await([&](auto done) {
                    m_secrets.storeTeamStorePassword(id, u" pg pass "_s, this, done);
                }).ok());
        QCOMPARE(await([&](auto done) { m_secrets.teamStorePasswordFor(id, this, done); }).secret,
                 u" pg pass "_s);
        // An entry of its own: the secret is unchanged, and a program started afresh finds both.
        QCOMPARE(keychainEntry(id).secret, u"the-account-secret"_s);
        QCOMPARE(await([&](auto done) {
                     m_keychain.read(u"profile/"_s + id + u"/teamStore"_s, this, done);
                 }).secret,
                 u" pg pass "_s);
        cube::ProfileSecrets restarted(&m_keychain);
        QCOMPARE(await([&](auto done) { restarted.teamStorePasswordFor(id, this, done); }).secret,
                 u" pg pass "_s);

        // Deleting the profile deletes both entries.
        QVERIFY(await([&](auto done) { m_secrets.deleteProfile(store, id, this, done); }).ok());
        QVERIFY(!store.profile(id));
        QCOMPARE(keychainEntry(id).error, SecretStoreError::NotFound);
        QCOMPARE(await([&](auto done) {
                     m_keychain.read(u"profile/"_s + id + u"/teamStore"_s, this, done);
                 }).error,
                 SecretStoreError::NotFound);
    }

    void aTeamStorePasswordForTheSessionIsNeverWritten()
    {
        m_secrets.keepTeamStorePasswordForSession(u"memory-only-team"_s, u"pg-in-memory"_s);
        QCOMPARE(await([&](auto done) {
                     m_secrets.teamStorePasswordFor(u"memory-only-team"_s, this, done);
                 }).secret,
                 u"pg-in-memory"_s);
        QCOMPARE(await([&](auto done) {
                     m_keychain.read(u"profile/memory-only-team/teamStore"_s, this, done);
                 }).error,
                 SecretStoreError::NotFound);
        QVERIFY(await([&](auto done) {
                    m_secrets.forgetTeamStorePassword(u"memory-only-team"_s, this, done);
                }).ok());
        QVERIFY(await([&](auto done) {
                    m_secrets.teamStorePasswordFor(u"memory-only-team"_s, this, done);
                }).secret.isEmpty());
    }

    void sessionSecretIsNeverWritten()
    {
        m_secrets.keepForSession(u"memory-only"_s, u"kept-in-memory"_s);
        QVERIFY(m_secrets.isSessionOnly(u"memory-only"_s));
        QCOMPARE(
            await([&](auto done) { m_secrets.secretFor(u"memory-only"_s, this, done); }).secret,
            u"kept-in-memory"_s);
        QCOMPARE(keychainEntry(u"memory-only"_s).error, SecretStoreError::NotFound);
        QCOMPARE(secretAfterRestart(u"memory-only"_s).error, SecretStoreError::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
