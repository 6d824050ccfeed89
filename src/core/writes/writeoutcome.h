#pragma once

#include "contract/apierror.h"
#include "journal/settlement.h"
#include "records/orderrecords.h"
#include "records/simrecords.h"

#include <QCoreApplication>

#include <optional>

namespace cube {

// The outcome of one write (ChangeWriter): how it settled, the error that came instead of an
// answer, and the record as the last read showed it.
class WriteOutcome final
{
    Q_DECLARE_TR_FUNCTIONS(cube::WriteOutcome)

public:
    Settlement settlement = Settlement::Unknown;
    std::optional<ApiError> error; // what came instead of the answer (also when settled as Done)
    bool answerLost = false;       // settled by a re-read, not by the server's answer
    std::optional<Order> order;    // the order written (or placed), as last read or answered
    std::optional<SimCard> sim;    // the SIM written, as read after the write
    QList<BatchOrderLine> lines;   // a plan ordered for many SIMs: the answer's line for each
    QString messageId;             // an SMS sent: the server's id for it, when it gives one

    bool done() const { return settlement == Settlement::Done; }
    // For a person: empty for a plain success (the caller names what was done); what the
    // re-read showed after a lost answer; the error and what to do otherwise.
    QString message() const;

    static WriteOutcome doneAsAnswered()
    {
        WriteOutcome outcome;
        outcome.settlement = Settlement::Done;
        return outcome;
    }
    static WriteOutcome refused(ApiError error)
    {
        WriteOutcome outcome;
        outcome.settlement = Settlement::NotDone;
        outcome.error = std::move(error);
        return outcome;
    }
};

} // namespace cube
