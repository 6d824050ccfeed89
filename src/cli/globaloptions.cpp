#include "globaloptions.h"

#include "commandlineusage.h"
#include "journal/journal.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace cube::cli {

QList<QCommandLineOption> GlobalOptions::definitions()
{
    return {
        {u"profile"_s, tr("Connect with the profile NAME (default: the active profile)."),
         tr("NAME")},
        {u"base-url"_s,
         tr("Connect to URL without a profile; needs --access-code and the secret in "
            "CUBE_SECRET or on standard input (--secret-stdin)."),
         tr("URL")},
        {u"access-code"_s, tr("The account's access code, with --base-url."), tr("CODE")},
        {u"secret-stdin"_s, tr("Read the account's secret from the first line of standard input.")},
        {u"demo"_s, tr("Work on a built-in Cube simulator instead of a real account.")},
        {u"json"_s, tr("Print the result as one JSON document (an array for lists).")},
        {u"csv"_s,
         tr("Print the result as CSV with a header line; text that a spreadsheet would run as "
            "a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading "
            "'.")},
        {u"csv-raw"_s,
         tr("Print the result as CSV with a header line and every value exactly as it is, "
            "for scripts (never open it in a spreadsheet).")},
        {u"lang"_s,
         tr("Messages, and the server's messages, in LANG: zh-CN or en-US (default: the "
            "console's setting, else the system's language)."),
         tr("LANG")},
        {{u"y"_s, u"yes"_s}, tr("Do not ask before ending, cancelling or suspending.")},
        {u"dry-run"_s,
         tr("Show the changes that would be sent (signature masked) and send none; reads "
            "are made as usual.")},
        {u"jobs"_s,
         tr("Run at most N requests at a time (default and most: the gateway's connections)."),
         tr("N")},
        {u"connections"_s,
         tr("The gateway allows N connections at once (default: the profile's, else 3, the "
            "vendor's)."),
         tr("N")},
        {u"rate"_s,
         tr("The gateway allows N queries a second (default: the profile's, else 10, the "
            "vendor's)."),
         tr("N")},
        {u"daily-quota"_s,
         tr("The gateway allows N queries a day (default: the profile's, else 5,000, the "
            "vendor's)."),
         tr("N")},
        {u"timeout"_s,
         tr("Give up on an answer after SECONDS (default: the profile's time-out, else 30)."),
         tr("SECONDS")},
        {u"server-utc-offset"_s,
         tr("The server writes its times and counts its days in UTC+OFFSET, e.g. +8 or "
            "+05:30 (default: the profile's, else +8, the vendor's). Times are shown in this "
            "computer's time zone."),
         tr("OFFSET")},
        {u"journal"_s,
         tr("Record changes in the journal FILE instead of the shared one (%1).")
             .arg(QDir::toNativeSeparators(Journal::defaultPath())),
         tr("FILE")},
        {{u"v"_s, u"verbose"_s},
         tr("Log every request and answer on standard error (secret and signature masked).")},
        {{u"h"_s, u"help"_s}, tr("Show this help.")},
        {u"version"_s, tr("Show the version.")},
    };
}

QStringList GlobalOptions::namesWithValues()
{
    QStringList names;
    for (const QCommandLineOption &option : definitions())
        if (!option.valueName().isEmpty())
            names += option.names();
    return names;
}

std::optional<int> GlobalOptions::numberIn(const QCommandLineParser &parser, const QString &option,
                                           int low, int high)
{
    bool isNumber = false;
    const int value = parser.value(option).toInt(&isNumber);
    if (!isNumber || value < low || value > high)
        return std::nullopt;
    return value;
}

QString GlobalOptions::notANumberIn(const QCommandLineParser &parser, const QString &option,
                                    int low, int high)
{
    return tr("--%1 takes a number from %2 to %3, not “%4”.")
        .arg(option)
        .arg(low)
        .arg(high)
        .arg(parser.value(option));
}

