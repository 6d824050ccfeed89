#include "commonoptions.h"

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

} // namespace cube::cli
