#include "fleet.h"

#include "contract/ids.h"

#include <QJsonArray>
#include <QRandomGenerator64>
#include <QSet>

#include <array>
#include <cmath>

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

// One SIM of a scenario, as read.
struct ScenarioSim
{
    SimulatedSim card;
    double dailyMb = 0;
    QList<double> days;
    QList<SimulatedOrder> orders;
};

// Reads a scenario (Fleet::fromScenario) and says where the first thing wrong with it is, by
// the path of the member ("sims[2].orders[0].plan").
class ScenarioReader final
{
public:
    ScenarioReader(const QList<Plan> &plans, const QDateTime &midnight)
        : m_plans(plans)
        , m_midnight(midnight)
    {}

    std::optional<QList<ScenarioSim>> read(const QJsonObject &scenario)
    {
        const QJsonValue sims = scenario.value("sims"_L1);
        if (!sims.isArray() || !onlyKnown(scenario, {}, {u"sims"_s})) {
            fail(Fleet::tr("A scenario is a JSON object with a list \"sims\"."));
            return std::nullopt;
        }
        QList<ScenarioSim> read;
        const QJsonArray array = sims.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString where = u"sims[%1]"_s.arg(i);
            if (!array.at(i).isObject()) {
                fail(Fleet::tr("%1 must be an object.").arg(where));
                return std::nullopt;
            }
            ScenarioSim sim;
            if (!readSim(array.at(i).toObject(), i, where, sim))
                return std::nullopt;
            read.append(std::move(sim));
        }
        return read;
    }

    const QString &problem() const { return m_problem; }

