#pragma once

#include "contract/writesubject.h"
#include "records/orderrecords.h"
#include "records/simrecords.h"
#include "transport/cubeclient.h"
#include "writes/writeoutcome.h"
#include "writes/writetask.h"

#include <QObject>

#include <functional>
#include <optional>

namespace cube {

class Journal;

// The writes both front ends make, each sent exactly once. When a write's answer is lost
// (ApiError::outcomeUnknown) it is never sent again: a typed re-read (the order's status for an
// order write, the SIM's state for a SIM write) settles it as done, not done or still unknown,
// and only a record whose order code or ICCID is exactly the one written counts.
//
// It is also the console's one change source: when it follows changes, every write that may
// have changed something is followed by a read of what it touched, announced with
// orderChanged() and simChanged() for every view that shows them.
class ChangeWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWriter)

public:
    using Done = std::function<void(const WriteOutcome &)>;
    // Whether the record as read shows a write's effect; nothing when it cannot tell.
    template<typename Record>
    using TookEffect = std::function<std::optional<bool>(const Record &)>;

    // `journal` (none for a client without one) keeps how each write settled.
    ChangeWriter(CubeClient &client, Journal *journal, QObject *parent = nullptr);

    // Reads what each write touched afterwards and announces it (the console does, cubectl not).
    void setFollowsChanges(bool follows) { m_followsChanges = follows; }

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
    // Orders a plan for the request's one SIM. The SIM's orders are read first: after a lost
    // answer, a new order of that plan settles it as done, none as not done. The outcome's
    // order is the one placed.
    void placeOrder(const PlanOrderRequest &request, QObject *context, Done done);

    // The write a bulk job keeps (end early, cancel, enable, renew, suspend, resume); any
    // other operation is refused without sending.
    void perform(const WriteTask &task, QObject *context, Done done,
                 std::optional<JobItem> item = {});
    // Settles a journal entry whose answer never came (the program stopped, or it was lost)
    // by reading what it touched; never sends anything. The journal keeps what was found.
    void check(const JournalEntry &entry, QObject *context, Done done);

    // Reads a record that changed by other means (a plan ordered) and announces it.
    void follow(const OrderCode &order);
    void follow(const Iccid &sim);

signals:
    void orderChanged(const cube::Order &order);
    void simChanged(const cube::SimCard &sim);

private:
    using Answered = std::function<void(const std::optional<ApiError> &)>;
    // Starts the write's call; `answered` gets its error, or nothing when it succeeded.
    using Send = std::function<ApiCall *(Answered answered)>;

    template<typename Record, typename Subject>
    void write(const Subject &subject, Send send, TookEffect<Record> tookEffect, QObject *context,
               Done done, std::optional<JobItem> item);
    // Reads `subject` after a lost answer (`error`; none for a journal check) and settles the
    // write as done, not done or unknown; the journal entry (if any) keeps what was found.
    template<typename Record, typename Subject>
    void settle(const Subject &subject, TookEffect<Record> tookEffect, qint64 entry,
                std::optional<ApiError> error, std::function<void(const WriteOutcome &)> deliver);
    // A refusal (for the record's state, say) of a write whose item was sent before: the
    // earlier send may have done it. Done when the record shows the effect; else refused.
    template<typename Record, typename Subject>
    void settleRefusal(const Subject &subject, TookEffect<Record> tookEffect, qint64 entry,
                       const ApiError &error, std::function<void(const WriteOutcome &)> deliver);
    template<typename T>
    static Send sending(std::function<ApiCall *(CubeClient::Done<T>)> call);
    void noteSettled(qint64 entry, Settlement settlement) const;
    // Reads the order (or SIM) whose code (or ICCID) is exactly the one given; nothing when
    // the read fails or finds no such record.
    void read(const OrderCode &order, std::function<void(std::optional<Order>)> then);
    void read(const Iccid &sim, std::function<void(std::optional<SimCard>)> then);
    // The orders of one SIM (as many as the console shows); nothing when they cannot be read.
    void ordersOf(const Iccid &sim, std::function<void(std::optional<QList<Order>>)> then);
    void announce(const Order &order);
    void announce(const SimCard &sim);
    // Where a record's write outcome keeps it.
    static void keep(WriteOutcome &outcome, const Order &order) { outcome.order = order; }
    static void keep(WriteOutcome &outcome, const SimCard &sim) { outcome.sim = sim; }

    CubeClient &m_client;
    Journal *m_journal;
    bool m_followsChanges = false;
};

} // namespace cube
