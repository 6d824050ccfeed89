#pragma once

#include "contract/vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <deque>

namespace cube::test {

// The codes of the simulator's plans that scenarios use (its plans are fixed: makePlans()).
namespace plans {
inline const QString unlimitedDailyAsia = QStringLiteral("DP20190726001270"); // flow 0: no cap
inline const QString monthly1GbAsia = QStringLiteral("DP20190726001273");     // 1,024 MB
inline const QString monthly3GbAsia = QStringLiteral("DP20190726001274");     // 3,072 MB
inline const QString monthly10GbGlobal = QStringLiteral("DP20190726001275");  // 10,240 MB
} // namespace plans

// A simulator fleet whose answers a test knows exactly (Fleet::fromScenario), written readably:
//   AttentionScenario s;
//   s.sim(iccid).daily(120).order(plans::monthly3GbAsia, /*startsDaysAgo*/ 10,
//                                 /*expiresInDays*/ 20);
//   FleetOptions options; options.scenario = s.json();   or   s.writeTo(path) for cube-sim.
// Days count from T, the start of the server's day today. An order's used MB are the SIM's MB
// from the day it starts to today, both included (a daily(120) SIM whose order started 10 days
// ago has used 11 * 120 MB).
class AttentionScenario
{
public:
    // One SIM card of the scenario; each setter returns it, to chain.
    class Sim
    {
    public:
        explicit Sim(const QString &iccid) { m_json.insert(QStringLiteral("iccid"), iccid); }

        // MB used every day of the simulator's history, today included.
        Sim &daily(double mb) { return set(QStringLiteral("dailyMb"), mb); }
        // MB of the last whole days, oldest first, the last yesterday; over daily() there.
        Sim &days(const QList<double> &mb)
        {
            QJsonArray array;
            for (double day : mb)
                array.append(day);
            return set(QStringLiteral("days"), array);
        }
        Sim &lifeCycle(int lifeCycle) { return set(QStringLiteral("lifeCycle"), lifeCycle); }
        Sim &suspended(bool suspended = true)
        {
            return set(QStringLiteral("suspended"), suspended);
        }
        // An order of `planCode` that started `startsDaysAgo` days before T and expires
        // `expiresInDays` days after it (negative: already passed).
        Sim &order(const QString &planCode, int startsDaysAgo, int expiresInDays,
                   OrderStatus status = OrderStatus::InUse, int periods = 1)
        {
            m_orders.append(QJsonObject{{QStringLiteral("plan"), planCode},
                                        {QStringLiteral("status"), int(status)},
                                        {QStringLiteral("startsDaysAgo"), startsDaysAgo},
                                        {QStringLiteral("expiresInDays"), expiresInDays},
                                        {QStringLiteral("periods"), periods}});
            return *this;
        }

        QJsonObject json() const
        {
            QJsonObject sim = m_json;
            if (!m_orders.isEmpty())
                sim.insert(QStringLiteral("orders"), m_orders);
            return sim;
        }

    private:
        Sim &set(const QString &name, const QJsonValue &value)
        {
            m_json.insert(name, value);
            return *this;
        }

        QJsonObject m_json;
        QJsonArray m_orders;
    };

    // A new SIM card (activated, no usage, no order until told), in the fleet's order.
    Sim &sim(const QString &iccid) { return m_sims.emplace_back(iccid); }

    QJsonObject json() const
    {
        QJsonArray sims;
        for (const Sim &sim : m_sims)
            sims.append(sim.json());
        return {{QStringLiteral("sims"), sims}};
    }

    // For cube-sim --scenario; false when the file cannot be written.
    bool writeTo(const QString &path) const { return writeScenario(json(), path); }

