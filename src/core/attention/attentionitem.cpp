#include "attention/attentionitem.h"

#include <tuple>

using namespace Qt::StringLiterals;

namespace cube {

QString AttentionItem::key() const
{
    const QString reasonKey = vocabulary::attentionReasons().key(int(reason));
    switch (reason) {
    case AttentionReason::Expired:
    case AttentionReason::ExpiresSoon:
        return reasonKey + u'/' + orderCode + u'/' + date.toString(Qt::ISODate);
    case AttentionReason::RunsOut:
    case AttentionReason::LowData:
        return reasonKey + u'/' + iccid + u'/' + orderCode;
    case AttentionReason::NoPlan:
    case AttentionReason::Suspended:
    case AttentionReason::PreDeactivation:
        return reasonKey + u'/' + iccid;
    }
    return reasonKey + u'/' + iccid;
}

bool AttentionItem::moreUrgent(const AttentionItem &a, const AttentionItem &b)
{
    const auto rank = [](const AttentionItem &item) {
        const bool happened = item.reason == AttentionReason::Expired;
        const bool undated = !item.date.isValid();
        return std::make_tuple(!happened, undated, item.date.toJulianDay(), int(item.reason));
    };
    const auto rankA = rank(a);
    const auto rankB = rank(b);
    if (rankA != rankB)
        return rankA < rankB;
    return std::tie(a.iccid, a.orderCode) < std::tie(b.iccid, b.orderCode);
}

} // namespace cube
