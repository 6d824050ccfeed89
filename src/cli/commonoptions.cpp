#include "commonoptions.h"

#include "commandrun.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace cube::cli {

QCommandLineOption CommonOptions::from()
{
    return {u"from"_s, tr("Also read targets from FILE, one per line (“-”: standard input)."),
            tr("FILE")};
}

QCommandLineOption CommonOptions::page()
{
    return {u"page"_s, tr("Only page N of the listing (default: every page)."), tr("N")};
}

QCommandLineOption CommonOptions::pageSize(int defaultSize)
{
    return {u"page-size"_s,
            tr("Ask for N records per request (1–1000, default %1).").arg(defaultSize), tr("N"),
            QString::number(defaultSize)};
}

QString CommonOptions::listDetails(const QString &what)
{
    return tr("%1 may be given as arguments, with --from FILE, or on standard input with "
              "“-”, "
              "one per line; blank lines and # comments are skipped.")
        .arg(what);
}

CommandSpec CommonOptions::targetCommand(const QString &group, const QString &action,
                                         const QString &syntax, const QString &what)
{
    CommandSpec spec;
    spec.group = group;
    spec.action = action;
    spec.syntax = syntax;
    spec.details = listDetails(what);
    spec.options = {from()};
    return spec;
}

std::pair<int, int> CommonOptions::pageRange(const CommandRun &run)
{
    if (!run.parser().isSet(u"page"_s))
        return {1, 0};
    const int page = run.numberOption(u"page"_s, 1, std::numeric_limits<int>::max());
    return {page, page};
}

} // namespace cube::cli