    static bool writeScenario(const QJsonObject &scenario, const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
               && file.write(QJsonDocument(scenario).toJson()) >= 0 && file.flush();
    }

private:
    std::deque<Sim> m_sims; // a deque: a Sim& handed out stays valid as more are added
};

// The SIM cards of knownAttentionFleet(), one per case the Attention tab tells apart.
namespace known {
inline const QString expiresIn3Days = QStringLiteral("89852022270000000001");
inline const QString expiresIn20Days = QStringLiteral("89852022270000000002");
inline const QString expiredYesterday = QStringLiteral("89852022270000000003");
inline const QString littleDataLeft = QStringLiteral("89852022270000000004");
inline const QString runsOutBeforeExpiry = QStringLiteral("89852022270000000005");
inline const QString noUsage = QStringLiteral("89852022270000000006");
inline const QString alreadyOut = QStringLiteral("89852022270000000007");
inline const QString noPlan = QStringLiteral("89852022270000000008");
inline const QString suspended = QStringLiteral("89852022270000000009");
inline const QString preDeactivation = QStringLiteral("89852022270000000010");
inline const QString unlimited = QStringLiteral("89852022270000000011");
} // namespace known

// One SIM card per Attention case, with numbers known exactly. T is the start of the server's
// day today; "used" counts from the order's start day to today, both included; "rate" is the MB
// a day over the last 7 whole days (yesterday and the 6 before); "left" is the order's
// high_flow_balance (plan MB * periods - used, never below 0). Every order is in use (status 1)
// unless said, with one period.
inline QJsonObject knownAttentionFleet()
{
    AttentionScenario s;
    // Monthly 3GB, T-27 .. T+3: expires in 3 days. 10 MB/day: used 280, left 2,792, rate 10.
    s.sim(known::expiresIn3Days).daily(10).order(plans::monthly3GbAsia, 27, 3);
    // Monthly 3GB, T-10 .. T+20: expires in 20 days. 10 MB/day: used 110, left 2,962, rate 10
    // (at that rate it lasts 296 days: it does not run out).
    s.sim(known::expiresIn20Days).daily(10).order(plans::monthly3GbAsia, 10, 20);
    // Monthly 3GB, T-31 .. T-1: expired a day ago, still in use (status 1), as the server
    // leaves it until it notices. 10 MB/day: used 320, left 2,752, rate 10.
    s.sim(known::expiredYesterday).daily(10).order(plans::monthly3GbAsia, 31, -1);
    // Monthly 1GB, T-9 .. T+21: 1,000 MB on day T-8, nothing since: used 1,000, left 24,
    // rate 0 (little data left, but it does not run out at this rate).
    s.sim(known::littleDataLeft)
        .days({1000, 0, 0, 0, 0, 0, 0, 0})
        .order(plans::monthly1GbAsia, 9, 21);
    // Monthly 3GB, T-10 .. T+20, 120 MB/day: used 1,320 (11 days), left 1,752, rate 120: runs
    // out in 1,752 / 120 = 14.6 days, before it expires in 20.
    s.sim(known::runsOutBeforeExpiry).daily(120).order(plans::monthly3GbAsia, 10, 20);
    // Monthly 3GB, T-10 .. T+20, no usage at all: used 0, left 3,072, rate 0.
    s.sim(known::noUsage).daily(0).order(plans::monthly3GbAsia, 10, 20);
    // Monthly 1GB, T-15 .. T+15, 100 MB/day: used 1,600 (16 days), left 0 (576 MB over),
    // rate 100.
    s.sim(known::alreadyOut).daily(100).order(plans::monthly1GbAsia, 15, 15);
    // Activated, no order at all: used 0, left 0.
    s.sim(known::noPlan);
    // Suspended; its Monthly 3GB order T-10 .. T+20 paused (status 5). No usage: left 3,072.
    s.sim(known::suspended).suspended().order(plans::monthly3GbAsia, 10, 20, OrderStatus::Paused);
    // Pre-deactivation (life cycle 3), no order, no usage.
    s.sim(known::preDeactivation).lifeCycle(3);
    // Unlimited Daily Asia (flow 0: no cap) for 30 periods, T-10 .. T+20, 2,000 MB/day:
    // used 22,000, high_flow_balance 0 (nothing counts down), rate 2,000; never low, never out.
    s.sim(known::unlimited)
        .daily(2000)
        .order(plans::unlimitedDailyAsia, 10, 20, OrderStatus::InUse, 30);
    return s.json();
}

} // namespace cube::test
