#pragma once

#include "records/orderrecords.h"
#include "writes/writeoutcome.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class EndOrderEarlyDialog;
}

namespace cube {

class Account;
class ActivityLog;
class JobRunner;
class WriteJob;
class WriteOutcome;

// Ends one order early, or several with one reason. It shows what will end, requires a reason
// and an explicit confirmation, and sends each order once: the button that sends is disabled
// from the click on and never enabled again. Several orders go one after another (core's
// JobRunner), with progress and a result per order; Stop sends no further ones. A lost answer
// is settled by the account's ChangeWriter and shown as the server then says.
class EndOrderEarlyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndOrderEarlyDialog)

public:
    EndOrderEarlyDialog(Account *account, ActivityLog *activity, QList<Order> orders,
                        QWidget *parent = nullptr);
    ~EndOrderEarlyDialog() override;

    // Shown for a single order, when the caller knows it (from the usage query).
    void setRemainingData(const QString &remaining);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    // Before the job: the question. After it: what happened, and only what is left to end.
    void showTitleAndEndButton();
    // Orders this dialog did not send (Stop came first) that could still be ended, as last
    // known. One it sent and the server refused is not offered: its row says why.
    int ordersLeftToEnd() const;
    void fillReasons();
    // Says so when the orders need more queries than are left of today's quota.
    void warnOfTheQuota();
    void updateEndButton();
    // The one order's status and period, as last known (a single order only).
    void showOrderState();
    void showNewState(const Order &order);
    void startEnding();
    void sendOne(qsizetype index, const std::function<void(Settlement)> &settled);
    void finishOrder(qsizetype index, const WriteOutcome &outcome);
    void finishAll();
    QString reason() const;
    // What is wrong with the reason typed (core's rule), or empty; empty too while none is.
    QString reasonProblem() const;
    std::optional<int> deviceType() const;
    void setRowResult(int row, const QString &text, bool succeeded);

    std::unique_ptr<Ui::EndOrderEarlyDialog> m_ui;
    Account *m_account;
    ActivityLog *m_activity;
    QList<Order> m_orders;
    QList<bool> m_sent; // by this dialog, order by order
    QList<bool> m_ended;
    QPushButton *m_endButton = nullptr;
    JobRunner *m_runner = nullptr;
    std::unique_ptr<WriteJob> m_job;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace cube
