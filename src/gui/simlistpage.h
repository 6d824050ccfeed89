#pragma once

#include "contract/apierror.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SimListPage;
}

namespace cube {

class Account;
class ActivityLog;
class CubeClient;
class SimDetailPanel;
class FleetStore;
class FleetSync;
class SimActions;
class SimNotes;
class SimTableModel;
class TableCsvExport;
class Watchlist;
struct FleetReadCost;

// The SIM cards tab: every SIM of the account, loaded page by page with progress and Cancel,
// instant search and a status filter, sorting, copy, paste-to-select, CSV export, watching the
// selected SIMs, and the selected SIM's detail beside the list.
class SimListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimListPage)

public:
    SimListPage(Account *account, ActivityLog *activity, QWidget *parent = nullptr);
    ~SimListPage() override;

    // Reads the list again; the first time, the cached list is shown while it is read.
    void reload();
    void clearCache();
    void focusSearch();
    // Asks where to save the visible rows and columns as CSV, and saves them.
    void chooseExportFile();
    // Copies the selected rows (or the current cell alone) as tab-separated text.
    void copySelection() const;
    // Selects the SIMs whose ICCIDs are in `text` (one per line, or separated by spaces or
    // commas); returns how many were found.
    int selectIccids(const QString &text);

    SimDetailPanel *detail() const { return m_detail; }
    // The SIM list as it is kept in step with the server: what the Attention tab looks at.
    FleetSync *fleetSync() const { return m_sync; }

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QStringList selectedIccids() const;
    // Watch or Stop watching for the selected SIMs: from the list's context menu and Ctrl+D.
    void setUpWatching();
    // Watches the selected SIMs, or stops watching them when every one of them is watched.
    void toggleWatched();
    bool allWatched(const QStringList &iccids) const;
    bool isLoading() const;
    void retranslate();
    void fillStatusFilter();
    void updateCount();
    void showCurrentSim();
    // Clears the detail when its SIM is no longer among the rows shown.
    void forgetSimLeftOut();
    void loadFailed(const ApiError &error);
    void setUpColumns();
    // The visible rows as a CSV file (Export, Ctrl+E), and what the person is told of it.
    void setUpExport();
    // Follows the sync of the list: progress, the end of a reading, its messages.
    void followSync();
    // Reading more than is left of today's quota: asks first, and reads after a Yes.
    void askToReadPastQuota(const FleetReadCost &cost, qint64 queriesLeft);
    void showLoading();
    void endLoading();
    void updateAsOf();

    std::unique_ptr<Ui::SimListPage> m_ui;
    ActivityLog *m_activity;
    CubeClient &m_client;
    FleetSync *m_sync;
    FleetStore *m_store; // the sync's
    SimTableModel *m_model;
    TableCsvExport *m_export = nullptr;
    SimDetailPanel *m_detail;
    SimActions *m_actions;
    Watchlist &m_watchlist; // the account's
    SimNotes &m_notes;      // the account's
    QAction *m_watchAction = nullptr;
    QString m_shownIccid;
};

} // namespace cube
