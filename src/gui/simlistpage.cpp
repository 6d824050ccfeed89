#include "simlistpage.h"

#include "account/account.h"
#include "activitylog.h"
#include "base/csvwriter.h"
#include "base/displaytime.h"
#include "base/waitwords.h"
#include "contract/vocabulary.h"
#include "fleet/fleetcachekeeper.h"
#include "fleet/fleetloader.h"
#include "fleet/fleetreadcost.h"
#include "fleet/fleetstore.h"
#include "notify.h"
#include "plaintext.h"
#include "searchfieldhandoff.h"
#include "simactions.h"
#include "simdetailpanel.h"
#include "simselectionkeeper.h"
#include "simtablemodel.h"
#include "tablecolumnsizer.h"
#include "transport/cubeclient.h"
#include "ui_simlistpage.h"
#include "writes/changewriter.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelection>
#include <QMenu>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cube {

SimListPage::SimListPage(Account *account, ActivityLog *activity, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SimListPage>())
    , m_activity(activity)
    , m_store(new FleetStore(this))
    , m_model(new SimTableModel(m_store, account->client().settings().serverTimeZone, this))
    , m_loader(new FleetLoader(&account->client(), this))
    , m_cache(new FleetCacheKeeper(FleetCache::defaultPath(), this))
    , m_client(account->client())
    , m_cacheAccount(
          FleetCache::accountKey(account->client().profileName(), account->client().settings()))
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this); // server and journal text is never HTML
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
    connect(m_ui->cancelLoadButton, &QPushButton::clicked, m_loader, &FleetLoader::cancel);
    connect(m_ui->simView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SimListPage::showCurrentSim);
    connect(m_ui->simView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_ui->orderPlanButton->setEnabled(m_ui->simView->selectionModel()->hasSelection());
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

    connect(m_loader, &FleetLoader::pageArrived, m_store, &FleetStore::mergePage);
    connect(m_loader, &FleetLoader::progress, this, [this](qint64 loaded, qint64 total) {
        m_total = total;
        m_loaded = loaded;
        m_ui->loadProgress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
        m_ui->loadProgress->setValue(int(qMin<qint64>(loaded, INT_MAX)));
        updateCount();
    });
    auto endLoading = [this] {
        m_ui->loadProgress->setVisible(false);
        m_ui->cancelLoadButton->setVisible(false);
        m_ui->reloadButton->setEnabled(true);
        updateCount();
    };
    connect(m_loader, &FleetLoader::finished, this, [this, endLoading] {
        m_store->finishLoad(QDateTime::currentDateTime()); // the list is saved when final
        m_showingCached = false;
        endLoading();
    });
    connect(m_store, &FleetStore::loadFinished, this,
            [this] { m_cache->save(m_cacheAccount, m_store->snapshot(), m_store->asOf()); });
    connect(m_cache, &FleetCacheKeeper::loaded, this,
            [this](const QString &, const std::optional<CachedFleet> &cached,
                   const QString &notice) { showCached(cached, notice); });
    connect(m_cache, &FleetCacheKeeper::saved, this, [this](const QString &problem) {
        if (!problem.isEmpty())
            emit statusMessage(
                tr("The SIM list could not be kept for the next start: %1").arg(problem));
    });
    connect(m_cache, &FleetCacheKeeper::cleared, this, [this](const QString &problem) {
        emit statusMessage(problem.isEmpty()
                               ? tr("The SIM list cache was cleared.")
                               : tr("The SIM list cache could not be cleared: %1").arg(problem));
    });
    connect(m_loader, &FleetLoader::cancelled, this, [this, endLoading] {
        m_store->abandonLoad();
        endLoading();
        emit statusMessage(
            tr("Loading cancelled: %Ln SIM card(s) shown.", nullptr, int(m_store->size())));
    });
    connect(m_loader, &FleetLoader::failed, this, [this, endLoading](const ApiError &error) {
        m_store->abandonLoad();
        endLoading();
        loadFailed(error);
    });

    setUpColumns();
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

bool SimListPage::isLoading() const
{
    return m_loader->isRunning();
}

void SimListPage::reload()
{
    if (m_loader->isRunning())
        return;
    m_ui->reloadButton->setEnabled(false);
    m_ui->loadProgress->setRange(0, 0); // busy until the first page tells the total
    m_ui->loadProgress->setVisible(true);
    m_ui->cancelLoadButton->setVisible(true);
    if (!m_cacheConsulted && m_store->size() == 0) {
        // The first time: the list of the last start, at once, then the server's if the
        // cached one is older than the profile says it stays fresh.
        m_cacheConsulted = true;
        m_cache->load(m_cacheAccount);
        return;
    }
    readWholeList();
}

void SimListPage::readWholeList()
{
    const qint64 known = qMax<qint64>(m_store->size(), m_total);
    const ConnectionSettings &settings = m_client.settings();
    if (known == 0)
        return startLoading();
    const FleetReadCost cost = FleetReadCost::of(known, settings);
    emit statusMessage(cost.describe(settings));
    const std::optional<qint64> used = m_client.queriesToday();
    const qint64 left = used ? settings.limits.dailyQuota - *used : cost.queries;
    if (cost.queries <= left)
        return startLoading();
    endLoadingWithoutReading();
    const QLocale locale;
    askToConfirm(this, this, tr("Read the whole SIM list?"),
                 cost.describe(settings) + u"\n\n"_s
                     + tr("Only %1 of today's %2 queries are left; beyond them the gateway "
                          "refuses every query from this IP address, also your colleagues'. "
                          "Read it anyway?")
                           .arg(locale.toString(qMax<qint64>(0, left)),
                                locale.toString(settings.limits.dailyQuota)),
                 [this] {
                     m_ui->reloadButton->setEnabled(false);
                     m_ui->loadProgress->setRange(0, 0);
                     m_ui->loadProgress->setVisible(true);
                     m_ui->cancelLoadButton->setVisible(true);
                     startLoading();
                 });
}

void SimListPage::endLoadingWithoutReading()
{
    m_ui->loadProgress->setVisible(false);
    m_ui->cancelLoadButton->setVisible(false);
    m_ui->reloadButton->setEnabled(true);
    updateCount();
}

void SimListPage::showCached(const std::optional<CachedFleet> &cached, const QString &notice)
{
    if (!notice.isEmpty())
        emit statusMessage(notice);
    if (cached && m_store->size() == 0) {
        m_store->replaceAll(cached->fleet, cached->asOf, cached->index);
        m_showingCached = true;
        const auto age = std::chrono::seconds(cached->asOf.secsTo(QDateTime::currentDateTime()));
        if (age >= std::chrono::seconds(0) && age < m_client.settings().fleetCacheFreshFor) {
            // Fresh enough: the fleet is not read again (a million SIMs cost two days' quota);
            // the SIM shown in the detail is read fresh all the same.
            endLoadingWithoutReading();
            emit statusMessage(tr("The SIM list is the cached one; Reload (F5) reads it again."));
            return;
        }
        // Stale: read again, saying what it costs (and asking past the quota left).
        return readWholeList();
    }
    startLoading();
}

void SimListPage::clearCache()
{
    m_cache->clear();
}

void SimListPage::updateAsOf()
{
    // Rows from the cache are marked with their age until the server's list replaces them.
    m_ui->asOfLabel->setVisible(m_showingCached);
    if (!m_showingCached)
        return;
    const QString asOf = displaytime::dateTime(m_store->asOf().toLocalTime());
    m_ui->asOfLabel->setText(isLoading()
                                 ? tr("Cached list as of %1; refreshing…").arg(asOf)
                                 : tr("Cached list as of %1 (Reload reads it again)").arg(asOf));
}

void SimListPage::startLoading()
{
    // The rows stay while the list is read again; the load updates them in place.
    m_store->beginLoad();
    m_total = 0;
    m_loaded = 0;
    m_loader->start();
    updateCount();
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
    if (isLoading() && !m_showingCached) {
        const auto left = FleetReadCost::timeLeft(m_loaded, m_total, m_client.settings());
        // The time left at the gateway's rate, once it is worth saying.
        const QString timeLeft = left >= std::chrono::seconds(5)
                                     ? tr(" (about %1 left)").arg(WaitWords::of(left))
                                     : QString();
        count = shown == fleet
                    ? tr("Loading… %1 of %2 SIM cards")
                          .arg(locale.toString(shown), locale.toString(m_total))
                    : tr("%1; loading %2 of %3")
                          .arg(count, locale.toString(m_loaded), locale.toString(m_total));
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

QByteArray SimListPage::csvOfVisibleRows() const
{
    CsvWriter csv;
    QStringList header;
    for (int column = 0; column < SimTableModel::ColumnCount; ++column)
        header.append(m_model->headerData(column, Qt::Horizontal).toString());
    csv.addRow(header);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < SimTableModel::ColumnCount; ++column)
            fields.append(m_model->index(row, column).data().toString());
        csv.addRow(fields);
    }
    return csv.data();
}

bool SimListPage::exportTo(const QString &path, QString *error) const
{
    // QSaveFile: an interrupted export never leaves half a file where a good one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csvOfVisibleRows()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void SimListPage::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export SIM cards"), folder + u"/sim-cards.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        showWarning(this, tr("Export failed"),
                    tr("The SIM cards could not be written to %1: %2. Choose another "
                       "folder and try again.")
                        .arg(path, error));
        return;
    }
    emit statusMessage(
        tr("Exported %Ln SIM card(s) to %1.", nullptr, m_model->rowCount()).arg(path));
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
