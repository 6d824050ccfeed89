#include "attention/attentionfinder.h"

#include <QTest>

using namespace cube;
using namespace Qt::StringLiterals;

namespace {

// Noon of 2026-12-05 on the server's clock (UTC+8).
const QDateTime now(QDate(2026, 12, 5), QTime(4, 0), Qt::UTC);
const ServerTimeZone zone;
const QDate today(2026, 12, 5);

QDateTime serverMidnight(int daysFromToday)
{
    return zone.startOf(today.addDays(daysFromToday));
}

// Builds an account one SIM at a time: the SIM list's row and, when it has one, its order in use.
class Account
{
public:
    AttentionInput input;

    Account()
    {
        input.now = now;
        input.serverZone = zone;
    }

    QString sim(int lifeCycle = int(LifeCycle::Activated), bool suspended = false)
    {
        SimCard card;
        card.iccid = u"8985202201%1"_s.arg(++m_count, 10, 10, QChar(u'0'));
        card.lifeCycle = lifeCycle;
        card.suspended = suspended;
        input.fleet.append(card);
        return card.iccid;
    }

    // A SIM with an order in use of a plan of `planMb`, started `startedDaysAgo` and expiring
    // in `expiresInDays` (server midnights), of which the SIM list says `usedMb` is used.
    QString simWithOrder(double planMb, int startedDaysAgo, int expiresInDays, double usedMb,
                         int lifeCycle = int(LifeCycle::Activated), bool suspended = false)
    {
        SimCard card;
        card.iccid = u"8985202201%1"_s.arg(++m_count, 10, 10, QChar(u'0'));
        card.lifeCycle = lifeCycle;
        card.suspended = suspended;
        card.orderCode = u"L20261101%1"_s.arg(m_count, 10, 10, QChar(u'0'));
        card.planCode = u"DP1"_s;
        card.planName = u"Plan"_s;
        card.usedFlowMb = usedMb;
        input.fleet.append(card);
        Order order;
        order.orderCode = card.orderCode;
        order.iccid = card.iccid;
        order.planName = u"Plan"_s;
        order.status = int(OrderStatus::InUse);
        order.starts = serverMidnight(-startedDaysAgo);
        order.expires = serverMidnight(expiresInDays);
        order.flowMb = planMb;
        input.ordersInUse.append(order);
        return card.iccid;
    }

    QString orderOf(const QString &iccid) const
    {
        for (const Order &order : input.ordersInUse) {
            if (order.iccid == iccid)
                return order.orderCode;
        }
        return {};
    }

private:
    int m_count = 0;
};

QList<AttentionItem> itemsOf(const AttentionResult &result, const QString &iccid)
{
    QList<AttentionItem> found;
    for (const AttentionItem &item : result.items) {
        if (item.iccid == iccid)
            found.append(item);
    }
    return found;
}

QList<AttentionReason> reasonsOf(const AttentionResult &result, const QString &iccid)
{
    QList<AttentionReason> reasons;
    for (const AttentionItem &item : itemsOf(result, iccid))
        reasons.append(item.reason);
    return reasons;
}

} // namespace

class AttentionFinderTest : public QObject
{
    Q_OBJECT

private slots:
    void ordersExpiringWithinTheDaysAreListed()
    {
        Account account;
        const QString soon = account.simWithOrder(0, 20, 3, 0);
        const QString later = account.simWithOrder(0, 20, 20, 0);
        const QString edge = account.simWithOrder(0, 20, 7, 0);
        const AttentionResult result = findAttention(account.input);
        QCOMPARE(reasonsOf(result, soon), QList{AttentionReason::ExpiresSoon});
        QCOMPARE(itemsOf(result, soon).constFirst().date, today.addDays(3));
        QCOMPARE(itemsOf(result, soon).constFirst().orderCode, account.orderOf(soon));
        QCOMPARE(reasonsOf(result, edge), QList{AttentionReason::ExpiresSoon});
        QVERIFY(reasonsOf(result, later).isEmpty());
        QCOMPARE(result.count(AttentionReason::ExpiresSoon), 2);

        account.input.rules.expiryDays = 30;
        QCOMPARE(findAttention(account.input).count(AttentionReason::ExpiresSoon), 3);
    }

