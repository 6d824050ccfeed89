#pragma once

#include "contract/operation.h"
#include "journal/settlement.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace cube {

// Where one journaled write stands. Each step keeps its own time: recorded (committed to disk
// before the request leaves) → sent → succeeded | refused | unknown → settled done | not done.
enum class JournalState {
    Recorded,
    Sent,
    Succeeded,
    Refused,
    Unknown,
    SettledDone,
    SettledNotDone,
};

// What a write came to, as a person filters by it. NotSent is a bulk job's item that has no
// entry: it never left.
enum class JournalOutcome { Done, NotDone, Unknown, NotSent };

// The bulk job a write belongs to, and the write's place in it.
struct JobItem
{
    qint64 job = 0;
    qsizetype index = 0;
};

// Who writes: fixed for one client (ClientOptions).
struct JournalSource
{
    QString profile; // empty for a URL given on the command line or the demo
    QString origin;  // the program and its version
    QString osUser;
    QString fullName; // the person's name as the system knows it; empty when it has none
    QString host;     // the desk: the machine's host name
};

// Someone found in the journal: an operating-system user, with the full name of their newest
// entry that has one.
struct JournalPerson
{
    QString osUser;
    QString fullName;
};

// One write as the journal keeps it. The fields are those of the operation, without the
// common ones (access code, timestamp) and never `sign`: the secret cannot be derived from them.
struct JournalEntry
{
    qint64 id = 0;
    Operation operation = Operation::QueryDevice;
    QStringList subjects; // the order code, or the ICCIDs
    QJsonObject fields;
    QString reason;
    QString profile;
    QString accessCode;
    QString baseUrl;
    QString origin;
    QString osUser;
    QString fullName; // empty when the system had none, and in entries older than schema 5
    QString host;     // the desk it was sent from; likewise
    std::optional<JobItem> job;
    JournalState state = JournalState::Recorded;
    QDateTime recordedAt;
    QDateTime sentAt; // when it last left (a write the gateway limited leaves again later)
    QDateTime answeredAt;
    QDateTime settledAt;
    QString answerCode;
    QString answerMessage;
    int limited = 0; // times the gateway refused it for its limits before it was sent again

    JournalOutcome outcome() const;
    // Who sent it, from where, for a person: "Wang Fang (wangf) on desk-3" (JournalWords).
    QString byline() const;
    // Who sent it in a word or two, where a line is short: the full name, else the user.
    QString byName() const;
};

} // namespace cube
