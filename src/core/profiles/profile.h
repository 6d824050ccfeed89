#pragma once

#include "attention/attentionrules.h"
#include "transport/connectionsettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cube {

// Where a profile connects: the vendor's test system, production, or any other gateway.
enum class Environment { Uat, Production, Custom };

// A connection profile: everything needed to reach one Cube account except the secret, which
// lives in the keychain under the profile's id (ProfileSecrets), and the team store's password,
// kept there beside it.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    QString id;
    QString name;
    Environment environment = Environment::Uat;
    QUrl baseUrl = defaultBaseUrl(Environment::Uat);
    QString accessCode;
    TimestampUnit timestampUnit = TimestampUnit::Seconds;
    int timeoutSeconds = 30;
    QString caBundlePath;
    ServerTimeZone serverTimeZone; // the vendor's UTC+8 unless a gateway's clock differs
    QHash<QString, QString> pathOverrides;
    GatewayLimits limits; // the vendor's unless a gateway allows more
    int pageSize = 100;   // rows asked for in one listing page
    // A start shows the cached SIM list without reading the fleet again while it is younger.
    int cacheFreshHours = 12;
    QString color = QStringLiteral("#2c7bbf"); // so production is never mistaken for UAT
    AttentionRules attention; // what the Attention tab lists, and how often it looks
    // A profile for looking only (a trainee's, a viewer's): both programs send none of its
    // writes, and say why (writesRefusal()).
    bool viewOnly = false;
    // The team's shared store (postgresql://host:5432/cube, TeamStore) that keeps the journal of
    // changes of every desk using the profile; empty: this computer's own journal.
    QString teamStore;

    ConnectionSettings connectionSettings() const;

    // Why nothing may be changed through the profile, for a person, with what to do; empty
    // unless it is view only.
    QString writesRefusal() const;
    // The same words for the view-only profile named `profileName`, in the language of now.
    static QString viewOnlyRefusal(const QString &profileName);

    // What is wrong with the profile, in words for the person editing it; empty when usable.
    QStringList problems() const;
    // The base URL's own problem, if any: https, or http only to this machine.
    static QString baseUrlProblem(const QUrl &url);

    static QUrl defaultBaseUrl(Environment environment);
    static QString environmentName(Environment environment);
};

} // namespace cube
