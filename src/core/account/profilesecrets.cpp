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

void ProfileSecrets::secretFor(const QString &profileId, QObject *context,
                               SecretStore::Callback done)
{
    if (m_sessionOnly.contains(profileId)) {
        const SecretStoreResult result{SecretStoreError::None, m_sessionOnly.value(profileId), {}};
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    m_store->read(keyFor(profileId), context, std::move(done));
}

void ProfileSecrets::store(const QString &profileId, const QString &secret, QObject *context,
                           SecretStore::Callback done)
{
    m_store->write(keyFor(profileId), secret, context,
                   [this, profileId, done = std::move(done)](const SecretStoreResult &result) {
                       if (result.ok())
                           m_sessionOnly.remove(profileId);
                       done(result);
                   });
}

void ProfileSecrets::keepForSession(const QString &profileId, const QString &secret)
{
    m_sessionOnly.insert(profileId, secret);
}

void ProfileSecrets::forget(const QString &profileId, QObject *context, SecretStore::Callback done)
{
    m_sessionOnly.remove(profileId);
    m_store->remove(keyFor(profileId), context, [done = std::move(done)](SecretStoreResult result) {
        if (result.error == SecretStoreError::NotFound)
            result.error = SecretStoreError::None;
        done(result);
    });
}

void ProfileSecrets::deleteProfile(ProfileStore &profiles, const QString &profileId,
                                   QObject *context, SecretStore::Callback done)
{
    forget(profileId, context,
           [&profiles, profileId, done = std::move(done)](const SecretStoreResult &result) {
               if (result.ok())
                   profiles.remove(profileId);
               done(result);
           });
}

} // namespace cube
