#pragma once

#include "orderactions.h"
#include "records/orderrecords.h"
#include "records/simrecords.h"

#include <QDate>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QChartView;
class QLineSeries;

namespace Ui {
class SimDetailPanel;
}

namespace cube {

class Account;
class ActivityLog;
class OrderTableModel;
class SimActions;
class SimNoteEditor;

// One SIM card in detail: real-time info, usage now and this month, what the carrier says is
// left, daily usage over the last 30 days as a chart with the forecast of when the plan's data
// runs out at the last days' rate, the SIM's orders with the actions their states allow,
// whether the SIM is watched, and the note and tags kept on it.
class SimDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimDetailPanel)

public:
    SimDetailPanel(Account *account, ActivityLog *activity, QWidget *parent = nullptr);
    ~SimDetailPanel() override;

    void showSim(const QString &iccid);
    void refresh();
    QString iccid() const { return m_iccid; }

    static constexpr int chartDays = 30;
    static constexpr int timelineLength = 50; // the newest changes the timeline shows

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The detail scrolls up and down, never sideways: as wide as its contents need.
    void keepContentsWidth();
    QList<Order> selectedOrders() const;
    OrderActions::Buttons orderButtons() const;
    void updateActions();
    void updateSimActions();
    void clearValues();
    void showSimCard(const SimCard &sim);
    void showError(const QString &what, const QString &message);
    // The SIM's ICCID (a record's text) is no ICCID: each of `reads` says it sent nothing, and
    // why, as it would have had it been asked.
    void showRefused(const QStringList &reads, const QString &problem);
    void requestDone(int generation);
    // Reads the data used and left of the SIM's order in use and what its carrier says is left;
    // `answered` runs after each of the two answers that is still for the SIM shown.
    void readUsage(const std::function<void()> &answered);
    // A change to the SIM shown or one of its orders was announced; they come in bursts (every
    // order of the SIM is announced after a write), so they are shown once the burst is over.
    void followChange(bool usageChanged);
    void showChanges();
    void drawChart();
    // The chart's days a burn rate is the average of (the last complete ones, never today's
    // part), or none when one of them could not be read.
    QList<double> rateDays() const;
    // When the plan's data runs out at the rate of rateDays(), under the chart, or why that
    // cannot be said.
    void showForecast();
    QString forecastWords() const;
    void showWatched();
    void setWatched(bool watched);
    // This SIM's changes from the journal of changes (its own and its orders').
    void showTimeline();

    std::unique_ptr<Ui::SimDetailPanel> m_ui;
    Account *m_account;
    OrderTableModel *m_orders;
    OrderActions *m_actions;
    SimActions *m_simActions;
    SimNoteEditor *m_noteEditor;
    std::optional<SimCard> m_sim; // as last read, for the actions its state allows
    QChartView *m_chartView = nullptr;
    QLineSeries *m_series = nullptr;
    QLineSeries *m_rateSeries = nullptr; // dashed, at the burn rate over the days it is of
    QList<double> m_dailyUsage;
    QList<bool> m_dayRead;          // which of m_dailyUsage the server answered
    std::optional<double> m_leftMb; // the high-speed data left, as last read
    bool m_ordersRead = false;
    QDate m_chartLastDay; // the server's day the chart ends on (its days are the server's)
    QString m_iccid;
    int m_generation = 0; // answers for an earlier SIM are dropped
    int m_pending = 0;
    QTimer m_changeTimer;
    QTimer m_timelineTimer;      // the journal's changes, read once a burst is over
    bool m_usageChanged = false; // a change to follow may have changed the data used or left
};

} // namespace cube
