#include "attention/attentionfinder.h"

#include "attention/burnforecast.h"
#include "contract/vocabulary.h"

#include <algorithm>

namespace cube {

namespace {

class Look
{
public:
    explicit Look(const AttentionInput &input)
        : m_input(input)
        , m_rules(input.rules)
        , m_today(input.serverZone.dateAt(input.now))
    {
        m_result.lookedAt = input.now;
        m_result.today = m_today;
    }

    AttentionResult run()
    {
        for (const Order &order : m_input.expiredSinceLastLook)
            add(expired(order));
        QHash<QString, qsizetype> orderOfSim;
        orderOfSim.reserve(m_input.ordersInUse.size());
        for (qsizetype i = 0; i < m_input.ordersInUse.size(); ++i) {
            const Order &order = m_input.ordersInUse.at(i);
            lookAtExpiry(order);
            orderOfSim.insert(order.iccid, i);
        }
        const FleetSnapshot &fleet = m_input.fleet;
        std::vector<bool> orderSeen(size_t(m_input.ordersInUse.size()), false);
        for (qsizetype row = 0; row < fleet.size(); ++row) {
            const QString iccid = fleet.text(row, PackedField::Iccid);
            const qsizetype order = orderOfSim.value(iccid, -1);
            lookAtSim(fleet, row, iccid, order >= 0 || fleet.hasOrder(row));
            if (order >= 0) {
                orderSeen[size_t(order)] = true;
                lookAtData(m_input.ordersInUse.at(order), fleet.usedFlowMb(row));
            }
        }
        // A watched SIM the SIM list does not have yet still has its reading.
        for (qsizetype i = 0; i < m_input.ordersInUse.size(); ++i) {
            const Order &order = m_input.ordersInUse.at(i);
            if (!orderSeen[size_t(i)] && m_input.watched.contains(order.iccid))
                lookAtData(order, -1);
        }
        m_result.simsLooked = fleet.size();
        m_result.ordersLooked = m_input.ordersInUse.size();
        std::sort(m_result.items.begin(), m_result.items.end(), AttentionItem::moreUrgent);
        // Every dated item has a day and none has happened: this is by day (AttentionResult::on).
        std::sort(m_result.dated.begin(), m_result.dated.end(), AttentionItem::moreUrgent);
        return std::move(m_result);
    }

private:
    AttentionItem ofOrder(AttentionReason reason, const Order &order) const
    {
        AttentionItem item;
        item.reason = reason;
        item.iccid = order.iccid;
        item.orderCode = order.orderCode;
        item.planName = order.planName.isEmpty() ? order.planCode : order.planName;
        item.planMb = order.flowMb * qMax(1, order.periods);
        item.watched = m_input.watched.contains(order.iccid);
        return item;
    }

    AttentionItem expired(const Order &order) const
    {
        AttentionItem item = ofOrder(AttentionReason::Expired, order);
        item.date = m_input.serverZone.dateAt(order.expires);
        return item;
    }

    void lookAtExpiry(const Order &order)
    {
        if (!order.expires.isValid())
            return;
        if (order.expires <= m_input.now) {
            add(expired(order));
            return;
        }
        AttentionItem item = ofOrder(AttentionReason::ExpiresSoon, order);
        item.date = m_input.serverZone.dateAt(order.expires);
        AttentionResult::Day &day = m_result.days[item.date];
        ++day.expiring;
        m_result.dated.append(item);
        if (m_today.daysTo(item.date) <= m_rules.expiryDays)
            add(item);
    }

    void lookAtSim(const FleetSnapshot &fleet, qsizetype row, const QString &iccid, bool hasOrder)
    {
        const auto sim = [&](AttentionReason reason) {
            AttentionItem item;
            item.reason = reason;
            item.iccid = iccid;
            item.planName = fleet.planName(row);
            item.watched = m_input.watched.contains(iccid);
            add(item);
        };
        const int lifeCycle = fleet.lifeCycle(row);
        if (lifeCycle == int(LifeCycle::Activated) && !hasOrder)
            sim(AttentionReason::NoPlan);
        if (fleet.suspended(row))
            sim(AttentionReason::Suspended);
        if (lifeCycle == int(LifeCycle::PreDeactivation))
            sim(AttentionReason::PreDeactivation);
    }

    // `listedUsedMb`: what the SIM list says the order used; negative when the SIM is not in it.
    void lookAtData(const Order &order, double listedUsedMb)
    {
        const double planMb = order.flowMb * qMax(1, order.periods);
        if (planMb <= 0 || (order.expires.isValid() && order.expires <= m_input.now))
            return; // unlimited, or over already: nothing to run out of
        const auto watched = m_input.watched.constFind(order.iccid);
        const bool read = watched != m_input.watched.cend() && watched->leftMb >= 0;
        if (!read && listedUsedMb < 0)
            return;
        const double leftMb = read ? watched->leftMb : qMax(0.0, planMb - listedUsedMb);
        const QDate expires =
            order.expires.isValid() ? m_input.serverZone.dateAt(order.expires) : QDate();
        BurnForecast forecast;
        if (watched != m_input.watched.cend() && !watched->lastDays.isEmpty()) {
            forecast = BurnForecast::fromDays(watched->lastDays, leftMb, planMb, m_today, expires);
        } else {
            const double usedMb = read ? planMb - leftMb : listedUsedMb;
            const QDate started =
                order.starts.isValid() ? m_input.serverZone.dateAt(order.starts) : m_today;
            // Today counts as a day of use: an order started this morning has one.
            forecast = BurnForecast::fromOrderAverage(usedMb, int(started.daysTo(m_today)) + 1,
                                                      leftMb, planMb, m_today, expires);
        }
        AttentionItem item = ofOrder(AttentionReason::LowData, order);
        item.leftMb = leftMb;
        item.mbPerDay = forecast.mbPerDay;
        if (m_rules.isLow(leftMb, planMb)) {
            item.date = m_today;
            add(item);
        }
        if (forecast.runsOutBeforeExpiry()) {
            item.reason = AttentionReason::RunsOut;
            item.date = forecast.runsOut;
            ++m_result.days[item.date].runningOut;
            m_result.dated.append(item);
            add(item);
        }
    }

    void add(const AttentionItem &item)
    {
        if (!m_rules.isOn(item.reason))
            return;
        ++m_result.counts[size_t(item.reason)];
        m_result.items.append(item);
    }

    const AttentionInput &m_input;
    const AttentionRules &m_rules;
    const QDate m_today;
    AttentionResult m_result;
};

} // namespace

AttentionResult findAttention(const AttentionInput &input)
{
    return Look(input).run();
}

} // namespace cube
