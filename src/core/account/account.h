#pragma once

#include <QObject>

#include <memory>

namespace cube {

class AttentionRefresh;
class ChangeWriter;
class CubeClient;
class Journal;
class Watchlist;

// One connected Cube account as a front end works with it: the client for reads, the writer
// through which every change goes (and which announces what changed), and the journal of
// changes its writes are recorded and settled in, whose change feed the views follow; and what
// needs attention: its watchlist and its looks (both kept in the attention store, under the
// account's key, so the console and cubectl share them).
// ClientFactory makes the account with its client recording in the same journal.
class Account final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Account)

public:
    // `journal` is the one `client` records its writes in (none: they are not journaled).
    // `attentionStore`: the attention store's file; by default attention.sqlite beside the
    // journal's file, or AttentionStore::defaultPath() without a journal.
    Account(std::unique_ptr<CubeClient> client, std::shared_ptr<Journal> journal,
            QObject *parent = nullptr, const QString &attentionStore = {});
    ~Account() override;

    CubeClient &client() const { return *m_client; }
    ChangeWriter &writer() const { return *m_writer; }
    // Where the account's writes are recorded, or nullptr when they are not (cubectl's
    // --dry-run, tests of other things). Shared by every account of the program.
    Journal *journal() const { return m_journal.get(); }
    // The account's key in the local stores (FleetCache::accountKey).
    QString key() const;
    Watchlist &watchlist() const { return *m_watchlist; }
    AttentionRefresh &attention() const { return *m_attention; }

private:
    std::shared_ptr<Journal> m_journal; // first in, last out: the client and writer use it
    std::unique_ptr<CubeClient> m_client;
    std::unique_ptr<ChangeWriter> m_writer;
    std::unique_ptr<Watchlist> m_watchlist;
    std::unique_ptr<AttentionRefresh> m_attention;
};

} // namespace cube
