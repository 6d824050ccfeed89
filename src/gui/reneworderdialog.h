#pragma once

#include "records/orderrecords.h"

#include <QDialog>
#include <QHash>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class RenewOrderDialog;
}

namespace cube {

class Account;
class ActivityLog;
class JobRunner;
class WriteJob;
class WriteOutcome;

// Renews an order in use by a number of periods. Before anything is sent it shows what renewing
// means for this order: how long one period of its plan lasts (read from the account's plan
// list), when the order expires now and when it would expire after; afterwards, the expiry the
// server answered. Renewing costs money, so Enter sends nothing: Renew is a deliberate click. It
// is sent once through the account's ChangeWriter (a lost answer is settled by a re-read); only
// a refusal gives the button back. The main window's status bar and the session log say how it
// went.
//
// Several orders (the Attention tab's expiring ones) are renewed by the same number of periods
// as one job, as the End early dialog ends several: recorded in the journal before the first is
// sent, one after another, each order's expiry now, after and its result in a row; Stop sends
// no further one, and the button never comes back.
class RenewOrderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenewOrderDialog)

public:
    RenewOrderDialog(Account *account, ActivityLog *activity, Order order,
                     QWidget *parent = nullptr);
    RenewOrderDialog(Account *account, ActivityLog *activity, QList<Order> orders,
                     QWidget *parent = nullptr);
    ~RenewOrderDialog() override;

    // While the renewal is on its way the dialog stays, so that its outcome is seen; a job of
    // several stops after the order being sent.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void readPlan();
    void showPeriod();
    void showNewExpiry();
    void renew();
    void finish(int periods, const WriteOutcome &outcome);
    bool isJob() const { return m_orders.size() > 1; }
    const Order &order() const { return m_orders.constFirst(); }
    // The plan's package_type of an order, once the plans are read.
    std::optional<int> planTypeOf(const Order &order) const;
    void fillOrdersTable();
    void fitOrdersTable();
    void renewAll();
    void finishOne(qsizetype index, int periods, const WriteOutcome &outcome);
    void finishAll();
    void setRowResult(int row, const QString &text, bool succeeded);

    std::unique_ptr<Ui::RenewOrderDialog> m_ui;
    Account *m_account;
    ActivityLog *m_activity;
    QList<Order> m_orders; // one, or a job's
    QPushButton *m_renewButton = nullptr;
    bool m_planRead = false;
    QHash<QString, int> m_planTypes; // plan code -> package_type, once read
    QString m_planProblem;           // why the plans' periods are not known
    std::unique_ptr<WriteJob> m_job;
    JobRunner *m_runner = nullptr;
    QDateTime m_renewedExpiry; // the server's answer, after renewing
    bool m_sending = false;
    bool m_renewed = false;
};

} // namespace cube
