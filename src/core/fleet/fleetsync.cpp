#include "fleet/fleetsync.h"

#include "fleet/fleetcachekeeper.h"
#include "fleet/fleetloader.h"
#include "fleet/fleetstore.h"
#include "transport/cubeclient.h"

#include <chrono>

namespace cube {

FleetSync::FleetSync(CubeClient *client, const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cachePath(cachePath)
    , m_account(FleetCache::accountKey(client->profileName(), client->settings()))
    , m_store(new FleetStore(this))
    , m_loader(new FleetLoader(client, this))
    , m_cache(new FleetCacheKeeper(cachePath, this))
{
    connect(m_loader, &FleetLoader::pageArrived, m_store, &FleetStore::mergePage);
    connect(m_loader, &FleetLoader::progress, this, [this](qint64 loaded, qint64 total) {
        m_loaded = loaded;
        m_total = total;
        emit progress(loaded, total);
    });
    connect(m_loader, &FleetLoader::finished, this, [this] {
        m_store->finishLoad(QDateTime::currentDateTime()); // the list is saved when final
        m_showingCached = false;
        emit loaded();
    });
    connect(m_loader, &FleetLoader::cancelled, this, [this] {
        m_store->abandonLoad();
        emit cancelled();
    });
    connect(m_loader, &FleetLoader::failed, this, [this](const ApiError &error) {
        m_store->abandonLoad(); // the rows shown (the cached ones, say) stay as they were
        emit failed(error);
    });
    // Saved once the store has dropped the SIMs the server no longer lists.
    connect(m_store, &FleetStore::loadFinished, this,
            [this] { m_cache->save(m_account, m_store->snapshot(), m_store->asOf()); });
    connect(m_cache, &FleetCacheKeeper::loaded, this,
            [this](const QString &, const std::optional<CachedFleet> &cached,
                   const QString &notice) { cacheRead(cached, notice); });
    connect(m_cache, &FleetCacheKeeper::saved, this, &FleetSync::cacheSaved);
    connect(m_cache, &FleetCacheKeeper::cleared, this, &FleetSync::cacheCleared);
}

FleetSync::~FleetSync() = default;

bool FleetSync::isReading() const
{
    return m_loader->isRunning();
}

void FleetSync::sync()
{
    if (m_loader->isRunning())
        return;
    if (!m_cacheConsulted && m_store->size() == 0) {
        m_cacheConsulted = true;
        m_cache->load(m_account); // answers in cacheRead()
        return;
    }
    readWholeList();
}

void FleetSync::cacheRead(const std::optional<CachedFleet> &cached, const QString &notice)
{
    if (!notice.isEmpty())
        emit cacheNotice(notice);
    // Rows already there (a reading started meanwhile) are newer than the cached ones.
    if (cached && m_store->size() == 0) {
        m_store->replaceAll(cached->fleet, cached->asOf, cached->index);
        m_showingCached = true;
        emit cachedListShown();
        // Fresh enough: not read again (the SIM a person looks at is read fresh all the same).
        if (isFresh(cached->asOf)) {
            emit cachedListKept();
            return;
        }
        return readWholeList();
    }
    startReading();
}

bool FleetSync::isFresh(const QDateTime &asOf) const
{
    const auto age = std::chrono::seconds(asOf.secsTo(QDateTime::currentDateTime()));
    return age >= std::chrono::seconds(0) && age < m_client->settings().fleetCacheFreshFor;
}

void FleetSync::readWholeList()
{
    const qint64 known = qMax<qint64>(m_store->size(), m_total);
    if (known == 0)
        return startReading(); // the first page tells the cost, and is one query
    const ConnectionSettings &settings = m_client->settings();
    const FleetReadCost cost = FleetReadCost::of(known, settings);
    emit readingCost(cost);
    const std::optional<qint64> used = m_client->queriesToday();
    const qint64 left = used ? settings.limits.dailyQuota - *used : cost.queries;
    if (cost.queries <= left)
        return startReading();
    emit consentNeeded(cost, left);
}

void FleetSync::startReading()
{
    if (m_loader->isRunning())
        return;
    // The rows stay while the list is read again; the reading updates them in place.
    m_store->beginLoad();
    m_total = 0;
    m_loaded = 0;
    m_loader->start();
    emit readingStarted();
}

void FleetSync::cancel()
{
    m_loader->cancel();
}

void FleetSync::clearCache()
{
    m_cache->clear();
}

FleetCacheReading FleetSync::readCache() const
{
    FleetCache cache(m_cachePath);
    FleetCacheReading reading;
    reading.fleet = cache.load(m_account);
    reading.notice = cache.notice();
    reading.damage = cache.damage();
    return reading;
}

} // namespace cube
