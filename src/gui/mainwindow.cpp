#include "mainwindow.h"

#include "account/account.h"
#include "activitylog.h"
#include "attentionnotifier.h"
#include "attentionpage.h"
#include "base/translationinstaller.h"
#include "base/waitwords.h"
#include "historypage.h"
#include "interruptedjobbar.h"
#include "journal/journal.h"
#include "orderspage.h"
#include "plaintext.h"
#include "quotalabel.h"
#include "simdetailpanel.h"
#include "simlistpage.h"
#include "transport/cubeclient.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStatusTipEvent>

using namespace Qt::StringLiterals;

namespace cube {

MainWindow::MainWindow(Account *account, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_activity(new ActivityLog(this))
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this); // server and journal text is never HTML
    m_quota = new QuotaLabel(this);
    statusBar()->addPermanentWidget(m_quota);
    m_activity->setObjectName(u"activityLog"_s);
    m_ui->copyAction->setShortcut(QKeySequence::Copy);
    m_ui->findAction->setShortcut(QKeySequence::Find);
    m_ui->refreshAction->setShortcut(QKeySequence::Refresh);
    m_ui->activityView->setModel(m_activity);
    m_ui->activityView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    buildPages(account);

    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refreshCurrentTab);
    connect(m_ui->findAction, &QAction::triggered, this, [this] {
        if (!m_simList)
            return;
        m_ui->tabs->setCurrentWidget(m_ui->simsTab);
        m_simList->focusSearch();
    });
    connect(m_ui->copyAction, &QAction::triggered, this, [this] {
        if (m_simList && m_ui->tabs->currentWidget() == m_ui->simsTab)
            m_simList->copySelection();
    });
    connect(m_ui->pasteIccidsAction, &QAction::triggered, this, [this] {
        if (!m_simList)
            return;
        m_ui->tabs->setCurrentWidget(m_ui->simsTab);
        m_simList->selectIccids(QApplication::clipboard()->text());
    });
    connect(m_ui->exportAction, &QAction::triggered, this, [this] {
        if (m_simList)
            m_simList->chooseExportFile();
    });
    connect(m_ui->activityView, &QAbstractItemView::doubleClicked, this,
            &MainWindow::showActivityDetails);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::showCurrentTabMessage);
    // Each language is named in itself, so a person who cannot read the current one finds theirs.
    auto *languages = new QActionGroup(this);
    languages->addAction(m_ui->englishAction);
    languages->addAction(m_ui->chineseAction);
    m_ui->englishAction->setEnabled(false);
    m_ui->chineseAction->setEnabled(false);
    connect(m_ui->englishAction, &QAction::triggered, this, [this] {
        if (m_translations)
            m_translations->choose(UiLanguage::English);
    });
    connect(m_ui->chineseAction, &QAction::triggered, this, [this] {
        if (m_translations)
            m_translations->choose(UiLanguage::SimplifiedChinese);
    });

    const QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        chooseFirstSize();
    retranslate();
}

void MainWindow::chooseFirstSize()
{
    // The first start: every column of the SIM list and the SIM detail beside it need about
    // 1600 × 1000; a smaller screen gets all of itself.
    const QScreen *shown = screen() ? screen() : QGuiApplication::primaryScreen();
    const QSize available = shown ? shown->availableSize() : QSize(1600, 1000);
    if (available.width() < 1600 || available.height() < 1000)
        setWindowState(windowState() | Qt::WindowMaximized);
    else
        resize(1560, 960);
}