    void anOrderPastItsExpiryOrGoneSinceTheLastLookIsExpired()
    {
        Account account;
        const QString stillListed = account.simWithOrder(0, 30, -1, 0);
        Order gone;
        gone.orderCode = u"L202611010000000099"_s;
        gone.iccid = account.sim();
        gone.status = int(OrderStatus::InUse);
        gone.expires = serverMidnight(0);
        account.input.expiredSinceLastLook.append(gone);
        const AttentionResult result = findAttention(account.input);
        QCOMPARE(reasonsOf(result, stillListed), QList{AttentionReason::Expired});
        QCOMPARE(itemsOf(result, gone.iccid).constFirst().reason, AttentionReason::Expired);
        QCOMPARE(itemsOf(result, gone.iccid).constFirst().orderCode, gone.orderCode);
        QCOMPARE(result.count(AttentionReason::Expired), 2);
        // What already happened comes first.
        QCOMPARE(result.items.constFirst().reason, AttentionReason::Expired);
    }

    void littleDataLeftByPercentOrAmount()
    {
        Account account;
        const QString low = account.simWithOrder(1024, 5, 25, 1000); // 24 MB left, 2.3 %
        const QString plenty = account.simWithOrder(1024, 5, 25, 100);
        AttentionResult result = findAttention(account.input);
        QVERIFY(reasonsOf(result, low).contains(AttentionReason::LowData));
        QCOMPARE(itemsOf(result, low).constFirst().leftMb, 24.0);
        QVERIFY(!reasonsOf(result, plenty).contains(AttentionReason::LowData));

        account.input.rules.lowDataUnit = AttentionRules::LowDataUnit::Megabytes;
        account.input.rules.lowDataThreshold = 1000; // plenty has 924 MB left
        result = findAttention(account.input);
        QVERIFY(reasonsOf(result, plenty).contains(AttentionReason::LowData));
    }

