#pragma once

#include "base/teamstore.h"
#include "notes/simnote.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace cube {

// The notes and tags of one account's SIM cards (the account's key, Account::key()), kept in
// notes.sqlite beside the journal, or in the team store with the journal when the profile has
// one (then every desk of the team reads and writes the same notes): the person's work, shared
// by the console and cubectl. Plain SQL through Qt SQL that both read. A damaged file is set
// aside (SqliteFile) and a new one started, with a notice; a file or store of a newer schema is
// left alone and not used. Every change records who made it and when.
//
// Used from the thread that made it.
class SimNotesStore final
{
    Q_DECLARE_TR_FUNCTIONS(cube::SimNotesStore)
    Q_DISABLE_COPY_MOVE(SimNotesStore)

public:
    static constexpr int schemaVersion = 1;

    // In the file at `path`, or in `team` when that is set.
    SimNotesStore(const QString &path, QString account, const TeamStore &team = {});
    ~SimNotesStore();

    // notes.sqlite in the application's data folder.
    static QString defaultPath();

    bool isOpen() const { return m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    // What became of a damaged file (set aside), or empty.
    const QString &notice() const { return m_notice; }

    // The SIM's note and tags, or nothing when none are kept.
    std::optional<SimNote> note(const QString &iccid) const;
    // Keeps `text` as the SIM's note (unless nothing is given; an empty one clears it, its tags
    // stay) and adds and removes tags (as typed: "ACME" is acme), in one change. Nothing is
    // changed when the note is too long or a tag is no tag. Why it was not kept (those, or the
    // file not writable), or nothing. What was kept is put in `kept` (empty when the SIM has
    // neither note nor tag any more).
    std::optional<QString> edit(const QString &iccid, const std::optional<QString> &text,
                                const QStringList &add, const QStringList &remove,
                                SimNote *kept = nullptr);
    // Every SIM's note and tags, in one query (for the search), by ICCID.
    QList<SimNote> all() const;

private:
    bool open();
    bool prepareSchema();
    // Checks the schema's version and makes or migrates the tables (in the team's transaction).
    bool prepareTables();
    // The note as the file has it, inside a transaction or not.
    std::optional<SimNote> read(const QString &iccid, bool *ok) const;
    bool write(const SimNote &note);

    QString m_path;
    TeamStore m_team;
    QString m_account;
    QString m_connection;
    QString m_problem;
    QString m_notice;
};

} // namespace cube
