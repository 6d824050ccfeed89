#include "account/account.h"

#include "attention/attentionrefresh.h"
#include "attention/attentionstore.h"
#include "attention/watchlist.h"
#include "fleet/fleetcache.h"
#include "journal/journal.h"
#include "notes/simnotes.h"
#include "profiles/profile.h"
#include "transport/cubeclient.h"
#include "writes/changewriter.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cube {

Account::Account(std::unique_ptr<CubeClient> client, std::shared_ptr<Journal> journal,
                 QObject *parent, const QString &attentionStore)
    : QObject(parent)
    , m_journal(std::move(journal))
    , m_client(std::move(client))
    , m_writer(std::make_unique<ChangeWriter>(*m_client, m_journal.get()))
{
    // Beside the journal when there is one (cubectl's --journal, a test's folder): the local
    // state of one desk stays in one folder. A team store is no folder: the default then.
    QString store = attentionStore;
    if (store.isEmpty() && m_journal && !m_journal->teamStore().isSet())
        store = QFileInfo(m_journal->path()).dir().filePath(u"attention.sqlite"_s);
    if (store.isEmpty())
        store = AttentionStore::defaultPath();
    // Notes are about the account's SIM cards, whichever profile reaches it: a view-only
    // profile on the same account sees the notes written through another. With a team store,
    // the notes and the watchlist are the team's, under that key whatever each desk's profile
    // is called.
    const TeamStore team = m_journal ? m_journal->teamStore() : TeamStore();
    const QString accountKey = FleetCache::accountKey({}, m_client->settings());
    m_watchlist =
        std::make_unique<Watchlist>(store, team.isSet() ? accountKey : key(), nullptr, team);
    m_attention = std::make_unique<AttentionRefresh>(m_client.get(), store, key());
    if (team.isSet())
        m_attention->shareWatchlist(team, accountKey);
    m_notes = std::make_unique<SimNotes>(QFileInfo(store).dir().filePath(u"notes.sqlite"_s),
                                         accountKey, nullptr, team);
}

// The writer's and the look's calls use the client: they go first.
Account::~Account()
{
    m_attention.reset();
    m_writer.reset();
}

QString Account::writesRefused() const
{
    if (m_viewOnlyProfile)
        return Profile::viewOnlyRefusal(*m_viewOnlyProfile);
    if (m_journal && m_journal->readsOnly())
        return Journal::readsOnlyRefusal(m_journal->path());
    return {};
}

QString Account::key() const
{
    return FleetCache::accountKey(m_client->profileName(), m_client->settings());
}

} // namespace cube
