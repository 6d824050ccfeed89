#include "account/account.h"

#include "attention/attentionrefresh.h"
#include "attention/attentionstore.h"
#include "attention/watchlist.h"
#include "fleet/fleetcache.h"
#include "journal/journal.h"
#include "transport/cubeclient.h"
#include "writes/changewriter.h"

namespace cube {

Account::Account(std::unique_ptr<CubeClient> client, std::shared_ptr<Journal> journal,
                 QObject *parent, const QString &attentionStore)
    : QObject(parent)
    , m_journal(std::move(journal))
    , m_client(std::move(client))
    , m_writer(std::make_unique<ChangeWriter>(*m_client, m_journal.get()))
{
    const QString store = attentionStore.isEmpty() ? AttentionStore::defaultPath() : attentionStore;
    m_watchlist = std::make_unique<Watchlist>(store, key());
    m_attention = std::make_unique<AttentionRefresh>(m_client.get(), store, key());
}

// The writer's and the look's calls use the client: they go first.
Account::~Account()
{
    m_attention.reset();
    m_writer.reset();
}

QString Account::key() const
{
    return FleetCache::accountKey(m_client->profileName(), m_client->settings());
}

} // namespace cube
