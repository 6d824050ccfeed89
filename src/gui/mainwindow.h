#pragma once

#include "attention/attentionreason.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

namespace cube {

class Account;
class ActivityLog;
class AttentionPage;
struct AttentionRules;
class HistoryPage;
class InterruptedJobBar;
class OrdersPage;
class QuotaLabel;
class SimListPage;
class TranslationInstaller;

// The console's main window: the connection bar, a bar for a bulk job that was cut short, the
// SIM cards, Orders, Attention (its title counts what needs someone) and History tabs (the
// journal of changes, and this session's actions), menus with the usual shortcuts, and a status
// bar. Without an account (not connected) the tabs stay empty and say so.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Account *account = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Says where the console is connected, in the UI's language: asked again after every
    // language switch, so the connection line never stays in the language it was first
    // written in. An empty function: not connected.
    using ConnectionWords = std::function<QString()>;
    void setConnectionDescription(ConnectionWords describe);
    // Works with another account from now on (nullptr: none): the tabs are built anew for
    // `account` and the SIM list loads. `color` marks the connection bar (production red).
    void setAccount(Account *account, ConnectionWords describe, const QString &color = {});

    // Lets View > English / 简体中文 switch the language at once (and remember it).
    void setTranslations(TranslationInstaller *translations);
    // Forgets every account's cached SIM list (the list shown stays).
    void clearFleetCache();
    // Where rules edited in the Attention tab are kept besides the account's looks (the
    // profile); none (the demo): for this session only.
    using AttentionRulesKeeper = std::function<void(const AttentionRules &)>;
    void setAttentionRulesKeeper(AttentionRulesKeeper keeper);

public slots:
    // Brings the window forward with the Attention tab (a notification's click), showing the
    // items of `reason` when one is given.
    void showAttention(std::optional<cube::AttentionReason> reason = std::nullopt);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void retranslateAttentionTab();
    // The connection bar's word on the account's team store, hidden without one.
    void retranslateTeamStore();
    void showAbout();
    void refreshCurrentTab();
    void showActivityDetails(const QModelIndex &index);
    void buildPages(Account *account);
    // A page's message is shown at once and kept for its tab: a tab change shows that tab's
    // own last message, never another tab's.
    void showTabMessage(QWidget *tab, const QString &message);
    void showCurrentTabMessage();
    // The size of a first start, when no window state was remembered.
    void chooseFirstSize();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ActivityLog *m_activity;
    SimListPage *m_simList = nullptr;
    OrdersPage *m_orders = nullptr;
    AttentionPage *m_attention = nullptr;
    int m_attentionTotal = -1; // what the tab's title counts; -1: no look yet
    AttentionRulesKeeper m_keepAttentionRules;
    HistoryPage *m_history = nullptr;
    InterruptedJobBar *m_interruptedJobs = nullptr;
    QuotaLabel *m_quota = nullptr;
    ConnectionWords m_connectionWords;
    QPointer<Account> m_account; // the pages' account, if any
    QHash<QWidget *, QString> m_tabMessages;
    TranslationInstaller *m_translations = nullptr;
};

} // namespace cube
