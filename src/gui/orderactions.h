#pragma once

#include "contract/apierror.h"
#include "records/orderrecords.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QPushButton;
class QWidget;

namespace cube {

class Account;
class ActivityLog;
class WriteOutcome;

// The actions on orders, shared by the SIM detail and the Orders tab: each asks what it must
// (a confirmation that names the order, a reason, a number of periods with the new expiry)
// without blocking the event loop, sends the request once through the account's ChangeWriter
// (which settles a lost answer and announces the order's new state to every view), records the
// outcome in the activity log and says it in the main window's status bar.
class OrderActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderActions)

public:
    OrderActions(Account *account, ActivityLog *activity, QWidget *dialogParent);

    // The buttons a view of orders has for these actions.
    struct Buttons
    {
        QPushButton *endEarly;
        QPushButton *cancel;
        QPushButton *enable;
        QPushButton *renew;
    };
    using Selection = std::function<QList<Order>()>;
    // What is known of the data left of the one order being ended, or nothing.
    using RemainingData = std::function<QString(const QList<Order> &)>;

    // Runs the actions on the orders `selected` returns when the buttons are clicked.
    void attach(const Buttons &buttons, Selection selected, RemainingData remaining = {});
    // Enables each button when all `orders` allow its action.
    static void updateButtons(const Buttons &buttons, const QList<Order> &orders);

    // Which actions the selected orders allow (all of them must).
    static bool canEndEarly(const QList<Order> &orders);
    static bool canCancel(const QList<Order> &orders);
    static bool canEnable(const QList<Order> &orders);
    static bool canRenew(const QList<Order> &orders);

    // `remaining` is what the caller knows of the order's data left, shown in the dialog.
    void endEarly(const QList<Order> &orders, const QString &remaining = {});
    void cancel(const Order &order);
    void enable(const Order &order);
    void renew(const Order &order);
    // Several orders in use, renewed by the same number of periods as one job (the Attention
    // tab's expiring orders); one goes to renew(order).
    void renew(const QList<Order> &orders);

private:
    // Records how the write on `order` went, and says it in the status bar; `done` is what a
    // plain success says. A failure is shown in a warning as well.
    void finishWrite(const QString &action, const Order &order, const WriteOutcome &outcome,
                     const QString &done);
    void sayWhenEnabledOrderRuns(const Order &order);

    Account *m_account;
    ActivityLog *m_activity;
    QPointer<QWidget> m_dialogParent;
};

} // namespace cube
