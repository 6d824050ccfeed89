#include "attention/attentionrefresh.h"

#include "attention/attentionfinder.h"
#include "attention/attentionstore.h"
#include "attention/watchliststore.h"
#include "contract/ids.h"
#include "records/pagewalk.h"
#include "transport/cubeclient.h"

#include <QLocale>
#include <QMetaObject>
#include <QSet>

#include <climits>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// Days of usage kept per watched SIM: a rate needs a week, a month is room to spare.
constexpr int keptDays = 31;

// The orders of the kept listing that were in use and have expired since the person last
// looked, once a new listing no longer has them: kept with the new listing (as expired) until
// the person has looked.
QList<Order> goneSince(const QList<Order> &kept, const QList<Order> &now, const QDateTime &lastLook,
                       const QDateTime &at)
{
    QSet<QString> listed;
    for (const Order &order : now)
        listed.insert(order.orderCode);
    QList<Order> gone;
    for (Order order : kept) {
        if (order.expires.isValid() && order.expires <= at
            && (!lastLook.isValid() || order.expires > lastLook)
            && !listed.contains(order.orderCode)) {
            order.status = int(OrderStatus::Expired);
            gone.append(order);
        }
    }
    return gone;
}

} // namespace

struct AttentionRefresh::Reading
{
    FleetSnapshot fleet;
    bool readOrders = false;
    QList<Order> orders;
    PageWalk walk;
    QStringList watched;
    QHash<QString, WatchedUsage> usage;
    QList<DayUsage> newDays;
    int pending = 0;
    QStringList problems;
    QDate today;
    // What was said before the listing's length was known, and whether to ask again once its
    // first page tells it.
    AttentionCost cost;
    AttentionRefresh::Consent consent = AttentionRefresh::Consent::Ask;
};

