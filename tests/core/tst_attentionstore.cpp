#include "attention/attentionstore.h"
#include "attention/watchlist.h"
#include "attention/watchliststore.h"
#include "teamstoreserver.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cube;
using namespace Qt::StringLiterals;

namespace {

const QString account = u"profile\nhttps://gateway.example\nP000270"_s;
const QString other = u"other\nhttps://gateway.example\nP000270"_s;

AttentionItem itemFor(AttentionReason reason, const QString &iccid, const QString &order = {},
                      QDate date = {})
{
    AttentionItem item;
    item.reason = reason;
    item.iccid = iccid;
    item.orderCode = order;
    item.date = date;
    return item;
}

} // namespace

class AttentionStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    // The watchlist is kept per account, in the order SIMs were added, and outlives the store.
    void theWatchlistIsKeptPerAccount()
    {
        const QString path = m_dir.filePath(u"watch.sqlite"_s);
        {
            AttentionStore store(path);
            QVERIFY2(store.isOpen(), qPrintable(store.problem()));
            QVERIFY(!store.watch(account, {u"89852022010000000002"_s, u"89852022010000000001"_s}));
            QVERIFY(!store.watch(account, {u"89852022010000000002"_s})); // twice is once
            QVERIFY(!store.watch(other, {u"89852022010000000009"_s}));
        }
        AttentionStore store(path);
        QCOMPARE(store.watched(account),
                 (QStringList{u"89852022010000000002"_s, u"89852022010000000001"_s}));
        QCOMPARE(store.watched(other), QStringList{u"89852022010000000009"_s});
        QVERIFY(!store.unwatch(account, {u"89852022010000000002"_s}));
        QCOMPARE(store.watched(account), QStringList{u"89852022010000000001"_s});
    }

    // With a team store, the watchlist is the team's: what one desk watches, another sees (in
    // the order it was added), and nothing of it goes in this computer's file.
    void aTeamStoreSharesTheWatchlist()
    {
        CUBE_FRESH_TEAM_STORE(store, u"tst_attentionstore: a shared watchlist"_s);
        const QString file = m_dir.filePath(u"team-desk.sqlite"_s);
        Watchlist mine(file, account, nullptr, store);
        Watchlist desk(file, account, nullptr, store);
        QCOMPARE(mine.watch({u"8986002"_s, u"8986001"_s}), QString());
        QCOMPARE(mine.watch({u"8986003"_s, u"8986001"_s}), QString()); // one already watched
        QSignalSpy changed(&desk, &Watchlist::changed);
        desk.reload();
        QCOMPARE(changed.size(), 1);
        QVERIFY(desk.isWatched(u"8986001"_s) && desk.isWatched(u"8986003"_s));
        QCOMPARE(desk.iccids(), (QStringList{u"8986002"_s, u"8986001"_s, u"8986003"_s}));
        QCOMPARE(desk.unwatch({u"8986002"_s}), QString());
        QCOMPARE(WatchlistStore(file, store).watched(account),
                 (QStringList{u"8986001"_s, u"8986003"_s}));
        QVERIFY(WatchlistStore(file, store).watched(other).isEmpty());
        QVERIFY(AttentionStore(file).watched(account).isEmpty()); // not in the file
        const cube::TeamStore nowhere{u"postgresql://cube@127.0.0.1:1/cube"_s, {}};
        WatchlistStore unreachable(file, nowhere);
        QVERIFY(!unreachable.isOpen());
        const std::optional<QString> why = unreachable.watch(account, {u"8986009"_s});
        QVERIFY2(why && why->contains(u"no connection to the team store"_s),
                 qPrintable(why.value_or(QString())));
    }

    void anItemIsAnnouncedOnceWhileItIsThere()
    {
        AttentionStore store(m_dir.filePath(u"announce.sqlite"_s));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const AttentionItem suspended = itemFor(AttentionReason::Suspended, u"1"_s);
        const AttentionItem expiring =
            itemFor(AttentionReason::ExpiresSoon, u"2"_s, u"L1"_s, QDate(2026, 12, 9));
        QCOMPARE(store.announce(account, {suspended}, now).size(), 1);
        QCOMPARE(store.announce(account, {suspended}, now).size(), 0);
        const QList<AttentionItem> news = store.announce(account, {suspended, expiring}, now);
        QCOMPARE(news.size(), 1);
        QCOMPARE(news.constFirst().orderCode, u"L1"_s);
        // Another account has news of its own.
        QCOMPARE(store.announce(other, {suspended}, now).size(), 1);
        // Renewed: the order's new expiry is a new item.
        AttentionItem renewed = expiring;
        renewed.date = QDate(2027, 1, 9);
        QCOMPARE(store.announce(account, {suspended, renewed}, now).size(), 1);
        // Gone and back (resumed, then suspended again) is news again.
        QCOMPARE(store.announce(account, {renewed}, now).size(), 0);
        QCOMPARE(store.announce(account, {renewed, suspended}, now).size(), 1);
        // Switched off, its items are not found, yet not forgotten: switched on, no news.
        AttentionRules noSuspended;
        noSuspended.setOn(AttentionReason::Suspended, false);
        QCOMPARE(store.announce(account, {renewed}, now, noSuspended).size(), 0);
        QCOMPARE(store.announce(account, {renewed, suspended}, now).size(), 0);
    }

    void theOrderListingAndItsDateAreKept()
    {
        AttentionStore store(m_dir.filePath(u"orders.sqlite"_s));
        QVERIFY(!store.orders(account));
        QVERIFY(!store.ordersAsOf(account));
        Order order;
        order.orderCode = u"L202612010000000001"_s;
        order.iccid = u"89852022010000000001"_s;
        order.planCode = u"DP1"_s;
        order.planName = u"Monthly 3GB Asia"_s;
        order.status = 1;
        order.starts = QDateTime(QDate(2026, 11, 25), QTime(16, 0), Qt::UTC);
        order.expires = QDateTime(QDate(2026, 12, 25), QTime(16, 0), Qt::UTC);
        order.flowMb = 3072;
        order.periods = 2;
        Order notEnabled = order;
        notEnabled.orderCode = u"L202612010000000002"_s;
        notEnabled.starts = {};
        notEnabled.expires = {};
        const QDateTime asOf(QDate(2026, 12, 5), QTime(4, 0), Qt::UTC);
        QVERIFY(!store.saveOrders(account, {order, notEnabled}, asOf));
        const std::optional<AttentionStore::OrderListing> kept = store.orders(account);
        QVERIFY(kept);
        QCOMPARE(kept->asOf, asOf);
        QCOMPARE(kept->orders.size(), 2);
        const Order &back = kept->orders.constFirst();
        QCOMPARE(back.orderCode, order.orderCode);
        QCOMPARE(back.iccid, order.iccid);
        QCOMPARE(back.planName, order.planName);
        QCOMPARE(back.expires, order.expires);
        QCOMPARE(back.starts, order.starts);
        QCOMPARE(back.flowMb, 3072.0);
        QCOMPARE(back.periods, 2);
        QVERIFY(!kept->orders.at(1).expires.isValid());
        QCOMPARE(store.orderCount(account), 2);
        QVERIFY(!store.orders(other));
    }

    void daysAreKeptAndOldOnesForgotten()
    {
        AttentionStore store(m_dir.filePath(u"days.sqlite"_s));
        const QString iccid = u"89852022010000000001"_s;
        QList<DayUsage> days;
        for (int day = 1; day <= 9; ++day)
            days.append({iccid, QDate(2026, 12, day), double(day * 10)});
        QVERIFY(!store.saveDays(account, days, QDate(2026, 12, 3)));
        const auto found = store.days(account, {iccid}, QDate(2026, 12, 1), QDate(2026, 12, 8));
        QCOMPARE(found.value(iccid).size(), 6); // 3..8: 1 and 2 forgotten, 9 outside
        QCOMPARE(found.value(iccid).value(QDate(2026, 12, 5)), 50.0);
        QVERIFY(store.days(other, {iccid}, QDate(2026, 12, 1), QDate(2026, 12, 9)).isEmpty());
    }

    // Nothing is lost: a damaged file is set aside with a notice, and a new one works.
    void aDamagedFileIsSetAsideWithANotice()
    {
        const QString path = m_dir.filePath(u"damaged.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        AttentionStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.problem()));
        QVERIFY(store.notice().contains(u"set aside"_s));
        QVERIFY(!store.watch(account, {u"89852022010000000001"_s}));
        bool keptAside = false;
        for (const QString &name : QDir(m_dir.path()).entryList())
            keptAside = keptAside || name.startsWith(u"damaged.sqlite.corrupt-"_s);
        QVERIFY(keptAside);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(AttentionStoreTest)
#include "tst_attentionstore.moc"
