#pragma once

#include "base/uilanguage.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace cube {

// The conventions every executable of the project follows on its command line: --help and
// --version print and exit 0; a usage error prints what is wrong and how to get help, and
// exits 2 (scripts tell it from a failure of the work itself).
namespace commandline {

constexpr int usageErrorStatus = 2;

// Parses `arguments`; returns only when the program is to go on.
void parseOrExit(QCommandLineParser &parser, const QStringList &arguments);

[[noreturn]] void exitWithUsageError(const QString &message);

// The value of --lang (as "--lang X" or "--lang=X"), read before the translations are
// installed, so that even the help and the usage errors are in that language.
std::optional<QString> languageArgument(const QStringList &arguments);

// The language to speak: --lang first, then the one chosen in Cube Console's settings, then the
// system's.
UiLanguage chooseLanguage(const QStringList &arguments);

} // namespace commandline

} // namespace cube
