#pragma once

#include "journal/journalentry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <chrono>

namespace cube {

// Where a bulk job stands as a whole. Interrupted is a job recorded as running whose process
// is gone (killed, the machine turned off): it is never stored, only seen.
enum class JobState { Running, Finished, Stopped, Interrupted };

// Why a process holds a job: it started it, or it checks or resumes it after a cut.
enum class JobPurpose { Run, Check, Resume };

// The process that holds a job (recorded it, or claimed it last): whoever else wants to check or
// resume the job is told who has it and since when.
struct JobHolder
{
    QString program; // as it names itself: cubectl, cube-console
    qint64 pid = 0;
    QString host;
    QDateTime since;
    JobPurpose purpose = JobPurpose::Run;
};

// What Journal::claimJob() came to. Exactly one of the processes that claim a job at once wins;
// the others are told who holds it, and send nothing.
struct JobClaim
{
    bool won = false;
    JobHolder holder; // who holds it, when another process does
    QString problem;  // the journal could not be read or written, for a person; nothing is sent
};

// How the items of a job came out, with those that never left: as the journal reads a job
// back, and as a running job counts its items (where notSent also holds those on their way,
// not yet answered).
struct JobTally
{
    qsizetype done = 0;
    qsizetype notDone = 0;
    qsizetype unknown = 0;
    qsizetype notSent = 0;

    qsizetype total() const { return done + notDone + unknown + notSent; }
    qsizetype finished() const { return done + notDone + unknown; }
};

// One bulk job as the journal keeps it: one operation over many subjects with the same
// parameters (the reason, the device type, the periods), recorded before its first write so
// that what did not go out can be sent later.
struct JournalJob
{
    qint64 id = 0;
    Operation operation = Operation::EndOrderEarly;
    QJsonObject parameters;
    QStringList subjects;
    QString profile;
    QString accessCode;
    QString baseUrl;
    QString origin;
    QString osUser;
    QString fullName;
    QString host; // the desk that started it (the holder's may be another: JobHolder)
    QDateTime startedAt;
    QDateTime endedAt;
    JobState state = JobState::Running;
    // The longest request time-out of the processes that sent its writes: a write sent with no
    // answer may still take effect until then, and is judged only after it (JobItemStatus).
    std::chrono::milliseconds requestTimeout{0};
    JobHolder holder; // filled when read back
    JobTally tally;   // filled when read back
};

// One item of a job and what became of it; the entry is the write that tells (the one that
// was done, else the last), if any.
struct JobItemStatus
{
    qsizetype index = 0;
    QString subject;
    JournalOutcome outcome = JournalOutcome::NotSent;
    std::optional<JournalEntry> entry;

    // Never sent, or sent by a program that stopped before any answer came and shown by a
    // later check to have had no effect (the request never reached the server): a resumption
    // sends it. A refusal, an answer that came, or an unknown outcome is never sent again.
    bool needsSending() const
    {
        return !entry
               || (entry->state == JournalState::SettledNotDone && !entry->answeredAt.isValid());
    }

    // Whether its write left without a clear answer (recorded or sent with none, or lost), so
    // that only a read can tell what it did.
    bool awaitsCheck() const { return entry && outcome == JournalOutcome::Unknown; }

    // From when a read can tell what a write with no answer did: `grace` (the request time-out)
    // after it last left (when it was recorded, if it is not known to have left). A server may
    // act on a request until its client gives up on the answer: a read before that may find
    // "not done" and have the write sent a second time.
    QDateTime decidableAt(std::chrono::milliseconds grace) const
    {
        return leftAt().addMSecs(grace.count());
    }
    // When a write with no answer last left, or was recorded if it is not known to have left.
    QDateTime leftAt() const
    {
        if (!awaitsCheck())
            return {};
        return entry->sentAt.isValid() ? entry->sentAt : entry->recordedAt;
    }
};

// Which entries the history shows; empty fields do not filter.
struct HistoryFilter
{
    QDateTime since;
    QDateTime until;
    std::optional<Operation> operation;
    QString subject;      // an ICCID or an order code
    QStringList subjects; // any of these (a SIM's timeline: its ICCID and its orders)
    std::optional<JournalOutcome> outcome;
    QString profile;
    QString person; // an operating-system user, or a full name in any case of ASCII letters
    QString osUser; // exactly this operating-system user (History's choice of a person)
    int limit = 1000;
};

} // namespace cube
