#pragma once

#include "contract/apierror.h"
#include "fleet/fleetcache.h"

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
class FleetCacheKeeper;
class FleetLoader;
class FleetStore;
class SimActions;
class SimTableModel;

// The SIM cards tab: every SIM of the account, loaded page by page with progress and Cancel,
// instant search and a status filter, sorting, copy, paste-to-select, CSV export, and the
// selected SIM's detail beside the list.
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
    // Asks where to save the visible rows as CSV, and saves them.
    void chooseExportFile();
    // The visible (filtered, sorted) rows as CSV, as Export writes them.
    QByteArray csvOfVisibleRows() const;
    bool exportTo(const QString &path, QString *error) const;
    // Copies the selected rows (or the current cell alone) as tab-separated text.
    void copySelection() const;
    // Selects the SIMs whose ICCIDs are in `text` (one per line, or separated by spaces or
    // commas); returns how many were found.
    int selectIccids(const QString &text);

    SimDetailPanel *detail() const { return m_detail; }
    QStringList selectedIccids() const;

signals:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool isLoading() const;
    void retranslate();
    void fillStatusFilter();
    void updateCount();
    void showCurrentSim();
    // Clears the detail when its SIM is no longer among the rows shown.
    void forgetSimLeftOut();
    void loadFailed(const ApiError &error);
    void setUpColumns();
    void startLoading();
    // A reading of the whole list asked for (Reload, F5): says what it costs, and asks first
    // when that is more than is left of today's quota.
    void readWholeList();
    void endLoadingWithoutReading();
    void showCached(const std::optional<CachedFleet> &cached, const QString &notice);
    void updateAsOf();

    std::unique_ptr<Ui::SimListPage> m_ui;
    ActivityLog *m_activity;
    FleetStore *m_store;
    SimTableModel *m_model;
    FleetLoader *m_loader;
    FleetCacheKeeper *m_cache;
    CubeClient &m_client;
    QString m_cacheAccount;
    bool m_cacheConsulted = false;
    bool m_showingCached = false; // rows from the cache, not yet read again
    SimDetailPanel *m_detail;
    SimActions *m_actions;
    qint64 m_total = 0;
    qint64 m_loaded = 0;
    QString m_shownIccid;
};

} // namespace cube
