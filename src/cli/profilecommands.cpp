#include "profilecommands.h"

#include "account/profilesecrets.h"
#include "base/teamstore.h"
#include "commandrun.h"
#include "connectionsetup.h"
#include "console.h"
#include "exitstatus.h"
#include "profiles/profilestore.h"

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace cube::cli {

namespace {

Profile existingProfile(const CommandRun &run)
{
    run.expectArguments(1, 1);
    const ProfileStore store;
    const auto profile = ConnectionSetup::findProfile(store, run.argument(0));
    if (!profile)
        run.usageError(ProfileCommands::tr("There is no profile “%1”.").arg(run.argument(0)));
    return *profile;
}

// Reports a keychain failure and ends the run with the connection status (3).
void keychainFailed(CommandRun &run, const QString &what, const SecretStoreResult &result)
{
    QString message = what + u' ' + SecretStore::describe(result.error);
    if (!result.keychainText.isEmpty())
        message += u" ("_s + result.keychainText + u')';
    console::say(message);
    run.finish(exitstatus::connectionFailed);
}

// The team store's password on standard input (--team-store-password-stdin): the line after
// the secret's when that came from standard input too.
QString givenTeamStorePassword(const CommandRun &run)
{
    QString password = console::readLine(ConnectionSetup::maxSecretBytes);
    if (password.endsWith(u'\r')) // a line written on Windows; spaces may be the password's
        password.chop(1);
    if (password.isEmpty())
        run.usageError(ProfileCommands::tr("--team-store-password-stdin: standard input held no "
                                           "password on its line."));
    return password;
}

// Keeps the team store's password with the profile's secret, then runs `added`; when the
// keychain refuses, the profile and its secret go again (nothing half-made), and it says why.
void storeTeamStorePassword(CommandRun &work, ProfileSecrets &secrets, const Profile &profile,
                            const QString &password, const std::function<void()> &added)
{
    secrets.storeTeamStorePassword(
        profile.id, password, &work,
        [&work, &secrets, profile, added](const SecretStoreResult &result) {
            if (result.ok())
                return added();
            auto store = std::make_shared<ProfileStore>();
            secrets.deleteProfile(
                *store, profile.id, &work, [&work, store, result](const SecretStoreResult &) {
                    keychainFailed(work,
                                   ProfileCommands::tr("The profile was not added: its team "
                                                       "store's password could not be stored."),
                                   result);
                });
        });
}

} // namespace

QList<CommandSpec> ProfileCommands::all()
{
    return {list(), add(), remove(), use()};
}

CommandSpec ProfileCommands::list()
{
    CommandSpec spec;
    spec.group = u"profiles"_s;
    spec.action = u"list"_s;
    spec.summary = tr("List the connection profiles; the active one is marked.");
    spec.needsConnection = false;
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(0, 0);
        return {{}, [](CommandRun &work) {
                    const ProfileStore store;
                    JobOutcome outcome;
                    for (const Profile &profile : store.profiles())
                        outcome.rows.append(
                            {profile.name,
                             QVariant::fromValue(
                                 NamedValue{Profile::environmentName(profile.environment).toLower(),
                                            Profile::environmentName(profile.environment)}),
                             profile.baseUrl.toDisplayString(), profile.accessCode,
                             profile.serverTimeZone.name(), profile.viewOnly,
                             TeamStore{profile.teamStore, {}}.shown(),
                             profile.id == store.activeId(), profile.id});
                    const QList<Column> columns = {{u"name"_s, tr("Name")},
                                                   {u"environment"_s, tr("Environment")},
                                                   {u"base_url"_s, tr("Base URL")},
                                                   {u"access_code"_s, tr("Access code")},
                                                   {u"server_time"_s, tr("Server time")},
                                                   {u"view_only"_s, tr("View only")},
                                                   {u"team_store"_s, tr("Team store")},
                                                   {u"active"_s, tr("Active")},
                                                   {u"id"_s, tr("Id")}};
                    work.runJobs(ResultShape::List, columns,
                                 {ItemWork{QString(), [outcome](ItemWork::Done done) {
                                               done(outcome);
                                           }}});
                }};
    };
    return spec;
}