void MainWindow::buildPages(Account *account)
{
    delete m_attention; // it follows the SIM list's sync: gone before it
    delete m_simList;
    delete m_orders;
    delete m_history;
    delete m_interruptedJobs;
    m_attention = nullptr;
    m_simList = nullptr;
    m_orders = nullptr;
    m_history = nullptr;
    m_interruptedJobs = nullptr;
    m_attentionTotal = -1;
    retranslateAttentionTab();
    m_ui->tabs->setEnabled(account != nullptr);
    for (QWidget *tab : {m_ui->simsTab, m_ui->ordersTab, m_ui->attentionTab, m_ui->activityTab})
        tab->installEventFilter(this); // once each: installing again moves it to the front
    m_quota->setClient(account ? &account->client() : nullptr);
    m_account = account;
    retranslate(); // the connection bar's view-only mark
    if (!account)
        return;
    // The pages keep in step through the account's one change source (ChangeWriter).
    m_simList = new SimListPage(account, m_activity, m_ui->simsTab);
    m_simList->setObjectName(u"simListPage"_s);
    m_ui->simsLayout->addWidget(m_simList);
    m_orders = new OrdersPage(account, m_activity, m_ui->ordersTab);
    m_orders->setObjectName(u"ordersPage"_s);
    m_ui->ordersLayout->addWidget(m_orders);
    // What needs someone, looked at from the SIM list (and the order listing it keeps).
    m_attention =
        new AttentionPage(account, m_activity, m_simList->fleetSync(), m_ui->attentionTab);
    m_attention->setObjectName(u"attentionPage"_s);
    m_attention->setRulesKeeper([this](const AttentionRules &rules) {
        if (m_keepAttentionRules)
            m_keepAttentionRules(rules);
    });
    m_ui->attentionLayout->addWidget(m_attention);
    // What is new at a look is said on the desktop; a click opens the tab at its reason. The
    // notifier lives with the page, so an account left behind notifies no more.
    auto *notifier = new AttentionNotifier(&account->attention(), m_attention);
    connect(notifier, &AttentionNotifier::openAttention, this,
            [this](AttentionReason reason) { showAttention(reason); });
    m_tabMessages.clear();
    statusBar()->clearMessage();
    m_history = new HistoryPage(account, m_ui->activityTab);
    m_history->setObjectName(u"historyPage"_s);
    m_ui->activityLayout->insertWidget(0, m_history, 3);
    m_interruptedJobs = new InterruptedJobBar(account, m_ui->centralWidget);
    showLabelsAsPlainText(m_interruptedJobs); // it describes jobs with the journal's text
    m_ui->centralLayout->insertWidget(1, m_interruptedJobs);
    connect(m_simList, &SimListPage::statusMessage, this,
            [this](const QString &message) { showTabMessage(m_ui->simsTab, message); });
    connect(m_orders, &OrdersPage::statusMessage, this,
            [this](const QString &message) { showTabMessage(m_ui->ordersTab, message); });
    connect(m_attention, &AttentionPage::statusMessage, this,
            [this](const QString &message) { showTabMessage(m_ui->attentionTab, message); });
    connect(m_attention, &AttentionPage::countsChanged, this, [this](int total) {
        m_attentionTotal = total;
        retranslateAttentionTab();
    });
    connect(m_history, &HistoryPage::statusMessage, this,
            [this](const QString &message) { showTabMessage(m_ui->activityTab, message); });
    // The bar above the tabs belongs to none of them.
    connect(m_interruptedJobs, &InterruptedJobBar::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_interruptedJobs, &InterruptedJobBar::statusMessage, m_history, &HistoryPage::reload);
    connect(&account->client(), &CubeClient::serverAsksToWait, this, [this](qint64 milliseconds) {
        statusBar()->showMessage(tr("The server is limiting queries: waiting %1, then going on.")
                                     .arg(WaitWords::of(std::chrono::milliseconds(milliseconds))));
    });
    // The SIM list loads as soon as there is an account: it is what people open the console for.
    QMetaObject::invokeMethod(m_simList, &SimListPage::reload, Qt::QueuedConnection);
}

void MainWindow::setTranslations(TranslationInstaller *translations)
{
    m_translations = translations;
    m_ui->englishAction->setEnabled(translations != nullptr);
    m_ui->chineseAction->setEnabled(translations != nullptr);
    retranslate();
}

