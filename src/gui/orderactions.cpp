#include "orderactions.h"

#include "account/account.h"
#include "activitylog.h"
#include "endorderearlydialog.h"
#include "notify.h"
#include "plaintext.h"
#include "records/orderrules.h"
#include "reneworderdialog.h"
#include "statusbarnote.h"
#include "statustext.h"
#include "writes/changewriter.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;

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
    const bool paused = std::any_of(orders.cbegin(), orders.cend(), [](const Order &order) {
        return order.status == int(OrderStatus::Paused);
    });
    // A greyed button says why: a paused order looked as if nothing could be done with it.
    auto offer = [&](QPushButton *button, bool allowed, const QString &onlyWhen) {
        button->setEnabled(allowed);
        if (allowed)
            button->setToolTip({});
        else if (orders.isEmpty())
            button->setToolTip(tr("Choose an order first."));
        else if (paused)
            button->setToolTip(tr("This order is paused: resume its SIM card first."));
        else
            button->setToolTip(onlyWhen);
    };
    offer(buttons.endEarly, canEndEarly(orders), tr("Only an order in use can be ended early."));
    offer(buttons.cancel, canCancel(orders),
          tr("Only one order, not enabled yet, can be cancelled at a time."));
    offer(buttons.enable, canEnable(orders),
          tr("Only one order, not enabled yet, can be enabled at a time."));
    offer(buttons.renew, canRenew(orders), tr("Only one order in use can be renewed at a time."));
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

namespace {

// Asks before a write, without blocking, in the person's words: the question names the order,
// the explanation says what the write means, and the buttons say what each does ("Cancel the
// order" / "Keep it"), so that no one answers a bare Yes/No. No is the default. The box is
// named "confirmBox", as askToConfirm()'s, and keeps its Yes and No roles.
void askAbout(QWidget *parent, QObject *context, const QString &title, const QString &question,
              const QString &explanation, const QString &yes, const QString &no,
              std::function<void()> then)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question,
                                QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(u"confirmBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setInformativeText(explanation);
    box->button(QMessageBox::Yes)->setText(yes);
    box->button(QMessageBox::No)->setText(no);
    box->setDefaultButton(QMessageBox::No);
    showAsPlainText(box); // the question names the order as the server wrote it
    QObject::connect(box, &QMessageBox::finished, context, [then = std::move(then)](int result) {
        if (result == QMessageBox::Yes)
            then();
    });
    box->open();
}

} // namespace

void OrderActions::cancel(const Order &order)
{
    if (!canCancel({order}))
        return;
    askAbout(m_dialogParent, this, tr("Cancel order"),
             tr("Cancel order %1 of plan “%2” for SIM card %3?")
                 .arg(order.orderCode, order.planName, order.iccid),
             tr("The order has not been enabled yet. Cancelling it means it never runs: it "
                "cannot be enabled again."),
             tr("Cancel the order"), tr("Keep it"), [this, order] {
                 m_account->writer().perform(
                     WriteTask(Operation::CancelOrder, order.orderCode), this,
                     [this, order](const WriteOutcome &outcome) {
                         finishWrite(tr("Cancel order"), order, outcome,
                                     tr("Order %1 cancelled (plan “%2”, SIM card %3).")
                                         .arg(order.orderCode, order.planName, order.iccid));
                     });
             });
}

void OrderActions::enable(const Order &order)
{
    if (!canEnable({order}))
        return;
    askAbout(m_dialogParent, this, tr("Enable order"),
             tr("Enable order %1 of plan “%2” for SIM card %3 now?")
                 .arg(order.orderCode, order.planName, order.iccid),
             tr("Its period starts at once, and so does its data."), tr("Enable the order"),
             tr("Not now"), [this, order] {
                 m_account->writer().perform(
                     WriteTask(Operation::OpenOrder, order.orderCode), this,
                     [this, order](const WriteOutcome &outcome) {
                         const QString done =
                             tr("Order %1 enabled (plan “%2”, SIM card %3).")
                                 .arg(order.orderCode, order.planName, order.iccid);
                         finishWrite(tr("Enable order"), order, outcome, done);
                         if (outcome.done())
                             sayWhenEnabledOrderRuns(order);
                     });
             });
}

void OrderActions::sayWhenEnabledOrderRuns(const Order &order)
{
    // The answer to enabling is empty; the writer reads the order afterwards, and that read
    // says until when it runs.
    auto heard = std::make_shared<QMetaObject::Connection>();
    *heard = connect(&m_account->writer(), &ChangeWriter::orderChanged, this,
                     [this, order, heard](const Order &now) {
                         if (now.orderCode != order.orderCode || !now.expires.isValid())
                             return;
                         QObject::disconnect(*heard);
                         noteInStatusBar(m_dialogParent,
                                         tr("Order %1 enabled (plan “%2”, SIM card %3); it runs "
                                            "until %4.")
                                             .arg(order.orderCode, order.planName, order.iccid,
                                                  statustext::dateTime(now.expires)));
                     });
    QTimer::singleShot(std::chrono::seconds(30), this, [heard] { QObject::disconnect(*heard); });
}

void OrderActions::renew(const Order &order)
{
    if (!canRenew({order}))
        return;
    auto *dialog = new RenewOrderDialog(m_account, m_activity, order, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OrderActions::renew(const QList<Order> &orders)
{
    if (orders.size() == 1)
        return renew(orders.constFirst());
    if (!allAllow(orders, orderrules::canRenew))
        return;
    auto *dialog = new RenewOrderDialog(m_account, m_activity, orders, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OrderActions::finishWrite(const QString &action, const Order &order,
                               const WriteOutcome &outcome, const QString &done)
{
    const QString said = outcome.message();
    const QString result = outcome.done() ? (said.isEmpty() ? done : done + u' ' + said) : said;
    if (m_activity)
        m_activity->record(action, order.orderCode, outcome.done(), result,
                           outcome.done() ? QString() : result);
    // The order's row shows the new state by itself: the writer announces it. The status bar
    // says how it went, whichever view the action came from.
    noteInStatusBar(m_dialogParent, outcome.done()
                                        ? result
                                        : tr("%1 %2: %3", "action, order code, what went wrong")
                                              .arg(action, order.orderCode, result));
    if (!outcome.done())
        showWarning(m_dialogParent, action, result);
}

} // namespace cube
