#pragma once

#include "journaljob.h"
#include "journalwords.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace cube {

// The journal of changes: every write of cube-console and cubectl, recorded on disk before it
// is sent, then each step of what became of it; and the bulk jobs the writes belong to, so
// that a job cut short can be checked and finished later. SQLite (Qt SQL, WAL, a busy
// time-out), one file per machine user, shared by both programs at once. The schema has a
// version and migrations; a file that is not a readable database is set aside (renamed, never
// deleted) and a new one started.
//
// Used from the thread that made it. A write that cannot be recorded must not be sent: record()
// says why, and problem() says why the journal could not be opened at all.
class Journal final
{
    Q_DECLARE_TR_FUNCTIONS(cube::Journal)
    Q_DISABLE_COPY_MOVE(Journal)

public:
    static constexpr int schemaVersion = 2;

    explicit Journal(const QString &path);
    ~Journal();

    // journal.sqlite in the application's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    // This machine user and this program, for the entries it writes.
    static JournalSource localSource(const QString &profile);

    const QString &path() const { return m_path; }
    // "the journal of changes (PATH) cannot be written (WHY)", for messages.
    static QString unwritable(const QString &path, const QString &why);
    bool isOpen() const { return m_problem.isEmpty(); }
    // Why the journal cannot be written (and so no write may be sent), for a person.
    const QString &problem() const { return m_problem; }
    // Where a corrupt file was set aside when this one was started, or empty.
    const QString &setAsidePath() const { return m_setAsidePath; }

    // Commits `entry` (its id is set) or says why it could not be.
    std::optional<QString> record(JournalEntry &entry);
    void markSent(qint64 entry);
    void markAnswered(qint64 entry, JournalState state, const QString &code,
                      const QString &message);
    // The gateway refused the write for its limits (HTTP 429): it did not act, and the write
    // is sent again once the wait it asked for has passed.
    void markLimited(qint64 entry);
    void markSettled(qint64 entry, Settlement settlement);

    // Commits a bulk job with its subjects (its id is set), or says why it could not be.
    std::optional<QString> record(JournalJob &job);
    // This process now runs the job (a resumption); it is running again.
    void claimJob(qint64 job);
    void endJob(qint64 job, JobState state);
    std::optional<JournalJob> job(qint64 id) const;
    // Newest first.
    QList<JournalJob> jobs(int limit = 200) const;
    // Jobs recorded as running whose process is gone.
    QList<JournalJob> interruptedJobs() const;
    QList<JobItemStatus> jobItems(qint64 job) const;

    // Newest first.
    QList<JournalEntry> history(const HistoryFilter &filter) const;
    std::optional<JournalEntry> entry(qint64 id) const;
    // Deletes the entries recorded before `before`; how many, or nothing on failure.
    std::optional<qsizetype> prune(const QDateTime &before);

private:
    bool openFile();
    bool migrate();
    std::optional<QString> inTransaction(const std::function<bool()> &work);
    bool exec(const QString &statement, const QVariantList &values = {}) const;
    // Runs an INSERT; the new row's id, or nothing when it failed.
    std::optional<qint64> insert(const QString &statement, const QVariantList &values) const;
    void failed(const QString &what) const;
    static JobState stateOf(const QString &storedState, qint64 pid, const QString &process,
                            const QString &host);
    JobTally tallyOf(qint64 job) const;
    // The jobs a clause (WHERE…, ORDER BY…) picks, with their tallies.
    QList<JournalJob> readJobs(const QString &clause, const QVariantList &values) const;

    QString m_path;
    QString m_connection;
    QString m_problem;
    QString m_setAsidePath;
};

} // namespace cube
