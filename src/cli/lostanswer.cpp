#include "lostanswer.h"

#include "commandrun.h"
#include "console.h"
#include "statewords.h"

namespace cube::cli {

CubeClient::Done<ActionDone> LostAnswer::settleOrder(CommandRun &run, const QString &orderCode,
                                                     int expectedStatus,
                                                     CubeClient::Done<ActionDone> done)
{
    return [&run, orderCode, expectedStatus, done](const ApiResult<ActionDone> &result) {
        if (result.ok() || !result.error().outcomeUnknown)
            return done(result);
        const ApiError lost = result.error();
        run.client().checkOutcome(lost, &run, [=](const ApiResult<OrderPage> &reread) {
            const bool found = reread.ok() && !reread.value().orders.isEmpty();
            const int status = found ? reread.value().orders.front().status : -1;
            if (status == expectedStatus) {
                console::say(tr("%1: the answer was lost, but a new look shows the order %2.")
                                 .arg(orderCode, statewords::orderStatus(status).toLower()));
                return done(ActionDone{});
            }
            if (found)
                console::say(tr("%1: the answer was lost and a new look shows the order still "
                                "%2; it was not sent again.")
                                 .arg(orderCode, statewords::orderStatus(status).toLower()));
            done(lost);
        });
    };
}

CubeClient::Done<ActionDone> LostAnswer::settleSim(CommandRun &run, const QString &iccid,
                                                   bool expectSuspended,
                                                   CubeClient::Done<ActionDone> done)
{
    return [&run, iccid, expectSuspended, done](const ApiResult<ActionDone> &result) {
        if (result.ok() || !result.error().outcomeUnknown)
            return done(result);
        const ApiError lost = result.error();
        run.client().sim(iccid, &run, [=](const ApiResult<SimCard> &reread) {
            if (reread.ok() && reread.value().suspended == expectSuspended) {
                console::say(tr("%1: the answer was lost, but a new look shows the change was "
                                "made.")
                                 .arg(iccid));
                return done(ActionDone{});
            }
            if (reread.ok())
                console::say(tr("%1: the answer was lost and a new look shows no change; it "
                                "was not sent again.")
                                 .arg(iccid));
            done(lost);
        });
    };
}

} // namespace cube::cli
