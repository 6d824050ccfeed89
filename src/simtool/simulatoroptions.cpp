#include "simulatoroptions.h"

#include "commandlineusage.h"
#include "requestfields.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace cube::sim {

namespace {

// Large accounts run a few million SIM cards; three million build in well under a minute.
constexpr int maxFleetSize = 3'000'000;

// A gateway limit's value: 0 (off) to `largest`; exits with a usage error otherwise.
int limitValue(const QCommandLineParser &parser, const QCommandLineOption &option, int largest)
{
    bool valid = false;
    const int value = parser.value(option).toInt(&valid);
    if (!valid || value < 0 || value > largest)
        commandline::exitWithUsageError(
            SimulatorOptions::tr("--%1 must be a number from 0 (no limit) to %2.")
                .arg(option.names().constFirst())
                .arg(largest));
    return value;
}

// The scenario in `path` (Fleet::fromScenario says what one holds), checked as the simulator
// would build it; exits with a usage error saying what is wrong otherwise.
QJsonObject readScenario(const QString &path, ServerTimeZone serverZone)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        commandline::exitWithUsageError(
            SimulatorOptions::tr("Cannot read the scenario %1: %2").arg(path, file.errorString()));
    QJsonParseError parsing;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parsing);
    if (parsing.error != QJsonParseError::NoError)
        commandline::exitWithUsageError(
            SimulatorOptions::tr("The scenario %1 is not JSON: %2 (at character %3).")
                .arg(path, parsing.errorString())
                .arg(parsing.offset));
    // Not an object: an empty one, and fromScenario says what a scenario is.
    QString problem;
    if (!Fleet::fromScenario(document.object(), QDateTime::currentDateTimeUtc(), serverZone,
                             &problem))
        commandline::exitWithUsageError(
            SimulatorOptions::tr("The scenario %1 is wrong: %2").arg(path, problem));
    return document.object();
}

} // namespace

