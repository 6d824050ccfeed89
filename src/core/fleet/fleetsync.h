#pragma once

#include "contract/apierror.h"
#include "fleet/fleetcache.h"
#include "fleet/fleetreadcost.h"

#include <QObject>

#include <optional>

namespace cube {

class CubeClient;
class FleetCacheKeeper;
class FleetLoader;
class FleetStore;

// What a read of the account's fleet cache found: its list, if there is one, and what became of
// a cache that could not be used (the notice for the person, and the damage in detail).
struct FleetCacheReading
{
    std::optional<CachedFleet> fleet;
    QString notice;
    std::optional<FleetCacheDamage> damage;
};

// The account's SIM list kept in step with the server, the one sequence both front ends share.
// The first sync() shows the list of the last start from the fleet cache at once (a million SIMs
// without a query), and reads the server's only when the cached one is older than the profile
// says a list stays fresh, or when there is none: a full reading of a million SIMs costs two
// days' quota. The server's pages are merged into the store in place (a refresh changes only
// what changed), and the completed list is saved to the cache for the next start. A later
// sync() reads the server's list again, saying first what that costs, and stops to ask when it
// costs more than is left of today's quota.
//
// The store, the loader and the cache keeper are its own; the front end shows the store and
// follows the signals. cubectl reads the cache through readCache(), on its own thread.
class FleetSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetSync)

public:
    FleetSync(CubeClient *client, const QString &cachePath, QObject *parent = nullptr);
    ~FleetSync() override;

    FleetStore *store() const { return m_store; }

    // The first time (and while the store is empty): the cached list, then the server's when
    // needed. Later: the server's list again, after saying what it costs (readingCost); when
    // that is more than is left of today's quota, it asks instead (consentNeeded).
    void sync();
    // Reads the server's list now, quota or not: the person agreed to the cost.
    void startReading();
    void cancel();
    void clearCache();

    // The account's cached list, read on the calling thread (cubectl has nothing to show
    // meanwhile; the console's reads run on a worker through sync()).
    FleetCacheReading readCache() const;

    // The server's list is being read.
    bool isReading() const;
    // The rows are the cached list's, not yet read again from the server.
    bool showsCachedList() const { return m_showingCached; }
    // SIMs read so far of the total the server gave, in the reading under way or the last one.
    qint64 loadedCount() const { return m_loaded; }
    qint64 totalCount() const { return m_total; }

signals:
    // What became of a cache that could not be used (set aside, dropped), for the person.
    void cacheNotice(const QString &notice);
    // The store holds the cached list (as of FleetStore::asOf()); shown before any reading.
    void cachedListShown();
    // The cached list is fresh: the server's is not read (Reload reads it again).
    void cachedListKept();
    // A reading of the server's list of `cost.sims` SIMs is about to be asked for.
    void readingCost(const cube::FleetReadCost &cost);
    // Reading it would spend more than the `queriesLeft` of today's quota: nothing is read
    // unless startReading() is called.
    void consentNeeded(const cube::FleetReadCost &cost, qint64 queriesLeft);
    void readingStarted();
    void progress(qint64 loaded, qint64 total);
    // The server's list is read in full; the store drops the SIMs it no longer lists, then the
    // list is saved (cacheSaved).
    void loaded();
    // The reading stopped; the rows that came are kept, and nothing is removed or saved.
    void cancelled();
    void failed(const cube::ApiError &error);
    // `problem`: why the list could not be kept for the next start, or empty.
    void cacheSaved(const QString &problem);
    void cacheCleared(const QString &problem);

private:
    // Reads the server's list, after saying what it costs (readingCost); when that is more than
    // is left of today's quota, asks instead (consentNeeded) and reads nothing.
    void readWholeList();
    void cacheRead(const std::optional<CachedFleet> &cached, const QString &notice);
    bool isFresh(const QDateTime &asOf) const;

    CubeClient *m_client;
    QString m_cachePath;
    QString m_account; // the cache's key of the client's profile, server and access code
    FleetStore *m_store;
    FleetLoader *m_loader;
    FleetCacheKeeper *m_cache;
    bool m_cacheConsulted = false;
    bool m_showingCached = false;
    qint64 m_loaded = 0;
    qint64 m_total = 0;
};

} // namespace cube
