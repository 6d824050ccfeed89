#pragma once

#include "profiles/secretstore.h"

#include <QHash>
#include <QObject>

namespace cube {

class ProfileStore;

// The secret of each profile: in the keychain (key "profile/ID"), or, when the keychain cannot
// be used and the person agrees, kept in memory for this session only and never written. And
// the password of a profile's team store, in an entry of its own ("profile/ID/teamStore"): the
// same keychain, the same rules, but optional (libpq may find one in ~/.pgpass).
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

    // The team store's password if one is kept (for the session, or in the keychain); none
    // stored is no failure but an empty password (libpq then looks for its own), while a
    // keychain that cannot be used is said as for the secret.
    void teamStorePasswordFor(const QString &profileId, QObject *context,
                              SecretStore::Callback done);
    // Writes the team store's password to the keychain; on failure nothing is kept.
    void storeTeamStorePassword(const QString &profileId, const QString &password, QObject *context,
                                SecretStore::Callback done);
    void keepTeamStorePasswordForSession(const QString &profileId, const QString &password);
    // Removes the team store's password, kept or stored; a missing entry is not a failure.
    void forgetTeamStorePassword(const QString &profileId, QObject *context,
                                 SecretStore::Callback done);

    // Deletes a profile: its keychain entries first (the secret, the team store's password),
    // then its settings (so that a keychain that refuses leaves the profile in place and the
    // person can try again).
    void deleteProfile(ProfileStore &profiles, const QString &profileId, QObject *context,
                       SecretStore::Callback done);

private:
    // What this session keeps in memory of one kind of entry, by profile id.
    using SessionValues = QHash<QString, QString>;
    void read(const QString &key, const SessionValues &session, const QString &profileId,
              QObject *context, SecretStore::Callback done);
    void write(const QString &key, SessionValues &session, const QString &profileId,
               const QString &value, QObject *context, SecretStore::Callback done);
    void remove(const QString &key, SessionValues &session, const QString &profileId,
                QObject *context, SecretStore::Callback done);

    SecretStore *m_store;
    SessionValues m_sessionOnly;
    SessionValues m_sessionTeamStorePasswords;
};

} // namespace cube