void MainWindow::setAccount(Account *account, ConnectionWords describe, const QString &color)
{
    buildPages(account);
    m_ui->connectionBar->setStyleSheet(
        color.isEmpty() ? QString()
                        : u"#connectionBar { border-left: 6px solid %1; }"_s.arg(color));
    setConnectionDescription(std::move(describe));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A write's outcome, said from inside a tab (noteInStatusBar) as its answer comes, is kept
    // with that tab, also when the person has gone to another one meanwhile. An empty tip (a
    // menu item left) goes on to the window, which clears the bar as Qt does.
    if (event->type() == QEvent::StatusTip) {
        auto *tab = qobject_cast<QWidget *>(watched);
        const QString tip = static_cast<QStatusTipEvent *>(event)->tip();
        if (tab && !tip.isEmpty()) {
            showTabMessage(tab, tip);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showTabMessage(QWidget *tab, const QString &message)
{
    m_tabMessages.insert(tab, message);
    // Another tab's word waits for that tab: the bar speaks for the one in view.
    if (tab == m_ui->tabs->currentWidget())
        statusBar()->showMessage(message);
}

void MainWindow::showCurrentTabMessage()
{
    const QString message = m_tabMessages.value(m_ui->tabs->currentWidget());
    if (message.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(message);
}

MainWindow::~MainWindow() = default;

void MainWindow::setAttentionRulesKeeper(AttentionRulesKeeper keeper)
{
    m_keepAttentionRules = std::move(keeper);
}

void MainWindow::showAttention(std::optional<AttentionReason> reason)
{
    m_ui->tabs->setCurrentWidget(m_ui->attentionTab);
    if (m_attention && reason)
        m_attention->showReason(*reason);
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
}

void MainWindow::retranslateAttentionTab()
{
    // The title counts what needs someone, as the last look found it.
    const int tab = m_ui->tabs->indexOf(m_ui->attentionTab);
    m_ui->tabs->setTabText(tab,
                           m_attentionTotal < 0
                               ? tr("Attent&ion")
                               : tr("Attent&ion (%1)").arg(QLocale().toString(m_attentionTotal)));
}

void MainWindow::clearFleetCache()
{
    if (m_simList)
        m_simList->clearCache();
}

void MainWindow::setConnectionDescription(ConnectionWords describe)
{
    m_connectionWords = std::move(describe);
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Installing another language's translators sends LanguageChange to every widget.
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_activity->retranslate();
        retranslate();
        // A message said in the other language is not said again: the next one is in this.
        m_tabMessages.clear();
        statusBar()->clearMessage();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(u"window/geometry"_s, saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    if (m_translations) {
        const bool chinese = m_translations->language() == UiLanguage::SimplifiedChinese;
        m_ui->chineseAction->setChecked(chinese);
        m_ui->englishAction->setChecked(!chinese);
    }
    // The status bar says nothing of its own ("Ready" would stand beside a list still
    // loading): it shows what the current tab last said.
    const QString description = m_connectionWords ? m_connectionWords() : QString();
    m_ui->connectionLabel->setText(description.isEmpty() ? tr("Not connected") : description);
    const QString viewOnly = m_account ? m_account->writesRefused() : QString();
    m_ui->viewOnlyLabel->setVisible(!viewOnly.isEmpty());
    m_ui->viewOnlyLabel->setToolTip(viewOnly);
    retranslateTeamStore();
    retranslateAttentionTab();
}

void MainWindow::retranslateTeamStore()
{
    const Journal *journal = m_account ? m_account->journal() : nullptr;
    const bool team = journal && journal->teamStore().isSet();
    m_ui->teamStoreLabel->setVisible(team);
    if (!team)
        return;
    // Where the team's journal is, short: the server and the database; the tooltip says all.
    const QUrl store = journal->teamStore().parsed();
    const QString where = store.host() + store.path();
    m_ui->teamStoreLabel->setText(journal->isOpen()
                                      ? tr("Team store: %1").arg(where)
                                      : tr("Team store: %1 (cannot be reached)").arg(where));
    m_ui->teamStoreLabel->setToolTip(
        journal->isOpen()
            ? tr("The journal of changes is kept in the team store %1, shared by the team's "
                 "desks.")
                  .arg(journal->path())
            : tr("The team store %1 cannot be reached (%2): no change is sent until it can.")
                  .arg(journal->path(), journal->problem()));
}

void MainWindow::refreshCurrentTab()
{
    if (m_simList && m_ui->tabs->currentWidget() == m_ui->simsTab) {
        if (m_simList->detail()->iccid().isEmpty())
            m_simList->reload();
        else
            m_simList->detail()->refresh();
    } else if (m_orders && m_ui->tabs->currentWidget() == m_ui->ordersTab) {
        m_orders->search();
    } else if (m_attention && m_ui->tabs->currentWidget() == m_ui->attentionTab) {
        m_attention->lookAgain();
    }
}

void MainWindow::showActivityDetails(const QModelIndex &index)
{
    const ActivityLog::Entry &entry = m_activity->entryAt(index.row());
    auto *box = new QMessageBox(entry.succeeded ? QMessageBox::Information : QMessageBox::Warning,
                                entry.action, tr("%1 — %2").arg(entry.action, entry.target),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(entry.details.isEmpty() ? entry.result : entry.details);
    showAsPlainText(box); // what the server answered, as it wrote it
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Cube Console"),
                       tr("<p><b>Cube Console %1</b></p>"
                          "<p>Finds the SIM cards of a Linksfield Cube account, shows their "
                          "state, usage and data-plan orders, and acts on those orders.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace cube
