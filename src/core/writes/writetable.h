#pragma once

#include "contract/operation.h"
#include "transport/cubeclient.h"
#include "writes/writeoutcome.h"
#include "writes/writetask.h"

#include <QList>

#include <functional>
#include <optional>

namespace cube {

// The one table of writes: for each operation that changes something on the server, what it
// is about, how it is sent and what a later read shows once it took effect. ChangeWriter's
// typed calls, bulk jobs, journal checks and resumed jobs all go through it; nowhere else is a
// write sent or its proof of effect written.
namespace writetable {

// What a write is about, and so what is read after it.
enum class Subject {
    Order,    // one order, by its code
    Sim,      // one SIM card, by its ICCID
    ManySims, // the SIM cards of a plan order for many
};

// What a read shows once a write took effect: it settles a write whose answer was lost (or
// whose program stopped before it came).
enum class Proof {
    OrderInStatus,  // the order now reads in the rule's status
    SimSuspended,   // the SIM now reads suspended, or not, as the rule says
    LaterExpiry,    // the order expires later than it did before the write (read first)
    NewOrderOfPlan, // the SIM lists an order of the plan that it did not before (read first)
    None,           // nothing read can tell (an SMS; a hundred SIM cards at once)
};

// The records read for a proof: before the write (for the proofs that compare) or after it.
struct Evidence
{
    std::optional<Order> order;
    std::optional<SimCard> sim;
    std::optional<QList<Order>> ordersOfSim; // one SIM's orders, only that SIM's
};

// A write's subject as an id, made once from the task's text (which jobs keep) before anything
// is read or sent: the order's code for Subject::Order, the SIM's ICCID for Subject::Sim; neither
// for Subject::ManySims, whose request the client checks as a whole.
struct Target
{
    std::optional<OrderCode> order;
    std::optional<Iccid> sim;
};

// What the answer says, as the write's outcome; or the error that came instead.
using Answered = std::function<void(const ApiResult<WriteOutcome> &)>;
using Send = ApiCall *(*)(CubeClient &client, const WriteTask &task, const Target &target,
                          const Evidence &before, QObject *context, Answered answered);

struct WriteRule
{
    Operation operation;
    Subject subject;
    Proof proof;
    int status;          // OrderInStatus: the OrderStatus the order takes
    bool suspended;      // SimSuspended: whether the SIM is suspended after it
    bool changesRecords; // the subject's records change (an SMS changes none): read them after
    bool keptByJobs;     // a bulk job may keep it in the journal and send it later
    Send send;
};

// The rule of `operation`; nullptr for an operation that only reads.
const WriteRule *rule(Operation operation);

// The id a write by `rule` is about, made from `subject`; nothing when the text is not one, and
// then `problem` (if given) says why, for a person.
std::optional<Target> targetOf(const WriteRule &rule, const QString &subject,
                               QString *problem = nullptr);

// Whether `after` shows the write's effect (nothing when it cannot tell); `outcome` keeps the
// record that shows it.
std::optional<bool> tookEffect(const WriteRule &rule, const WriteTask &task, const Evidence &before,
                               const Evidence &after, WriteOutcome &outcome);

} // namespace writetable

} // namespace cube
