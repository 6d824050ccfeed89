#include "commandlineusage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

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

std::optional<QString> languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith("--lang="_L1))
            return argument.mid(7);
        if (argument == "--lang"_L1 && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return std::nullopt;
}

UiLanguage chooseLanguage(const QStringList &arguments)
{
    if (const auto argument = languageArgument(arguments)) {
        if (const auto language = parseUiLanguage(*argument))
            return *language;
    }
    if (const auto stored = parseUiLanguage(QSettings().value(u"language"_s).toString()))
        return *stored;
    return uiLanguageFromSystem(QLocale::system().uiLanguages());
}

} // namespace cube::commandline