namespace {

int boundedNumber(const QCommandLineParser &parser, const QString &option, int low, int high)
{
    const auto value = GlobalOptions::numberIn(parser, option, low, high);
    if (!value)
        commandline::exitWithUsageError(GlobalOptions::notANumberIn(parser, option, low, high));
    return *value;
}

} // namespace

GlobalSettings GlobalOptions::read(const QCommandLineParser &parser)
{
    GlobalSettings settings;
    ConnectionChoice &connection = settings.connection;
    connection.demo = parser.isSet(u"demo"_s);
    connection.profile = parser.value(u"profile"_s);
    connection.baseUrl = parser.value(u"base-url"_s);
    connection.accessCode = parser.value(u"access-code"_s);
    connection.secretFromStdin = parser.isSet(u"secret-stdin"_s);
    if (parser.isSet(u"timeout"_s))
        connection.timeout = std::chrono::seconds(boundedNumber(parser, u"timeout"_s, 1, 600));
    if (parser.isSet(u"server-utc-offset"_s)) {
        connection.serverTimeZone = ServerTimeZone::parse(parser.value(u"server-utc-offset"_s));
        if (!connection.serverTimeZone)
            commandline::exitWithUsageError(
                tr("--server-utc-offset takes an offset from -12 to +14 hours in steps of 15 "
                   "minutes, such as +8 or +05:30, not “%1”.")
                    .arg(parser.value(u"server-utc-offset"_s)));
    }
    const int ways = int(connection.demo) + int(!connection.profile.isEmpty())
                     + int(!connection.baseUrl.isEmpty());
    if (ways > 1)
        commandline::exitWithUsageError(
            tr("Choose one connection: --demo, --profile or --base-url."));
    if (connection.baseUrl.isEmpty() != connection.accessCode.isEmpty())
        commandline::exitWithUsageError(tr("--base-url and --access-code go together."));

    const bool csv = parser.isSet(u"csv"_s);
    const bool rawCsv = parser.isSet(u"csv-raw"_s);
    if (parser.isSet(u"json"_s) && (csv || rawCsv))
        commandline::exitWithUsageError(tr("Choose one output format: --json or --csv."));
    if (csv && rawCsv)
        commandline::exitWithUsageError(tr("Choose --csv or --csv-raw, not both."));
    if (parser.isSet(u"json"_s))
        settings.format = OutputFormat::Json;
    else if (csv)
        settings.format = OutputFormat::Csv;
    else if (rawCsv)
        settings.format = OutputFormat::RawCsv;

    if (parser.isSet(u"lang"_s)) {
        settings.language = parseUiLanguage(parser.value(u"lang"_s));
        if (!settings.language)
            commandline::exitWithUsageError(
                tr("--lang takes zh-CN or en-US, not “%1”.").arg(parser.value(u"lang"_s)));
    }
    settings.yes = parser.isSet(u"yes"_s);
    settings.dryRun = parser.isSet(u"dry-run"_s);
    settings.verbose = parser.isSet(u"verbose"_s);
    settings.journalPath = parser.value(u"journal"_s);
    if (parser.isSet(u"jobs"_s))
        settings.jobs = boundedNumber(parser, u"jobs"_s, 1, maxJobs);
    ClientFactory::GivenLimits &limits = connection.limits;
    if (parser.isSet(u"connections"_s))
        limits.connections =
            boundedNumber(parser, u"connections"_s, 1, GatewayLimits::largestConnections);
    if (parser.isSet(u"rate"_s))
        limits.queriesPerSecond =
            boundedNumber(parser, u"rate"_s, 1, GatewayLimits::largestQueriesPerSecond);
    if (parser.isSet(u"daily-quota"_s))
        limits.dailyQuota = boundedNumber(parser, u"daily-quota"_s, 1, 100'000'000);
    return settings;
}

} // namespace cube::cli
