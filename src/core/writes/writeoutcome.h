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
    std::optional<Order> order;    // the order written, as read after the write
    std::optional<SimCard> sim;    // the SIM written, as read after the write

    bool done() const { return settlement == Settlement::Done; }
    // For a person: empty for a plain success (the caller names what was done); what the
    // re-read showed after a lost answer; the error and what to do otherwise.
    QString message() const;

    static WriteOutcome doneAsAnswered() { return {Settlement::Done, {}, false, {}, {}}; }
    static WriteOutcome refused(ApiError error)
    {
        return {Settlement::NotDone, std::move(error), false, {}, {}};
    }
};

} // namespace cube
