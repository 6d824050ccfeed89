#include "writes/changewriter.h"

#include "journal/journal.h"
#include "transport/apicall.h"

#include <QMetaMethod>
#include <QPointer>

#include <memory>
#include <utility>

namespace cube {

using writetable::Proof;
using writetable::WriteRule;

namespace {

// How many orders one SIM's re-read asks for: the console shows up to this many.
constexpr int ordersOfOneSim = 100;
// The most SIM cards of a plan order for many that are read again afterwards: each costs a few
// queries, and a batch of hundreds would spend a good part of the day's quota on it (the next
// reload shows them).
constexpr qsizetype mostFollowed = 10;

WriteTask planOrderTask(Operation operation, const PlanOrderRequest &request)
{
    WriteTask task(operation, request.iccids.value(0));
    task.planOrder = request;
    return task;
}

} // namespace

ChangeWriter::ChangeWriter(CubeClient &client, Journal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{}

// ---- The typed writes ------------------------------------------------------------------------

void ChangeWriter::endEarly(const OrderCode &order, const QString &reason,
                            std::optional<int> deviceType, QObject *context, Done done,
                            std::optional<JobItem> item)
{
    QJsonObject parameters{{WriteTask::reasonKey, reason}};
    if (deviceType)
        parameters.insert(WriteTask::deviceTypeKey, *deviceType);
    write(WriteTask(Operation::EndOrderEarly, order.value(), parameters), Target{order, {}},
          context, std::move(done), item);
}

void ChangeWriter::cancel(const OrderCode &order, QObject *context, Done done,
                          std::optional<JobItem> item)
{
    write(WriteTask(Operation::CancelOrder, order.value()), Target{order, {}}, context,
          std::move(done), item);
}

void ChangeWriter::enable(const OrderCode &order, QObject *context, Done done,
                          std::optional<JobItem> item)
{
    write(WriteTask(Operation::OpenOrder, order.value()), Target{order, {}}, context,
          std::move(done), item);
}

void ChangeWriter::renew(const OrderCode &order, int periods, QObject *context, Done done,
                         std::optional<JobItem> item)
{
    write(WriteTask(Operation::RenewPackage, order.value(), {{WriteTask::periodsKey, periods}}),
          Target{order, {}}, context, std::move(done), item);
}

void ChangeWriter::suspend(const Iccid &sim, QObject *context, Done done,
                           std::optional<JobItem> item)
{
    write(WriteTask(Operation::SuspendService, sim.value()), Target{{}, sim}, context,
          std::move(done), item);
}

void ChangeWriter::resume(const Iccid &sim, QObject *context, Done done,
                          std::optional<JobItem> item)
{
    write(WriteTask(Operation::ResumeService, sim.value()), Target{{}, sim}, context,
          std::move(done), item);
}

void ChangeWriter::placeOrder(const PlanOrderRequest &request, QObject *context, Done done)
{
    perform(planOrderTask(Operation::OrderPackage, request), context, std::move(done));
}

void ChangeWriter::placeOtaOrder(const PlanOrderRequest &request, QObject *context, Done done)
{
    perform(planOrderTask(Operation::CreateOtaOrder, request), context, std::move(done));
}

void ChangeWriter::placeOrders(const PlanOrderRequest &request, QObject *context, Done done)
{
    perform(planOrderTask(Operation::BatchOrderPackages, request), context, std::move(done));
}

void ChangeWriter::sendSms(const Iccid &sim, const QString &text, QObject *context, Done done)
{
    write(WriteTask(Operation::SendSms, sim.value(), {{WriteTask::textKey, text}}), Target{{}, sim},
          context, std::move(done));
}

// ---- Every write -----------------------------------------------------------------------------

void ChangeWriter::perform(const WriteTask &task, QObject *context, Done done,
                           std::optional<JobItem> item)
{
    write(task, std::nullopt, context, std::move(done), item);
}

void ChangeWriter::write(const WriteTask &task, std::optional<Target> target, QObject *context,
                         Done done, std::optional<JobItem> item)
{
    QPointer<QObject> alive(context);
    Deliver deliver = [alive, done = std::move(done)](const WriteOutcome &outcome) {
        if (alive)
            done(outcome);
    };
    const WriteRule *rule = writetable::rule(task.operation);
    if (!rule)
        return refuseUnsent(task, tr("this operation only reads; it is not sent as a change."),
                            deliver);
    if (item && !rule->keptByJobs)
        return refuseUnsent(task, tr("this kind of change cannot be sent again from its job."),
                            deliver);
    QString problem;
    if (!target)
        target = writetable::targetOf(*rule, task.subject, &problem);
    if (!target)
        return refuseUnsent(task, problem, deliver);
    readBefore(rule->proof, *target,
               [this, rule, task, checked = *target, alive, deliver, item](const Evidence &before) {
                   if (alive)
                       send(*rule, task, checked, before, deliver, item);
               });
}

void ChangeWriter::send(const WriteRule &rule, const WriteTask &task, const Target &target,
                        const Evidence &before, Deliver deliver, std::optional<JobItem> item)
{
    // The call is alive while it reports its answer: its journal entry is read then. (`rule` is
    // a row of the static table of writes: the lambdas here may hold it by reference.)
    auto call = std::make_shared<QPointer<ApiCall>>();
    *call =
        rule.send(m_client, task, target, before, this,
                  [this, &rule, task, target, before, deliver, call,
                   item](const ApiResult<WriteOutcome> &answer) {
                      const qint64 entry = *call ? (*call)->journalEntryId() : 0;
                      if (answer.ok()) {
                          deliver(answer.value());
                          followAnswered(rule, task, target, answer.value());
                          return;
                      }
                      const ApiError &error = answer.error();
                      // A job's item sent before (the answer lost, or judged not done too soon)
                      // that the server now refuses, for the order's state say: the earlier send
                      // may have done it, and the record tells.
                      if (!error.outcomeUnknown && error.kind == ApiErrorKind::Server && item
                          && entry && m_journal && m_journal->sentBefore(*item, entry))
                          return settleRefusal(rule, task, target, before, entry, error, deliver);
                      if (!error.outcomeUnknown)
                          return deliver(WriteOutcome::refused(error));
                      // Lost: never sent again. What the server now shows settles it.
                      settle(rule, task, target, before, entry, error, deliver);
                  });
    if (item && *call)
        (*call)->setJobItem(*item);
}

void ChangeWriter::settle(const WriteRule &rule, const WriteTask &task, const Target &target,
                          const Evidence &before, qint64 entry, std::optional<ApiError> error,
                          Deliver deliver)
{
    readAfter(rule.proof, target,
              [this, &rule, task, before, entry, error, deliver](const Evidence &after) {
                  WriteOutcome outcome;
                  outcome.error = error;
                  outcome.answerLost = true;
                  const std::optional<bool> took =
                      writetable::tookEffect(rule, task, before, after, outcome);
                  outcome.settlement = !took   ? Settlement::Unknown
                                       : *took ? Settlement::Done
                                               : Settlement::NotDone;
                  noteSettled(entry, outcome.settlement);
                  deliver(outcome);
                  announce(after);
              });
}

void ChangeWriter::settleRefusal(const WriteRule &rule, const WriteTask &task, const Target &target,
                                 const Evidence &before, qint64 entry, const ApiError &error,
                                 Deliver deliver)
{
    readAfter(rule.proof, target,
              [this, &rule, task, before, entry, error, deliver](const Evidence &after) {
                  WriteOutcome outcome = WriteOutcome::refused(error);
                  const std::optional<bool> took =
                      writetable::tookEffect(rule, task, before, after, outcome);
                  if (took.value_or(false)) {
                      // Done, by the earlier send: the refusal only says it was done already.
                      outcome.settlement = Settlement::Done;
                      noteSettled(entry, Settlement::Done);
                  } else if (!took) {
                      // The read failed or could not tell: the earlier send may have done it, so
                      // this is not "not done" (a person would send it again) but unknown, for a
                      // later check.
                      outcome.settlement = Settlement::Unknown;
                      outcome.answerLost = true;
                      if (entry && m_journal)
                          m_journal->markAnswered(entry, JournalState::Unknown, error.serverCode,
                                                  error.message());
                  }
                  deliver(outcome);
                  announce(after);
              });
}

void ChangeWriter::check(const JournalEntry &entry, QObject *context, Done done)
{
    QPointer<QObject> alive(context);
    Deliver deliver = [alive, done = std::move(done)](const WriteOutcome &outcome) {
        if (alive)
            done(outcome);
    };
    const WriteRule *rule = writetable::rule(entry.operation);
    // Only a proof that reads the present can tell now: one that compares with a "before"
    // (a renewal, a plan order) or that nothing shows (an SMS) stays unknown.
    if (!rule || (rule->proof != Proof::OrderInStatus && rule->proof != Proof::SimSuspended)) {
        QMetaObject::invokeMethod(
            this, [deliver] { deliver(WriteOutcome{}); }, Qt::QueuedConnection);
        return;
    }
    // A subject that is no id (a journal written by hand, say) is read as nothing: unknown.
    const QString subject = entry.subjects.value(0);
    settle(*rule, WriteTask(entry.operation, subject),
           writetable::targetOf(*rule, subject).value_or(Target{}), {}, entry.id, {}, deliver);
}

void ChangeWriter::refuseUnsent(const WriteTask &task, const QString &why, Deliver deliver)
{
    ApiError error;
    error.kind = ApiErrorKind::InvalidInput;
    error.operation = task.operation;
    error.subject = task.subject;
    error.detail = why;
    QMetaObject::invokeMethod(
        this, [deliver, error] { deliver(WriteOutcome::refused(error)); }, Qt::QueuedConnection);
}

void ChangeWriter::noteSettled(qint64 entry, Settlement settlement) const
{
    if (entry && m_journal)
        m_journal->markSettled(entry, settlement);
}

// ---- Reads -----------------------------------------------------------------------------------

void ChangeWriter::readBefore(Proof proof, const Target &target,
                              std::function<void(const Evidence &)> then)
{
    switch (proof) {
    case Proof::LaterExpiry:
    case Proof::NewOrderOfPlan:
        return readAfter(proof, target, std::move(then));
    case Proof::OrderInStatus:
    case Proof::SimSuspended:
    case Proof::None:
        break;
    }
    then({});
}

void ChangeWriter::readAfter(Proof proof, const Target &target,
                             std::function<void(const Evidence &)> then)
{
    switch (proof) {
    case Proof::OrderInStatus:
    case Proof::LaterExpiry:
        if (!target.order)
            break;
        return read(*target.order, [then](std::optional<Order> order) { then({order, {}, {}}); });
    case Proof::SimSuspended:
        if (!target.sim)
            break;
        return read(*target.sim, [then](std::optional<SimCard> sim) { then({{}, sim, {}}); });
    case Proof::NewOrderOfPlan:
        if (!target.sim)
            break;
        return ordersOf(*target.sim, [then](std::optional<QList<Order>> orders) {
            then({{}, {}, orders});
        });
    case Proof::None:
        break;
    }
    then({});
}

void ChangeWriter::ordersOf(const Iccid &sim, std::function<void(std::optional<QList<Order>>)> then)
{
    OrderQuery query;
    query.iccid = sim.value();
    query.pageSize = ordersOfOneSim;
    m_client.orders(query, this, [sim, then = std::move(then)](const ApiResult<OrderPage> &page) {
        if (!page.ok())
            return then(std::nullopt);
        QList<Order> orders;
        for (const Order &order : page.value().orders)
            if (order.iccid == sim.value()) // only this SIM's, whatever else is listed
                orders.append(order);
        then(orders);
    });
}

// Only the record written counts: the client's reads match its code or ICCID exactly.
void ChangeWriter::read(const OrderCode &order, std::function<void(std::optional<Order>)> then)
{
    m_client.order(order, this, [then = std::move(then)](const ApiResult<Order> &found) {
        then(found.ok() ? std::optional(found.value()) : std::nullopt);
    });
}

void ChangeWriter::read(const Iccid &sim, std::function<void(std::optional<SimCard>)> then)
{
    m_client.sim(sim, this, [then = std::move(then)](const ApiResult<SimCard> &card) {
        then(card.ok() ? std::optional(card.value()) : std::nullopt);
    });
}

// ---- Announcements ---------------------------------------------------------------------------

bool ChangeWriter::followed() const
{
    static const QMetaMethod orderSignal = QMetaMethod::fromSignal(&ChangeWriter::orderChanged);
    static const QMetaMethod simSignal = QMetaMethod::fromSignal(&ChangeWriter::simChanged);
    return isSignalConnected(orderSignal) || isSignalConnected(simSignal);
}

void ChangeWriter::followAnswered(const WriteRule &rule, const WriteTask &task,
                                  const Target &target, const WriteOutcome &outcome)
{
    if (!rule.changesRecords || !followed())
        return;
    switch (rule.subject) {
    case writetable::Subject::Order:
        if (target.order)
            follow(*target.order);
        return;
    case writetable::Subject::Sim:
        if (target.sim)
            follow(*target.sim);
        return;
    case writetable::Subject::ManySims:
        // Counted on the request sent, not on the lines answered (a refused line counts too).
        if (task.planOrder.iccids.size() > mostFollowed)
            return;
        for (const BatchOrderLine &line : outcome.lines)
            if (const std::optional<Iccid> sim = Iccid::from(line.iccid); sim && line.ok())
                follow(*sim);
        return;
    }
}

void ChangeWriter::announce(const Evidence &found)
{
    if (found.order)
        announce(*found.order);
    if (found.sim)
        announce(*found.sim);
    // A plan order's re-read lists the SIM's orders: the SIM shows the new plan in use.
    if (found.ordersOfSim && followed()) {
        for (const Order &order : *found.ordersOfSim)
            emit orderChanged(order);
        const std::optional<Iccid> sim = found.ordersOfSim->isEmpty()
                                             ? std::nullopt
                                             : Iccid::from(found.ordersOfSim->constFirst().iccid);
        if (sim)
            read(*sim, [this](std::optional<SimCard> card) {
                if (card)
                    emit simChanged(*card);
            });
    }
}

void ChangeWriter::announce(const Order &order)
{
    emit orderChanged(order);
    // The order's SIM shows the plan in use: it changes with the order.
    // A record whose ICCID is no ICCID names no SIM to read.
    if (!followed())
        return;
    if (const std::optional<Iccid> sim = Iccid::from(order.iccid))
        read(*sim, [this](std::optional<SimCard> card) {
            if (card)
                emit simChanged(*card);
        });
}

void ChangeWriter::announce(const SimCard &sim)
{
    emit simChanged(sim);
    // Suspending or resuming a SIM pauses or restarts its orders.
    const std::optional<Iccid> iccid = Iccid::from(sim.iccid);
    if (!followed() || !iccid)
        return;
    ordersOf(*iccid, [this](std::optional<QList<Order>> orders) {
        for (const Order &order : orders.value_or(QList<Order>()))
            emit orderChanged(order);
    });
}

void ChangeWriter::follow(const OrderCode &order)
{
    read(order, [this](std::optional<Order> now) {
        if (now)
            announce(*now);
    });
}

void ChangeWriter::follow(const Iccid &sim)
{
    read(sim, [this](std::optional<SimCard> now) {
        if (now)
            announce(*now);
    });
}

} // namespace cube
