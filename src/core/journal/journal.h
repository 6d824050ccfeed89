#pragma once

#include "journal/journaljob.h"
#include "journal/journalrecorder.h"
#include "journal/journalwords.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QString>
#include <QTimer>
#include <QVariantList>

#include <chrono>
#include <functional>
#include <optional>

namespace cube {

// The journal of changes: every write of cube-console and cubectl, recorded on disk (or in the
// team's store) before it is sent, then each step of what became of it; and the bulk jobs the
// writes belong to, so that a job cut short can be checked and finished later. SQLite (Qt SQL, WAL,
// a busy time-out), one file per machine user, shared by both programs at once. The schema has a
// version and migrations; a file that is not a readable database is set aside (renamed, never
// deleted) and a new one started.
//
// Used from the thread that made it. A write that cannot be recorded must not be sent: record()
// says why, and problem() says why the journal could not be opened at all. A step of a write
// that was sent (its answer, a check) cannot be held back: when another program holds the lock
// longer than the busy time-out, the step is kept and written as soon as the lock is free, at
// the latest when the journal is closed. A file that cannot be written (a full disk) is said
// once in the log, not once per write; the rest are counted.
//
// A team store (PostgreSQL, TeamStore) holds the same tables for every desk of a team: the
// same journal, with these differences. A job's holder is known to be alive by a lock its
// connection holds in the store (an advisory lock), which the server lets go when the holder's
// process or network goes; other desks' commits are announced by the store's notices
// (LISTEN/NOTIFY); and a store that cannot be reached is a journal that cannot be written, so
// nothing is sent.
//
// The change feed: the journal announces every entry and job it records or updates, from the
// method that writes it, and what another program (cubectl beside the console, another
// console) committed to the same file, noticed within about a second. Views follow these
// signals and read again; nobody has to tell them that something changed. The file is watched
// only while something is connected to the signals.
class Journal final
    : public QObject
    , public JournalRecorder
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Journal)

public:
    static constexpr int schemaVersion = 5;
    // How often the file is asked whether another program committed to it, while watched.
    static constexpr std::chrono::milliseconds watchInterval{1000};

    explicit Journal(const QString &path, QObject *parent = nullptr);
    // The journal in a team's store, shared by its desks (made there by the first).
    explicit Journal(const TeamStore &store, QObject *parent = nullptr);
    ~Journal() override;

    // journal.sqlite in the application's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    // This machine user (with their full name) on this desk, and this program, for the entries
    // it writes.
    static JournalSource localSource(const QString &profile);

    const QString &path() const override { return m_path; }
    const TeamStore &teamStore() const override { return m_team; }
    // "the journal of changes (PATH) cannot be written (WHY). Free some disk space…", or, when
    // another program holds its lock (WHY is busyReason()), that it is busy and to try again:
    // a whole sentence with what to do, for messages.
    static QString unwritable(const QString &path, const QString &why);
    // The reason record() gives when another program held the journal's lock too long.
    static QString busyReason();
    bool isOpen() const override { return m_problem.isEmpty(); }
    // Why the journal cannot be written (and so no write may be sent), for a person.
    const QString &problem() const { return m_problem; }
    // The team store lets this desk's role only read the journal (it may not add entries):
    // nothing can be recorded, so nothing may be sent. A file is never so.
    bool readsOnly() const { return m_readsOnly; }
    // Why nothing is sent through a journal in the store `storeShown` that lets its user only
    // read, with what to do, in the language of now.
    static QString readsOnlyRefusal(const QString &storeShown);
    // Where a corrupt file was set aside when this one was started, or empty.
    const QString &setAsidePath() const { return m_setAsidePath; }

    // Commits `entry` (its id is set) or says why it could not be.
    std::optional<QString> record(JournalEntry &entry);
    // record(), with the reason made a whole sentence (unwritable()).
    std::optional<QString> recordWrite(JournalEntry &entry) override;
    void markSent(qint64 entry) override;
    void markAnswered(qint64 entry, JournalState state, const QString &code,
                      const QString &message) override;
    // The gateway refused the write for its limits (HTTP 429): it did not act, and the write
    // is sent again once the wait it asked for has passed.
    void markLimited(qint64 entry) override;
    void markSettled(qint64 entry, Settlement settlement);

    // Commits a bulk job with its subjects (its id is set), or says why it could not be.
    std::optional<QString> record(JournalJob &job);
    // Claims the job for this process, to check or resume it: one exclusive transaction that
    // wins only when no other live process holds the job, so that of two programs claiming it
    // at once exactly one runs it; the other is told who holds it. The job is running again,
    // and remembers the longest request time-out of those that sent its writes.
    JobClaim claimJob(qint64 job, JobPurpose purpose, std::chrono::milliseconds requestTimeout);
    // This process no longer runs the job, which is not finished (items are left to check
    // later): it is seen as interrupted again, for anyone to check or resume.
    void releaseJob(qint64 job);
    void endJob(qint64 job, JobState state);
    std::optional<JournalJob> job(qint64 id) const;
    // Newest first.
    QList<JournalJob> jobs(int limit = 200) const;
    // Jobs recorded as running whose process is gone.
    QList<JournalJob> interruptedJobs() const;
    // Each item with the write that tells: one that was done (a success is never hidden by a
    // later answer, such as "not in use" to a second send), else the last one.
    QList<JobItemStatus> jobItems(qint64 job) const;
    // Whether the item was sent before the entry `later` by a write that may have taken effect
    // (anything but a clear refusal): a refusal of the later send for the order's state may
    // then be that earlier write's doing.
    bool sentBefore(const JobItem &item, qint64 later) const;

    // Newest first.
    QList<JournalEntry> history(const HistoryFilter &filter) const;
    std::optional<JournalEntry> entry(qint64 id) const;
    // Everyone who sent a change, ordered by how their name reads: one row each, read with one
    // grouped query over the index of users and names. It reads the whole index, so it grows
    // with the journal (History reads it at each reload; prune keeps the journal short).
    QList<JournalPerson> people() const;
    // Deletes the entries recorded before `before`; how many, or nothing on failure.
    std::optional<qsizetype> prune(const QDateTime &before);

