#include "orderactions.h"

#include "activitylog.h"
#include "cubeclient.h"
#include "endorderearlydialog.h"
#include "notify.h"
#include "orderrules.h"

#include <QInputDialog>
#include <QPushButton>

#include <algorithm>

namespace cube {

OrderActions::OrderActions(CubeClient *client, ActivityLog *activity, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_client(client)
    , m_activity(activity)
    , m_dialogParent(dialogParent)
{}

namespace {

template<typename Rule>
bool allAllow(const QList<Order> &orders, Rule rule)
{
    return !orders.isEmpty()
           && std::all_of(orders.cbegin(), orders.cend(),
                          [&rule](const Order &order) { return rule(order.status); });
}

} // namespace

bool OrderActions::canEndEarly(const QList<Order> &orders)
{
    return allAllow(orders, orderrules::canEndEarly);
}

bool OrderActions::canCancel(const QList<Order> &orders)
{
    return orders.size() == 1 && allAllow(orders, orderrules::canCancel);
}

bool OrderActions::canEnable(const QList<Order> &orders)
{
    return orders.size() == 1 && allAllow(orders, orderrules::canEnable);
}

bool OrderActions::canRenew(const QList<Order> &orders)
{
    return orders.size() == 1 && allAllow(orders, orderrules::canRenew);
}

void OrderActions::attach(const Buttons &buttons, Selection selected, RemainingData remaining)
{
    connect(buttons.endEarly, &QPushButton::clicked, this, [this, selected, remaining] {
        const QList<Order> orders = selected();
        endEarly(orders, remaining ? remaining(orders) : QString());
    });
    connect(buttons.cancel, &QPushButton::clicked, this,
            [this, selected] { cancel(selected().value(0)); });
    connect(buttons.enable, &QPushButton::clicked, this,
            [this, selected] { enable(selected().value(0)); });
    connect(buttons.renew, &QPushButton::clicked, this,
            [this, selected] { renew(selected().value(0)); });
}

void OrderActions::updateButtons(const Buttons &buttons, const QList<Order> &orders)
{
    buttons.endEarly->setEnabled(canEndEarly(orders));
    buttons.cancel->setEnabled(canCancel(orders));
    buttons.enable->setEnabled(canEnable(orders));
    buttons.renew->setEnabled(canRenew(orders));
}

void OrderActions::endEarly(const QList<Order> &orders, const QString &remaining)
{
    if (!canEndEarly(orders))
        return;
    auto *dialog = new EndOrderEarlyDialog(m_client, m_activity, orders, m_dialogParent);
    if (!remaining.isEmpty())
        dialog->setRemainingData(remaining);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EndOrderEarlyDialog::orderUpdated, this, &OrderActions::orderUpdated);
    dialog->open();
}

void OrderActions::cancel(const Order &order)
{
    if (!canCancel({order}))
        return;
    const QString code = order.orderCode;
    askToConfirm(
        m_dialogParent, this, tr("Cancel order"),
        tr("Cancel order %1 of SIM %2? It has not been enabled; a cancelled order cannot be "
           "enabled again.")
            .arg(code, order.iccid),
        [this, code] {
            m_client->cancelOrder(code, this, [this, code](const ApiResult<ActionDone> &result) {
                finishWrite(tr("Cancel order"), code, result.ok(),
                            result.ok() ? ApiError() : result.error());
            });
        });
}

void OrderActions::enable(const Order &order)
{
    if (!canEnable({order}))
        return;
    const QString code = order.orderCode;
    askToConfirm(
        m_dialogParent, this, tr("Enable order"),
        tr("Enable order %1 of SIM %2 now? Its period starts today.").arg(code, order.iccid),
        [this, code] {
            m_client->enableOrder(code, this, [this, code](const ApiResult<ActionDone> &result) {
                finishWrite(tr("Enable order"), code, result.ok(),
                            result.ok() ? ApiError() : result.error());
            });
        });
}

void OrderActions::renew(const Order &order)
{
    if (!canRenew({order}))
        return;
    const QString code = order.orderCode;
    auto *input = new QInputDialog(m_dialogParent);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Renew order"));
    input->setLabelText(tr("Renew order %1 for how many periods?").arg(code));
    input->setInputMode(QInputDialog::IntInput);
    input->setIntRange(1, 36);
    input->setIntValue(1);
    connect(input, &QInputDialog::intValueSelected, this, [this, code](int periods) {
        m_client->renewOrder(code, periods, this,
                             [this, code](const ApiResult<RenewedOrder> &result) {
                                 finishWrite(tr("Renew order"), code, result.ok(),
                                             result.ok() ? ApiError() : result.error());
                             });
    });
    input->open();
}

void OrderActions::finishWrite(const QString &action, const QString &orderCode, bool succeeded,
                               const ApiError &error)
{
    const QString result = succeeded ? tr("Done") : error.message();
    if (m_activity)
        m_activity->record(action, orderCode, succeeded, result, succeeded ? QString() : result);
    if (!succeeded)
        showWarning(m_dialogParent, action, result);
    // After success, and after a write whose outcome is unknown, the row shows what the
    // server now says.
    if (succeeded || error.outcomeUnknown)
        reread(orderCode);
}

void OrderActions::reread(const QString &orderCode)
{
    OrderQuery query;
    query.orderCode = orderCode;
    m_client->orders(query, this, [this](const ApiResult<OrderPage> &page) {
        if (page.ok() && !page.value().orders.isEmpty())
            emit orderUpdated(page.value().orders.constFirst());
    });
}

} // namespace cube