    // 1,320 MB in the 11 days since the order started (today counts) is 120 MB a day; the
    // 1,752 MB left last 15 days: gone on 2026-12-20, 5 days before the 12-25 expiry.
    void theOrdersAverageForecastsARunOut()
    {
        Account account;
        const QString burning = account.simWithOrder(3072, 10, 20, 1320);
        const AttentionResult result = findAttention(account.input);
        const QList<AttentionItem> items = itemsOf(result, burning);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.constFirst().reason, AttentionReason::RunsOut);
        QCOMPARE(items.constFirst().date, QDate(2026, 12, 20));
        QCOMPARE(items.constFirst().mbPerDay, 120.0);
        QVERIFY(!items.constFirst().watched);
    }

    // A watched SIM goes by its reading: what the server says is left, and its last 7 days.
    void aWatchedSimGoesByItsReading()
    {
        Account account;
        const QString watched = account.simWithOrder(3072, 10, 20, 0);
        WatchedUsage usage;
        usage.leftMb = 1080;
        usage.lastDays = QList<double>(7, 120);
        account.input.watched.insert(watched, usage);
        const AttentionResult result = findAttention(account.input);
        const QList<AttentionItem> items = itemsOf(result, watched);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.constFirst().reason, AttentionReason::RunsOut);
        QCOMPARE(items.constFirst().date, QDate(2026, 12, 14));
        QCOMPARE(items.constFirst().leftMb, 1080.0);
        QVERIFY(items.constFirst().watched);
    }

    void noUsageAndUnlimitedPlansNeverRunOut()
    {
        Account account;
        const QString idle = account.simWithOrder(1024, 10, 20, 0);
        const QString unlimited = account.simWithOrder(0, 10, 20, 50000);
        const AttentionResult result = findAttention(account.input);
        QVERIFY(reasonsOf(result, idle).isEmpty());
        QVERIFY(reasonsOf(result, unlimited).isEmpty());
    }

    void aSimAlreadyOutIsLowAndRanOutToday()
    {
        Account account;
        const QString out = account.simWithOrder(1024, 10, 20, 1500);
        const AttentionResult result = findAttention(account.input);
        QCOMPARE(reasonsOf(result, out),
                 (QList{AttentionReason::RunsOut, AttentionReason::LowData}));
        QCOMPARE(itemsOf(result, out).constFirst().date, today);
        QCOMPARE(itemsOf(result, out).constFirst().leftMb, 0.0);
    }

    void theSimListsStatesAreListed()
    {
        Account account;
        const QString noPlan = account.sim();
        const QString notActivated = account.sim(int(LifeCycle::PreActivation));
        const QString suspended =
            account.simWithOrder(0, 10, 20, 0, int(LifeCycle::Activated), true);
        const QString leaving = account.sim(int(LifeCycle::PreDeactivation));
        const AttentionResult result = findAttention(account.input);
        QCOMPARE(reasonsOf(result, noPlan), QList{AttentionReason::NoPlan});
        QVERIFY(reasonsOf(result, notActivated).isEmpty());
        QCOMPARE(reasonsOf(result, suspended), QList{AttentionReason::Suspended});
        QCOMPARE(reasonsOf(result, leaving), QList{AttentionReason::PreDeactivation});
        QCOMPARE(result.count(AttentionReason::NoPlan), 1);
        QCOMPARE(result.simsLooked, 4);
    }

    void aReasonSwitchedOffIsNotListed()
    {
        Account account;
        account.sim();
        account.simWithOrder(0, 20, 3, 0);
        account.input.rules.setOn(AttentionReason::NoPlan, false);
        const AttentionResult result = findAttention(account.input);
        QCOMPARE(result.count(AttentionReason::NoPlan), 0);
        QCOMPARE(result.items.size(), 1);
        QCOMPARE(result.items.constFirst().reason, AttentionReason::ExpiresSoon);
    }

    void theMostUrgentComesFirst()
    {
        Account account;
        const QString noPlan = account.sim();
        const QString inFive = account.simWithOrder(0, 20, 5, 0);
        const QString inTwo = account.simWithOrder(0, 20, 2, 0);
        const QString expired = account.simWithOrder(0, 40, -2, 0);
        const AttentionResult result = findAttention(account.input);
        QStringList order;
        for (const AttentionItem &item : result.items)
            order << item.iccid;
        QCOMPARE(order, (QStringList{expired, inTwo, inFive, noPlan}));
    }

    // The calendar counts every expiry and run-out, however far ahead, and lists each day's.
    void theCalendarCountsEachDay()
    {
        Account account;
        account.simWithOrder(0, 20, 3, 0);
        account.simWithOrder(0, 20, 3, 0);
        const QString far = account.simWithOrder(0, 20, 40, 0);
        account.simWithOrder(3072, 10, 20, 1320); // runs out 12-20, expires 12-25
        const AttentionResult result = findAttention(account.input);
        QCOMPARE(result.days.value(today.addDays(3)).expiring, 2);
        QCOMPARE(result.days.value(today.addDays(40)).expiring, 1);
        QCOMPARE(result.days.value(QDate(2026, 12, 20)).runningOut, 1);
        QCOMPARE(result.days.value(QDate(2026, 12, 25)).expiring, 1);
        QCOMPARE(result.on(today.addDays(3)).size(), 2);
        QCOMPARE(result.on(today.addDays(40)).constFirst().iccid, far);
        QCOMPARE(result.on(QDate(2026, 12, 20)).constFirst().reason, AttentionReason::RunsOut);
        QVERIFY(result.on(today.addDays(4)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(AttentionFinderTest)
#include "tst_attentionfinder.moc"
