#include "account/clientfactory.h"

#include "account/account.h"
#include "base/applicationidentity.h"
#include "base/teamstore.h"
#include "journal/journal.h"
#include "profiles/profile.h"
#include "transport/cubeclient.h"

namespace cube {

ClientFactory::ClientFactory(QNetworkAccessManager *network, ClientOptions options,
                             std::shared_ptr<Journal> journal)
    : m_network(network)
    , m_options(std::move(options))
    , m_journal(std::move(journal))
{}

std::unique_ptr<Account> ClientFactory::accountForProfile(const Profile &profile,
                                                          const QString &secret,
                                                          const QString &teamStorePassword) const
{
    // The team's journal, not this desk's: what one desk sends, every desk sees and counts.
    const TeamStore store{profile.teamStore, teamStorePassword};
    return accountForProfileIn(store.isSet() ? std::make_shared<Journal>(store) : m_journal,
                               profile, secret);
}

std::unique_ptr<Account> ClientFactory::accountForProfileIn(std::shared_ptr<Journal> journal,
                                                            const Profile &profile,
                                                            const QString &secret) const
{
    auto account = std::make_unique<Account>(make(profile.connectionSettings(), secret.toUtf8(),
                                                  profile.name, journal, profile.viewOnly),
                                             journal);
    if (profile.viewOnly)
        account->makeViewOnly(profile.name);
    return account;
}

std::unique_ptr<Account> ClientFactory::accountForEndpoint(const AccountEndpoint &endpoint) const
{
    return std::make_unique<Account>(forEndpoint(endpoint), m_journal);
}

QString ClientFactory::keychainService()
{
    // The application's own name: the console and cubectl find the same entries.
    return identity::applicationName();
}

std::unique_ptr<CubeClient> ClientFactory::forProfile(const Profile &profile,
                                                      const QString &secret) const
{
    // The profile's settings carry its own time-out.
    return make(profile.connectionSettings(), secret.toUtf8(), profile.name, m_journal,
                profile.viewOnly);
}

std::unique_ptr<CubeClient> ClientFactory::forEndpoint(const AccountEndpoint &endpoint) const
{
    ConnectionSettings settings;
    settings.baseUrl = endpoint.baseUrl;
    settings.accessCode = endpoint.accessCode;
    settings.transferTimeout = defaultTimeout;
    settings.serverTimeZone = endpoint.serverTimeZone;
    return make(settings, endpoint.secret, {}, m_journal);
}

std::unique_ptr<CubeClient> ClientFactory::make(ConnectionSettings settings,
                                                const QByteArray &secret,
                                                const QString &profileName,
                                                const std::shared_ptr<Journal> &journal,
                                                bool viewOnly) const
{
    if (m_givenTimeout)
        settings.transferTimeout = *m_givenTimeout;
    if (m_givenServerTimeZone)
        settings.serverTimeZone = *m_givenServerTimeZone;
    settings.limits.connections = m_givenLimits.connections.value_or(settings.limits.connections);
    settings.limits.queriesPerSecond =
        m_givenLimits.queriesPerSecond.value_or(settings.limits.queriesPerSecond);
    settings.limits.dailyQuota = m_givenLimits.dailyQuota.value_or(settings.limits.dailyQuota);
    ClientOptions options = m_options;
    // The call layer sees only the steps it records, and only in the account's journal.
    options.recorder = journal;
    options.journalSource = Journal::localSource(profileName);
    // A team store that lets this desk's role only read refuses every entry: said before, not
    // as a journal that cannot be written.
    const bool storeReadsOnly = journal && journal->readsOnly();
    if (viewOnly || storeReadsOnly)
        // Below every front end's own check: a write that slips past a disabled button or a
        // command's refusal still never leaves, and is not journaled.
        options.writeGate = [profileName, viewOnly, store = journal ? journal->path() : QString()](
                                const PreparedRequest &) {
            ApiError refused;
            refused.kind = ApiErrorKind::NotSent;
            refused.detail =
                viewOnly ? Profile::viewOnlyRefusal(profileName) : Journal::readsOnlyRefusal(store);
            return std::optional<ApiError>(refused);
        };
    return std::make_unique<CubeClient>(m_network, std::move(settings), secret, options);
}

} // namespace cube
