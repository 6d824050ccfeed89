#pragma once

#include "account/clientfactory.h"
#include "globaloptions.h"
#include "profiles/profile.h"

#include <QObject>

#include <functional>
#include <memory>

namespace cube {
class Account;
class ProfileStore;
namespace sim {
class CubeSimulator;
}
} // namespace cube

class QNetworkAccessManager;

namespace cube::cli {

// Turns the connection the command line chose into an account, made by core's ClientFactory:
// the built-in simulator (--demo), a URL and access code with the secret from the environment
// or standard input, or a profile with its secret from the keychain (asynchronous: the keychain
// may ask to be unlocked). It reads a profile's team store password the same way, for the run
// to open the team's journal with (CommandRun).
class ConnectionSetup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSetup)

public:
    // An account, or why there is none and the exit status that says so.
    struct Outcome
    {
        std::unique_ptr<Account> account;
        QString failure;
        int exitStatus = 0;
        QString description; // where the client connects, for --verbose
    };
    using Done = std::function<void(Outcome)>;

    // The accounts it makes own `journal` (none: their writes are not journaled), the run's:
    // for a profile with a team store, the run opened that store's journal already.
    ConnectionSetup(QNetworkAccessManager *network, ConnectionChoice choice, ClientOptions options,
                    std::shared_ptr<Journal> journal, QObject *parent = nullptr);
    ~ConnectionSetup() override;

    // The secret given for automation (CUBE_SECRET, --secret-stdin), if any. Read once, before
    // standard input is used for anything else.
    void takeSecretFromInput() { m_givenSecret = givenSecret(m_choice); }
    // The secret on standard input (--secret-stdin) or in CUBE_SECRET; a usage error when
    // --secret-stdin finds none.
    static std::optional<QString> givenSecret(const ConnectionChoice &choice);
    // A profile by its name (case-insensitive) or id; the active one when `wanted` is empty.
    static std::optional<Profile> findProfile(const ProfileStore &store, const QString &wanted);

    // The profile the command line chose (the active one unless --profile names another), or
    // none: the demo, a URL, or no such profile.
    static std::optional<Profile> chosenProfile(const ConnectionChoice &choice);
    // The password of `profile`'s team store: CUBE_TEAM_STORE_PASSWORD when set, else the
    // keychain's (none stored: empty, and libpq looks for its own, such as ~/.pgpass). `done`
    // gets it, or no password and why the keychain could not be read.
    using PasswordDone = std::function<void(std::optional<QString> password, QString failure)>;
    static void readTeamStorePassword(const Profile &profile, QObject *context, PasswordDone done);

    void start(Done done);
    // Why the chosen connection may change nothing (a view-only profile), or empty. A URL given
    // on the command line and the demo have no such mark.
    static QString writesRefusal(const ConnectionChoice &choice);

    // The most of a secret's line read from standard input.
    static constexpr qint64 maxSecretBytes = 4096;

private:
    void startDemo(const Done &done);
    void startWithUrl(const Done &done);
    void startWithProfile(const Done &done);
    static Outcome connected(std::unique_ptr<Account> account, const QString &description);

    ConnectionChoice m_choice;
    std::shared_ptr<Journal> m_journal;
    ClientFactory m_factory;
    std::optional<QString> m_givenSecret;
    std::unique_ptr<sim::CubeSimulator> m_simulator;
};

} // namespace cube::cli
