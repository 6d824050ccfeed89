#include "attention/watchlist.h"

#include "attention/attentionstore.h"

namespace cube {

Watchlist::Watchlist(QString storePath, QString account, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_account(std::move(account))
{
    reload();
}

QStringList Watchlist::iccids() const
{
    return AttentionStore(m_storePath).watched(m_account);
}

QString Watchlist::watch(const QStringList &iccids)
{
    if (const std::optional<QString> problem = AttentionStore(m_storePath).watch(m_account, iccids))
        return *problem;
    for (const QString &iccid : iccids)
        m_watched.insert(iccid);
    emit changed();
    return {};
}

QString Watchlist::unwatch(const QStringList &iccids)
{
    if (const std::optional<QString> problem =
            AttentionStore(m_storePath).unwatch(m_account, iccids))
        return *problem;
    for (const QString &iccid : iccids)
        m_watched.remove(iccid);
    emit changed();
    return {};
}

void Watchlist::reload()
{
    const AttentionStore store(m_storePath);
    if (!store.notice().isEmpty())
        m_notice = store.notice();
    const QStringList stored = store.watched(m_account);
    m_watched = QSet<QString>(stored.cbegin(), stored.cend());
    emit changed();
}

} // namespace cube
