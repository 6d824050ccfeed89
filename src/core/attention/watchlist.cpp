#include "attention/watchlist.h"

#include "attention/watchliststore.h"

namespace cube {

Watchlist::Watchlist(QString storePath, QString account, QObject *parent, TeamStore team)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_account(std::move(account))
    , m_team(std::move(team))
{
    reload();
}

QStringList Watchlist::iccids() const
{
    return WatchlistStore(m_storePath, m_team).watched(m_account);
}

QString Watchlist::watch(const QStringList &iccids)
{
    if (const std::optional<QString> problem =
            WatchlistStore(m_storePath, m_team).watch(m_account, iccids))
        return *problem;
    for (const QString &iccid : iccids)
        m_watched.insert(iccid);
    emit changed();
    return {};
}

QString Watchlist::unwatch(const QStringList &iccids)
{
    if (const std::optional<QString> problem =
            WatchlistStore(m_storePath, m_team).unwatch(m_account, iccids))
        return *problem;
    for (const QString &iccid : iccids)
        m_watched.remove(iccid);
    emit changed();
    return {};
}

void Watchlist::reload()
{
    const WatchlistStore store(m_storePath, m_team);
    if (!store.notice().isEmpty())
        m_notice = store.notice();
    const QStringList stored = store.watched(m_account);
    m_watched = QSet<QString>(stored.cbegin(), stored.cend());
    emit changed();
}

} // namespace cube
