#pragma once

#include "account/clientfactory.h"
#include "base/uilanguage.h"
#include "contract/servertimezone.h"
#include "resultprinter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

#include <chrono>
#include <optional>

namespace cube::cli {

// Where cubectl connects, as the command line and the environment say.
struct ConnectionChoice
{
    bool demo = false;
    QString profile; // a name or id; empty: the active profile
    QString baseUrl;
    QString accessCode;
    bool secretFromStdin = false;
    // Given with --timeout: wins over the profile's (ClientFactory).
    std::optional<std::chrono::seconds> timeout;
    // Given with --server-utc-offset: wins over the profile's, as the time-out does.
    std::optional<ServerTimeZone> serverTimeZone;
    // Given with --connections, --rate, --daily-quota: each wins over the profile's.
    ClientFactory::GivenLimits limits;
};

// The options every command takes, parsed.
struct GlobalSettings
{
    ConnectionChoice connection;
    OutputFormat format = OutputFormat::Text;
    std::optional<UiLanguage> language;
    bool yes = false;
    bool dryRun = false;
    bool verbose = false;
    // --jobs: requests at a time; nothing: the gateway's connections (never more: jobs()).
    std::optional<int> jobs;
    QString journalPath; // --journal; empty: the default (Journal::defaultPath)
};

class GlobalOptions final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::GlobalOptions)

public:
    static QList<QCommandLineOption> definitions();
    // The option names that take a value, to find the command words before the full parse.
    static QStringList namesWithValues();
    // Reads the global options of a parser that had definitions() added; a wrong value is a
    // usage error (exit 2).
    static GlobalSettings read(const QCommandLineParser &parser);

    // The value of a numeric option if it lies in [low, high], and the usage error if not;
    // for the global options and every command's own.
    static std::optional<int> numberIn(const QCommandLineParser &parser, const QString &option,
                                       int low, int high);
    static QString notANumberIn(const QCommandLineParser &parser, const QString &option, int low,
                                int high);

    static constexpr int maxJobs = GatewayLimits::largestConnections; // --connections caps it
};

} // namespace cube::cli