CommandSpec ProfileCommands::add()
{
    CommandSpec spec;
    spec.group = u"profiles"_s;
    spec.action = u"add"_s;
    spec.summary = tr("Add a connection profile and keep its secret in the keychain.");
    spec.syntax = tr("NAME --base-url URL --access-code CODE");
    spec.details = tr("The secret comes from CUBE_SECRET or, with --secret-stdin, from standard "
                      "input; it goes to the keychain only. The first profile becomes the "
                      "active one. --timeout, --server-utc-offset, --connections, --rate and "
                      "--daily-quota, if given, are kept in the profile. With --team-store, the "
                      "journal of changes of everyone using the profile is kept in the team's "
                      "PostgreSQL database; its password comes from CUBE_TEAM_STORE_PASSWORD or, "
                      "with --team-store-password-stdin, from the next line of standard input, "
                      "and goes to the keychain only (none: libpq's own, such as ~/.pgpass).");
    spec.options = {
        {u"use"_s, tr("Make the new profile the active one.")},
        {u"view-only"_s, tr("Make it a profile for looking only: neither cubectl nor Cube "
                            "Console sends any change through it.")},
        {u"team-store"_s,
         tr("Keep the journal of changes in the team store at URL "
            "(postgresql://[user@]host:5432/database), shared by the team's desks."),
         tr("URL")},
        {u"team-store-password-stdin"_s,
         tr("Read the team store's password from standard input: its first line, or the second "
            "after the secret's (--secret-stdin).")},
    };
    spec.needsConnection = false;
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        run.expectArguments(1, 1);
        const ConnectionChoice &given = run.settings().connection;
        if (given.baseUrl.isEmpty())
            run.usageError(tr("--base-url and --access-code are required."));
        Profile profile;
        profile.name = run.argument(0).trimmed();
        profile.baseUrl = QUrl::fromUserInput(given.baseUrl);
        profile.accessCode = given.accessCode;
        if (given.timeout)
            profile.timeoutSeconds = int(given.timeout->count());
        profile.serverTimeZone = given.serverTimeZone.value_or(ServerTimeZone());
        profile.limits.connections = given.limits.connections.value_or(profile.limits.connections);
        profile.limits.queriesPerSecond =
            given.limits.queriesPerSecond.value_or(profile.limits.queriesPerSecond);
        profile.limits.dailyQuota = given.limits.dailyQuota.value_or(profile.limits.dailyQuota);
        profile.viewOnly = run.parser().isSet(u"view-only"_s);
        profile.teamStore = run.parser().value(u"team-store"_s).trimmed();
        if (const QString problem = TeamStore::urlProblem(profile.teamStore); !problem.isEmpty())
            run.usageError(u"--team-store: "_s + problem);
        const bool passwordFromStdin = run.parser().isSet(u"team-store-password-stdin"_s);
        if (passwordFromStdin && profile.teamStore.isEmpty())
            run.usageError(tr("--team-store-password-stdin needs --team-store."));
        profile.environment = Environment::Custom;
        for (const Environment known : {Environment::Uat, Environment::Production})
            if (profile.baseUrl == Profile::defaultBaseUrl(known))
                profile.environment = known;
        const ProfileStore store;
        if (ConnectionSetup::findProfile(store, profile.name))
            run.usageError(tr("A profile named “%1” exists already.").arg(profile.name));
        if (const QStringList problems = profile.problems(); !problems.isEmpty())
            run.usageError(problems.join(u' '));
        const auto secret = ConnectionSetup::givenSecret(given);
        if (!secret)
            run.usageError(tr("The profile needs the account's secret: set CUBE_SECRET or give "
                              "it on standard input with --secret-stdin."));
        const QString password = passwordFromStdin
                                     ? givenTeamStorePassword(run)
                                     : qEnvironmentVariable("CUBE_TEAM_STORE_PASSWORD");
        const bool makeActive = run.parser().isSet(u"use"_s) || store.profiles().isEmpty();
        return {
            {}, [profile, secret, password, makeActive](CommandRun &work) mutable {
                profile.id = ProfileStore().save(profile); // an id for the keychain entries
                auto *secrets = new ProfileSecrets(&work);
                const auto added = [&work, profile, makeActive] {
                    if (makeActive)
                        ProfileStore().setActiveId(profile.id);
                    console::say(tr("Profile “%1” added.").arg(profile.name));
                    work.finish(exitstatus::allSucceeded);
                };
                secrets->store(
                    profile.id, *secret, &work,
                    [&work, secrets, profile, password, added](const SecretStoreResult &result) {
                        if (!result.ok()) {
                            ProfileStore().remove(profile.id); // nothing half-made
                            keychainFailed(work,
                                           tr("The profile was not added: its secret could "
                                              "not be stored."),
                                           result);
                            return;
                        }
                        if (profile.teamStore.isEmpty() || password.isEmpty())
                            return added();
                        storeTeamStorePassword(work, *secrets, profile, password, added);
                    });
            }};
    };
    return spec;
}

CommandSpec ProfileCommands::remove()
{
    CommandSpec spec;
    spec.group = u"profiles"_s;
    spec.action = u"remove"_s;
    spec.summary = tr("Remove a connection profile and its secret (asks first).");
    spec.syntax = tr("NAME");
    spec.needsConnection = false;
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        const Profile profile = existingProfile(run);
        CommandPlan plan;
        plan.confirmation =
            tr("Remove profile “%1” and its secret from the keychain?").arg(profile.name);
        plan.work = [profile](CommandRun &work) {
            auto *secrets = new ProfileSecrets(&work);
            auto store = std::make_shared<ProfileStore>();
            secrets->deleteProfile(*store, profile.id, &work,
                                   [&work, store, profile](const SecretStoreResult &result) {
                                       if (!result.ok()) {
                                           keychainFailed(work,
                                                          tr("The profile was kept: its secret "
                                                             "could not be removed."),
                                                          result);
                                           return;
                                       }
                                       console::say(tr("Profile “%1” removed.").arg(profile.name));
                                       work.finish(exitstatus::allSucceeded);
                                   });
        };
        return plan;
    };
    return spec;
}

CommandSpec ProfileCommands::use()
{
    CommandSpec spec;
    spec.group = u"profiles"_s;
    spec.action = u"use"_s;
    spec.summary = tr("Make a profile the active one, here and in Cube Console.");
    spec.syntax = tr("NAME");
    spec.needsConnection = false;
    spec.prepare = [](CommandRun &run) -> CommandPlan {
        const Profile profile = existingProfile(run);
        return {{}, [profile](CommandRun &work) {
                    ProfileStore().setActiveId(profile.id);
                    console::say(tr("Profile “%1” is now the active one.").arg(profile.name));
                    work.finish(exitstatus::allSucceeded);
                }};
    };
    return spec;
}

} // namespace cube::cli
