#include "profiles/profile.h"

#include "base/teamstore.h"
#include "contract/operationtable.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace cube {

ConnectionSettings Profile::connectionSettings() const
{
    ConnectionSettings settings;
    settings.baseUrl = baseUrl;
    settings.accessCode = accessCode.trimmed();
    settings.timestampUnit = timestampUnit;
    settings.transferTimeout = std::chrono::seconds(timeoutSeconds);
    settings.caBundlePath = caBundlePath;
    settings.pathOverrides = pathOverrides;
    settings.serverTimeZone = serverTimeZone;
    settings.limits = limits;
    settings.pageSize = pageSize;
    settings.fleetCacheFreshFor = std::chrono::hours(cacheFreshHours);
    return settings;
}

QString Profile::writesRefusal() const
{
    return viewOnly ? viewOnlyRefusal(name) : QString();
}

QString Profile::viewOnlyRefusal(const QString &profileName)
{
    return tr("The profile “%1” is view only: it can look up SIM cards, orders and usage, but "
              "changes nothing on the server. Ask whoever manages the team's profiles for one "
              "that may make changes.")
        .arg(profileName);
}

QString Profile::baseUrlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The base URL is not a valid address, such as https://api.example.com/cube/v4.");
    if (url.scheme() == "https"_L1)
        return {};
    const QHostAddress host(url.host());
    const bool loopback = url.host() == "localhost"_L1 || (!host.isNull() && host.isLoopback());
    if (url.scheme() == "http"_L1 && loopback)
        return {};
    return tr("The base URL must start with https:// (plain http:// is allowed only for this "
              "computer, such as a local simulator).");
}

QStringList Profile::problems() const
{
    QStringList found;
    if (name.trimmed().isEmpty())
        found.append(tr("Give the profile a name."));
    if (const QString problem = baseUrlProblem(baseUrl); !problem.isEmpty())
        found.append(problem);
    if (accessCode.trimmed().isEmpty())
        found.append(tr("Enter the access code issued for the account (for example P000270)."));
    if (timeoutSeconds < 1 || timeoutSeconds > 600)
        found.append(tr("The time-out must be 1 to 600 seconds."));
    if (limits.connections < 1 || limits.connections > GatewayLimits::largestConnections)
        found.append(
            tr("Connections at once must be 1 to %1.").arg(GatewayLimits::largestConnections));
    if (limits.queriesPerSecond < 1
        || limits.queriesPerSecond > GatewayLimits::largestQueriesPerSecond)
        found.append(
            tr("Queries a second must be 1 to %1.").arg(GatewayLimits::largestQueriesPerSecond));
    if (limits.dailyQuota < 1)
        found.append(tr("The daily quota must be at least 1 query."));
    if (pageSize < 1 || pageSize > 1000)
        found.append(tr("The page size must be 1 to 1,000 rows."));
    if (cacheFreshHours < 0)
        found.append(tr("The hours a cached SIM list stays fresh cannot be negative."));
    if (const QString problem = TeamStore::urlProblem(teamStore); !problem.isEmpty())
        found.append(tr("Team store: %1.").arg(problem));
    found += attention.problems();
    const QStringList unknown = OperationTable(pathOverrides).unknownOverrides();
    if (!unknown.isEmpty())
        found.append(
            tr("Unknown operations in the path overrides: %1.").arg(unknown.join(u", "_s)));
    return found;
}

QUrl Profile::defaultBaseUrl(Environment environment)
{
    switch (environment) {
    case Environment::Uat:
        return QUrl(u"https://api-uat.io.linksfield.net/cube/v4"_s);
    case Environment::Production:
        return QUrl(u"https://apiv3.linksfield.net"_s);
    case Environment::Custom:
        break;
    }
    return {};
}

QString Profile::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Uat:
        return tr("UAT (test)");
    case Environment::Production:
        return tr("Production");
    case Environment::Custom:
        break;
    }
    return tr("Custom");
}

} // namespace cube
