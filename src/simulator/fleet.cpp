#include "fleet.h"

#include <QRandomGenerator64>

#include <array>

using namespace Qt::StringLiterals;

namespace cube::sim {

namespace {

// SplitMix64: a good, fast mixer, so that usage is a pure function of its inputs.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

QList<Plan> makePlans()
{
    struct Row
    {
        const char16_t *name;
        int type;
        double price;
        double flowMb;
    };
    static constexpr std::array<Row, 12> rows{{
        {u"Unlimited Daily Asia", 0, 1.50, 0},
        {u"Daily 500MB Asia", 1, 0.80, 500},
        {u"Daily 1GB Global", 1, 1.60, 1024},
        {u"Monthly 1GB Asia", 2, 6.00, 1024},
        {u"Monthly 3GB Asia", 2, 12.00, 3072},
        {u"Monthly 10GB Global", 2, 30.00, 10240},
        {u"Quarterly 5GB Asia", 3, 25.00, 5120},
        {u"Quarterly 20GB Global", 3, 70.00, 20480},
        {u"Half-year 10GB Asia", 4, 45.00, 10240},
        {u"Half-year 50GB Global", 4, 150.00, 51200},
        {u"Yearly 20GB Asia", 5, 80.00, 20480},
        {u"Yearly 100GB Global", 5, 260.00, 102400},
    }};
    QList<Plan> plans;
    for (int i = 0; i < int(rows.size()); ++i) {
        Plan plan;
        plan.code = u"DP2019072600%1"_s.arg(1270 + i);
        plan.name = QString::fromUtf16(rows[i].name);
        plan.type = rows[i].type;
        plan.price = rows[i].price;
        plan.flowMb = rows[i].flowMb;
        plans.append(plan);
    }
    return plans;
}

LifeCycle lifeCycleFor(quint64 roll)
{
    const quint64 percent = roll % 100;
    if (percent < 15)
        return LifeCycle::PreActivation;
    if (percent < 80)
        return LifeCycle::Activated;
    if (percent < 90)
        return LifeCycle::PreDeactivation;
    return LifeCycle::Deactivated;
}

} // namespace

int Fleet::periodDays(int planType)
{
    switch (planType) {
    case 0:
    case 1:
        return 1;
    case 3:
        return 90;
    case 4:
        return 180;
    case 5:
        return 365;
    default:
        return 30;
    }
}

Fleet Fleet::generate(quint64 seed, int simCount, const QDateTime &now, ServerTimeZone serverZone)
{
    Fleet fleet;
    fleet.m_seed = seed;
    fleet.m_serverZone = serverZone;
    fleet.m_today = serverZone.dateAt(now);
    fleet.m_plans = makePlans();
    fleet.m_sims.reserve(simCount);
    fleet.m_ordersOfSim.resize(simCount);
    fleet.m_orders.reserve(qsizetype(simCount) * 5 / 2);
    fleet.m_simByIccid.reserve(simCount);
    fleet.m_orderByCode.reserve(qsizetype(simCount) * 5 / 2);

    // QRandomGenerator64 takes a 32-bit seed: fold the 64 bits in so both halves count.
    QRandomGenerator64 random(quint32(seed ^ (seed >> 32)));
    const QDateTime midnight = serverZone.startOf(fleet.m_today);
    for (int i = 0; i < simCount; ++i) {
        SimulatedSim sim;
        sim.iccid = u"8985202201%1"_s.arg(i, 10, 10, QChar(u'0'));
        sim.imsi = u"45412%1"_s.arg(i, 10, 10, QChar(u'0'));
        sim.msisdn = u"8526%1"_s.arg(i, 7, 10, QChar(u'0'));
        sim.lifeCycle = lifeCycleFor(random.generate());
        fleet.m_simByIccid.insert(sim.iccid, i);
        fleet.m_sims.append(sim);

        // One to four orders (2.5 on average); a SIM never activated has none in use.
        const int orderCount = 1 + int(random.generate() % 4);
        bool hasCurrent = false;
        for (int k = 0; k < orderCount; ++k) {
            SimulatedOrder order;
            order.sim = i;
            order.plan = int(random.generate() % quint64(fleet.m_plans.size()));
            const int days = periodDays(fleet.m_plans.at(order.plan).type);
            const int age = 1 + int(random.generate() % 150);
            order.ordered = midnight.addDays(-age).addSecs(qint64(random.generate() % 86400));
            auto status = OrderStatus(random.generate() % 6);
            const bool activated = sim.lifeCycle == LifeCycle::Activated;
            if ((status == OrderStatus::InUse || status == OrderStatus::Paused)
                && (hasCurrent || !activated))
                status = activated ? OrderStatus::Expired : OrderStatus::NotEnabled;
            order.status = status;
            switch (status) {
            case OrderStatus::InUse:
            case OrderStatus::Paused:
                hasCurrent = true;
                order.starts = midnight.addDays(-int(random.generate() % quint64(qMin(days, 25))));
                order.expires = order.starts.addDays(qMax(days, 2));
                break;
            case OrderStatus::Expired:
                order.starts = order.ordered;
                order.expires = order.starts.addDays(qMin(days, age - 1 > 0 ? age - 1 : 1));
                break;
            case OrderStatus::EndedEarly:
                order.starts = order.ordered;
                order.expires =
                    order.starts.addDays(1 + int(random.generate() % quint64(qMax(1, age / 2))));
                break;
            case OrderStatus::NotEnabled:
            case OrderStatus::Cancelled:
                break;
            }
            fleet.addOrder(order);
        }
    }
    return fleet;
}

int Fleet::planIndex(const QString &code) const
{
    for (int i = 0; i < m_plans.size(); ++i) {
        if (m_plans.at(i).code == code)
            return i;
    }
    return -1;
}

int Fleet::currentOrder(int sim) const
{
    for (int index : m_ordersOfSim.at(sim)) {
        const OrderStatus status = m_orders.at(index).status;
        if (status == OrderStatus::InUse || status == OrderStatus::Paused)
            return index;
    }
    return -1;
}

QString Fleet::nextOrderCode(const QDateTime &ordered)
{
    return u"L%1%2"_s.arg(dayAt(ordered).toString(u"yyyyMMdd"_s))
        .arg(++m_orderSequence, 10, 10, QChar(u'0'));
}

const QList<int> &Fleet::ordersListed(const QString &status, const QString &type) const
{
    const QString key = status + u'/' + type;
    if (const auto found = m_listings.constFind(key); found != m_listings.cend())
        return *found;
    QList<int> matching;
    for (int i = 0; i < m_orders.size(); ++i) {
        const SimulatedOrder &order = m_orders.at(i);
        if ((status.isEmpty() || QString::number(int(order.status)) == status)
            && (type.isEmpty() || QString::number(order.type) == type))
            matching.append(i);
    }
    return m_listings[key] = std::move(matching);
}

int Fleet::addOrder(SimulatedOrder order)
{
    m_listings.clear();
    order.code = nextOrderCode(order.ordered);
    const int index = int(m_orders.size());
    m_orderByCode.insert(order.code, index);
    m_ordersOfSim[order.sim].append(index);
    m_orders.append(std::move(order));
    return index;
}

double Fleet::dayUsageMb(int sim, QDate day) const
{
    const SimulatedSim &card = m_sims.at(sim);
    if (card.lifeCycle == LifeCycle::PreActivation || day > m_today
        || day < m_today.addDays(-historyDays))
        return 0;
    const quint64 roll =
        mix(m_seed ^ mix(quint64(sim) * 0x100000001b3ULL ^ quint64(day.toJulianDay())));
    // Most days a few MB, some days none, now and then a heavy day.
    const quint64 kind = roll % 10;
    if (kind == 0)
        return 0;
    const double base = double((roll >> 8) % 4000) / 100.0; // 0 to 40 MB
    return kind == 9 ? base * 8 : base;
}

double Fleet::usageSinceMb(int sim, const QDateTime &since, QDate until) const
{
    if (!since.isValid())
        return 0;
    double total = 0;
    for (QDate day = qMax(dayAt(since), m_today.addDays(-historyDays)); day <= until;
         day = day.addDays(1))
        total += dayUsageMb(sim, day);
    return total;
}

} // namespace cube::sim
