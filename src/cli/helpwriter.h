#pragma once

#include "commandspec.h"

#include <QCoreApplication>
#include <QList>

namespace cube::cli {

// cubectl's help texts, translated, laid out for an 80-column terminal: the overview with every
// command, and each command's usage with its own options and the global ones.
class HelpWriter final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::HelpWriter)

public:
    static QString overview(const QList<CommandSpec> &commands);
    static QString command(const CommandSpec &spec);

private:
    static QString options(const QList<QCommandLineOption> &options);
    static QString paragraph(const QString &text);
    static QString footer();
};

} // namespace cube::cli
