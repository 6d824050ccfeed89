#include "writes/changewriter.h"

#include "journal/journal.h"
#include "transport/apicall.h"

#include <QPointer>

#include <algorithm>
#include <memory>
#include <utility>

namespace cube {

namespace {

// How many orders one SIM's re-read asks for: the console shows up to this many.
constexpr int ordersOfOneSim = 100;

} // namespace

ChangeWriter::ChangeWriter(CubeClient &client, Journal *journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
{}

template<typename T>
ChangeWriter::Send ChangeWriter::sending(std::function<ApiCall *(CubeClient::Done<T>)> call)
{
    return [call = std::move(call)](Answered answered) {
        return call([answered = std::move(answered)](const ApiResult<T> &result) {
            answered(result.ok() ? std::nullopt : std::optional<ApiError>(result.error()));
        });
    };
}

template<typename Record, typename Subject>
void ChangeWriter::write(const Subject &subject, Send send, TookEffect<Record> tookEffect,
                         QObject *context, Done done, std::optional<JobItem> item)
{
    QPointer<QObject> alive(context);
    auto deliver = [alive, done = std::move(done)](const WriteOutcome &outcome) {
        if (alive)
            done(outcome);
    };
    // The call is alive while it reports its answer: its journal entry is read then.
    auto call = std::make_shared<QPointer<ApiCall>>();
    *call = send(
        [this, subject, tookEffect, deliver, call, item](const std::optional<ApiError> &error) {
            const qint64 entry = *call ? (*call)->journalEntryId() : 0;
            if (!error) {
                deliver(WriteOutcome::doneAsAnswered());
                if (m_followsChanges)
                    follow(subject);
                return;
            }
            // A job's item sent before (the answer lost, or judged not done too soon) that the
            // server now refuses, for the order's state say: the earlier send may have done it,
            // and the record tells.
            if (!error->outcomeUnknown && error->kind == ApiErrorKind::Server && item && entry
                && m_journal && m_journal->sentBefore(*item, entry))
                return settleRefusal<Record>(subject, tookEffect, entry, *error, deliver);
            if (!error->outcomeUnknown)
                return deliver(WriteOutcome::refused(*error));
            // Lost: never sent again. What the server now shows settles it.
            settle<Record>(subject, tookEffect, entry, error, deliver);
        });
    if (item && *call)
        (*call)->setJobItem(*item);
}

template<typename Record, typename Subject>
void ChangeWriter::settle(const Subject &subject, TookEffect<Record> tookEffect, qint64 entry,
                          std::optional<ApiError> error,
                          std::function<void(const WriteOutcome &)> deliver)
{
    read(subject, [this, error, tookEffect, deliver, entry](std::optional<Record> now) {
        WriteOutcome outcome;
        outcome.error = error;
        outcome.answerLost = true;
        const std::optional<bool> took = now ? tookEffect(*now) : std::nullopt;
        outcome.settlement = !took   ? Settlement::Unknown
                             : *took ? Settlement::Done
                                     : Settlement::NotDone;
        if (now)
            keep(outcome, *now);
        noteSettled(entry, outcome.settlement);
        deliver(outcome);
        if (now)
            announce(*now);
    });
}

template<typename Record, typename Subject>
void ChangeWriter::settleRefusal(const Subject &subject, TookEffect<Record> tookEffect,
                                 qint64 entry, const ApiError &error,
                                 std::function<void(const WriteOutcome &)> deliver)
{
    read(subject, [this, error, tookEffect, deliver, entry](std::optional<Record> now) {
        WriteOutcome outcome = WriteOutcome::refused(error);
        const std::optional<bool> took = now ? tookEffect(*now) : std::nullopt;
        if (took.value_or(false)) {
            // Done, by the earlier send: the refusal only says it was done already.
            outcome.settlement = Settlement::Done;
            noteSettled(entry, Settlement::Done);
        } else if (!took) {
            // The read failed or could not tell: the earlier send may have done it, so this
            // is not "not done" (a person would send it again) but unknown, for a later check.
            outcome.settlement = Settlement::Unknown;
            outcome.answerLost = true;
            if (entry && m_journal)
                m_journal->markAnswered(entry, JournalState::Unknown, error.serverCode,
                                        error.message());
        }
        if (now)
            keep(outcome, *now);
        deliver(outcome);
        if (now)
            announce(*now);
    });
}

void ChangeWriter::noteSettled(qint64 entry, Settlement settlement) const
{
    if (entry && m_journal)
        m_journal->markSettled(entry, settlement);
}

// ---- Order writes ----------------------------------------------------------------------------

namespace {

ChangeWriter::TookEffect<Order> inStatus(OrderStatus status)
{
    return [status](const Order &order) {
        return order.status == int(status);
    };
}

} // namespace

void ChangeWriter::endEarly(const OrderCode &order, const QString &reason,
                            std::optional<int> deviceType, QObject *context, Done done,
                            std::optional<JobItem> item)
{
    write<Order>(order, sending<ActionDone>([this, order, reason, deviceType](auto answered) {
                     return m_client.endOrderEarly(order.value, reason, deviceType, this,
                                                   std::move(answered));
                 }),
                 inStatus(OrderStatus::EndedEarly), context, std::move(done), item);
}

void ChangeWriter::cancel(const OrderCode &order, QObject *context, Done done,
                          std::optional<JobItem> item)
{
    write<Order>(order, sending<ActionDone>([this, order](auto answered) {
                     return m_client.cancelOrder(order.value, this, std::move(answered));
                 }),
                 inStatus(OrderStatus::Cancelled), context, std::move(done), item);
}

void ChangeWriter::enable(const OrderCode &order, QObject *context, Done done,
                          std::optional<JobItem> item)
{
    write<Order>(order, sending<ActionDone>([this, order](auto answered) {
                     return m_client.enableOrder(order.value, this, std::move(answered));
                 }),
                 inStatus(OrderStatus::InUse), context, std::move(done), item);
}

void ChangeWriter::renew(const OrderCode &order, int periods, QObject *context, Done done,
                         std::optional<JobItem> item)
{
    QPointer<QObject> alive(context);
    read(order,
         [this, order, periods, alive, item, done = std::move(done)](std::optional<Order> before) {
             if (!alive)
                 return;
             // A later expiry than before shows the renewal; without a "before" nothing can tell.
             auto renewed = [before](const Order &now) -> std::optional<bool> {
                 if (!before || !before->expires.isValid() || !now.expires.isValid())
                     return std::nullopt;
                 return now.expires > before->expires;
             };
             auto answer = std::make_shared<std::optional<RenewedOrder>>();
             Send send = [this, order, periods, answer](Answered answered) {
                 return m_client.renewOrder(
                     order.value, periods, this,
                     [answer, answered](const ApiResult<RenewedOrder> &result) {
                         if (result.ok())
                             *answer = result.value();
                         answered(result.ok() ? std::nullopt : std::optional(result.error()));
                     });
             };
             // The answer names the new expiry: the outcome shows the order with it.
             auto withExpiry = [done, answer, before](WriteOutcome outcome) {
                 if (outcome.done() && !outcome.order && *answer) {
                     Order now = before.value_or(Order());
                     now.orderCode = (*answer)->orderId;
                     now.expires = (*answer)->expires;
                     outcome.order = now;
                 }
                 done(outcome);
             };
             write<Order>(order, send, renewed, alive, withExpiry, item);
         });
}

// ---- SIM writes ------------------------------------------------------------------------------

namespace {

ChangeWriter::TookEffect<SimCard> suspended(bool wanted)
{
    return [wanted](const SimCard &now) {
        return now.suspended == wanted;
    };
}

} // namespace

void ChangeWriter::suspend(const Iccid &sim, QObject *context, Done done,
                           std::optional<JobItem> item)
{
    write<SimCard>(sim, sending<ActionDone>([this, sim](auto answered) {
                       return m_client.suspendSim(sim.value, this, std::move(answered));
                   }),
                   suspended(true), context, std::move(done), item);
}

void ChangeWriter::resume(const Iccid &sim, QObject *context, Done done,
                          std::optional<JobItem> item)
{
    write<SimCard>(sim, sending<ActionDone>([this, sim](auto answered) {
                       return m_client.resumeSim(sim.value, this, std::move(answered));
                   }),
                   suspended(false), context, std::move(done), item);
}

// ---- Bulk jobs and the journal ---------------------------------------------------------------

void ChangeWriter::perform(const WriteTask &task, QObject *context, Done done,
                           std::optional<JobItem> item)
{
    const OrderCode order{task.subject};
    const Iccid sim{task.subject};
    const QJsonObject &with = task.parameters;
    switch (task.operation) {
    case Operation::EndOrderEarly: {
        const QJsonValue deviceType = with.value(WriteTask::deviceTypeKey);
        return endEarly(order, with.value(WriteTask::reasonKey).toString(),
                        deviceType.isDouble() ? std::optional(deviceType.toInt()) : std::nullopt,
                        context, std::move(done), item);
    }
    case Operation::CancelOrder:
        return cancel(order, context, std::move(done), item);
    case Operation::OpenOrder:
        return enable(order, context, std::move(done), item);
    case Operation::RenewPackage:
        return renew(order, with.value(WriteTask::periodsKey).toInt(1), context, std::move(done),
                     item);
    case Operation::SuspendService:
        return suspend(sim, context, std::move(done), item);
    case Operation::ResumeService:
        return resume(sim, context, std::move(done), item);
    default:
        break;
    }
    ApiError error;
    error.kind = ApiErrorKind::InvalidInput;
    error.operation = task.operation;
    error.subject = task.subject;
    error.detail = tr("this kind of change cannot be sent again from its job.");
    QPointer<QObject> alive(context);
    QMetaObject::invokeMethod(
        this,
        [alive, done, error] {
            if (alive)
                done(WriteOutcome::refused(error));
        },
        Qt::QueuedConnection);
}

void ChangeWriter::check(const JournalEntry &entry, QObject *context, Done done)
{
    QPointer<QObject> alive(context);
    auto deliver = [alive, done = std::move(done)](const WriteOutcome &outcome) {
        if (alive)
            done(outcome);
    };
    const QString subject = entry.subjects.value(0);
    switch (entry.operation) {
    case Operation::EndOrderEarly:
        return settle<Order>(OrderCode{subject}, inStatus(OrderStatus::EndedEarly), entry.id, {},
                             deliver);
    case Operation::CancelOrder:
        return settle<Order>(OrderCode{subject}, inStatus(OrderStatus::Cancelled), entry.id, {},
                             deliver);
    case Operation::OpenOrder:
        return settle<Order>(OrderCode{subject}, inStatus(OrderStatus::InUse), entry.id, {},
                             deliver);
    case Operation::SuspendService:
        return settle<SimCard>(Iccid{subject}, suspended(true), entry.id, {}, deliver);
    case Operation::ResumeService:
        return settle<SimCard>(Iccid{subject}, suspended(false), entry.id, {}, deliver);
    default:
        break;
    }
    // Nothing to read that would tell (a renewal without its expiry before, an SMS).
    QMetaObject::invokeMethod(
        this, [deliver] { deliver(WriteOutcome{}); }, Qt::QueuedConnection);
}

// ---- Plan orders -----------------------------------------------------------------------------

namespace {

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

void ChangeWriter::placeOrder(const PlanOrderRequest &request, QObject *context, Done done)
{
    const Iccid sim{request.iccids.value(0)};
    QPointer<QObject> alive(context);
    ordersOf(sim, [this, request, sim, alive, done](std::optional<QList<Order>> before) {
        if (!alive)
            return;
        auto call = std::make_shared<QPointer<ApiCall>>();
        *call = m_client.orderPlan(
            request, this,
            [this, request, sim, alive, done, before, call](const ApiResult<PlacedOrder> &result) {
                const qint64 entry = *call ? (*call)->journalEntryId() : 0;
                auto deliver = [alive, done](const WriteOutcome &outcome) {
                    if (alive)
                        done(outcome);
                };
                if (result.ok()) {
                    WriteOutcome outcome = WriteOutcome::doneAsAnswered();
                    Order placed;
                    placed.orderCode = result.value().orderId;
                    placed.iccid = sim.value;
                    placed.planCode = request.planCode;
                    placed.planName = request.planName;
                    placed.starts = result.value().starts;
                    placed.expires = result.value().expires;
                    outcome.order = placed;
                    deliver(outcome);
                    if (m_followsChanges)
                        follow(sim);
                    return;
                }
                if (!result.error().outcomeUnknown)
                    return deliver(WriteOutcome::refused(result.error()));
                // Lost: never sent again. A new order of the plan on the SIM settles it.
                ordersOf(sim, [this, request, sim, before, deliver, entry,
                               error = result.error()](std::optional<QList<Order>> after) {
                    WriteOutcome outcome;
                    outcome.error = error;
                    outcome.answerLost = true;
                    if (before && after) {
                        outcome.order = newOrderOf(request.planCode, *before, *after);
                        outcome.settlement = outcome.order ? Settlement::Done : Settlement::NotDone;
                    }
                    noteSettled(entry, outcome.settlement);
                    deliver(outcome);
                    if (m_followsChanges)
                        follow(sim);
                });
            });
    });
}

// ---- Reads and announcements -----------------------------------------------------------------

void ChangeWriter::ordersOf(const Iccid &sim, std::function<void(std::optional<QList<Order>>)> then)
{
    OrderQuery query;
    query.iccid = sim.value;
    query.pageSize = ordersOfOneSim;
    m_client.orders(query, this, [sim, then = std::move(then)](const ApiResult<OrderPage> &page) {
        if (!page.ok())
            return then(std::nullopt);
        QList<Order> orders;
        for (const Order &order : page.value().orders)
            if (order.iccid == sim.value) // only this SIM's, whatever else is listed
                orders.append(order);
        then(orders);
    });
}

// Only the record written counts: the client's reads match its code or ICCID exactly.
void ChangeWriter::read(const OrderCode &order, std::function<void(std::optional<Order>)> then)
{
    m_client.order(order.value, this, [then = std::move(then)](const ApiResult<Order> &found) {
        then(found.ok() ? std::optional(found.value()) : std::nullopt);
    });
}

void ChangeWriter::read(const Iccid &sim, std::function<void(std::optional<SimCard>)> then)
{
    m_client.sim(sim.value, this, [then = std::move(then)](const ApiResult<SimCard> &card) {
        then(card.ok() ? std::optional(card.value()) : std::nullopt);
    });
}

void ChangeWriter::announce(const Order &order)
{
    emit orderChanged(order);
    // The order's SIM shows the plan in use: it changes with the order.
    if (m_followsChanges && !order.iccid.isEmpty())
        read(Iccid{order.iccid}, [this](std::optional<SimCard> sim) {
            if (sim)
                emit simChanged(*sim);
        });
}

void ChangeWriter::announce(const SimCard &sim)
{
    emit simChanged(sim);
    // Suspending or resuming a SIM pauses or restarts its orders.
    if (!m_followsChanges)
        return;
    ordersOf(Iccid{sim.iccid}, [this](std::optional<QList<Order>> orders) {
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
