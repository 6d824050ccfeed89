#pragma once

#include "cubeclient.h"

#include <QCoreApplication>

namespace cube::cli {

class CommandRun;

// A write whose answer was lost (ApiError::outcomeUnknown) is never sent again. These wrap a
// write's callback so that, in that case, the order or SIM is read again and the write is
// reported as done when the re-read shows its effect, or as failed with what the re-read shows.
class LostAnswer final
{
    Q_DECLARE_TR_FUNCTIONS(cube::cli::LostAnswer)

public:
    // An order write that leaves the order in `expectedStatus` (an OrderStatus number).
    static CubeClient::Done<ActionDone> settleOrder(CommandRun &run, const QString &orderCode,
                                                    int expectedStatus,
                                                    CubeClient::Done<ActionDone> done);
    // suspend (`expectSuspended`) or resume of a SIM card.
    static CubeClient::Done<ActionDone> settleSim(CommandRun &run, const QString &iccid,
                                                  bool expectSuspended,
                                                  CubeClient::Done<ActionDone> done);
};

} // namespace cube::cli
