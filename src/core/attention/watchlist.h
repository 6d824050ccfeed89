#pragma once

#include "base/teamstore.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace cube {

// The SIMs of one account that are watched: read in full (usage, days) at each look, where the
// rest of the fleet is looked at from the SIM list. Kept per account in the attention store (or
// the team store, WatchlistStore), so it outlives the session and is the same for cubectl (and
// the team's other desks); held in memory for the views, which ask
// isWatched() for each row they paint.
class Watchlist final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Watchlist)

public:
    // `account`: the store's key of the account (FleetCache::accountKey).
    // In the attention file at `storePath`, or in `team` when that is set.
    Watchlist(QString storePath, QString account, QObject *parent = nullptr, TeamStore team = {});

    bool isWatched(const QString &iccid) const { return m_watched.contains(iccid); }
    qsizetype size() const { return m_watched.size(); }
    QStringList iccids() const;

    // Why the watchlist could not be changed (the store could not be written), or empty.
    QString watch(const QStringList &iccids);
    QString unwatch(const QStringList &iccids);
    // Reads the store again (another program may have changed it).
    void reload();
    // What became of a damaged store when it was opened (set aside, a new one started: the
    // watchlist is empty then), for the person; or empty.
    const QString &notice() const { return m_notice; }

signals:
    void changed();

private:
    QString m_storePath;
    QString m_account;
    TeamStore m_team;
    QSet<QString> m_watched;
    QString m_notice;
};

} // namespace cube
