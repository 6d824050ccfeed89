#pragma once

#include "contract/servertimezone.h"
#include "records/orderrecords.h"
#include "records/planrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cube::sim {

// Life-cycle states of a SIM, as /device/syncAssetInfo numbers them.
enum class LifeCycle { PreActivation = 1, Activated = 2, PreDeactivation = 3, Deactivated = 4 };

struct SimulatedSim
{
    QString iccid;
    QString imsi;
    QString msisdn;
    LifeCycle lifeCycle = LifeCycle::PreActivation;
    bool suspended = false;
};

struct SimulatedOrder
{
    QString code;
    int sim = 0;
    int plan = 0;
    OrderStatus status = OrderStatus::NotEnabled;
    int type = 0; // 0 normal, 1 OTA
    int periods = 1;
    QDateTime ordered;
    QDateTime starts;
    QDateTime expires;
};

// The simulator's account: SIM cards, their data-plan orders, the plans, and daily usage.
// Built from a seed, so that the same seed and size give the same fleet on every machine.
// Daily usage is not stored: it is a pure function of (seed, SIM, day), which keeps a fleet of
// 100,000 SIMs with 90 days of history cheap to build.
// Or built from a scenario, a fleet whose every answer a test knows in advance.
class Fleet final
{
    Q_DECLARE_TR_FUNCTIONS(cube::sim::Fleet)

public:
    // `serverZone`: the zone the simulated server writes its times and counts its days in.
    static Fleet generate(quint64 seed, int simCount, const QDateTime &now,
                          ServerTimeZone serverZone = {});

    // The fleet a scenario describes, or nothing; then `problem` says what is wrong with it,
    // for a person. Days count from T, the start of the server's day at `now`:
    //   { "sims": [ {
    //       "iccid": "89852022010000000001",  required, 19 or 20 digits, once in the fleet
    //       "imsi": "…", "msisdn": "…",        made up from the SIM's place when absent
    //       "lifeCycle": 2,                    1 to 4 (LifeCycle), default 2 (activated)
    //       "suspended": false,
    //       "dailyMb": 120,                    MB used on every day of the history window
    //                                          (historyDays before today to today), default 0
    //       "days": [10, 20, 30],              MB of the last N whole days, oldest first, the
    //                                          last yesterday; they override dailyMb there
    //       "orders": [ {
    //         "plan": "DP20190726001273",      a plan code of plans()
    //         "status": 1,                     OrderStatus, default 1 (in use); at most one
    //                                          order of a SIM in use or paused
    //         "startsDaysAgo": 20,             starts (and was ordered) at T - 20 days,
    //                                          default 0; for status 0 and 3 only ordered
    //         "expiresInDays": 9,              expires at T + 9 days (negative: passed);
    //                                          required for status 1, 2, 4 and 5
    //         "periods": 1, "type": 0 } ] } ] }  default 1 and 0 (normal; 1 OTA)
    // A scenario SIM uses what it says, whatever its life cycle; an unknown member is a
    // problem, so that a misspelt one cannot quietly give other numbers.
    static std::optional<Fleet> fromScenario(const QJsonObject &scenario, const QDateTime &now,
                                             ServerTimeZone serverZone, QString *problem);

    ServerTimeZone serverZone() const { return m_serverZone; }
    // The server's day at `now`: the day its usage counts in.
    QDate dayAt(const QDateTime &now) const { return m_serverZone.dateAt(now); }

    const QList<SimulatedSim> &sims() const { return m_sims; }
    const QList<SimulatedOrder> &orders() const { return m_orders; }
    const QList<Plan> &plans() const { return m_plans; }

    int simIndex(const QString &iccid) const { return m_simByIccid.value(iccid, -1); }
    int orderIndex(const QString &code) const { return m_orderByCode.value(code, -1); }
    int planIndex(const QString &code) const;
    const QList<int> &ordersOf(int sim) const { return m_ordersOfSim.at(sim); }
    // The SIM's order in use (or paused), or -1.
    int currentOrder(int sim) const;

    SimulatedSim &sim(int index) { return m_sims[index]; }
    // An order to change: the listings by status and type are made again when next asked.
    SimulatedOrder &order(int index)
    {
        m_listings.clear();
        return m_orders[index];
    }
    // The orders in this status and of this type (either may be empty: any), in order. Kept
    // between pages, so that reading every page of a listing is not quadratic.
    const QList<int> &ordersListed(const QString &status, const QString &type) const;

    // Adds an order for `order.sim`, giving it a new code; returns its index.
    int addOrder(SimulatedOrder order);

    // A new id for a sent SMS.
    QString nextSmsId(const QDateTime &now)
    {
        return QStringLiteral("SMS%1%2").arg(now.toSecsSinceEpoch()).arg(++m_smsSequence);
    }

    // Data used by SIM `sim` on `day`, in MB: zero before the SIM was activated, before the
    // history window or in the future; a scenario SIM's as its scenario says.
    double dayUsageMb(int sim, QDate day) const;
    double usageSinceMb(int sim, const QDateTime &since, QDate until) const;
    // How many days one period of a plan lasts.
    static int periodDays(int planType);

    static constexpr int historyDays = 90;

private:
    // What a scenario says a SIM uses.
    struct ScenarioUsage
    {
        double dailyMb = 0;
        QList<double> days; // the last whole days, oldest first, the last yesterday

        double on(QDate day, QDate today) const
        {
            const qint64 daysAgo = day.daysTo(today);
            return daysAgo >= 1 && daysAgo <= days.size() ? days.at(days.size() - daysAgo)
                                                          : dailyMb;
        }
    };

    QString nextOrderCode(const QDateTime &ordered);

    quint64 m_seed = 0;
    ServerTimeZone m_serverZone;
    QDate m_today;
    QList<SimulatedSim> m_sims;
    QList<SimulatedOrder> m_orders;
    QList<Plan> m_plans;
    QHash<QString, int> m_simByIccid;
    QHash<QString, int> m_orderByCode;
    QList<QList<int>> m_ordersOfSim;
    QList<ScenarioUsage> m_scenarioUsage; // one per SIM of a scenario fleet; none when generated
    mutable QHash<QString, QList<int>> m_listings; // "status/type" -> orders
    qint64 m_orderSequence = 0;
    qint64 m_smsSequence = 0;
};

} // namespace cube::sim
