#pragma once

#include "contract/ids.h"
#include "contract/requests.h"
#include "records/responseparsers.h"
#include "transport/apicall.h"
#include "transport/apitransport.h"

#include <QDate>
#include <QObject>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace cube {

// The Cube API as the GUI, the CLI and the tests use it: one typed method per operation of
// the contract. Every method is asynchronous: it returns the call (to cancel it, or to watch
// its retries) and hands the typed result to `done` on the event loop, unless `context` was
// destroyed first. Input that cannot be right (an empty reason, a negative amount) is refused
// without sending anything; ICCIDs and order codes come as Iccid and OrderCode, checked where
// they were made (contract/ids.h), and are not checked again.
class CubeClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CubeClient)

public:
    template<typename T>
    using Done = std::function<void(const ApiResult<T> &)>;

    CubeClient(QNetworkAccessManager *network, ConnectionSettings settings, QByteArray secret,
               ClientOptions options = {}, QObject *parent = nullptr);

    const ConnectionSettings &settings() const { return m_transport.settings(); }
    // The profile this client was made from; empty for a URL or the demo.
    const QString &profileName() const { return m_transport.options().journalSource.profile; }
    // A journal entry (or, its who and where, a job) for `operation` sent by this client.
    JournalEntry journalEntry(Operation operation, const QJsonObject &fields = {}) const
    {
        return m_transport.journalEntry(operation, fields);
    }

    // The queries sent to this account today (the server's day) by every program on this
    // computer, as the gateway counts them for the daily quota; nothing without a journal.
    std::optional<qint64> queriesToday() const { return m_transport.queriesToday(); }

    // SIM cards
    ApiCall *listSims(int pageNo, int pageSize, QObject *context, Done<SimPage> done);
    ApiCall *sim(const Iccid &iccid, QObject *context, Done<SimCard> done);
    ApiCall *simsInUse(QObject *context, Done<QList<AssetInfo>> done);

    // Usage
    ApiCall *usage(const Iccid &iccid, QObject *context, Done<FlowUsage> done);
    ApiCall *usageOfMany(const QList<Iccid> &iccids, QObject *context, Done<QList<FlowUsage>> done);
    ApiCall *dayUsage(const Iccid &iccid, QDate day, QObject *context, Done<DayUsage> done);
    ApiCall *monthUsage(const QList<Iccid> &iccids, QDate month, QObject *context,
                        Done<QList<MonthUsage>> done);
    ApiCall *carrierBalance(const Iccid &iccid, QObject *context, Done<CarrierBalance> done);

    // Plans and orders
    ApiCall *plans(QObject *context, Done<QList<Plan>> done);
    ApiCall *orderPlan(const PlanOrderRequest &request, QObject *context, Done<PlacedOrder> done);
    ApiCall *orderPlanForMany(const PlanOrderRequest &request, QObject *context,
                              Done<QList<BatchOrderLine>> done);
    ApiCall *orderOtaPlan(const PlanOrderRequest &request, QObject *context,
                          Done<PlacedOrder> done);
    ApiCall *renewOrder(const OrderCode &orderId, int periods, QObject *context,
                        Done<RenewedOrder> done);
    ApiCall *orders(const OrderQuery &query, QObject *context, Done<OrderPage> done);
    // The order whose code is exactly `orderCode`, whatever else the server lists first or
    // instead; ApiErrorKind::NotFound when it lists no such order.
    ApiCall *order(const OrderCode &orderCode, QObject *context, Done<Order> done);
    ApiCall *enableOrder(const OrderCode &orderCode, QObject *context, Done<ActionDone> done);
    ApiCall *cancelOrder(const OrderCode &orderCode, QObject *context, Done<ActionDone> done);
    // Irreversible: the reason is required (trimmed, at most maxEndReasonLength characters).
    ApiCall *endOrderEarly(const OrderCode &orderCode, const QString &reason,
                           std::optional<int> deviceType, QObject *context, Done<ActionDone> done);
    ApiCall *suspendSim(const Iccid &iccid, QObject *context, Done<ActionDone> done);
    ApiCall *resumeSim(const Iccid &iccid, QObject *context, Done<ActionDone> done);

    // SMS
    ApiCall *sendSms(const Iccid &iccid, const QString &text, QObject *context, Done<SentSms> done);

    static constexpr int maxEndReasonLength = 200;
    // What is wrong with `reason` for ending orders early, or empty when nothing is. Trimmed
    // (as it is sent), it is required, at most maxEndReasonLength characters, and one line of
    // visible text. A control character is refused, tabs and line breaks too: the journal
    // prints the reason in `history`, where an escape would drive the terminal and a line
    // break fake a line, and a tab would shift columns or start a formula in a spreadsheet;
    // folding them into spaces instead would send what the person did not write. An invisible
    // or direction-changing character (servertext.h) is refused as well: it would hide or
    // reorder what the reason says. Either comes with text copied from elsewhere, and the
    // message says which character it is and where.
    static QString endReasonProblem(const QString &reason);

    // The largest amount an order may carry; anything else (negative, NaN, infinite) is refused.
    static constexpr double largestAmount = 1e9;

signals:
    // A request left: the count of today's queries changed.
    void queriesCounted();
    // The gateway refused a request for its limits: no request starts for `milliseconds`.
    void serverAsksToWait(qint64 milliseconds);

private:
    template<typename T, typename Parse>
    ApiCall *call(Operation operation, QJsonObject fields, QString subject, QObject *context,
                  Done<T> done, Parse parse);
    template<typename T>
    ApiCall *refuse(Operation operation, const QString &why, QObject *context, Done<T> done);
    static QJsonObject planOrderFields(const PlanOrderRequest &request);
    // What is wrong with a plan order's own fields (amount, periods), or empty.
    static QString planOrderProblem(const PlanOrderRequest &request);
    // Fills `fields` for an order of the request's one SIM, or says why it cannot be sent.
    static QString singleSimOrderFields(const PlanOrderRequest &request, QJsonObject &fields);

    ApiTransport m_transport;
};

} // namespace cube
