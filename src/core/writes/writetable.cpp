#include "writes/writetable.h"

#include "contract/vocabulary.h"

#include <QJsonValue>

#include <algorithm>
#include <array>

namespace cube::writetable {

namespace {

// ---- How each write is sent --------------------------------------------------------------------

// An answer that says only "done".
CubeClient::Done<ActionDone> doneWhenAnswered(Answered answered)
{
    return [answered = std::move(answered)](const ApiResult<ActionDone> &result) {
        if (!result.ok())
            return answered(result.error());
        answered(WriteOutcome::doneAsAnswered());
    };
}

// The order a plan order placed, as its answer and its request tell.
CubeClient::Done<PlacedOrder> placedOrder(const PlanOrderRequest &request, Answered answered)
{
    return [request, answered = std::move(answered)](const ApiResult<PlacedOrder> &result) {
        if (!result.ok())
            return answered(result.error());
        WriteOutcome outcome = WriteOutcome::doneAsAnswered();
        Order placed;
        placed.orderCode = result.value().orderId;
        placed.iccid = request.iccids.value(0);
        placed.planCode = request.planCode;
        placed.planName = request.planName;
        placed.starts = result.value().starts;
        placed.expires = result.value().expires;
        outcome.order = placed;
        answered(outcome);
    };
}

ApiCall *sendEndEarly(CubeClient &client, const WriteTask &task, const Target &target,
                      const Evidence &, QObject *context, Answered answered)
{
    const QJsonValue deviceType = task.parameters.value(WriteTask::deviceTypeKey);
    return client.endOrderEarly(
        *target.order, task.parameters.value(WriteTask::reasonKey).toString(),
        deviceType.isDouble() ? std::optional(deviceType.toInt()) : std::nullopt, context,
        doneWhenAnswered(std::move(answered)));
}

ApiCall *sendCancel(CubeClient &client, const WriteTask &, const Target &target, const Evidence &,
                    QObject *context, Answered answered)
{
    return client.cancelOrder(*target.order, context, doneWhenAnswered(std::move(answered)));
}

ApiCall *sendEnable(CubeClient &client, const WriteTask &, const Target &target, const Evidence &,
                    QObject *context, Answered answered)
{
    return client.enableOrder(*target.order, context, doneWhenAnswered(std::move(answered)));
}

// The answer names the new expiry: the outcome shows the order as read before, with it.
ApiCall *sendRenew(CubeClient &client, const WriteTask &task, const Target &target,
                   const Evidence &before, QObject *context, Answered answered)
{
    return client.renewOrder(
        *target.order, task.parameters.value(WriteTask::periodsKey).toInt(1), context,
        [before = before.order, answered](const ApiResult<RenewedOrder> &result) {
            if (!result.ok())
                return answered(result.error());
            WriteOutcome outcome = WriteOutcome::doneAsAnswered();
            Order now = before.value_or(Order());
            now.orderCode = result.value().orderId;
            now.expires = result.value().expires;
            outcome.order = now;
            answered(outcome);
        });
}

ApiCall *sendSuspend(CubeClient &client, const WriteTask &, const Target &target, const Evidence &,
                     QObject *context, Answered answered)
{
    return client.suspendSim(*target.sim, context, doneWhenAnswered(std::move(answered)));
}

ApiCall *sendResume(CubeClient &client, const WriteTask &, const Target &target, const Evidence &,
                    QObject *context, Answered answered)
{
    return client.resumeSim(*target.sim, context, doneWhenAnswered(std::move(answered)));
}

ApiCall *sendPlanOrder(CubeClient &client, const WriteTask &task, const Target &, const Evidence &,
                       QObject *context, Answered answered)
{
    return client.orderPlan(task.planOrder, context,
                            placedOrder(task.planOrder, std::move(answered)));
}

ApiCall *sendOtaOrder(CubeClient &client, const WriteTask &task, const Target &, const Evidence &,
                      QObject *context, Answered answered)
{
    return client.orderOtaPlan(task.planOrder, context,
                               placedOrder(task.planOrder, std::move(answered)));
}

// Each SIM card's line of the answer says whether its order was placed.
ApiCall *sendPlanOrderForMany(CubeClient &client, const WriteTask &task, const Target &,
                              const Evidence &, QObject *context, Answered answered)
{
    return client.orderPlanForMany(task.planOrder, context,
                                   [answered](const ApiResult<QList<BatchOrderLine>> &result) {
                                       if (!result.ok())
                                           return answered(result.error());
                                       WriteOutcome outcome = WriteOutcome::doneAsAnswered();
                                       outcome.lines = result.value();
                                       answered(outcome);
                                   });
}

ApiCall *sendSms(CubeClient &client, const WriteTask &task, const Target &target, const Evidence &,
                 QObject *context, Answered answered)
{
    return client.sendSms(*target.sim, task.parameters.value(WriteTask::textKey).toString(),
                          context, [answered](const ApiResult<SentSms> &result) {
                              if (!result.ok())
                                  return answered(result.error());
                              WriteOutcome outcome = WriteOutcome::doneAsAnswered();
                              outcome.messageId = result.value().messageId;
                              answered(outcome);
                          });
}

// ---- The table -------------------------------------------------------------------------------

constexpr int noStatus = -1;

// clang-format off
const std::array<WriteRule, 10> rules{{
    // operation                  subject            proof                  status after                   suspended changes  jobs   send
    {Operation::EndOrderEarly,    Subject::Order,    Proof::OrderInStatus,  int(OrderStatus::EndedEarly),  false,    true,    true,  sendEndEarly},
    {Operation::CancelOrder,      Subject::Order,    Proof::OrderInStatus,  int(OrderStatus::Cancelled),   false,    true,    true,  sendCancel},
    {Operation::OpenOrder,        Subject::Order,    Proof::OrderInStatus,  int(OrderStatus::InUse),       false,    true,    true,  sendEnable},
    {Operation::RenewPackage,     Subject::Order,    Proof::LaterExpiry,    noStatus,                      false,    true,    true,  sendRenew},
    {Operation::SuspendService,   Subject::Sim,      Proof::SimSuspended,   noStatus,                      true,     true,    true,  sendSuspend},
    {Operation::ResumeService,    Subject::Sim,      Proof::SimSuspended,   noStatus,                      false,    true,    true,  sendResume},
    {Operation::OrderPackage,     Subject::Sim,      Proof::NewOrderOfPlan, noStatus,                      false,    true,    false, sendPlanOrder},
    {Operation::CreateOtaOrder,   Subject::Sim,      Proof::NewOrderOfPlan, noStatus,                      false,    true,    false, sendOtaOrder},
    {Operation::BatchOrderPackages, Subject::ManySims, Proof::None,         noStatus,                      false,    true,    false, sendPlanOrderForMany},
    {Operation::SendSms,          Subject::Sim,      Proof::None,           noStatus,                      false,    false,   false, sendSms},
}};
// clang-format on

// The order of `planCode` that `after` lists and `before` did not: the one a write placed.
std::optional<Order> newOrderOf(const QString &planCode, const QList<Order> &before,
                                const QList<Order> &after)
{
    for (const Order &order : after) {
        const bool known = std::any_of(before.cbegin(), before.cend(), [&](const Order &old) {
            return old.orderCode == order.orderCode;
        });
        if (!known && order.planCode == planCode)
            return order;
    }
    return std::nullopt;
}

} // namespace

const WriteRule *rule(Operation operation)
{
    const auto found = std::find_if(rules.cbegin(), rules.cend(), [operation](const WriteRule &r) {
        return r.operation == operation;
    });
    return found == rules.cend() ? nullptr : &*found;
}

std::optional<Target> targetOf(const WriteRule &rule, const QString &subject, QString *problem)
{
    switch (rule.subject) {
    case Subject::Order:
        if (std::optional<OrderCode> order = OrderCode::from(subject, problem))
            return Target{std::move(order), {}};
        return std::nullopt;
    case Subject::Sim:
        if (std::optional<Iccid> sim = Iccid::from(subject, problem))
            return Target{{}, std::move(sim)};
        return std::nullopt;
    case Subject::ManySims:
        break;
    }
    return Target{};
}

std::optional<bool> tookEffect(const WriteRule &rule, const WriteTask &task, const Evidence &before,
                               const Evidence &after, WriteOutcome &outcome)
{
    switch (rule.proof) {
    case Proof::OrderInStatus:
        if (!after.order)
            return std::nullopt;
        outcome.order = after.order;
        return after.order->status == rule.status;
    case Proof::SimSuspended:
        if (!after.sim)
            return std::nullopt;
        outcome.sim = after.sim;
        return after.sim->suspended == rule.suspended;
    case Proof::LaterExpiry:
        if (after.order)
            outcome.order = after.order;
        // Without the expiry from before, nothing can tell.
        if (!before.order || !before.order->expires.isValid() || !after.order
            || !after.order->expires.isValid())
            return std::nullopt;
        return after.order->expires > before.order->expires;
    case Proof::NewOrderOfPlan:
        if (!before.ordersOfSim || !after.ordersOfSim)
            return std::nullopt;
        outcome.order =
            newOrderOf(task.planOrder.planCode, *before.ordersOfSim, *after.ordersOfSim);
        return outcome.order.has_value();
    case Proof::None:
        break;
    }
    return std::nullopt;
}

} // namespace cube::writetable
