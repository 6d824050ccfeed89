#pragma once

#include "journalentry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace cube {

// Where a bulk job stands as a whole. Interrupted is a job recorded as running whose process
// is gone (killed, the machine turned off): it is never stored, only seen.
enum class JobState { Running, Finished, Stopped, Interrupted };

// How the items of a bulk job came out, with those that never left.
struct JobTally
{
    qsizetype done = 0;
    qsizetype notDone = 0;
    qsizetype unknown = 0;
    qsizetype notSent = 0;

    qsizetype total() const { return done + notDone + unknown + notSent; }
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
    QDateTime startedAt;
    QDateTime endedAt;
    JobState state = JobState::Running;
    JobTally tally; // filled when read back
};

// One item of a job and what became of it; the entry is the last write of it, if any.
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
    int limit = 1000;
};

} // namespace cube
