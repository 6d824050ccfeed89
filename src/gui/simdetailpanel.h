#pragma once

#include "orderactions.h"
#include "orderrecords.h"
#include "simrecords.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QChartView;
class QLineSeries;

namespace Ui {
class SimDetailPanel;
}

namespace cube {

class ActivityLog;
class CubeClient;
class OrderTableModel;
class SimActions;
class ApiError;

// One SIM card in detail: real-time info, usage now and this month, what the carrier says is
// left, daily usage over the last 30 days as a chart, and the SIM's orders with the actions
// their states allow.
class SimDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimDetailPanel)

public:
    SimDetailPanel(CubeClient *client, ActivityLog *activity, QWidget *parent = nullptr);
    ~SimDetailPanel() override;

    void showSim(const QString &iccid);
    void refresh();
    QString iccid() const { return m_iccid; }
    OrderTableModel *orders() const { return m_orders; }
    OrderActions *actions() const { return m_actions; }
    SimActions *simActions() const { return m_simActions; }
    // Requests for this SIM that have not answered yet.
    int pendingRequests() const { return m_pending; }

    static constexpr int chartDays = 30;

signals:
    void orderUpdated(const cube::Order &order);

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<Order> selectedOrders() const;
    OrderActions::Buttons orderButtons() const;
    void updateActions();
    void updateSimActions();
    void clearValues();
    void showError(const QString &what, const QString &message);
    void requestDone(int generation);
    void drawChart();

    std::unique_ptr<Ui::SimDetailPanel> m_ui;
    CubeClient *m_client;
    OrderTableModel *m_orders;
    OrderActions *m_actions;
    SimActions *m_simActions;
    std::optional<SimCard> m_sim; // as last read, for the actions its state allows
    QChartView *m_chartView = nullptr;
    QLineSeries *m_series = nullptr;
    QList<double> m_dailyUsage;
    QString m_iccid;
    int m_generation = 0; // answers for an earlier SIM are dropped
    int m_pending = 0;
};

} // namespace cube
