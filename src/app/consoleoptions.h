#pragma once

#include "base/uilanguage.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace cube {

// The command line of cube-console. The language is read before the rest so that --help
// itself is printed in the chosen language.
class ConsoleOptions final
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOptions)

public:
    // Parses the command line; prints --help or --version, or an error, and exits as the
    // conventions say (0 for help and version, 2 for a usage error).
    static ConsoleOptions parse(const QStringList &arguments);

    bool demo = false;
    std::optional<UiLanguage> language;
    QString journalPath; // empty: the shared one (Journal::defaultPath)
};

} // namespace cube
