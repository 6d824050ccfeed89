#pragma once

#include "profiles/secretstore.h"

#include <QHash>
#include <QObject>

namespace cube {

class ProfileStore;

// The secret of each profile: in the keychain (key "profile/ID"), or, when the keychain cannot
// be used and the person agrees, kept in memory for this session only and never written.
class ProfileSecrets final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSecrets)

public:
    explicit ProfileSecrets(SecretStore *store, QObject *parent = nullptr);
    // The secrets in the system's keychain, under ClientFactory::keychainService(): the one
    // place both Cube Console and cubectl keep them.
    explicit ProfileSecrets(QObject *parent = nullptr);

    // The session secret if there is one, else the keychain's answer (NotFound: ask for it).
    void secretFor(const QString &profileId, QObject *context, SecretStore::Callback done);
    // Writes the secret to the keychain. On failure nothing is kept: the caller says why and
    // may offer keepForSession().
    void store(const QString &profileId, const QString &secret, QObject *context,
               SecretStore::Callback done);
    void keepForSession(const QString &profileId, const QString &secret);
    bool isSessionOnly(const QString &profileId) const { return m_sessionOnly.contains(profileId); }
    // Removes the keychain entry and any session secret; a missing entry is not a failure.
    void forget(const QString &profileId, QObject *context, SecretStore::Callback done);

    // Deletes a profile: its keychain entry first, then its settings (so that a keychain that
    // refuses leaves the profile in place and the person can try again).
    void deleteProfile(ProfileStore &profiles, const QString &profileId, QObject *context,
                       SecretStore::Callback done);

private:
    SecretStore *m_store;
    QHash<QString, QString> m_sessionOnly;
};

} // namespace cube
