#pragma once

#include "journal/journaljob.h"

#include <QCoreApplication>

#include <optional>

namespace cube {

// The stable keys (database, cubectl's JSON and CSV) and the words (people) of the states.
class JournalWords final
{
    Q_DECLARE_TR_FUNCTIONS(cube::JournalWords)

public:
    static QString key(JournalState state);
    static std::optional<JournalState> stateFromKey(const QString &key);
    static QString words(JournalState state);
    static QString key(JournalOutcome outcome);
    static std::optional<JournalOutcome> outcomeFromKey(const QString &key);
    static QString words(JournalOutcome outcome);
    // What an operation does, for a person ("End order early").
    static QString operationWords(Operation operation);
    static QString key(JobState state);
    static QString key(JobPurpose purpose);
    static JobPurpose purposeFromKey(const QString &key);
    static QString words(JobState state);
    // Who, for a person: "Wang Fang (wangf)", or "wangf" when the system knew no full name (or
    // only the user's name again). Cleaned: another program, or another desk, wrote it.
    static QString person(const QString &osUser, const QString &fullName);
    static QString person(const JournalPerson &who) { return person(who.osUser, who.fullName); }
    // Who and from which desk: "Wang Fang (wangf) on desk-3"; "wangf" when neither is known.
    static QString byline(const QString &osUser, const QString &fullName, const QString &host);
    // A bulk job in one sentence: what, how many, when, by whom, and how far it got.
    static QString describe(const JournalJob &job);
    // Who runs a job that another program wanted, and what to do: "Job 12 is being resumed by
    // cubectl, process 4711, since 10:02. Nothing was sent; try again when it has ended."
    static QString heldBy(qint64 job, const JobHolder &holder);
    // Items sent with no answer too recently to judge: "3 items were sent at 10:02 with no
    // answer; they can be checked from 10:03:30."
    static QString waiting(qsizetype count, const QDateTime &firstSent, const QDateTime &lastSent,
                           const QDateTime &decidableFrom);
};

} // namespace cube
