#pragma once

#include "records/planrecord.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <memory>

class QMessageBox;

namespace Ui {
class OrderPlanDialog;
}

namespace cube {

class Account;
class ActivityLog;
struct PlanOrderRequest;

// Orders a data plan for one SIM card, or for several in batch requests of up to 100 SIM cards
// run by core's JobRunner (the vendor's batch order is all or nothing: one bad SIM fails its
// request). The plans come from the account's plan list. Ordering spends money, so nothing that
// does is chosen for the person (no plan, not paid, not enabled now), Enter sends nothing, and
// the order goes only after a confirmation that names the plan, the SIM cards, the periods and
// the amount. It is sent once; the button does not come back. Each SIM card's result (its
// order's code, or why it failed) is listed; the ordered SIM cards are read again, so every view
// shows them anew; the main window's status bar says how it went.
class OrderPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderPlanDialog)

public:
    OrderPlanDialog(Account *account, ActivityLog *activity, QStringList iccids,
                    QWidget *parent = nullptr);
    ~OrderPlanDialog() override;

    // While the order is on its way the dialog stays: closing it would lose the order codes.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // What became of one SIM card's order.
    struct SimResult
    {
        enum class Kind { Placed, Failed, Unknown };
        QString iccid;
        Kind kind = Kind::Failed;
        QString orderCode;
        QDateTime starts;
        QDateTime expires;
        QString problem; // why it failed, or why it is not known
    };

    void retranslate();
    void loadPlans();
    void showPlans();
    void planChosen();
    void showTotal();
    void updateOrderButton();
    bool plansLoaded() const { return !m_plans.isEmpty(); }
    const Plan *chosenPlan() const;
    PlanOrderRequest request() const;
    void confirm();
    void send(const PlanOrderRequest &request);
    void sendOne(const PlanOrderRequest &request);
    void sendBatches(const PlanOrderRequest &request);
    void addResult(const SimResult &result);
    QString resultWords(const SimResult &result) const;
    void finish(const QString &planName);

    std::unique_ptr<Ui::OrderPlanDialog> m_ui;
    Account *m_account;
    ActivityLog *m_activity;
    QStringList m_iccids;
    QList<Plan> m_plans;
    QList<SimResult> m_results;
    QPushButton *m_orderButton = nullptr;
    QPointer<QMessageBox> m_confirmation;
    bool m_sent = false;
    bool m_inFlight = false; // sent, and not every SIM card's result is known yet
};

} // namespace cube
