#include "attention/attentionrefresh.h"
#include "attention/attentionstore.h"
#include "cubesimulator.h"
#include "heartbeat.h"
#include "journal/journal.h"
#include "simulatorclient.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <array>
#include <cmath>
#include <cstdio>

using namespace cube;
using namespace Qt::StringLiterals;

// What needs attention in a fleet of 1,000,000 cached SIMs with 300,000 orders in use (label
// bench): the look the Attention tab takes, from the kept order listing and the SIM list, with
// the time it takes and the longest time the UI thread was blocked meanwhile (a 10 ms
// heartbeat). The fleet is made so that each reason's count is known apart from the code that
// finds it (Truth below); a wrong count, a UI stall over 50 ms or a look that does not end
// makes the exit status 1.
//   bench_attention [SIMS]   (default 1000000; CUBE_BENCH_ATTENTION_SIMS too)

namespace {

constexpr qint64 uiStallBoundMs = 50;
constexpr double planMb = 3072;

int failures = 0;

void fail(const QString &what)
{
    std::fprintf(stderr, "FAIL: %s\n", qPrintable(what));
    ++failures;
}

// SIM i: its life cycle by i % 10 (0 pre-activation, 1-7 activated, 8 pre-deactivation, 9
// deactivated), suspended when i % 97 == 0, and an order in use when i % 10 is 1, 2 or 3 (30 %):
// started i % 20 days ago, expiring in i % 60 + 1 days, (i % 31) * 100 MB used of 3,072.
struct Sim
{
    qint64 i;
    int lifeCycle() const
    {
        const int kind = int(i % 10);
        return kind == 0 ? 1 : kind <= 7 ? 2 : kind == 8 ? 3 : 4;
    }
    bool suspended() const { return i % 97 == 0; }
    bool hasOrder() const { return i % 10 >= 1 && i % 10 <= 3; }
    int startedDaysAgo() const { return int(i % 20); }
    int expiresInDays() const { return int(i % 60) + 1; }
    double usedMb() const { return double(i % 31) * 100; }
    QString iccid() const { return u"8985202201%1"_s.arg(i, 10, 10, QChar(u'0')); }
};

// Each reason's count, worked out from the rules as the issue states them.
std::array<int, attentionReasonCount> truth(qint64 sims, const AttentionRules &rules)
{
    std::array<int, attentionReasonCount> counts{};
    const auto count = [&counts](AttentionReason reason) {
        ++counts[size_t(reason)];
    };
    for (qint64 i = 0; i < sims; ++i) {
        const Sim sim{i};
        if (sim.lifeCycle() == 2 && !sim.hasOrder())
            count(AttentionReason::NoPlan);
        if (sim.suspended())
            count(AttentionReason::Suspended);
        if (sim.lifeCycle() == 3)
            count(AttentionReason::PreDeactivation);
        if (!sim.hasOrder())
            continue;
        if (sim.expiresInDays() <= rules.expiryDays)
            count(AttentionReason::ExpiresSoon);
        const double left = planMb - sim.usedMb();
        if (left * 100 < rules.lowDataThreshold * planMb)
            count(AttentionReason::LowData);
        // Used since the start at its average rate (today counts as a day), what is left lasts
        // ceil(left / rate) days: gone before the last day of the plan?
        const double rate = sim.usedMb() / (sim.startedDaysAgo() + 1);
        if (rate > 0 && std::ceil(left / rate) < sim.expiresInDays())
            count(AttentionReason::RunsOut);
    }
    return counts;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    qint64 sims = qEnvironmentVariableIntValue("CUBE_BENCH_ATTENTION_SIMS");
    if (app.arguments().size() > 1)
        sims = app.arguments().at(1).toLongLong();
    if (sims <= 0)
        sims = 1'000'000;

    QTemporaryDir dir;
    sim::CubeSimulator simulator(sim::SimulatorAccount::demo(), sim::FleetOptions(1, 10));
    if (!dir.isValid() || !simulator.listen()) {
        fail(u"no folder or no simulator"_s);
        return 1;
    }
    QNetworkAccessManager network;
    ClientFactory factory(&network, {},
                          std::make_shared<Journal>(dir.filePath(u"journal.sqlite"_s)));
    const std::unique_ptr<Account> account = factory.accountForEndpoint(simulator.endpoint());
    const ServerTimeZone zone = account->client().settings().serverTimeZone;
    const QDate today = zone.today();

    QElapsedTimer clock;
    clock.start();
    FleetSnapshot fleet;
    QList<Order> orders;
    for (qint64 i = 0; i < sims; ++i) {
        const Sim sim{i};
        SimCard card;
        card.iccid = sim.iccid();
        card.lifeCycle = sim.lifeCycle();
        card.suspended = sim.suspended();
        if (sim.hasOrder()) {
            Order order;
            order.orderCode = u"L20261101%1"_s.arg(i, 10, 10, QChar(u'0'));
            order.iccid = card.iccid;
            order.planCode = u"DP2019072600127"_s;
            order.planName = u"Monthly 3GB Asia"_s;
            order.status = int(OrderStatus::InUse);
            order.starts = zone.startOf(today.addDays(-sim.startedDaysAgo()));
            order.expires = zone.startOf(today.addDays(sim.expiresInDays()));
            order.flowMb = planMb;
            orders.append(order);
            card.orderCode = order.orderCode;
            card.planCode = order.planCode;
            card.planName = order.planName;
            card.usedFlowMb = sim.usedMb();
        }
        fleet.append(card);
    }
    std::printf("made %lld SIMs and %lld orders in use in %.1f s\n", sims, qint64(orders.size()),
                double(clock.elapsed()) / 1000);

    clock.restart();
    {
        AttentionStore store(dir.filePath(u"attention.sqlite"_s)); // beside the journal
        if (const std::optional<QString> problem =
                store.saveOrders(account->key(), orders, QDateTime::currentDateTimeUtc()))
            fail(u"the listing could not be kept: "_s + *problem);
    }
    std::printf("kept the listing of %lld orders in %.1f s\n", qint64(orders.size()),
                double(clock.elapsed()) / 1000);
    if (account->attention().cost(false).total() != 0)
        fail(u"a look at a fresh listing should cost no query"_s);

    AttentionResult result;
    bool done = false;
    QEventLoop loop;
    QObject::connect(&account->attention(), &AttentionRefresh::looked, &loop,
                     [&](const AttentionResult &found) {
                         result = found;
                         done = true;
                         loop.quit();
                     });
    QObject::connect(&account->attention(), &AttentionRefresh::failed, &loop,
                     [&](const QString &problem) {
                         fail(u"the look failed: "_s + problem);
                         loop.quit();
                     });
    QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
    test::Heartbeat heartbeat;
    clock.restart();
    account->attention().look(fleet, false, AttentionRefresh::Consent::Given);
    loop.exec();
    const qint64 lookMs = clock.elapsed();
    const qint64 stallMs = heartbeat.worstGapMs();
    if (!done)
        fail(u"the look did not end in 10 minutes"_s);
    std::printf("looked at %lld SIMs and %lld orders in %.1f s; %lld items; the UI thread's "
                "longest stall %lld ms (bound %lld)\n",
                result.simsLooked, result.ordersLooked, double(lookMs) / 1000,
                qint64(result.items.size()), stallMs, uiStallBoundMs);
    if (stallMs > uiStallBoundMs)
        fail(u"the UI thread stalled %1 ms"_s.arg(stallMs));

    const std::array<int, attentionReasonCount> expected =
        truth(sims, account->attention().rules());
    for (int reason = 0; reason < attentionReasonCount; ++reason) {
        const QString key = vocabulary::attentionReasons().key(reason);
        std::printf("  %-18s %8d\n", qPrintable(key), result.count(AttentionReason(reason)));
        if (result.count(AttentionReason(reason)) != expected.at(size_t(reason)))
            fail(u"%1: %2 found, %3 expected"_s.arg(key)
                     .arg(result.count(AttentionReason(reason)))
                     .arg(expected.at(size_t(reason))));
    }
    if (result.simsLooked != sims || result.ordersLooked != orders.size())
        fail(u"not every SIM and order was looked at"_s);
    return failures == 0 ? 0 : 1;
}
