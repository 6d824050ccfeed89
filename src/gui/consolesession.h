#pragma once

#include "profiles/profile.h"
#include "profiles/secretstore.h"
#include "transport/clientoptions.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QMenu;
class QNetworkAccessManager;

namespace cube {

class Account;
class Journal;
class MainWindow;
class ProfileSecrets;
class ProfileStore;

// Connects the main window to the active profile's account: on first run it asks for a
// profile; it reads the secret from the keychain (asking for it when there is none), stores a
// new one there, and when the keychain cannot be used says why and offers to keep the secret
// for this session only. The team store's password of a profile that has one goes the same
// way, without being asked for (the store may need none); a team store that cannot be reached
// is said once, and the console goes on reading (its journal refuses the writes). Its
// Connection menu creates, edits, switches and deletes profiles.
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    ConsoleSession(QNetworkAccessManager *network, ProfileStore *profiles, ProfileSecrets *secrets,
                   MainWindow *window, QObject *parent = nullptr);
    ~ConsoleSession() override;

    // How the accounts it connects make their clients, and the journal of changes they own.
    void setClientOptions(ClientOptions options, std::shared_ptr<Journal> journal)
    {
        m_clientOptions = std::move(options);
        m_journal = std::move(journal);
    }

    void start();

signals:
    void connected(const QString &profileId);

protected:
    // The menu is written in code, so a language switch (LanguageChange to the window) writes
    // it again.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void editProfile(const Profile &profile, bool hasStoredSecret);
    void saveProfile(Profile profile, const QString &secret, const QString &teamStorePassword);
    // Keeps the password typed for the profile's team store (none typed: the kept one stays;
    // no team store: it goes), then runs `then`.
    void keepTeamStorePassword(const Profile &profile, const QString &password,
                               const std::function<void()> &then);
    void connectTo(const Profile &profile);
    // Reads the team store's password (none: empty), then connects with the secret.
    void connectWithSecret(const Profile &profile, const QString &secret);
    void useSecret(const Profile &profile, const QString &secret, const QString &teamStorePassword);
    // Makes the account of `profile`, recording in `journal` (the profile's team store's, or
    // the desk's file).
    void useJournal(const Profile &profile, const QString &secret,
                    std::shared_ptr<Journal> journal);
    // Says once that the account's team store cannot be reached, and what that means.
    void warnIfTeamStoreUnreachable();
    void offerSessionSecret(const Profile &profile, const QString &secret,
                            const SecretStoreResult &failure);
    void deleteActive();
    // Keeps rules edited in the Attention tab with the profile they were edited for.
    void keepAttentionRules(const QString &profileId, const AttentionRules &rules);
    void rebuildMenu();
    // Where the console is connected, in the UI's language at the time it is asked.
    QString describe(const Profile &profile) const;

    QNetworkAccessManager *m_network;
    ClientOptions m_clientOptions;
    std::shared_ptr<Journal> m_journal;
    ProfileStore *m_profiles;
    ProfileSecrets *m_secrets;
    QPointer<MainWindow> m_window;
    QMenu *m_menu = nullptr;
    std::unique_ptr<Account> m_account;
    int m_connectionAttempt = 0; // a team store reached late for an earlier choice is let go
};

} // namespace cube
