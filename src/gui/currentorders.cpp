#include "currentorders.h"

#include "account/account.h"
#include "contract/ids.h"
#include "statustext.h"
#include "transport/cubeclient.h"

#include <memory>

namespace cube {

void CurrentOrders::read(Account *account, QObject *context, const QStringList &codes, Done done)
{
    struct Reading
    {
        QList<Order> read;
        QStringList problems;
        qsizetype pending = 0;
    };
    auto reading = std::make_shared<Reading>();
    reading->pending = codes.size();
    const auto oneIn = [reading, done, codes] {
        if (--reading->pending > 0)
            return;
        QList<Order> inUse;
        for (const QString &code : codes) {
            for (const Order &order : std::as_const(reading->read)) {
                if (order.orderCode != code)
                    continue;
                if (order.status == int(OrderStatus::InUse))
                    inUse.append(order);
                else
                    reading->problems << tr("Order %1 is no longer in use (%2).")
                                             .arg(code, statustext::orderStatus(order.status));
            }
        }
        done(inUse, reading->problems);
    };
    for (const QString &text : codes) {
        QString problem;
        const std::optional<OrderCode> code = OrderCode::from(text, &problem);
        if (!code) {
            reading->problems << tr("%1: %2").arg(text, problem);
            oneIn();
            continue;
        }
        account->client().order(
            *code, context, [reading, oneIn, text](const ApiResult<Order> &result) {
                if (result.ok())
                    reading->read.append(result.value());
                else
                    reading->problems
                        << tr("Order %1 could not be read: %2").arg(text, result.error().message());
                oneIn();
            });
    }
}

} // namespace cube
