#include "simlistpage.h"

#include "account/account.h"
#include "activitylog.h"
#include "attention/watchlist.h"
#include "base/displaytime.h"
#include "base/waitwords.h"
#include "contract/vocabulary.h"
#include "fleet/fleetreadcost.h"
#include "fleet/fleetstore.h"
#include "fleet/fleetsync.h"
#include "notes/simnotes.h"
#include "notify.h"
#include "plaintext.h"
#include "searchfieldhandoff.h"
#include "simactions.h"
#include "simdetailpanel.h"
#include "simselectionkeeper.h"
#include "simtablemodel.h"
#include "tablecolumnsizer.h"
#include "tablecsvexport.h"
#include "transport/cubeclient.h"
#include "ui_simlistpage.h"
#include "viewonlylock.h"
#include "writes/changewriter.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelection>
#include <QKeySequence>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cube {

SimListPage::SimListPage(Account *account, ActivityLog *activity, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SimListPage>())
    , m_activity(activity)
    , m_client(account->client())
    , m_sync(new FleetSync(&account->client(), FleetCache::defaultPath(), this))
    , m_store(m_sync->store())
    , m_model(new SimTableModel(m_store, account->client().settings().serverTimeZone, this))
    , m_watchlist(account->watchlist())
    , m_notes(account->notes())
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this); // server and journal text is never HTML
    ViewOnlyLock::hold(account, {m_ui->orderPlanButton});
    m_detail = new SimDetailPanel(account, activity, m_ui->detailHolder);
    m_detail->setObjectName(u"simDetail"_s);
    m_actions = new SimActions(account, activity, this);
    m_ui->detailLayout->addWidget(m_detail);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    // The list gets three fifths of the width at first (the detail panel's size hint would
    // take most of it), then whatever the person last chose.
    m_ui->splitter->setSizes({3000, 2000});
    m_ui->splitter->restoreState(QSettings().value(u"simList/splitter"_s).toByteArray());

    m_model->setCollatorLocale(QLocale());
    m_ui->simView->setModel(m_model);
    new SimSelectionKeeper(m_ui->simView, m_model);
    // After the keeper has put the current SIM back where it went, if it is still shown.
    connect(m_model, &SimTableModel::rowsMoved, this, &SimListPage::forgetSimLeftOut);
    // The keyboard's way through the main task: search, Down or Enter to the results, Tab on
    // to the SIM's detail (its orders and their actions), not round the list's cells.
    new SearchFieldHandOff(m_ui->searchEdit, m_ui->simView);
    m_ui->simView->setTabKeyNavigation(false);
    // A million rows: every row is as high as the first, so the view never measures them.
    m_ui->simView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->simView->horizontalHeader()->setSectionsMovable(true);
    m_ui->simView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->simView->verticalHeader()->setDefaultSectionSize(m_ui->simView->fontMetrics().height()
                                                           + 8);
    m_ui->loadProgress->setVisible(false);
    m_ui->cancelLoadButton->setVisible(false);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearchText(text);
        updateCount();
    });
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant status = m_ui->statusCombo->currentData();
        m_model->setLifeCycleFilter(status.isValid() ? std::optional(status.toInt())
                                                     : std::nullopt);
        updateCount();
    });
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &SimListPage::reload);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &SimListPage::chooseExportFile);
    connect(m_ui->cancelLoadButton, &QPushButton::clicked, m_sync, &FleetSync::cancel);
    connect(m_ui->simView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SimListPage::showCurrentSim);
    connect(m_ui->simView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool selected = m_ui->simView->selectionModel()->hasSelection();
        m_ui->orderPlanButton->setEnabled(selected);
        m_watchAction->setEnabled(selected);
    });
    m_ui->orderPlanButton->setEnabled(false);
    connect(m_ui->orderPlanButton, &QPushButton::clicked, this,
            [this] { m_actions->orderPlan(selectedIccids()); });
    // A SIM changed anywhere (an order ended on the Orders tab, say) shows its new row here.
    connect(&account->writer(), &ChangeWriter::simChanged, m_store, &FleetStore::updateSim);
    m_ui->busyLabel->setVisible(false);
    connect(m_model, &SimTableModel::busyChanged, this, [this](bool busy) {
        m_ui->busyLabel->setVisible(busy);
        if (!busy)
            updateCount();
    });
    // The count always describes the rows shown: it follows every change of them.
    for (auto rowsChanged : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, rowsChanged, this, &SimListPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SimListPage::updateCount);

    followSync();
    setUpWatching();
    setUpColumns();
    setUpExport();
    fillStatusFilter();
    retranslate();
}

