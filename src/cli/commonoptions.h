#pragma once

#include "commandspec.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <utility>

namespace cube::cli {

// Options that several commands share, described once.
class CommonOptions final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::CommonOptions)

public:
    // --from FILE: more targets, one per line ("-": standard input).
    static QCommandLineOption from();
    // --page N: only that page of a listing (default: every page).
    static QCommandLineOption page();
    static QCommandLineOption pageSize(int defaultSize);
    // The sentence that says a list may also come from a file or standard input.
    static QString listDetails(const QString &what);

    // A command over a list of targets: its words, syntax, the list's help and --from.
    static CommandSpec targetCommand(const QString &group, const QString &action,
                                     const QString &syntax, const QString &what);

    // --page as the range of pages a listing reads: {N, N}, or {1, 0} for every page.
    static std::pair<int, int> pageRange(const CommandRun &run);
};

} // namespace cube::cli
