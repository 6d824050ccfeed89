#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace cube {

// The conventions every executable of the project follows on its command line: --help and
// --version print and exit 0; a usage error prints what is wrong and how to get help, and
// exits 2 (scripts tell it from a failure of the work itself).
namespace commandline {

constexpr int usageErrorStatus = 2;

// Parses `arguments`; returns only when the program is to go on.
void parseOrExit(QCommandLineParser &parser, const QStringList &arguments);

[[noreturn]] void exitWithUsageError(const QString &message);

} // namespace commandline

} // namespace cube
