#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace cube {

class AttentionRefresh;
class ChangeWriter;
class CubeClient;
class Journal;
class SimNotes;
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
    // journal's file, or AttentionStore::defaultPath() without a journal or with one in a team
    // store.
    Account(std::unique_ptr<CubeClient> client, std::shared_ptr<Journal> journal,
            QObject *parent = nullptr, const QString &attentionStore = {});
    ~Account() override;

    CubeClient &client() const { return *m_client; }
    ChangeWriter &writer() const { return *m_writer; }
    // Where the account's writes are recorded, or nullptr when they are not (cubectl's
    // --dry-run, tests of other things). Shared by every account of the program, unless the
    // account's profile keeps its journal in a team store (ClientFactory).
    Journal *journal() const { return m_journal.get(); }
    // The account's key in the local stores (FleetCache::accountKey).
    QString key() const;
    Watchlist &watchlist() const { return *m_watchlist; }
    AttentionRefresh &attention() const { return *m_attention; }
    // The notes and tags kept on the account's SIM cards (notes.sqlite beside the attention
    // store), for every view and cubectl.
    SimNotes &notes() const { return *m_notes; }

    // Why nothing may be changed through this account (a view-only profile, or a team store that
    // lets this desk only read), for a person, in the language of now; empty when writes are
    // allowed. The client refuses them all the same (ClientFactory): views use this to hold
    // their write controls off and say why.
    QString writesRefused() const;
    // The account is the view-only profile `profileName`'s (ClientFactory).
    void makeViewOnly(const QString &profileName) { m_viewOnlyProfile = profileName; }

private:
    std::shared_ptr<Journal> m_journal; // first in, last out: the client and writer use it
    std::unique_ptr<CubeClient> m_client;
    std::unique_ptr<ChangeWriter> m_writer;
    std::unique_ptr<Watchlist> m_watchlist;
    std::unique_ptr<AttentionRefresh> m_attention;
    std::unique_ptr<SimNotes> m_notes;
    std::optional<QString> m_viewOnlyProfile;
};

} // namespace cube
