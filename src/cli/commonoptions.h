#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

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
};

} // namespace cube::cli
