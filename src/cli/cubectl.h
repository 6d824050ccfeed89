#pragma once

#include "commandspec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

namespace cube::cli {

class CommandRun;

// The program: finds the command in the arguments, parses its options with the global ones,
// prints help or a usage error, and starts the command's run. The exit status comes from
// QCoreApplication::exec() once the run ends.
class Cubectl final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::Cubectl)

public:
    explicit Cubectl(QStringList arguments);
    ~Cubectl();

    // Starts the command; returns the exit status instead when the program is done already
    // (help, version, no command).
    std::optional<int> start();

    // The words that name the command ("orders", "end"), skipping options and their values.
    static QStringList commandWords(const QStringList &arguments);

private:
    const CommandSpec *find(const QStringList &words) const;

    QStringList m_arguments;
    QList<CommandSpec> m_commands;
    QCommandLineParser m_parser;
    std::unique_ptr<CommandRun> m_run;
};

} // namespace cube::cli
