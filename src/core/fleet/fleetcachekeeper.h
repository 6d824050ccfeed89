#pragma once

#include "fleet/fleetcache.h"

#include <QObject>
#include <QThreadPool>

namespace cube {

// The fleet cache for a window: each read, save and clear runs on a worker thread of its own
// (a million SIMs are 56 MB to read or write), one after another in the order asked, and
// answers on the thread that asked.
class FleetCacheKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetCacheKeeper)

public:
    explicit FleetCacheKeeper(QString path, QObject *parent = nullptr);
    ~FleetCacheKeeper() override;

    void load(const QString &account);
    void save(const QString &account, const FleetSnapshot &fleet, const QDateTime &asOf);
    void clear();

signals:
    // `notice`: what became of a cache that could not be used, for the person; or empty.
    void loaded(const QString &account, const std::optional<cube::CachedFleet> &fleet,
                const QString &notice);
    void saved(const QString &problem);
    void cleared(const QString &problem);

private:
    QString m_path;
    QThreadPool m_thread;
};

} // namespace cube
