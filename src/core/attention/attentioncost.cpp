#include "attention/attentioncost.h"

#include <QLocale>
#include <QStringList>

namespace cube {

QString AttentionCost::describe() const
{
    const QLocale locale;
    QStringList parts;
    if (!orderCountKnown)
        parts << tr("the order listing, as long as its first page says");
    else if (orderPages > 0)
        parts << tr("%Ln page(s) of orders in use", nullptr, int(orderPages));
    if (watchedSims > 0)
        parts << tr("%1 for the usage of %Ln watched SIM(s)", nullptr, int(watchedSims))
                     .arg(locale.toString(usageQueries));
    if (dayQueries > 0)
        parts << tr("%Ln for their days not read before", nullptr, int(dayQueries));
    if (parts.isEmpty())
        return tr("This look costs no query: it goes by the SIM list and the orders already "
                  "read.");
    return tr("This look takes about %1 queries: %2.")
        .arg(locale.toString(total()), locale.createSeparatedList(parts));
}

} // namespace cube
