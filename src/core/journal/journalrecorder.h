#pragma once

#include "base/teamstore.h"
#include "journal/journalentry.h"

#include <QString>

#include <optional>

namespace cube {

// What the call layer may do with the journal of changes, and nothing more: record a write
// before it leaves, then the steps of its one send. The account owns the journal (Journal
// implements this); a call never reads it, settles a write or sees a job.
class JournalRecorder
{
public:
    virtual ~JournalRecorder() = default;

    // The journal's file, or its team store as people see it (TeamStore::shown()).
    virtual const QString &path() const = 0;
    // The team store the journal is in, or none (isSet() false) when it is a file: the quota
    // meter counts the day's queries where the journal is.
    virtual const TeamStore &teamStore() const = 0;
    virtual bool isOpen() const = 0;
    // Commits `entry` (its id is set) before the write leaves; or, when it cannot be, a whole
    // sentence for a person saying why and what to do: the write must not be sent then.
    virtual std::optional<QString> recordWrite(JournalEntry &entry) = 0;
    virtual void markSent(qint64 entry) = 0;
    virtual void markAnswered(qint64 entry, JournalState state, const QString &code,
                              const QString &message) = 0;
    // The gateway refused the write for its limits (HTTP 429): it is sent again later.
    virtual void markLimited(qint64 entry) = 0;

protected:
    JournalRecorder() = default;
    Q_DISABLE_COPY_MOVE(JournalRecorder)
};

} // namespace cube
