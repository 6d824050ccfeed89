#include "journal/journalentry.h"

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

} // namespace cube
