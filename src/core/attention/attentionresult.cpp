#include "attention/attentionresult.h"

#include <algorithm>

namespace cube {

QList<AttentionItem> AttentionResult::on(QDate day) const
{
    // `dated` is sorted by day: the day's items are one run of it.
    AttentionItem probe;
    probe.date = day;
    const auto byDay = [](const AttentionItem &a, const AttentionItem &b) {
        return a.date < b.date;
    };
    const auto [first, last] = std::equal_range(dated.cbegin(), dated.cend(), probe, byDay);
    return QList<AttentionItem>(first, last);
}

QList<AttentionItem> AttentionResult::of(AttentionReason reason) const
{
    QList<AttentionItem> found;
    for (const AttentionItem &item : items) {
        if (item.reason == reason)
            found.append(item);
    }
    return found;
}

} // namespace cube
