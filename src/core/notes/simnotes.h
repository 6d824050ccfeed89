#pragma once

#include "base/teamstore.h"
#include "fleet/fleetnoteindex.h"
#include "notes/simnote.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace cube {

// The notes and tags of one account's SIM cards as the views see them: kept in the notes store
// (so they outlive the session and are the same for cubectl), held in memory once read (as
// many as there are notes, never one per SIM of the fleet), and announced when changed, so that
// the SIM list's Note column, its search and the detail stay in step. Changing one writes the
// local store only: no request goes to the server, and a view-only profile keeps notes too.
class SimNotes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimNotes)

public:
    // `account`: the store's key of the account (Account::key()). The store is read when the
    // notes are first asked for, unless readInBackground() was called first.
    // Kept in the file at `storePath`, or in `team` when that is set (the profile's team store).
    SimNotes(QString storePath, QString account, QObject *parent = nullptr, TeamStore team = {});
    ~SimNotes() override;

    // Reads the store on a worker (the console: ten thousand notes take longer than the UI
    // thread may be held); changed() with no ICCID says when they are all there. Until then the
    // notes are those changed or read again meanwhile, and nothing waits for the rest.
    void readInBackground();

    // The SIM's note and tags (empty when none are kept).
    SimNote note(const QString &iccid) const;
    qsizetype size() const;
    // What the SIM list's search and its Note column go by; a copy costs nothing.
    const FleetNoteIndex &index() const;

    // Why the note could not be kept (too long, a tag that is no tag, the store not writable),
    // or empty. `text`: the note (nothing: left as it is).
    QString edit(const QString &iccid, const std::optional<QString> &text, const QStringList &add,
                 const QStringList &remove);
    QString setNote(const QString &iccid, const QString &text);
    QString changeTags(const QString &iccid, const QStringList &add, const QStringList &remove);
    // Reads the SIM's note from the store again: another program (cubectl) may have changed it.
    void reread(const QString &iccid);
    // What became of a damaged store when it was read (set aside, a new one started), or why
    // it could not be read, for the person; or empty.
    const QString &notice() const;

signals:
    // The note or tags of `iccid` changed; every SIM's when `iccid` is empty (read again).
    void changed(const QString &iccid);

private:
    struct Read;
    enum class State { NotRead, Reading, Read };

    // Every note of the store, with the index made of them: a worker's work.
    static Read readStore(const QString &path, const QString &account, const TeamStore &team);
    void readIfNotYet() const;
    void adopt(Read read) const;
    void keep(const SimNote &note);

    QString m_storePath;
    QString m_account;
    TeamStore m_team;
    // Read when first asked for: cubectl's commands that never look at a note open no file.
    mutable State m_state = State::NotRead;
    mutable QHash<QString, SimNote> m_notes;
    mutable FleetNoteIndex m_index;
    mutable QString m_notice;
    QSet<QString> m_keptWhileReading; // read again once the worker's read arrives
};

} // namespace cube