SimListPage::~SimListPage()
{
    // The column layout (order, widths, hidden ones) is remembered between sessions.
    QSettings().setValue(u"simList/header"_s, m_ui->simView->horizontalHeader()->saveState());
    QSettings().setValue(u"simList/splitter"_s, m_ui->splitter->saveState());
}

void SimListPage::setUpColumns()
{
    QHeaderView *header = m_ui->simView->horizontalHeader();
    header->restoreState(QSettings().value(u"simList/header"_s).toByteArray());
    // Widths follow the contents (a cached list on start included), or the person's hand.
    new TableColumnSizer(m_ui->simView, u"simList"_s);
    // Right-click on the header chooses the columns shown; ICCID always stays.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &at) {
        QMenu menu(this);
        for (int column = SimTableModel::Imsi; column < SimTableModel::ColumnCount; ++column) {
            QAction *action =
                menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            connect(action, &QAction::toggled, header,
                    [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        }
        menu.exec(header->mapToGlobal(at));
    });
}

QStringList SimListPage::selectedIccids() const
{
    // From the ranges, not selectedRows(): that one is quadratic in the ranges, and a pasted
    // list of 10,000 ICCIDs is 10,000 ranges.
    QStringList iccids;
    const QItemSelection ranges = m_ui->simView->selectionModel()->selection();
    for (const QItemSelectionRange &range : ranges)
        for (int row = range.top(); row <= range.bottom(); ++row)
            iccids.append(m_model->iccidAt(row));
    return iccids;
}

void SimListPage::setUpWatching()
{
    m_model->setWatchlist(&m_watchlist);
    // The Note column and the search over notes; notes saved in the detail show at once. Read
    // on a worker: the list shows them, and searches them again, when they are all there.
    connect(&m_notes, &SimNotes::changed, this, [this](const QString &iccid) {
        // All of them read: a damaged file was set aside then, and the person is told where.
        if (iccid.isEmpty() && !m_notes.notice().isEmpty())
            emit statusMessage(m_notes.notice());
    });
    m_notes.readInBackground();
    m_model->setNotes(&m_notes);
    m_watchAction = new QAction(this);
    m_watchAction->setObjectName(u"watchAction"_s);
    m_watchAction->setText(tr("&Watch"));
    // Ctrl+D: a bookmark in the browsers; no other key of the console's.
    m_watchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_watchAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_watchAction->setEnabled(false);
    m_ui->simView->addAction(m_watchAction);
    connect(m_watchAction, &QAction::triggered, this, &SimListPage::toggleWatched);
    m_ui->simView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->simView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        // The menu says what the click will do to these SIMs; asked only when it opens, as
        // a selection may hold thousands.
        const QStringList iccids = selectedIccids();
        if (iccids.isEmpty())
            return;
        m_watchAction->setText(allWatched(iccids) ? tr("Stop &watching") : tr("&Watch"));
        m_watchAction->setToolTip(
            tr("Watched SIMs are read in full (usage and days) at each look on the Attention "
               "tab"));
        QMenu menu(this);
        menu.setToolTipsVisible(true);
        menu.addAction(m_watchAction);
        menu.exec(m_ui->simView->viewport()->mapToGlobal(at));
    });
    // Watched from the detail: said in the status bar as from the list.
    connect(m_detail, &SimDetailPanel::statusMessage, this, &SimListPage::statusMessage);
}

bool SimListPage::allWatched(const QStringList &iccids) const
{
    return std::all_of(iccids.cbegin(), iccids.cend(),
                       [this](const QString &iccid) { return m_watchlist.isWatched(iccid); });
}

void SimListPage::toggleWatched()
{
    const QStringList iccids = selectedIccids();
    if (iccids.isEmpty())
        return;
    const bool watch = !allWatched(iccids);
    const QString problem = watch ? m_watchlist.watch(iccids) : m_watchlist.unwatch(iccids);
    const int count = int(iccids.size());
    if (!problem.isEmpty())
        emit statusMessage(tr("The watchlist could not be saved: %1").arg(problem));
    else if (watch)
        emit statusMessage(tr("%Ln SIM card(s) watched: read in full at each look on the "
                              "Attention tab.",
                              nullptr, count));
    else
        emit statusMessage(tr("%Ln SIM card(s) no longer watched.", nullptr, count));
}

