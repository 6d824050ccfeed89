#pragma once

#include "attention/attentioncost.h"
#include "attention/attentionresult.h"
#include "attention/attentionrules.h"
#include "attentionchanges.h"

#include <QFutureWatcher>
#include <QShortcut>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class AttentionPage;
}

namespace cube {

class Account;
class ActivityLog;
class AttentionModel;
class ExpiryCalendar;
class FleetSync;
class OrderActions;
class SimActions;
class TableCsvExport;

// The Attention tab: what needs someone in the account (AttentionRefresh's looks), with counts
// per reason beside the list, the expiry calendar (a click lists its day), and the usual
// actions on the selection through the same dialogs as elsewhere (Renew, Order plan, End
// early), the rules, the watchlist and CSV export.
//
// A look goes by the SIM list (`fleet`) and the order listing the account kept; it says its
// cost first and asks before spending more than is left of today's quota. The console looks on
// its own once the SIM list is there and then every rules.refreshMinutes; such a look never
// asks: beyond the quota it is skipped, and the tab and the status bar say so. The first look
// of an account whose orders were never listed waits for the person (the listing's length is
// known only from its first page).
class AttentionPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttentionPage)

public:
    AttentionPage(Account *account, ActivityLog *activity, FleetSync *fleet,
                  QWidget *parent = nullptr);
    ~AttentionPage() override;

    // Keeps rules edited here beyond the session (the profile's); none: for this session only.
    using RulesKeeper = std::function<void(const AttentionRules &)>;
    void setRulesKeeper(RulesKeeper keeper) { m_keepRules = std::move(keeper); }

    // Looks again (F5); `readOrders` (Shift+F5): the orders in use are read again too.
    void lookAgain(bool readOrders = false);
    void chooseExportFile();
    // Lists the items of one reason (all of them when it is switched off).
    void showReason(AttentionReason reason);

signals:
    void statusMessage(const QString &message);
    // What is listed: in all, and per reason (by AttentionReason).
    void countsChanged(int total, const QList<int> &perReason);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Asker { Nobody, Person, Console };

    void setUpLooks();
    void setUpActions();
    void look(bool readOrders, Asker asker);
    void lookOnItsOwn();
    void fleetIsThere();
    void askToLookPastQuota(const AttentionCost &cost, qint64 queriesLeft, bool readOrders);
    void looked(const AttentionResult &result, const QList<AttentionItem> &news);
    void lookFailed(const QString &problem);
    void setLooking(bool looking);
    void scheduleNextLook();
    // Lays the changes made since the look over its result (on a worker), then shows it.
    void amend();
    void showResult(std::shared_ptr<const AttentionResult> result);
    void fillReasons();
    void showDay(QDate day);
    void showAll();
    void updateCount();
    void updateLookLine();
    void updateActions();
    void editRules();
    void watchSims();
    QList<int> selectedRows() const;
    QList<AttentionItem> selectedItems() const;
    // Reads the selected orders (the look keeps codes, the dialogs want the orders as they are
    // now), then hands those still in use to `then`.
    void withSelectedOrders(const QString &action, std::function<void(QList<Order>)> then);
    void retranslate();

    std::unique_ptr<Ui::AttentionPage> m_ui;
    Account *m_account;
    FleetSync *m_fleet;
    AttentionModel *m_model;
    ExpiryCalendar *m_calendar;
    OrderActions *m_orderActions;
    SimActions *m_simActions;
    TableCsvExport *m_export = nullptr;
    QShortcut *m_leaveDay = nullptr;
    RulesKeeper m_keepRules;

    std::shared_ptr<const AttentionResult> m_looked; // as the look found it
    std::shared_ptr<const AttentionResult> m_shown;  // with the changes made since
    AttentionChanges m_changes;
    QFutureWatcher<AttentionResult> m_amending;
    QTimer m_amendSoon; // a bulk job's changes are laid over the result once they pause
    int m_newAtLastLook = 0;

    QTimer m_nextLook;
    Asker m_asking = Asker::Nobody; // who asks for the look being started (its cost is said now)
    Asker m_lookBy = Asker::Nobody; // who asked for the look under way
    bool m_lookReadsOrders = false;
    bool m_fleetThere = false;
    bool m_shownOnce = false;
    QString m_lookLine; // what the last look or skip said, for the line above the list
    bool m_readingSelection = false;
    bool m_rulesChanged = false; // since the look: the reasons switched off leave at once
    bool m_askReadsOrders = false;
    bool m_wantedByPerson = false; // the tab was opened before the SIM list was there
    std::shared_ptr<const AttentionResult> m_amendingFrom;
};

} // namespace cube
