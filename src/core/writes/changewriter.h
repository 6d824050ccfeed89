#pragma once

#include "contract/ids.h"
#include "records/orderrecords.h"
#include "records/simrecords.h"
#include "transport/cubeclient.h"
#include "writes/writeoutcome.h"
#include "writes/writetable.h"
#include "writes/writetask.h"

#include <QObject>

#include <functional>
#include <optional>

namespace cube {

class Journal;

// The writes both front ends make, each sent exactly once, as the table of writes
// (writes/writetable.h) says. When a write's answer is lost (ApiError::outcomeUnknown) it is
// never sent again: a typed re-read (the order's status for an order write, the SIM's state for
// a SIM write, the SIM's orders for a plan order) settles it as done, not done or still unknown,
// and only a record whose order code or ICCID is exactly the one written counts. The journal
// keeps how each write settled.
//
// It is also the console's one change source: while anything listens to orderChanged() or
// simChanged(), every write that may have changed something is followed by a read of what it
// touched, announced for every view that shows it. Nobody listens in cubectl, and it spends no
// query on it.
class ChangeWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWriter)

public:
    using Done = std::function<void(const WriteOutcome &)>;

    // `journal` (none for a client without one) keeps how each write settled.
    ChangeWriter(CubeClient &client, Journal *journal, QObject *parent = nullptr);

    // `done` runs once, on the event loop, unless `context` was destroyed first. A write that
    // is an item of a bulk job names it (`item`), so that the journal keeps it with its job.
    void endEarly(const OrderCode &order, const QString &reason, std::optional<int> deviceType,
                  QObject *context, Done done, std::optional<JobItem> item = {});
    void cancel(const OrderCode &order, QObject *context, Done done,
                std::optional<JobItem> item = {});
    void enable(const OrderCode &order, QObject *context, Done done,
                std::optional<JobItem> item = {});
    // Renewing leaves the order in use, so the order is read first: a later expiry settles it.
    void renew(const OrderCode &order, int periods, QObject *context, Done done,
               std::optional<JobItem> item = {});
    void suspend(const Iccid &sim, QObject *context, Done done, std::optional<JobItem> item = {});
    void resume(const Iccid &sim, QObject *context, Done done, std::optional<JobItem> item = {});
    // Orders a plan for the request's one SIM (an OTA order too). The SIM's orders are read
    // first: after a lost answer, a new order of that plan settles it as done, none as not done.
    // The outcome's order is the one placed.
    void placeOrder(const PlanOrderRequest &request, QObject *context, Done done);
    void placeOtaOrder(const PlanOrderRequest &request, QObject *context, Done done);
    // Orders a plan for the request's SIM cards (at most PlanOrderRequest::batchLimit) in one
    // request; the outcome's lines say which were placed. A lost answer stays unknown: a
    // re-read of every SIM's orders would cost more queries than it saves.
    void placeOrders(const PlanOrderRequest &request, QObject *context, Done done);
    // Sends an SMS; the outcome keeps the message id. A lost answer stays unknown.
    void sendSms(const Iccid &sim, const QString &text, QObject *context, Done done);

    // Any write of the table (a bulk job's item, say); one a job does not keep is refused
    // without sending when it comes as a job's item. The task's subject (text, as jobs keep it)
    // becomes the id the write is about here, once: text that is not one (an ICCID for a SIM
    // write, an order code for an order write) is refused without sending, in words that say
    // why.
    void perform(const WriteTask &task, QObject *context, Done done,
                 std::optional<JobItem> item = {});
    // Settles a journal entry whose answer never came (the program stopped, or it was lost)
    // by reading what it touched; never sends anything. The journal keeps what was found.
    void check(const JournalEntry &entry, QObject *context, Done done);

signals:
    void orderChanged(const cube::Order &order);
    void simChanged(const cube::SimCard &sim);

private:
    using Deliver = std::function<void(const WriteOutcome &)>;
    using Evidence = writetable::Evidence;
    using Target = writetable::Target;

    // perform(), once the subject is an id: given by a typed call, or (nothing) made here.
    void write(const WriteTask &task, std::optional<Target> target, QObject *context, Done done,
               std::optional<JobItem> item = {});

    // Reads the records `proof` compares before a write (nothing for the others), then `then`.
    void readBefore(writetable::Proof proof, const Target &target,
                    std::function<void(const Evidence &)> then);
    // Reads the records that show whether a write took effect (nothing for Proof::None).
    void readAfter(writetable::Proof proof, const Target &target,
                   std::function<void(const Evidence &)> then);
    void send(const writetable::WriteRule &rule, const WriteTask &task, const Target &target,
              const Evidence &before, Deliver deliver, std::optional<JobItem> item);
    // Reads what a write touched after a lost answer (`error`; none for a journal check) and
    // settles it as done, not done or unknown; the journal entry (if any) keeps what was found.
    void settle(const writetable::WriteRule &rule, const WriteTask &task, const Target &target,
                const Evidence &before, qint64 entry, std::optional<ApiError> error,
                Deliver deliver);
    // A refusal (for the record's state, say) of a job's item that was sent before: the
    // earlier send may have done it. Done when the record shows the effect; else refused.
    void settleRefusal(const writetable::WriteRule &rule, const WriteTask &task,
                       const Target &target, const Evidence &before, qint64 entry,
                       const ApiError &error, Deliver deliver);
    void refuseUnsent(const WriteTask &task, const QString &why, Deliver deliver);
    void noteSettled(qint64 entry, Settlement settlement) const;
    // Reads the order (or SIM) whose code (or ICCID) is exactly the one given; nothing when
    // the read fails or finds no such record.
    void read(const OrderCode &order, std::function<void(std::optional<Order>)> then);
    void read(const Iccid &sim, std::function<void(std::optional<SimCard>)> then);
    // The orders of one SIM (as many as the console shows); nothing when they cannot be read.
    void ordersOf(const Iccid &sim, std::function<void(std::optional<QList<Order>>)> then);
    // After a write that changed records: reads what it touched and announces it.
    void followAnswered(const writetable::WriteRule &rule, const WriteTask &task,
                        const Target &target, const WriteOutcome &outcome);
    void announce(const Evidence &found);
    void announce(const Order &order);
    void announce(const SimCard &sim);
    void follow(const OrderCode &order);
    void follow(const Iccid &sim);
    // Whether a view follows the changes: only then is a write followed by reads.
    bool followed() const;

    CubeClient &m_client;
    Journal *m_journal;
};

} // namespace cube
