#pragma once

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace cube {

class Account;
class ActivityLog;
class HistoryPage;
class InterruptedJobBar;
class OrdersPage;
class QuotaLabel;
class SimListPage;
class TranslationInstaller;

// The console's main window: the connection bar, a bar for a bulk job that was cut short, the
// SIM cards, Orders and History tabs (the journal of changes, and this session's actions),
// menus with the usual shortcuts, and a status bar. Without an account (not connected) the tabs
// stay empty and say so.
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
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
    HistoryPage *m_history = nullptr;
    InterruptedJobBar *m_interruptedJobs = nullptr;
    QuotaLabel *m_quota = nullptr;
    ConnectionWords m_connectionWords;
    QHash<QWidget *, QString> m_tabMessages;
    TranslationInstaller *m_translations = nullptr;
};

} // namespace cube
