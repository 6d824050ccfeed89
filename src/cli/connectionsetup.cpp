#include "connectionsetup.h"

#include "commandlineusage.h"
#include "console.h"
#include "cubeclient.h"
#include "cubesimulator.h"
#include "exitstatus.h"
#include "profilesecrets.h"
#include "profilestore.h"

#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cube::cli {

ConnectionSetup::ConnectionSetup(QNetworkAccessManager *network, ConnectionChoice choice,
                                 QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_choice(std::move(choice))
{}

ConnectionSetup::~ConnectionSetup() = default;

std::optional<Profile> ConnectionSetup::findProfile(const ProfileStore &store,
                                                    const QString &wanted)
{
    if (auto byId = store.profile(wanted.isEmpty() ? store.activeId() : wanted))
        return byId;
    if (wanted.isEmpty())
        return std::nullopt;
    for (const Profile &profile : store.profiles())
        if (profile.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return profile;
    return std::nullopt;
}

std::optional<QString> ConnectionSetup::givenSecret(const ConnectionChoice &choice)
{
    if (choice.secretFromStdin) {
        const QString secret = console::readAll().section(u'\n', 0, 0).trimmed();
        if (secret.isEmpty())
            commandline::exitWithUsageError(
                tr("--secret-stdin: standard input held no secret on its first line."));
        return secret;
    }
    if (qEnvironmentVariableIsSet("CUBE_SECRET") && !qEnvironmentVariableIsEmpty("CUBE_SECRET"))
        return qEnvironmentVariable("CUBE_SECRET");
    return std::nullopt;
}

void ConnectionSetup::start(Done done)
{
    if (m_choice.demo)
        startDemo(done);
    else if (!m_choice.baseUrl.isEmpty())
        startWithUrl(done);
    else
        startWithProfile(done);
}

ConnectionSetup::Outcome ConnectionSetup::clientFor(ConnectionSettings settings,
                                                    const QByteArray &secret,
                                                    const QString &description)
{
    settings.transferTimeout = m_choice.timeout;
    Outcome outcome;
    outcome.client = std::make_unique<CubeClient>(m_network, std::move(settings), secret);
    outcome.description = description;
    return outcome;
}

void ConnectionSetup::startDemo(const Done &done)
{
    m_simulator = std::make_unique<sim::CubeSimulator>(sim::SimulatorAccount::demo());
    if (!m_simulator->listen()) {
        Outcome failed;
        failed.failure = tr("The built-in Cube simulator could not start: no free port on "
                            "127.0.0.1.");
        failed.exitStatus = exitstatus::connectionFailed;
        done(std::move(failed));
        return;
    }
    ConnectionSettings settings;
    settings.baseUrl = m_simulator->baseUrl();
    settings.accessCode = m_simulator->account().accessCode;
    done(clientFor(settings, m_simulator->account().secret,
                   tr("the built-in simulator at %1").arg(settings.baseUrl.toDisplayString())));
}

void ConnectionSetup::startWithUrl(const Done &done)
{
    const QUrl url = QUrl::fromUserInput(m_choice.baseUrl);
    if (const QString problem = Profile::baseUrlProblem(url); !problem.isEmpty())
        commandline::exitWithUsageError(u"--base-url: "_s + problem);
    if (!m_givenSecret)
        commandline::exitWithUsageError(
            tr("--base-url needs the account's secret: set CUBE_SECRET in the environment or "
               "give it on standard input with --secret-stdin."));
    ConnectionSettings settings;
    settings.baseUrl = url;
    settings.accessCode = m_choice.accessCode;
    done(clientFor(settings, m_givenSecret->toUtf8(), url.toDisplayString()));
}

void ConnectionSetup::startWithProfile(const Done &done)
{
    const ProfileStore store;
    const std::optional<Profile> profile = findProfile(store, m_choice.profile);
    if (!profile) {
        commandline::exitWithUsageError(
            m_choice.profile.isEmpty()
                ? tr("No connection: add a profile (cubectl profiles add, or in Cube Console), "
                     "or give --base-url and --access-code, or use --demo.")
                : tr("There is no profile “%1”; cubectl profiles list shows them.")
                      .arg(m_choice.profile));
    }
    const QString description =
        tr("profile “%1” (%2)").arg(profile->name, profile->baseUrl.toDisplayString());
    if (m_givenSecret) {
        done(clientFor(profile->connectionSettings(), m_givenSecret->toUtf8(), description));
        return;
    }
    auto *keychain = new SecretStore(u"cube-console"_s, this);
    auto *secrets = new ProfileSecrets(keychain, this);
    secrets->secretFor(profile->id, this,
                       [this, done, settings = profile->connectionSettings(), description,
                        name = profile->name](const SecretStoreResult &result) {
                           if (!result.ok()) {
                               Outcome failed;
                               failed.failure = tr("The secret of profile “%1” could not be read "
                                                   "from the keychain. %2")
                                                    .arg(name, SecretStore::describe(result.error));
                               if (!result.keychainText.isEmpty())
                                   failed.failure += u" ("_s + result.keychainText + u')';
                               failed.exitStatus = exitstatus::connectionFailed;
                               done(std::move(failed));
                               return;
                           }
                           done(clientFor(settings, result.secret.toUtf8(), description));
                       });
}

} // namespace cube::cli
