#pragma once

#include "transport/clientoptions.h"
#include "transport/connectionsettings.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace cube {

class Account;
class CubeClient;
class Journal;
struct Profile;

// An account reached without a profile: a URL and access code given on the command line, or
// the built-in simulator's demo account.
struct AccountEndpoint
{
    QUrl baseUrl;
    QString accessCode;
    QByteArray secret;
    ServerTimeZone serverTimeZone; // of the server's clock: the vendor's unless told
};

// Makes the clients of both front ends, from a profile or an endpoint plus the secret, so that
// every connection follows the same rules: the options fixed at creation (language, write
// gate), the one keychain service name, and the time-out rule: a time-out given for this run
// (a command-line flag) wins, otherwise the profile's, otherwise the default; the same for the
// zone of the server's clock. An account it makes owns the journal given here (shared by the
// accounts of one program), and its client records in it; an account of a profile with a team
// store owns a journal of its own in that store instead.
class ClientFactory final
{
public:
    // `journal`: where writes are recorded before they leave; none: they are not journaled.
    explicit ClientFactory(QNetworkAccessManager *network, ClientOptions options = {},
                           std::shared_ptr<Journal> journal = {});

    static constexpr std::chrono::seconds defaultTimeout{30};

    // A time-out given for this run; nothing leaves the profile's (or the default) in force.
    void setGivenTimeout(std::optional<std::chrono::milliseconds> timeout)
    {
        m_givenTimeout = timeout;
    }

    // The zone of the server's clock given for this run; nothing leaves the profile's (or the
    // endpoint's) in force.
    void setGivenServerTimeZone(std::optional<ServerTimeZone> zone)
    {
        m_givenServerTimeZone = zone;
    }

    // Gateway limits given for this run (a gateway that allows more, or a stricter one);
    // each one given replaces the profile's (or the vendor's).
    struct GivenLimits
    {
        std::optional<int> connections;
        std::optional<int> queriesPerSecond;
        std::optional<int> dailyQuota;
    };
    void setGivenLimits(GivenLimits limits) { m_givenLimits = limits; }

    // `teamStorePassword`: for the profile's team store, when it has one (empty: libpq's own,
    // such as ~/.pgpass). A team store that cannot be reached makes a journal that is not open:
    // the account reads, and none of its writes leaves.
    std::unique_ptr<Account> accountForProfile(const Profile &profile, const QString &secret,
                                               const QString &teamStorePassword = {}) const;
    // An account of `profile` recording in `journal`, whatever the profile's team store: for a
    // front end that opened the journal before connecting (cubectl: the team store's for its
    // checks, or the file of --journal); none: its writes are not journaled.
    std::unique_ptr<Account> accountForProfileIn(std::shared_ptr<Journal> journal,
                                                 const Profile &profile,
                                                 const QString &secret) const;
    std::unique_ptr<Account> accountForEndpoint(const AccountEndpoint &endpoint) const;
    // A client alone, recording in the journal all the same (a test of the client).
    std::unique_ptr<CubeClient> forProfile(const Profile &profile, const QString &secret) const;
    std::unique_ptr<CubeClient> forEndpoint(const AccountEndpoint &endpoint) const;

    // The keychain service under which every profile's secret is kept (ProfileSecrets).
    static QString keychainService();

private:
    // `journal`: where the client records its writes. `viewOnly`: none of them may leave (the
    // profile is view only).
    std::unique_ptr<CubeClient> make(ConnectionSettings settings, const QByteArray &secret,
                                     const QString &profileName,
                                     const std::shared_ptr<Journal> &journal,
                                     bool viewOnly = false) const;

    QNetworkAccessManager *m_network;
    ClientOptions m_options;
    std::shared_ptr<Journal> m_journal;
    std::optional<std::chrono::milliseconds> m_givenTimeout;
    std::optional<ServerTimeZone> m_givenServerTimeZone;
    GivenLimits m_givenLimits;
};

} // namespace cube
