#include "journal/journalentry.h"

#include "base/servertext.h"
#include "journal/journalwords.h"

namespace cube {

JournalOutcome JournalEntry::outcome() const
{
    switch (state) {
    case JournalState::Succeeded:
    case JournalState::SettledDone:
        return JournalOutcome::Done;
    case JournalState::Refused:
    case JournalState::SettledNotDone:
        return JournalOutcome::NotDone;
    case JournalState::Recorded:
    case JournalState::Sent:
    case JournalState::Unknown:
        break;
    }
    // Recorded or sent with no answer: the program stopped while the request may have left.
    return JournalOutcome::Unknown;
}

QString JournalEntry::byline() const
{
    return JournalWords::byline(osUser, fullName, host);
}

QString JournalEntry::byName() const
{
    // The journal's text: another program, or another desk, wrote it.
    return cleanStoredText(fullName.isEmpty() ? osUser : fullName);
}

} // namespace cube
