#include "connectionsetup.h"

#include "account/account.h"
#include "account/profilesecrets.h"
#include "commandlineusage.h"
#include "console.h"
#include "cubesimulator.h"
#include "exitstatus.h"
#include "profiles/profilestore.h"
#include "transport/cubeclient.h"

#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace cube::cli {

ConnectionSetup::ConnectionSetup(QNetworkAccessManager *network, ConnectionChoice choice,
                                 ClientOptions options, std::shared_ptr<Journal> journal,
                                 QObject *parent)
    : QObject(parent)
    , m_choice(std::move(choice))
    , m_journal(journal)
    , m_factory(network, std::move(options), std::move(journal))
{
    m_factory.setGivenTimeout(m_choice.timeout);
    m_factory.setGivenServerTimeZone(m_choice.serverTimeZone);
    m_factory.setGivenLimits(m_choice.limits);
}

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
        const QString secret = console::readLine(maxSecretBytes).trimmed();
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

ConnectionSetup::Outcome ConnectionSetup::connected(std::unique_ptr<Account> account,
                                                    const QString &description)
{
    Outcome outcome;
    outcome.account = std::move(account);
    outcome.description = description;
    return outcome;
}

void ConnectionSetup::startDemo(const Done &done)
{
    Outcome failed;
    m_simulator = sim::CubeSimulator::startDemo(&failed.failure);
    if (!m_simulator) {
        failed.exitStatus = exitstatus::connectionFailed;
        done(std::move(failed));
        return;
    }
    done(connected(
        m_factory.accountForEndpoint(m_simulator->endpoint()),
        tr("the built-in simulator at %1").arg(m_simulator->baseUrl().toDisplayString())));
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
    // The vendor's zone unless --server-utc-offset was given: the factory applies that rule.
    done(connected(m_factory.accountForEndpoint(
                       {url, m_choice.accessCode, m_givenSecret->toUtf8(), ServerTimeZone()}),
                   url.toDisplayString()));
}

std::optional<Profile> ConnectionSetup::chosenProfile(const ConnectionChoice &choice)
{
    if (choice.demo || !choice.baseUrl.isEmpty())
        return std::nullopt;
    return findProfile(ProfileStore(), choice.profile);
}

QString ConnectionSetup::writesRefusal(const ConnectionChoice &choice)
{
    const std::optional<Profile> profile = chosenProfile(choice);
    return profile ? profile->writesRefusal() : QString();
}

void ConnectionSetup::readTeamStorePassword(const Profile &profile, QObject *context,
                                            PasswordDone done)
{
    // For scripts and a desk's service account, as CUBE_SECRET is for the secret.
    if (!qEnvironmentVariableIsEmpty("CUBE_TEAM_STORE_PASSWORD")) {
        done(qEnvironmentVariable("CUBE_TEAM_STORE_PASSWORD"), {});
        return;
    }
    auto *secrets = new ProfileSecrets(context);
    secrets->teamStorePasswordFor(
        profile.id, context,
        [secrets, name = profile.name, done = std::move(done)](const SecretStoreResult &result) {
            secrets->deleteLater();
            if (result.ok()) {
                done(result.secret, {});
                return;
            }
            QString failure = tr("The team store password of profile “%1” could not be read "
                                 "from the keychain. %2")
                                  .arg(name, SecretStore::describe(result.error));
            if (!result.keychainText.isEmpty())
                failure += u" ("_s + result.keychainText + u')';
            done(std::nullopt, failure);
        });
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
        done(connected(m_factory.accountForProfileIn(m_journal, *profile, *m_givenSecret),
                       description));
        return;
    }
    auto *secrets = new ProfileSecrets(this);
    secrets->secretFor(
        profile->id, this,
        [this, done, profile = *profile, description](const SecretStoreResult &result) {
            if (!result.ok()) {
                Outcome failed;
                failed.failure = tr("The secret of profile “%1” could not be read "
                                    "from the keychain. %2")
                                     .arg(profile.name, SecretStore::describe(result.error));
                if (!result.keychainText.isEmpty())
                    failed.failure += u" ("_s + result.keychainText + u')';
                failed.exitStatus = exitstatus::connectionFailed;
                done(std::move(failed));
                return;
            }
            // The run's journal: the profile's team store's when it has one (CommandRun opened
            // it, with readTeamStorePassword), or the file of --journal.
            done(connected(m_factory.accountForProfileIn(m_journal, profile, result.secret),
                           description));
        });
}

} // namespace cube::cli