private:
    // Keeps the first problem; false, for a reader to return.
    bool fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
        return false;
    }

    static QString member(const QString &where, const QString &name)
    {
        return where.isEmpty() ? name : where + u'.' + name;
    }

    bool onlyKnown(const QJsonObject &object, const QString &where, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(
                    Fleet::tr("%1 is not a member a scenario has.").arg(member(where, it.key())));
        }
        return true;
    }

    std::optional<int> integer(const QJsonObject &object, const QString &where, const QString &name,
                               int smallest, int largest, std::optional<int> absent)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() && absent)
            return absent;
        if (value.isUndefined()) {
            fail(Fleet::tr("%1 is missing.").arg(member(where, name)));
            return std::nullopt;
        }
        const double number = value.toDouble();
        if (!value.isDouble() || number != std::floor(number) || number < smallest
            || number > largest) {
            fail(Fleet::tr("%1 must be a whole number from %2 to %3.")
                     .arg(member(where, name))
                     .arg(smallest)
                     .arg(largest));
            return std::nullopt;
        }
        return int(number);
    }

    std::optional<double> megabytes(const QJsonValue &value, const QString &where)
    {
        if (!value.isDouble() || !(value.toDouble() >= 0)) {
            fail(Fleet::tr("%1 must be a number of MB, 0 or more.").arg(where));
            return std::nullopt;
        }
        return value.toDouble();
    }

    std::optional<QString> text(const QJsonObject &object, const QString &where,
                                const QString &name, const QString &absent)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return absent;
        if (!value.isString() || value.toString().isEmpty()) {
            fail(Fleet::tr("%1 must be text.").arg(member(where, name)));
            return std::nullopt;
        }
        return value.toString();
    }

    bool readSim(const QJsonObject &object, int index, const QString &where, ScenarioSim &sim)
    {
        if (!onlyKnown(object, where,
                       {u"iccid"_s, u"imsi"_s, u"msisdn"_s, u"lifeCycle"_s, u"suspended"_s,
                        u"dailyMb"_s, u"days"_s, u"orders"_s}))
            return false;
        const QJsonValue iccid = object.value("iccid"_L1);
        if (iccid.isUndefined())
            return fail(Fleet::tr("%1 is missing.").arg(member(where, u"iccid"_s)));
        if (const QString why = Iccid::problem(iccid.toString()); !why.isEmpty())
            return fail(u"%1: %2"_s.arg(member(where, u"iccid"_s), why));
        if (m_iccids.contains(iccid.toString()))
            return fail(Fleet::tr("%1: the ICCID %2 is in the scenario twice.")
                            .arg(member(where, u"iccid"_s), iccid.toString()));
        m_iccids.insert(iccid.toString());
        sim.card.iccid = iccid.toString();

        const auto imsi =
            text(object, where, u"imsi"_s, u"45412%1"_s.arg(index, 10, 10, QChar(u'0')));
        const auto msisdn =
            text(object, where, u"msisdn"_s, u"8526%1"_s.arg(index, 7, 10, QChar(u'0')));
        const auto lifeCycle = integer(object, where, u"lifeCycle"_s, 1, 4, 2);
        const QJsonValue suspended = object.value("suspended"_L1);
        if (!suspended.isUndefined() && !suspended.isBool())
            fail(Fleet::tr("%1 must be true or false.").arg(member(where, u"suspended"_s)));
        const QJsonValue daily = object.value("dailyMb"_L1);
        const auto dailyMb =
            daily.isUndefined() ? 0.0 : megabytes(daily, member(where, u"dailyMb"_s));
        if (!imsi || !msisdn || !lifeCycle || !dailyMb || !m_problem.isEmpty())
            return false;
        sim.card.imsi = *imsi;
        sim.card.msisdn = *msisdn;
        sim.card.lifeCycle = LifeCycle(*lifeCycle);
        sim.card.suspended = suspended.toBool();
        sim.dailyMb = *dailyMb;
        return readDays(object.value("days"_L1), member(where, u"days"_s), sim.days)
               && readOrders(object.value("orders"_L1), member(where, u"orders"_s), sim.orders);
    }

    bool readDays(const QJsonValue &value, const QString &where, QList<double> &days)
    {
        if (value.isUndefined())
            return true;
        if (!value.isArray() || value.toArray().size() > Fleet::historyDays)
            return fail(Fleet::tr("%1 must be a list of at most %2 numbers of MB.")
                            .arg(where)
                            .arg(Fleet::historyDays));
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const auto mb = megabytes(array.at(i), u"%1[%2]"_s.arg(where).arg(i));
            if (!mb)
                return false;
            days.append(*mb);
        }
        return true;
    }

    bool readOrders(const QJsonValue &value, const QString &where, QList<SimulatedOrder> &orders)
    {
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return fail(Fleet::tr("%1 must be a list.").arg(where));
        const QJsonArray array = value.toArray();
        bool hasCurrent = false;
        for (int i = 0; i < array.size(); ++i) {
            const QString at = u"%1[%2]"_s.arg(where).arg(i);
            if (!array.at(i).isObject())
                return fail(Fleet::tr("%1 must be an object.").arg(at));
            SimulatedOrder order;
            if (!readOrder(array.at(i).toObject(), at, order))
                return false;
            const bool current =
                order.status == OrderStatus::InUse || order.status == OrderStatus::Paused;
            if (current && hasCurrent)
                return fail(
                    Fleet::tr("%1: a SIM card has at most one order in use or paused.").arg(at));
            hasCurrent = hasCurrent || current;
            orders.append(order);
        }
        return true;
    }

    bool readOrder(const QJsonObject &object, const QString &where, SimulatedOrder &order)
    {
        if (!onlyKnown(object, where,
                       {u"plan"_s, u"status"_s, u"startsDaysAgo"_s, u"expiresInDays"_s,
                        u"periods"_s, u"type"_s}))
            return false;
        const QString planCode = object.value("plan"_L1).toString();
        order.plan = -1;
        for (int i = 0; i < m_plans.size(); ++i) {
            if (m_plans.at(i).code == planCode)
                order.plan = i;
        }
        if (order.plan < 0)
            return fail(Fleet::tr("%1: \"%2\" is not a plan of the simulator.")
                            .arg(member(where, u"plan"_s), planCode));
        constexpr int tenYears = 3650;
        const auto status = integer(object, where, u"status"_s, 0, 5, 1);
        const auto startsDaysAgo = integer(object, where, u"startsDaysAgo"_s, 0, tenYears, 0);
        const auto periods = integer(object, where, u"periods"_s, 1, 1000, 1);
        const auto type = integer(object, where, u"type"_s, 0, 1, 0);
        if (!status || !startsDaysAgo || !periods || !type)
            return false;
        order.status = OrderStatus(*status);
        order.periods = *periods;
        order.type = *type;
        order.ordered = m_midnight.addDays(-*startsDaysAgo);
        // Neither an order not yet enabled nor a cancelled one ever started.
        if (order.status == OrderStatus::NotEnabled || order.status == OrderStatus::Cancelled)
            return true;
        const auto expiresInDays =
            integer(object, where, u"expiresInDays"_s, -tenYears, tenYears, std::nullopt);
        if (!expiresInDays)
            return false;
        if (*expiresInDays < -*startsDaysAgo)
            return fail(Fleet::tr("%1: the order would expire before it starts.").arg(where));
        order.starts = order.ordered;
        order.expires = m_midnight.addDays(*expiresInDays);
        return true;
    }

    const QList<Plan> &m_plans;
    QDateTime m_midnight;
    QSet<QString> m_iccids;
    QString m_problem;
};

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

std::optional<Fleet> Fleet::fromScenario(const QJsonObject &scenario, const QDateTime &now,
                                         ServerTimeZone serverZone, QString *problem)
{
    Fleet fleet;
    fleet.m_serverZone = serverZone;
    fleet.m_today = serverZone.dateAt(now);
    fleet.m_plans = makePlans();
    ScenarioReader reader(fleet.m_plans, serverZone.startOf(fleet.m_today));
    const std::optional<QList<ScenarioSim>> sims = reader.read(scenario);
    if (!sims) {
        if (problem)
            *problem = reader.problem();
        return std::nullopt;
    }
    fleet.m_ordersOfSim.resize(sims->size());
    for (int i = 0; i < sims->size(); ++i) {
        const ScenarioSim &sim = sims->at(i);
        fleet.m_simByIccid.insert(sim.card.iccid, i);
        fleet.m_sims.append(sim.card);
        fleet.m_scenarioUsage.append({sim.dailyMb, sim.days});
        for (SimulatedOrder order : sim.orders) {
            order.sim = i;
            fleet.addOrder(std::move(order));
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
    if (day > m_today || day < m_today.addDays(-historyDays))
        return 0;
    if (!m_scenarioUsage.isEmpty())
        return m_scenarioUsage.at(sim).on(day, m_today);
    if (m_sims.at(sim).lifeCycle == LifeCycle::PreActivation)
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
