#pragma once

#include "contract/requests.h"
#include "orderactions.h"
#include "records/orderrecords.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class OrdersPage;
}

namespace cube {

class Account;
class ActivityLog;
class ApiCall;
class OrderTableModel;
class SimActions;

// The Orders tab: the account's orders, filtered by status, ICCID and order code, a page at a
// time, with the actions the selected orders' states allow (several in-use orders can be
// ended early together). It behaves as the SIM tab does: a list filter applies as soon as it is
// chosen, a search field hands the keyboard to the results (Down, or Enter once they have come),
// and a filter that cannot match (a partial ICCID) is said beside the filters, sending nothing.
class OrdersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersPage)

public:
    OrdersPage(Account *account, ActivityLog *activity, QWidget *parent = nullptr);
    ~OrdersPage() override;

    // Reads the first page of the orders the filters describe; a filter that cannot match is
    // said beside the filters instead, and no rows are left under it.
    void search();
    void showPage(int pageNo);

    static constexpr int pageSize = 100;

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    // Enter in the status or type list searches, as it does in the text fields; Down in a
    // text field goes to the results.
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The first page shows when the tab is first opened, without pressing Search.
    void showEvent(QShowEvent *event) override;

private:
    void fillStatusFilter();
    // Why the filters cannot match anything (a partial ICCID), or nothing.
    QString filterProblem() const;
    void showFilterProblem(const QString &problem);
    void searchFromField();
    void focusResults();
    QList<Order> selectedOrders() const;
    OrderActions::Buttons orderButtons() const;
    void updateActions();
    void updatePaging();

    std::unique_ptr<Ui::OrdersPage> m_ui;
    Account *m_account;
    OrderTableModel *m_model;
    OrderActions *m_actions;
    SimActions *m_simActions;
    OrderQuery m_query;
    PageInfo m_page;
    QPointer<ApiCall> m_call;
    QTimer m_filterPause; // a filter changed: the search waits for the last step
    int m_generation = 0; // answers to a superseded search are dropped
    bool m_loading = false;
    bool m_shownOnce = false;
    bool m_focusResultsWhenLoaded = false; // Enter in a search field: then to the results
};

} // namespace cube