void SimListPage::followSync()
{
    connect(m_sync, &FleetSync::cacheNotice, this, &SimListPage::statusMessage);
    connect(m_sync, &FleetSync::cachedListShown, this, &SimListPage::updateCount);
    connect(m_sync, &FleetSync::cachedListKept, this, [this] {
        // The SIM shown in the detail is read fresh all the same.
        endLoading();
        emit statusMessage(tr("The SIM list is the cached one; Reload (F5) reads it again."));
    });
    connect(m_sync, &FleetSync::readingCost, this, [this](const FleetReadCost &cost) {
        emit statusMessage(cost.describe(m_client.settings()));
    });
    connect(m_sync, &FleetSync::consentNeeded, this, &SimListPage::askToReadPastQuota);
    connect(m_sync, &FleetSync::readingStarted, this, &SimListPage::updateCount);
    connect(m_sync, &FleetSync::progress, this, [this](qint64 loaded, qint64 total) {
        m_ui->loadProgress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_ui->loadProgress->setValue(int(qMin<qint64>(loaded, INT_MAX)));
        updateCount();
    });
    connect(m_sync, &FleetSync::loaded, this, &SimListPage::endLoading);
    connect(m_sync, &FleetSync::cancelled, this, [this] {
        endLoading();
        emit statusMessage(
            tr("Loading cancelled: %Ln SIM card(s) shown.", nullptr, int(m_store->size())));
    });
    connect(m_sync, &FleetSync::failed, this, [this](const ApiError &error) {
        endLoading();
        loadFailed(error);
    });
    connect(m_sync, &FleetSync::cacheSaved, this, [this](const QString &problem) {
        if (!problem.isEmpty())
            emit statusMessage(
                tr("The SIM list could not be kept for the next start: %1").arg(problem));
    });
    connect(m_sync, &FleetSync::cacheCleared, this, [this](const QString &problem) {
        emit statusMessage(problem.isEmpty()
                               ? tr("The SIM list cache was cleared.")
                               : tr("The SIM list cache could not be cleared: %1").arg(problem));
    });
}

bool SimListPage::isLoading() const
{
    return m_sync->isReading();
}

void SimListPage::reload()
{
    if (m_sync->isReading())
        return;
    showLoading();
    // The first time: the list of the last start, at once, then the server's if the cached one
    // is older than the profile says it stays fresh. Later: the server's, saying what it costs.
    m_sync->sync();
}

void SimListPage::showLoading()
{
    m_ui->reloadButton->setEnabled(false);
    m_ui->loadProgress->setRange(0, 0); // busy until the first page tells the total
    m_ui->loadProgress->setVisible(true);
    m_ui->cancelLoadButton->setVisible(true);
}

void SimListPage::endLoading()
{
    m_ui->loadProgress->setVisible(false);
    m_ui->cancelLoadButton->setVisible(false);
    m_ui->reloadButton->setEnabled(true);
    updateCount();
}

void SimListPage::askToReadPastQuota(const FleetReadCost &cost, qint64 queriesLeft)
{
    endLoading();
    const ConnectionSettings &settings = m_client.settings();
    const QLocale locale;
    askToConfirm(this, this, tr("Read the whole SIM list?"),
                 cost.describe(settings) + u"\n\n"_s
                     + tr("Only %1 of today's %2 queries are left; beyond them the gateway "
                          "refuses every query from this IP address, also your colleagues'. "
                          "Read it anyway?")
                           .arg(locale.toString(qMax<qint64>(0, queriesLeft)),
                                locale.toString(settings.limits.dailyQuota)),
                 [this] {
                     showLoading();
                     m_sync->startReading();
                 });
}

void SimListPage::clearCache()
{
    m_sync->clearCache();
}

void SimListPage::updateAsOf()
{
    // Rows from the cache are marked with their age until the server's list replaces them.
    const bool showingCached = m_sync->showsCachedList();
    m_ui->asOfLabel->setVisible(showingCached);
    if (!showingCached)
        return;
    const QString asOf = displaytime::dateTime(m_store->asOf().toLocalTime());
    m_ui->asOfLabel->setText(isLoading()
                                 ? tr("Cached list as of %1; refreshing…").arg(asOf)
                                 : tr("Cached list as of %1 (Reload reads it again)").arg(asOf));
}

void SimListPage::focusSearch()
{
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

void SimListPage::loadFailed(const ApiError &error)
{
    const QString message = error.message();
    emit statusMessage(message);
    if (m_activity)
        m_activity->record(tr("Load SIM cards"), tr("account"), false, message, message);
    showWarning(this, tr("Could not load the SIM cards"), message);
}

void SimListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillStatusFilter();
        retranslate();
        m_model->retranslate();
        m_model->setCollatorLocale(QLocale());
    }
    QWidget::changeEvent(event);
}

