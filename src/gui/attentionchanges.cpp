#include "attentionchanges.h"

#include "contract/vocabulary.h"

#include <algorithm>

namespace cube {

namespace {

// Where an item goes: it stays as it was, it leaves, or its day moved (the lists are then
// sorted again).
enum class Fate { Stays, Leaves, Moves };

} // namespace

AttentionResult AttentionChanges::appliedTo(AttentionResult result, const AttentionRules &rules,
                                            const ServerTimeZone &zone) const
{
    // The day each changed order expired at the look: a later one now means it was renewed.
    QHash<QString, QDate> expiredAtLook;
    if (!orders.isEmpty()) {
        for (const AttentionItem &item : std::as_const(result.dated)) {
            if (item.reason == AttentionReason::ExpiresSoon && orders.contains(item.orderCode))
                expiredAtLook.insert(item.orderCode, item.date);
        }
    }
    const auto fateOf = [&](AttentionItem &item, bool listed) {
        if (listed && !rules.isOn(item.reason))
            return Fate::Leaves;
        if (const auto sim = sims.constFind(item.iccid); sim != sims.cend()) {
            const bool known = sim->lifeCycle != int(LifeCycle::Unknown);
            switch (item.reason) {
            case AttentionReason::NoPlan:
                if (!sim->orderCode.isEmpty()
                    || (known && sim->lifeCycle != int(LifeCycle::Activated)))
                    return Fate::Leaves;
                break;
            case AttentionReason::Suspended:
                if (!sim->suspended)
                    return Fate::Leaves;
                break;
            case AttentionReason::PreDeactivation:
                if (known && sim->lifeCycle != int(LifeCycle::PreDeactivation))
                    return Fate::Leaves;
                break;
            default:
                break;
            }
        }
        const auto order = orders.constFind(item.orderCode);
        if (item.orderCode.isEmpty() || order == orders.cend()
            || item.reason == AttentionReason::Expired)
            return Fate::Stays;
        if (order->status != int(OrderStatus::InUse))
            return Fate::Leaves;
        if (!order->expires.isValid())
            return Fate::Stays;
        const QDate expires = zone.dateAt(order->expires);
        const QDate before = expiredAtLook.value(item.orderCode);
        const bool renewed = before.isValid() && expires > before;
        switch (item.reason) {
        case AttentionReason::ExpiresSoon:
            if (expires == item.date)
                return Fate::Stays;
            item.date = expires;
            if (listed && result.today.daysTo(expires) > rules.expiryDays)
                return Fate::Leaves;
            return Fate::Moves;
        case AttentionReason::RunsOut:
        case AttentionReason::LowData:
            // Renewing added data: the forecast made for the data it had no longer holds.
            return renewed ? Fate::Leaves : Fate::Stays;
        default:
            return Fate::Stays;
        }
    };
    const auto amend = [&](QList<AttentionItem> &items, bool listed) {
        bool moved = false;
        QList<AttentionItem> kept;
        kept.reserve(items.size());
        for (AttentionItem &item : items) {
            const Fate fate = fateOf(item, listed);
            if (fate == Fate::Leaves)
                continue;
            moved = moved || fate == Fate::Moves;
            kept.append(std::move(item));
        }
        if (moved)
            std::stable_sort(kept.begin(), kept.end(), AttentionItem::moreUrgent);
        items = std::move(kept);
    };
    amend(result.items, true);
    // The calendar has every expiry and run-out, whatever the rules list.
    amend(result.dated, false);

    result.counts.fill(0);
    for (const AttentionItem &item : std::as_const(result.items))
        ++result.counts[size_t(item.reason)];
    result.days.clear();
    for (const AttentionItem &item : std::as_const(result.dated)) {
        if (item.reason == AttentionReason::ExpiresSoon)
            ++result.days[item.date].expiring;
        else if (item.reason == AttentionReason::RunsOut)
            ++result.days[item.date].runningOut;
    }
    return result;
}

} // namespace cube