AttentionRefresh::AttentionRefresh(CubeClient *client, QString storePath, QString account,
                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_storePath(std::move(storePath))
    , m_account(std::move(account))
    , m_watchlistAccount(m_account)
{
    m_worker.setMaxThreadCount(1);
}

void AttentionRefresh::shareWatchlist(const TeamStore &team, const QString &account)
{
    m_watchlistTeam = team;
    m_watchlistAccount = account;
}

AttentionRefresh::~AttentionRefresh()
{
    m_worker.waitForDone(); // a listing half saved is finished, not cut off
}

bool AttentionRefresh::ordersAreFresh() const
{
    const std::optional<QDateTime> asOf = AttentionStore(m_storePath).ordersAsOf(m_account);
    const auto freshFor = std::chrono::seconds(m_client->settings().fleetCacheFreshFor);
    return asOf && asOf->secsTo(QDateTime::currentDateTimeUtc()) < freshFor.count();
}

bool AttentionRefresh::readOrdersNow(bool asked) const
{
    return asked || !ordersAreFresh();
}

AttentionCost AttentionRefresh::cost(bool readOrders) const
{
    const AttentionStore store(m_storePath);
    AttentionCost cost;
    const ConnectionSettings &settings = m_client->settings();
    if (readOrdersNow(readOrders)) {
        cost.orderCountKnown = store.ordersAsOf(m_account).has_value();
        const qint64 pageSize = qBound(1, settings.pageSize, 100);
        cost.orderPages = qMax<qint64>(1, (store.orderCount(m_account) + pageSize - 1) / pageSize);
    }
    const QStringList watched =
        WatchlistStore(m_storePath, m_watchlistTeam).watched(m_watchlistAccount);
    cost.watchedSims = watched.size();
    cost.usageQueries =
        (cost.watchedSims + AttentionCost::usageBatch - 1) / AttentionCost::usageBatch;
    const QDate today = settings.serverTimeZone.today();
    const auto known = store.days(m_account, watched, today.addDays(-AttentionRules::burnRateDays),
                                  today.addDays(-1));
    for (const QString &iccid : watched)
        cost.dayQueries += AttentionRules::burnRateDays - known.value(iccid).size();
    return cost;
}

void AttentionRefresh::look(const FleetSnapshot &fleet, bool readOrders, Consent consent)
{
    if (m_running)
        return;
    const AttentionCost cost = this->cost(readOrders);
    const ConnectionSettings &settings = m_client->settings();
    const std::optional<qint64> used = m_client->queriesToday();
    const qint64 left = used ? settings.limits.dailyQuota - *used : cost.total();
    const qint64 allowed = consent == Consent::Quiet ? left / 10 : left;
    if (consent != Consent::Given && cost.total() > allowed) {
        emit consentNeeded(cost, left);
        return;
    }
    m_running = true;
    m_reading = std::make_unique<Reading>();
    m_reading->fleet = fleet;
    m_reading->readOrders = readOrdersNow(readOrders);
    m_reading->today = settings.serverTimeZone.today();
    m_reading->cost = cost;
    m_reading->consent = consent;
    emit costSaid(cost);
    if (m_reading->readOrders)
        readOrderPage(1);
    else
        readWatched();
}

void AttentionRefresh::cancel()
{
    m_reading.reset();
    m_running = false;
}

void AttentionRefresh::readOrderPage(int pageNo)
{
    OrderQuery query;
    query.status = int(OrderStatus::InUse);
    query.pageNo = pageNo;
    query.pageSize = qBound(1, m_client->settings().pageSize, 100);
    Reading *reading = m_reading.get();
    m_client->orders(query, this, [this, reading](const ApiResult<OrderPage> &result) {
        if (reading != m_reading.get())
            return; // cancelled, or another look
        if (!result.ok())
            return fail(
                tr("The orders in use could not be read: %1").arg(result.error().message()));
        const OrderPage &page = result.value();
        // The status filter is the server's to apply; an order listed in another status is
        // not in use, whatever the filter did.
        for (const Order &order : page.orders) {
            if (order.status == int(OrderStatus::InUse))
                reading->orders.append(order);
        }
        if (const std::optional<ApiError> error =
                reading->walk.arrived(page.page, page.orders.size()))
            return fail(tr("The orders in use could not be read: %1").arg(error->message()));
        if (page.page.pageNo == 1 && !reading->cost.orderCountKnown
            && outgrowsConsent(*reading, page.page.totalPages))
            return;
        if (reading->walk.isDone())
            return readWatched();
        emit progress(tr("Reading the orders in use: page %1 of %2")
                          .arg(QLocale().toString(page.page.pageNo + 1),
                               QLocale().toString(page.page.totalPages)));
        readOrderPage(reading->walk.nextPage());
    });
}

bool AttentionRefresh::outgrowsConsent(Reading &reading, qint64 totalPages)
{
    // The listing's length was not known when the cost was said: its first page tells it, and
    // the rest of it is asked for as any cost is.
    AttentionCost cost = reading.cost;
    cost.orderCountKnown = true;
    cost.orderPages = qMax<qint64>(1, totalPages);
    const std::optional<qint64> used = m_client->queriesToday();
    const qint64 left = used ? m_client->settings().limits.dailyQuota - *used : cost.total();
    const qint64 allowed = reading.consent == Consent::Quiet ? left / 10 : left;
    if (reading.consent == Consent::Given || cost.total() - 1 <= allowed)
        return false;
    m_reading.reset();
    m_running = false;
    emit consentNeeded(cost, left);
    return true;
}

void AttentionRefresh::readWatched()
{
    Reading *reading = m_reading.get();
    const AttentionStore store(m_storePath);
    reading->watched = WatchlistStore(m_storePath, m_watchlistTeam).watched(m_watchlistAccount);
    QList<Iccid> iccids;
    for (const QString &text : std::as_const(reading->watched)) {
        if (const std::optional<Iccid> iccid = Iccid::from(text))
            iccids.append(*iccid);
    }
    if (iccids.isEmpty())
        return compute();
    emit progress(tr("Reading the usage of %Ln watched SIM(s)", nullptr, int(iccids.size())));
    for (qsizetype first = 0; first < iccids.size(); first += AttentionCost::usageBatch) {
        ++reading->pending;
        m_client->usageOfMany(iccids.mid(first, AttentionCost::usageBatch), this,
                              [this, reading](const ApiResult<QList<FlowUsage>> &result) {
                                  if (reading != m_reading.get())
                                      return;
                                  if (result.ok()) {
                                      for (const FlowUsage &usage : result.value())
                                          reading->usage[usage.iccid].leftMb =
                                              qMax(0.0, usage.highSpeedBalanceMb);
                                  } else {
                                      reading->problems
                                          << tr("The usage of watched SIMs could not be read: %1")
                                                 .arg(result.error().message());
                                  }
                                  oneDone();
                              });
    }
    const QDate first = reading->today.addDays(-AttentionRules::burnRateDays);
    const QDate last = reading->today.addDays(-1);
    const auto known = store.days(m_account, reading->watched, first, last);
    for (const Iccid &iccid : std::as_const(iccids)) {
        const QMap<QDate, double> have = known.value(iccid.value());
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            if (have.contains(day))
                continue;
            ++reading->pending;
            m_client->dayUsage(
                iccid, day, this, [this, reading](const ApiResult<DayUsage> &result) {
                    if (reading != m_reading.get())
                        return;
                    if (result.ok())
                        reading->newDays.append(result.value());
                    else if (reading->problems.size() < 3)
                        reading->problems << tr("A day of a watched SIM's usage could not be "
                                                "read: %1")
                                                 .arg(result.error().message());
                    oneDone();
                });
        }
    }
}