void SimListPage::fillStatusFilter()
{
    const QVariant chosen = m_ui->statusCombo->currentData();
    const QSignalBlocker blocker(m_ui->statusCombo);
    m_ui->statusCombo->clear();
    m_ui->statusCombo->addItem(tr("All statuses"));
    for (int lifeCycle : vocabulary::lifeCycles().numbers())
        m_ui->statusCombo->addItem(vocabulary::lifeCycles().words(lifeCycle), lifeCycle);
    m_ui->statusCombo->setCurrentIndex(qMax(0, m_ui->statusCombo->findData(chosen)));
}

void SimListPage::retranslate()
{
    updateCount();
}

void SimListPage::updateCount()
{
    updateAsOf();
    // Counted over the rows shown and the fleet they were chosen from, never over the store
    // (which runs ahead of a query still on the worker): the first number is always the number
    // of rows on the screen, the one quoted to a customer.
    const int shown = m_model->rowCount();
    const int fleet = int(m_model->fleetSize());
    const QLocale locale;
    QString count =
        shown == fleet
            ? tr("%Ln SIM card(s)", nullptr, fleet)
            : tr("Matching: %1 of %Ln SIM card(s)", nullptr, fleet).arg(locale.toString(shown));
    if (isLoading() && !m_sync->showsCachedList()) {
        const qint64 loaded = m_sync->loadedCount();
        const qint64 total = m_sync->totalCount();
        const auto left = FleetReadCost::timeLeft(loaded, total, m_client.settings());
        // The time left at the gateway's rate, once it is worth saying.
        const QString timeLeft = left >= std::chrono::seconds(5)
                                     ? tr(" (about %1 left)").arg(WaitWords::of(left))
                                     : QString();
        count = shown == fleet ? tr("Loading… %1 of %2 SIM cards")
                                     .arg(locale.toString(shown), locale.toString(total))
                               : tr("%1; loading %2 of %3")
                                     .arg(count, locale.toString(loaded), locale.toString(total));
        count += timeLeft;
    }
    m_ui->countLabel->setText(count);
}

void SimListPage::forgetSimLeftOut()
{
    // Busy: the rows shown wait for a query; the SIM may well be among its answer.
    if (m_shownIccid.isEmpty() || m_model->isBusy() || m_model->positionOfIccid(m_shownIccid) >= 0)
        return;
    // The detail beside a list that no longer holds its SIM invites acting on the wrong one.
    m_shownIccid.clear();
    m_detail->showSim({});
}

void SimListPage::showCurrentSim()
{
    const QModelIndex current = m_ui->simView->currentIndex();
    if (!current.isValid())
        return;
    const QString iccid = m_model->iccidAt(current.row());
    // The same SIM at another place (a new search or sort kept it current): nothing to read.
    if (iccid == m_shownIccid)
        return;
    m_shownIccid = iccid;
    m_detail->showSim(iccid);
}

void SimListPage::setUpExport()
{
    m_export = new TableCsvExport(m_ui->simView);
    connect(m_export, &TableCsvExport::exported, this, [this](const QString &path, int rows) {
        emit statusMessage(tr("Exported %Ln SIM card(s) to %1.", nullptr, rows).arg(path));
    });
    connect(m_export, &TableCsvExport::failed, this,
            [this](const QString &path, const QString &error) {
                showWarning(this, tr("Export failed"),
                            tr("The SIM cards could not be written to %1: %2. Choose another "
                               "folder and try again.")
                                .arg(path, error));
            });
}

void SimListPage::chooseExportFile()
{
    m_export->chooseFileAndSave(tr("Export SIM cards"), u"sim-cards.csv"_s);
}

void SimListPage::copySelection() const
{
    std::vector<int> rows;
    const QItemSelection ranges = m_ui->simView->selectionModel()->selection();
    for (const QItemSelectionRange &range : ranges)
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.push_back(row);
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    if (rows.size() <= 1) {
        const QModelIndex current = m_ui->simView->currentIndex();
        if (current.isValid())
            lines.append(current.data().toString());
    } else {
        for (int row : rows) {
            QStringList cells;
            for (int column = 0; column < SimTableModel::ColumnCount; ++column)
                cells.append(m_model->index(row, column).data().toString());
            lines.append(cells.join(u'\t'));
        }
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n'));
}

int SimListPage::selectIccids(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    std::vector<int> positions;
    for (const QString &iccid : text.split(separators, Qt::SkipEmptyParts))
        if (const int position = m_model->positionOfIccid(iccid); position >= 0)
            positions.push_back(position);
    SimSelectionKeeper::selectRows(m_ui->simView, positions);
    const int found = int(positions.size());
    emit statusMessage(tr("%Ln SIM card(s) selected from the pasted list.", nullptr, found));
    return found;
}

} // namespace cube
