#pragma once

#include "journaljob.h"

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
    static QString words(JobState state);
    // A bulk job in one sentence: what, how many, when, by whom, and how far it got.
    static QString describe(const JournalJob &job);
};

} // namespace cube
