#include "orderactions.h"

#include "account.h"
#include "activitylog.h"
#include "changewriter.h"
#include "endorderearlydialog.h"
#include "notify.h"
#include "orderrules.h"

#include <QInputDialog>
#include <QPushButton>

#include <algorithm>

namespace cube {

OrderActions::OrderActions(Account *account, ActivityLog *activity, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_account(account)
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
    auto *dialog = new EndOrderEarlyDialog(m_account, m_activity, orders, m_dialogParent);
    if (!remaining.isEmpty())
        dialog->setRemainingData(remaining);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
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
            m_account->writer().cancel(OrderCode{code}, this,
                                       [this, code](const WriteOutcome &outcome) {
                                           finishWrite(tr("Cancel order"), code, outcome);
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
            m_account->writer().enable(OrderCode{code}, this,
                                       [this, code](const WriteOutcome &outcome) {
                                           finishWrite(tr("Enable order"), code, outcome);
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
        m_account->writer().renew(OrderCode{code}, periods, this,
                                  [this, code](const WriteOutcome &outcome) {
                                      finishWrite(tr("Renew order"), code, outcome);
                                  });
    });
    input->open();
}

void OrderActions::finishWrite(const QString &action, const QString &orderCode,
                               const WriteOutcome &outcome)
{
    const QString said = outcome.message();
    const QString result = said.isEmpty() ? tr("Done") : said;
    if (m_activity)
        m_activity->record(action, orderCode, outcome.done(), result,
                           outcome.done() ? QString() : result);
    // The order's row shows the new state by itself: the writer announces it.
    if (!outcome.done())
        showWarning(m_dialogParent, action, result);
}

} // namespace cube
