#include "writes/writeoutcome.h"

#include "contract/vocabulary.h"

namespace cube {

QString WriteOutcome::message() const
{
    if (!answerLost)
        return done() || !error ? QString() : error->message();
    const QString state =
        order ? vocabulary::orderStatuses().words(order->status).toLower() : QString();
    switch (settlement) {
    case Settlement::Done:
        return order ? tr("The answer was lost, but a new look shows the order %1.").arg(state)
                     : tr("The answer was lost, but a new look shows the change was made.");
    case Settlement::NotDone:
        return order ? tr("The answer was lost and a new look shows the order still %1; it was "
                          "not sent again.")
                           .arg(state)
                     : tr("The answer was lost and a new look shows no change; it was not sent "
                          "again.");
    case Settlement::Unknown:
        break;
    }
    return error ? error->message() : QString();
}

} // namespace cube
