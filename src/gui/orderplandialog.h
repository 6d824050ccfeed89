#pragma once

#include "planrecord.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

namespace Ui {
class OrderPlanDialog;
}

namespace cube {

class Account;
class ActivityLog;
struct PlanOrderRequest;

// Orders a data plan for one SIM card, or for several in batch requests of up to 100 SIM cards
// run by core's BulkRunner (the vendor's batch order is all or nothing: one bad SIM fails its
// request). The plans come from the account's plan list. The order is sent once; the button
// does not come back. The ordered SIM cards are read again, and every view shows them anew.
class OrderPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderPlanDialog)

public:
    OrderPlanDialog(Account *account, ActivityLog *activity, QStringList iccids,
                    QWidget *parent = nullptr);
    ~OrderPlanDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadPlans();
    void updateOrderButton();
    bool plansLoaded() const { return !m_plans.isEmpty(); }
    void send();
    void sendOne(const PlanOrderRequest &request);
    void sendBatches(const PlanOrderRequest &request);
    void finish(bool succeeded, const QString &result, const QStringList &ordered);

    std::unique_ptr<Ui::OrderPlanDialog> m_ui;
    Account *m_account;
    ActivityLog *m_activity;
    QStringList m_iccids;
    QList<Plan> m_plans;
    QPushButton *m_orderButton = nullptr;
    bool m_sent = false;
};

} // namespace cube
