#pragma once

#include "records/orderrecords.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class RenewOrderDialog;
}

namespace cube {

class Account;
class ActivityLog;
class WriteOutcome;

// Renews an order in use by a number of periods. Before anything is sent it shows what renewing
// means for this order: how long one period of its plan lasts (read from the account's plan
// list), when the order expires now and when it would expire after; afterwards, the expiry the
// server answered. Renewing costs money, so Enter sends nothing: Renew is a deliberate click. It
// is sent once through the account's ChangeWriter (a lost answer is settled by a re-read); only
// a refusal gives the button back. The main window's status bar and the session log say how it
// went.
class RenewOrderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenewOrderDialog)

public:
    RenewOrderDialog(Account *account, ActivityLog *activity, Order order,
                     QWidget *parent = nullptr);
    ~RenewOrderDialog() override;

    // While the renewal is on its way the dialog stays, so that its outcome is seen.
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

    std::unique_ptr<Ui::RenewOrderDialog> m_ui;
    Account *m_account;
    ActivityLog *m_activity;
    Order m_order;
    QPushButton *m_renewButton = nullptr;
    bool m_planRead = false;
    std::optional<int> m_planType; // the order's plan's package_type, once read
    QString m_planProblem;         // why the plan's period is not known
    QDateTime m_renewedExpiry;     // the server's answer, after renewing
    bool m_sending = false;
    bool m_renewed = false;
};

} // namespace cube
