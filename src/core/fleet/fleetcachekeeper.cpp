#include "fleet/fleetcachekeeper.h"

#include <QMetaObject>

namespace cube {

FleetCacheKeeper::FleetCacheKeeper(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    m_thread.setMaxThreadCount(1); // in order: a save before a clear, a clear before a load
}

FleetCacheKeeper::~FleetCacheKeeper()
{
    m_thread.waitForDone(); // a save half done is finished, not cut off
}

void FleetCacheKeeper::load(const QString &account)
{
    // Answers are posted to this object: Qt drops them if it is gone (its destructor waits for
    // the task, so `this` outlives the task itself).
    m_thread.start([this, path = m_path, account] {
        FleetCache cache(path);
        const std::optional<CachedFleet> fleet = cache.load(account);
        const QString notice = cache.notice();
        QMetaObject::invokeMethod(
            this, [this, account, fleet, notice] { emit loaded(account, fleet, notice); });
    });
}

void FleetCacheKeeper::save(const QString &account, const FleetSnapshot &fleet,
                            const QDateTime &asOf)
{
    m_thread.start([this, path = m_path, account, fleet, asOf] {
        FleetCache cache(path);
        const QString problem = cache.save(account, fleet, asOf).value_or(QString());
        QMetaObject::invokeMethod(this, [this, problem] { emit saved(problem); });
    });
}

void FleetCacheKeeper::clear()
{
    m_thread.start([this, path = m_path] {
        FleetCache cache(path);
        const QString problem = cache.clear().value_or(QString());
        QMetaObject::invokeMethod(this, [this, problem] { emit cleared(problem); });
    });
}

} // namespace cube
