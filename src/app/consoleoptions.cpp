#include "consoleoptions.h"

#include "commandlineusage.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace cube {

ConsoleOptions ConsoleOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Cube Console: SIM cards, data usage and data-plan orders of a Linksfield Cube "
           "account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, tr("Start the built-in Cube simulator and connect to its demo account."));
    const QCommandLineOption languageOption(
        u"lang"_s, tr("Language of the interface and of the server's messages: zh-CN or en-US."),
        tr("language"));
    const QCommandLineOption journalOption(
        u"journal"_s, tr("Record changes in the journal FILE instead of the shared one."),
        tr("file"));
    parser.addOption(demoOption);
    parser.addOption(languageOption);
    parser.addOption(journalOption);

    commandline::parseOrExit(parser, arguments);
    if (!parser.positionalArguments().isEmpty())
        commandline::exitWithUsageError(
            tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    ConsoleOptions options;
    options.demo = parser.isSet(demoOption);
    options.journalPath = parser.value(journalOption);
    if (parser.isSet(languageOption)) {
        options.language = parseUiLanguage(parser.value(languageOption));
        if (!options.language)
            commandline::exitWithUsageError(tr("Unknown language \"%1\": use zh-CN or en-US.")
                                                .arg(parser.value(languageOption)));
    }
    return options;
}

} // namespace cube