void AttentionRefresh::oneDone()
{
    if (--m_reading->pending == 0)
        compute();
}

void AttentionRefresh::compute()
{
    emit progress(
        tr("Looking at %Ln SIM(s)", nullptr, int(qMin<qint64>(m_reading->fleet.size(), INT_MAX))));
    std::shared_ptr<Reading> reading(m_reading.release());
    m_reading = std::make_unique<Reading>(); // a placeholder: answers of this look are done
    Reading *placeholder = m_reading.get();
    const QString path = m_storePath;
    const QString account = m_account;
    const AttentionRules rules = m_rules;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ServerTimeZone zone = m_client->settings().serverTimeZone;
    const bool announces = m_announces;
    m_worker.start([this, reading, placeholder, path, account, rules, now, zone, announces] {
        AttentionStore store(path);
        QStringList problems = reading->problems;
        if (!store.isOpen())
            problems << store.problem();
        const std::optional<AttentionStore::OrderListing> kept = store.orders(account);
        const QDateTime lastLook = store.lastLook(account);
        AttentionInput input;
        input.fleet = reading->fleet;
        input.now = now;
        input.serverZone = zone;
        input.rules = rules;
        QList<Order> listing = kept ? kept->orders : QList<Order>();
        if (reading->readOrders) {
            const QList<Order> gone = goneSince(listing, reading->orders, lastLook, now);
            listing = reading->orders + gone;
            if (const std::optional<QString> problem = store.saveOrders(account, listing, now))
                problems << tr("The orders in use could not be kept for the next look: %1")
                                .arg(*problem);
        }
        for (const Order &order : std::as_const(listing)) {
            if (order.status == int(OrderStatus::InUse))
                input.ordersInUse.append(order);
            else if (!lastLook.isValid() || order.expires > lastLook)
                input.expiredSinceLastLook.append(order);
        }
        if (const std::optional<QString> problem =
                store.saveDays(account, reading->newDays, reading->today.addDays(-keptDays)))
            problems << tr("The days read could not be kept: %1").arg(*problem);
        const QDate first = reading->today.addDays(-AttentionRules::burnRateDays);
        const auto days = store.days(account, reading->watched, first, reading->today.addDays(-1));
        for (const QString &iccid : std::as_const(reading->watched)) {
            WatchedUsage usage = reading->usage.value(iccid);
            // A rate is of whole weeks only: a SIM with a day missing goes by its order's average.
            const QMap<QDate, double> known = days.value(iccid);
            if (known.size() == AttentionRules::burnRateDays)
                usage.lastDays = known.values();
            input.watched.insert(iccid, usage);
        }
        AttentionResult result = findAttention(input);
        result.problems = problems;
        const QList<AttentionItem> news =
            announces ? store.announce(account, result.items, now, rules) : QList<AttentionItem>();
        QMetaObject::invokeMethod(this, [this, placeholder, result, news]() mutable {
            if (placeholder == m_reading.get()) { // not cancelled meanwhile
                m_reading.reset();
                m_running = false;
                emit looked(result, news);
            }
            // These may be the last copies of a look's lists: freed here, on the UI thread, a
            // first look's 800,000 new items held it for 30 to 50 ms (bench_attention).
            m_worker.start([result = std::move(result), news = std::move(news)] {});
        });
    });
}

void AttentionRefresh::markLooked(const QDateTime &lookedAt)
{
    AttentionStore(m_storePath).setLastLook(m_account, lookedAt);
}

void AttentionRefresh::fail(const QString &problem)
{
    m_reading.reset();
    m_running = false;
    emit failed(problem);
}

} // namespace cube