signals:
    // Committed by this journal, once on disk (a step kept while another program held the
    // lock is announced when it is written).
    void entryRecorded(qint64 entry);
    void entryUpdated(qint64 entry); // sent, answered, limited or settled
    void jobRecorded(qint64 job);
    void jobUpdated(qint64 job); // claimed, let go or ended
    void pruned();
    // Another program committed to the file: anything may have changed; read again.
    void changedByAnotherProgram();

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    // What a step changed, announced once it is written.
    struct Notice
    {
        enum class Of { Entry, Job } of;
        qint64 id;
    };
    // A step of a write, kept when another program held the lock, written when it is free.
    struct PendingStep
    {
        QString statement;
        QVariantList values;
        Notice notice;
    };

    bool openFile();
    bool openTeamStore();
    bool migrate();
    bool migrateTeamStore();
    bool isTeam() const { return m_team.isSet(); }
    // A team store's connection that was lost (the server restarted, the network dropped) is
    // opened again, with what the old one held; false when it was not lost or cannot be.
    bool reconnect();
    std::optional<QString> inTransaction(const std::function<bool()> &work);
    bool exec(const QString &statement, const QVariantList &values = {}) const;
    // A step of a write (sent, answered, settled, ended): written now, or kept for later when
    // another program holds the lock; steps are written in the order they happened.
    void step(const QString &statement, const QVariantList &values, Notice notice);
    void announce(const Notice &notice);
    // How long to wait for another program's lock: the busy time-out, or a glance.
    enum class Patience { Wait, Glance };
    // Writes the kept steps; false when the lock is still held.
    bool writePendingSteps(Patience patience = Patience::Wait);
    static bool isBusy(const QSqlError &error);
    // Runs an INSERT; the new row's id, or nothing when it failed.
    std::optional<qint64> insert(const QString &statement, const QVariantList &values) const;
    void failed(const QSqlError &error) const;
    // Why the last statement failed, for a person.
    QString lastProblem() const;
    static JobState stateOf(const QString &storedState, qint64 pid, const QString &process,
                            const QString &host);
    JobTally tallyOf(qint64 job) const;
    // In a team store: the jobs whose holders' locks are held now (journalteam.cpp).
    QSet<qint64> heldJobs() const;
    // Takes the job's lock: true when this process holds it now, false when another does,
    // nothing when the store could not be asked.
    std::optional<bool> lockJob(qint64 job);
    // In a team store: opens the connection again when it was lost, before a read or a write.
    // Reads call it too: the connection is the journal's means of reading, not what it holds.
    void ensureConnected() const;
    // Keeps the number of this connection's session on the server (reconnect() ends an old one).
    void rememberBackend();
    void unlockJob(qint64 job);
    void followTeamFeed(bool follow);
    void teamNotice(const QString &name, QSqlDriver::NotificationSource source);
    // The jobs a clause (WHERE…, ORDER BY…) picks, with their tallies.
    QList<JournalJob> readJobs(const QString &clause, const QVariantList &values) const;

    // The change feed's watch on the file (journalfeed.cpp).
    bool isWatched() const;
    void watchOrNot();
    std::optional<qint64> dataVersion() const;
    std::optional<qint64> feedVersion() const;
    void lookForOtherPrograms();

    QString m_path;
    TeamStore m_team;
    QString m_connection;
    QString m_problem;
    QString m_setAsidePath;
    mutable QSqlError m_lastError;
    QList<PendingStep> m_pending;
    mutable int m_failures = 0; // statements that failed; only the first is logged in full
    QTimer m_watch;
    std::optional<qint64> m_dataVersion; // as last seen while watched
    std::optional<qint64> m_feedVersion; // the count of changes to entries and jobs, likewise
    QSet<qint64> m_lockedJobs;           // in a team store: the jobs this journal holds the lock of
    bool m_readsOnly = false;            // in a team store whose role for this desk may only read
    qint64 m_backend = 0; // the team store's session of this connection (pg_backend_pid)
};

} // namespace cube
