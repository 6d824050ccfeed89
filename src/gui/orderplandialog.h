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

class ActivityLog;
class CubeClient;

// Orders a data plan for one SIM card or for several in one request (the vendor's batch order
// is all or nothing: one bad SIM fails it). The plans come from the account's plan list. The
// order is sent once; the button does not come back.
class OrderPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderPlanDialog)

public:
    OrderPlanDialog(CubeClient *client, ActivityLog *activity, QStringList iccids,
                    QWidget *parent = nullptr);
    ~OrderPlanDialog() override;

    bool plansLoaded() const { return !m_plans.isEmpty(); }
    bool isFinished() const { return m_finished; }

signals:
    void ordersPlaced(const QStringList &iccids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadPlans();
    void updateOrderButton();
    void send();
    void finish(bool succeeded, const QString &result);

    std::unique_ptr<Ui::OrderPlanDialog> m_ui;
    CubeClient *m_client;
    ActivityLog *m_activity;
    QStringList m_iccids;
    QList<Plan> m_plans;
    QPushButton *m_orderButton = nullptr;
    bool m_sent = false;
    bool m_finished = false;
};

} // namespace cube
