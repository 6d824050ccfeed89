#include "commandlineusage.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace cube::commandline {

void exitWithUsageError(const QString &message)
{
    std::fputs(qPrintable(message + u'\n'), stderr);
    std::exit(usageErrorStatus);
}

void parseOrExit(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        exitWithUsageError(parser.errorText() + u'\n'
                           + QCoreApplication::translate("cube::commandline",
                                                         "Run with --help to see the options."));
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
}

} // namespace cube::commandline