SimulatorOptions SimulatorOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A simulator of the Linksfield Cube (CSSS) API on 127.0.0.1, with a seeded fleet of "
           "SIM cards, orders and usage, for trying, testing and demonstrating Cube Console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, tr("Port to listen on (0: any free port)."),
                                  tr("port"), u"0"_s);
    const QCommandLineOption seed(u"seed"_s, tr("Seed of the simulated fleet."), tr("number"),
                                  u"1"_s);
    const QCommandLineOption size(u"size"_s, tr("Number of SIM cards in the fleet."), tr("count"),
                                  u"2000"_s);
    const QCommandLineOption accessCode(u"access-code"_s, tr("The account's access code."),
                                        tr("code"), SimulatorAccount::demo().accessCode);
    const QCommandLineOption secret(u"secret"_s, tr("The account's secret (a test secret)."),
                                    tr("secret"),
                                    QString::fromLatin1(SimulatorAccount::demo().secret));
    const QCommandLineOption fault(
        u"fault"_s,
        tr("Inject a fault: OPERATION:KIND[:RATE], OPERATION an operation name or *, KIND one of "
           "http500, http503, http429, html, malformed, truncated, close, silent, code=XXXX, "
           "late=MS (no answer; the write takes effect MS milliseconds later). Repeatable."),
        tr("spec"));
    const QCommandLineOption latency(
        u"latency"_s, tr("Delay answers: OPERATION:MILLISECONDS. Repeatable."), tr("spec"));
    const QCommandLineOption scenario(
        u"scenario"_s,
        tr("Serve the fleet described in the JSON file FILE instead of a seeded one: SIM cards, "
           "their orders and their daily usage, days counted from the server's midnight "
           "(--seed and --size are then ignored; the format is in src/simulator/fleet.h)."),
        tr("file"));
    const QCommandLineOption requestLog(
        u"request-log"_s,
        tr("Append one JSON line per request to FILE: time, path, business fields, answer code."),
        tr("file"));
    const QCommandLineOption camelCase(
        u"camel-case"_s,
        tr("Answer with camelCase names and every value a string, as the vendor's documented "
           "answers are."));
    const QCommandLineOption utcOffset(
        u"utc-offset"_s,
        tr("Write times and count days in UTC+OFFSET, e.g. +8 (the vendor's, the default), 0 "
           "or +05:30."),
        tr("offset"), u"+8"_s);
    // The vendor's gateway limits, per client address (cube-api.md, "Limits"); 0 turns one off.
    const GatewayPolicy vendor = GatewayPolicy::vendor();
    const QCommandLineOption rate(
        u"rate"_s,
        tr("At most this many requests in any second from one address; more get HTTP 429 "
           "(default %1, the vendor's; 0: no limit).")
            .arg(vendor.rate),
        tr("count"), QString::number(vendor.rate));
    const QCommandLineOption connections(
        u"connections"_s,
        tr("At most this many requests of one address in progress at once; more get HTTP 429 "
           "(default %1).")
            .arg(vendor.concurrency),
        tr("count"), QString::number(vendor.concurrency));
    const QCommandLineOption dailyQuota(
        u"daily-quota"_s,
        tr("At most this many requests from one address in one of the server's days, refused "
           "ones included; more get HTTP 429 until its midnight (default %1).")
            .arg(vendor.dailyQuota),
        tr("count"), QString::number(vendor.dailyQuota));
    const QCommandLineOption maxPageSize(
        u"max-page-size"_s,
        tr("Answer a listing with at most this many rows a page, whatever page_size asks "
           "(default %1).")
            .arg(vendor.maxPageSize),
        tr("count"), QString::number(vendor.maxPageSize));
    const QCommandLineOption limits(
        u"limits"_s,
        tr("\"none\" turns the four limits above off, apart from those given as well, for "
           "tests that need raw speed; \"vendor\" (the default) keeps the vendor's."),
        tr("set"), u"vendor"_s);
    parser.addOptions({port, seed, size, scenario, accessCode, secret, fault, latency, requestLog,
                       camelCase, utcOffset, rate, connections, dailyQuota, maxPageSize, limits});

    commandline::parseOrExit(parser, arguments);

    SimulatorOptions options;
    bool valid = false;
    const uint portNumber = parser.value(port).toUInt(&valid);
    if (!valid || portNumber > 65535)
        commandline::exitWithUsageError(tr("The port must be a number from 0 to 65535."));
    options.port = quint16(portNumber);
    options.fleet.seed = parser.value(seed).toULongLong(&valid);
    if (!valid)
        commandline::exitWithUsageError(tr("The seed must be a whole number."));
    options.fleet.simCount = parser.value(size).toInt(&valid);
    if (!valid || options.fleet.simCount < 1 || options.fleet.simCount > maxFleetSize)
        commandline::exitWithUsageError(
            tr("The size must be a number from 1 to %1.").arg(maxFleetSize));
    const auto zone = ServerTimeZone::parse(parser.value(utcOffset));
    if (!zone)
        commandline::exitWithUsageError(
            tr("The UTC offset must be from -12 to +14 hours in steps of 15 minutes, such as +8 "
               "or +05:30."));
    options.fleet.serverZone = *zone;
    options.scenarioFile = parser.value(scenario);
    if (!options.scenarioFile.isEmpty())
        options.fleet.scenario = readScenario(options.scenarioFile, *zone);
    options.account.accessCode = parser.value(accessCode);
    options.account.secret = parser.value(secret).toUtf8();
    QString error;
    for (const QString &spec : parser.values(fault)) {
        if (!options.faults.addFaultSpec(spec, &error))
            commandline::exitWithUsageError(tr("Bad --fault \"%1\": %2").arg(spec, error));
    }
    for (const QString &spec : parser.values(latency)) {
        if (!options.faults.addLatencySpec(spec, &error))
            commandline::exitWithUsageError(tr("Bad --latency \"%1\": %2").arg(spec, error));
    }
    const QString limitSet = parser.value(limits);
    const bool noLimits = limitSet == "none"_L1;
    if (!noLimits && limitSet != "vendor"_L1)
        commandline::exitWithUsageError(tr("--limits must be \"none\" or \"vendor\"."));
    if (noLimits)
        options.limits = GatewayPolicy::none();
    // With --limits none only a limit named on the command line applies.
    constexpr int largestLimit = 1'000'000;
    if (!noLimits || parser.isSet(rate))
        options.limits.rate = limitValue(parser, rate, largestLimit);
    if (!noLimits || parser.isSet(connections))
        options.limits.concurrency = limitValue(parser, connections, largestLimit);
    if (!noLimits || parser.isSet(dailyQuota))
        options.limits.dailyQuota = limitValue(parser, dailyQuota, largestLimit);
    if (!noLimits || parser.isSet(maxPageSize))
        options.limits.maxPageSize =
            limitValue(parser, maxPageSize, int(RequestFields::largestPage));
    options.requestLog = parser.value(requestLog);
    options.camelCase = parser.isSet(camelCase);
    return options;
}

} // namespace cube::sim
