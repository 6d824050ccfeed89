#include "account/profilesecrets.h"

#include "account/clientfactory.h"
#include "profiles/profilestore.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// The keychain entry of a profile's secret. Stored: the secrets saved by every earlier version
// are found under it.
QString keyFor(const QString &profileId)
{
    return u"profile/"_s + profileId;
}

// The entry of its team store's password, beside the secret's (stored, like it).
QString teamStoreKeyFor(const QString &profileId)
{
    return keyFor(profileId) + u"/teamStore"_s;
}

} // namespace

ProfileSecrets::ProfileSecrets(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

ProfileSecrets::ProfileSecrets(QObject *parent)
    : ProfileSecrets(new SecretStore(ClientFactory::keychainService()), parent)
{
    m_store->setParent(this);
}

void ProfileSecrets::read(const QString &key, const SessionValues &session,
                          const QString &profileId, QObject *context, SecretStore::Callback done)
{
    if (session.contains(profileId)) {
        const SecretStoreResult result{SecretStoreError::None, session.value(profileId), {}};
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    m_store->read(key, context, std::move(done));
}

void ProfileSecrets::write(const QString &key, SessionValues &session, const QString &profileId,
                           const QString &value, QObject *context, SecretStore::Callback done)
{
    m_store->write(key, value, context,
                   [&session, profileId, done = std::move(done)](const SecretStoreResult &result) {
                       if (result.ok())
                           session.remove(profileId);
                       done(result);
                   });
}

void ProfileSecrets::remove(const QString &key, SessionValues &session, const QString &profileId,
                            QObject *context, SecretStore::Callback done)
{
    session.remove(profileId);
    m_store->remove(key, context, [done = std::move(done)](SecretStoreResult result) {
        if (result.error == SecretStoreError::NotFound)
            result.error = SecretStoreError::None;
        done(result);
    });
}

void ProfileSecrets::secretFor(const QString &profileId, QObject *context,
                               SecretStore::Callback done)
{
    read(keyFor(profileId), m_sessionOnly, profileId, context, std::move(done));
}

void ProfileSecrets::store(const QString &profileId, const QString &secret, QObject *context,
                           SecretStore::Callback done)
{
    write(keyFor(profileId), m_sessionOnly, profileId, secret, context, std::move(done));
}

void ProfileSecrets::keepForSession(const QString &profileId, const QString &secret)
{
    m_sessionOnly.insert(profileId, secret);
}

void ProfileSecrets::forget(const QString &profileId, QObject *context, SecretStore::Callback done)
{
    remove(keyFor(profileId), m_sessionOnly, profileId, context, std::move(done));
}

void ProfileSecrets::teamStorePasswordFor(const QString &profileId, QObject *context,
                                          SecretStore::Callback done)
{
    read(teamStoreKeyFor(profileId), m_sessionTeamStorePasswords, profileId, context,
         [done = std::move(done)](SecretStoreResult result) {
             // A store reached without a password of ours (~/.pgpass, trust on loopback).
             if (result.error == SecretStoreError::NotFound)
                 result = {};
             done(result);
         });
}

void ProfileSecrets::storeTeamStorePassword(const QString &profileId, const QString &password,
                                            QObject *context, SecretStore::Callback done)
{
    write(teamStoreKeyFor(profileId), m_sessionTeamStorePasswords, profileId, password, context,
          std::move(done));
}

void ProfileSecrets::keepTeamStorePasswordForSession(const QString &profileId,
                                                     const QString &password)
{
    m_sessionTeamStorePasswords.insert(profileId, password);
}

void ProfileSecrets::forgetTeamStorePassword(const QString &profileId, QObject *context,
                                             SecretStore::Callback done)
{
    remove(teamStoreKeyFor(profileId), m_sessionTeamStorePasswords, profileId, context,
           std::move(done));
}

void ProfileSecrets::deleteProfile(ProfileStore &profiles, const QString &profileId,
                                   QObject *context, SecretStore::Callback done)
{
    forget(profileId, context,
           [this, &profiles, profileId, context,
            done = std::move(done)](const SecretStoreResult &secret) mutable {
               if (!secret.ok())
                   return done(secret);
               forgetTeamStorePassword(
                   profileId, context,
                   [&profiles, profileId, done = std::move(done)](const SecretStoreResult &team) {
                       if (team.ok())
                           profiles.remove(profileId);
                       done(team);
                   });
           });
}

} // namespace cube
