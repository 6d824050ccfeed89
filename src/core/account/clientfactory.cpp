#include "account/clientfactory.h"

#include "base/applicationidentity.h"
#include "journal/journal.h"
#include "profiles/profile.h"
#include "transport/cubeclient.h"

namespace cube {

ClientFactory::ClientFactory(QNetworkAccessManager *network, ClientOptions options)
    : m_network(network)
    , m_options(std::move(options))
{}

QString ClientFactory::keychainService()
{
    // The application's own name: the console and cubectl find the same entries.
    return identity::applicationName();
}

std::unique_ptr<CubeClient> ClientFactory::forProfile(const Profile &profile,
                                                      const QString &secret) const
{
    // The profile's settings carry its own time-out.
    return make(profile.connectionSettings(), secret.toUtf8(), profile.name);
}

std::unique_ptr<CubeClient> ClientFactory::forEndpoint(const AccountEndpoint &endpoint) const
{
    ConnectionSettings settings;
    settings.baseUrl = endpoint.baseUrl;
    settings.accessCode = endpoint.accessCode;
    settings.transferTimeout = defaultTimeout;
    settings.serverTimeZone = endpoint.serverTimeZone;
    return make(settings, endpoint.secret, {});
}

std::unique_ptr<CubeClient> ClientFactory::make(ConnectionSettings settings,
                                                const QByteArray &secret,
                                                const QString &profileName) const
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
    options.journalSource = Journal::localSource(profileName);
    return std::make_unique<CubeClient>(m_network, std::move(settings), secret, options);
}

} // namespace cube
