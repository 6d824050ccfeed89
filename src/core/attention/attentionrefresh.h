#pragma once

#include "attention/attentioncost.h"
#include "attention/attentionresult.h"
#include "attention/attentionrules.h"
#include "base/teamstore.h"
#include "fleet/fleetsnapshot.h"
#include "records/orderrecords.h"

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace cube {

class CubeClient;

// One look at the account, the sequence both front ends share: say its cost, read what it needs
// (the orders in use when the kept listing is older than the profile's freshness or a reading
// is asked for; the watched SIMs' usage in batches and their complete days not read before),
// then find what needs someone on a worker (findAttention), keep the listing and the days,
// and tell which items are news (AttentionStore::announce). Every query goes through the
// client, so through the request governor and the quota meter; a look that costs more than is
// left of today's quota asks first. The rest of the fleet costs nothing: it is looked at from
// the SIM list the caller gives and the listing.
class AttentionRefresh final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionRefresh)

public:
    // Ask: a look the person asked for; it asks (consentNeeded) when it costs more than is left
    // of today's quota. Given: the person agreed to the cost. Quiet: a look nobody asked for
    // (the console's timer); it asks when it costs more than a tenth of what is left, so that
    // a big reading (a stale order listing of 300,000 orders is 3,000 queries) is always the
    // person's decision.
    enum class Consent { Ask, Given, Quiet };

    // `account`: the store's key of the client's account (FleetCache::accountKey).
    AttentionRefresh(CubeClient *client, QString storePath, QString account,
                     QObject *parent = nullptr);
    ~AttentionRefresh() override;

    const QString &account() const { return m_account; }
    // The watchlist is the team's, in its store, under the team's key of the account (the rest
    // of the look's state stays in this computer's attention file).
    void shareWatchlist(const TeamStore &team, const QString &account);
    void setRules(const AttentionRules &rules) { m_rules = rules; }
    // Whether a look's new items are marked announced (its `news`). cubectl's looks do not: a
    // cron job that printed them has told a monitoring system, not the person at the console,
    // and its one-run rules would make the store forget what they leave out.
    void setAnnounces(bool announces) { m_announces = announces; }
    const AttentionRules &rules() const { return m_rules; }

    // Whether the kept order listing is young enough to go by (the profile's freshness).
    bool ordersAreFresh() const;
    // What a look costs; `readOrders`: the listing is read again whether fresh or not.
    AttentionCost cost(bool readOrders) const;

    // Looks at the account, `fleet` being its SIM list. Ignored while a look is under way.
    void look(const FleetSnapshot &fleet, bool readOrders, Consent consent);
    bool isLooking() const { return m_running; }
    // Stops at the next answer; nothing is kept and `looked` is not emitted.
    void cancel();
    // The person has seen what the look of `lookedAt` found: orders that expired before then
    // are no longer "expired since the last look" (one that expired after it, before the
    // person opened the tab, still is). The console calls it when it shows a look; a look
    // itself does not, nor does cubectl (a cron job is not a person looking).
    void markLooked(const QDateTime &lookedAt);

signals:
    void costSaid(const cube::AttentionCost &cost);
    // The look would spend more than the `queriesLeft` of today's quota: nothing was read.
    void consentNeeded(const cube::AttentionCost &cost, qint64 queriesLeft);
    // A step under way, in words ("Reading orders in use: page 3 of 3,000").
    void progress(const QString &step);
    // `news`: the items not there at the last look.
    void looked(const cube::AttentionResult &result, const QList<cube::AttentionItem> &news);
    void failed(const QString &problem);

private:
    struct Reading;

    bool readOrdersNow(bool asked) const;
    // After the listing's first page: whether its whole length now costs more than the look
    // may spend without asking (then it stops and asks: consentNeeded).
    bool outgrowsConsent(Reading &reading, qint64 totalPages);
    void readOrderPage(int page);
    void readWatched();
    void readDays();
    void oneDone();
    void compute();
    void fail(const QString &problem);

    CubeClient *m_client;
    QString m_storePath;
    QString m_account;
    TeamStore m_watchlistTeam;
    QString m_watchlistAccount; // m_account unless shared
    AttentionRules m_rules;
    bool m_running = false;
    bool m_announces = true;
    std::unique_ptr<Reading> m_reading;
    QThreadPool m_worker; // one thread: the look's store work and finding, in order
};

} // namespace cube
