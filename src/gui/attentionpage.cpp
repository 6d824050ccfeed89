#include "attentionpage.h"

#include "account/account.h"
#include "attention/attentionrefresh.h"
#include "attention/watchlist.h"
#include "attentionmodel.h"
#include "attentionrulesdialog.h"
#include "contract/ids.h"
#include "currentorders.h"
#include "expirycalendar.h"
#include "fleet/fleetstore.h"
#include "fleet/fleetsync.h"
#include "notify.h"
#include "orderactions.h"
#include "plaintext.h"
#include "reasonlist.h"
#include "simactions.h"
#include "statustext.h"
#include "tablecolumnsizer.h"
#include "tablecsvexport.h"
#include "transport/cubeclient.h"
#include "ui_attentionpage.h"
#include "viewonlylock.h"
#include "watchsimsdialog.h"
#include "writes/changewriter.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QShortcut>
#include <QShowEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// Actions look at no more selected rows than this: checking more on every change of the
// selection would be work proportional to the list on the UI thread.
constexpr int actionRowLimit = 1000;

bool isOrderInUse(const AttentionItem &item)
{
    return !item.orderCode.isEmpty() && item.reason != AttentionReason::Expired;
}

} // namespace

AttentionPage::AttentionPage(Account *account, ActivityLog *activity, FleetSync *fleet,
                             QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AttentionPage>())
    , m_account(account)
    , m_fleet(fleet)
    , m_model(new AttentionModel(&account->watchlist(), account->client().settings().serverTimeZone,
                                 this))
    , m_calendar(new ExpiryCalendar(this))
    , m_orderActions(new OrderActions(account, activity, this))
    , m_simActions(new SimActions(account, activity, this))
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this); // plan names are the server's text
    ViewOnlyLock::hold(account, {m_ui->renewButton, m_ui->orderPlanButton, m_ui->endEarlyButton});
    m_calendar->setObjectName(u"expiryCalendar"_s);
    m_ui->sideLayout->insertWidget(1, m_calendar);
    m_ui->problemsLabel->setStyleSheet(u"color: #a1261b;"_s);
    m_ui->problemsLabel->setVisible(false);
    // A damaged attention file was set aside as the account was made: the watchlist it held is
    // gone from view, and the person is told where the old one is.
    if (const QString notice = account->watchlist().notice(); !notice.isEmpty()) {
        m_ui->problemsLabel->setText(notice);
        m_ui->problemsLabel->setVisible(true);
    }
    m_ui->dayBar->setVisible(false);
    m_ui->lookProgress->setVisible(false);
    m_ui->stopButton->setVisible(false);
    // The list gets every pixel the reasons and the calendar do not need.
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({m_calendar->minimumWidth(), 4 * m_calendar->minimumWidth()});

    QTableView *view = m_ui->attentionView;
    m_model->setCollatorLocale(QLocale());
    view->setModel(m_model);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the look's urgency
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    new TableColumnSizer(view, u"attention"_s);
    m_model->setRowsToKeep([this] {
        QStringList keys;
        const QModelIndex current = m_ui->attentionView->currentIndex();
        keys.append(current.isValid() ? m_model->itemAt(current.row()).key() : QString());
        const QList<int> rows = selectedRows();
        for (int row : rows)
            keys.append(m_model->itemAt(row).key());
        return keys;
    });
    connect(m_model, &AttentionModel::rowsSwapped, this, [this](const QList<int> &kept) {
        QItemSelection selection;
        for (int row : kept.mid(1))
            selection.select(m_model->index(row, 0), m_model->index(row, 0));
        QItemSelectionModel *selecting = m_ui->attentionView->selectionModel();
        if (!kept.isEmpty() && kept.constFirst() >= 0)
            selecting->setCurrentIndex(m_model->index(kept.constFirst(), 0),
                                       QItemSelectionModel::NoUpdate);
        selecting->select(selection,
                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        updateCount();
        updateActions();
    });
    connect(m_model, &AttentionModel::busyChanged, this, &AttentionPage::updateCount);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttentionPage::updateActions);

    connect(m_ui->reasonList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        if (m_model->day())
            showAll();
        const QVariant reason = m_ui->reasonList->item(row)->data(Qt::UserRole);
        m_model->setReason(reason.isValid() ? std::optional(AttentionReason(reason.toInt()))
                                            : std::nullopt);
    });
    connect(m_calendar, &ExpiryCalendar::dayChosen, this, &AttentionPage::showDay);
    connect(m_ui->showAllButton, &QPushButton::clicked, this, &AttentionPage::showAll);
    // Esc goes back from a day to the whole list (while a day is shown).
    m_leaveDay = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &AttentionPage::showAll,
                               Qt::WidgetWithChildrenShortcut);
    m_leaveDay->setEnabled(false);

    m_amendSoon.setSingleShot(true);
    m_amendSoon.setInterval(300);
    connect(&m_amendSoon, &QTimer::timeout, this, &AttentionPage::amend);
    connect(&m_amending, &QFutureWatcher<AttentionResult>::finished, this, [this] {
        if (m_amendingFrom != m_looked)
            return amend(); // a newer look came meanwhile
        showResult(std::make_shared<const AttentionResult>(m_amending.result()));
    });

    setUpLooks();
    setUpActions();
    retranslate();
}

AttentionPage::~AttentionPage()
{
    m_amending.waitForFinished();
}

void AttentionPage::setUpLooks()
{
    AttentionRefresh &refresh = m_account->attention();
    connect(&refresh, &AttentionRefresh::costSaid, this, [this](const AttentionCost &cost) {
        // Said as the look starts, whoever started it (this tab, or the console on its own).
        m_lookBy = m_asking == Asker::Person ? Asker::Person : Asker::Console;
        m_lookReadsOrders = cost.orderPages > 0;
        setLooking(true);
        m_lookLine = cost.describe();
        updateLookLine();
        emit statusMessage(tr("Looking at what needs attention. %1").arg(cost.describe()));
    });
    connect(&refresh, &AttentionRefresh::consentNeeded, this,
            [this](const AttentionCost &cost, qint64 queriesLeft) {
                // Asked before the look began (m_asking), or by a look that stopped after the
                // order listing's first page told its length (m_lookBy, the look under way).
                const bool midLook = m_asking == Asker::Nobody;
                const Asker asker = midLook ? m_lookBy : m_asking;
                const bool readOrders = midLook ? m_lookReadsOrders : m_askReadsOrders;
                setLooking(false);
                if (asker == Asker::Person)
                    return askToLookPastQuota(cost, queriesLeft, readOrders || midLook);
                if (asker != Asker::Console)
                    return;
                // Nobody to ask: the look waits for the person, or for tomorrow's quota.
                m_lookLine = tr("The console's own look was skipped: it takes about %1 queries, "
                                "more than a tenth of the %2 left of today's quota. Look again "
                                "(F5) to decide.")
                                 .arg(QLocale().toString(cost.total()),
                                      QLocale().toString(qMax<qint64>(0, queriesLeft)));
                updateLookLine();
                emit statusMessage(m_lookLine);
                scheduleNextLook();
            });
    connect(&refresh, &AttentionRefresh::progress, this, [this](const QString &step) {
        m_lookLine = step;
        updateLookLine();
    });
    connect(&refresh, &AttentionRefresh::looked, this, &AttentionPage::looked);
    connect(&refresh, &AttentionRefresh::failed, this, &AttentionPage::lookFailed);
    connect(m_ui->stopButton, &QPushButton::clicked, this, [this] {
        m_account->attention().cancel();
        setLooking(false);
        m_lookLine = tr("The look was stopped; nothing it read was kept.");
        updateLookLine();
        scheduleNextLook();
    });

    auto *lookMenu = new QMenu(m_ui->lookButton);
    QAction *readOrders = lookMenu->addAction(QString(), this, [this] { lookAgain(true); });
    readOrders->setObjectName(u"lookReadingOrdersAction"_s);
    readOrders->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    readOrders->setShortcutContext(Qt::WidgetShortcut); // shown in the menu; the page's below
    m_ui->lookButton->setMenu(lookMenu);
    connect(m_ui->lookButton, &QToolButton::clicked, this, [this] { lookAgain(false); });
    new QShortcut(
        QKeySequence(Qt::SHIFT | Qt::Key_F5), this, this, [this] { lookAgain(true); },
        Qt::WidgetWithChildrenShortcut);

    m_nextLook.setSingleShot(true);
    connect(&m_nextLook, &QTimer::timeout, this, &AttentionPage::lookOnItsOwn);
    // The first look goes by the SIM list: once it is there (read, or the cached one kept).
    connect(m_fleet->store(), &FleetStore::loadFinished, this, &AttentionPage::fleetIsThere);
    connect(m_fleet, &FleetSync::cachedListKept, this, &AttentionPage::fleetIsThere);
    // What the console changes is laid over the look until a look sees it itself.
    connect(&m_account->writer(), &ChangeWriter::orderChanged, this, [this](const Order &order) {
        m_changes.orders.insert(order.orderCode, order);
        m_amendSoon.start();
    });
    connect(&m_account->writer(), &ChangeWriter::simChanged, this, [this](const SimCard &sim) {
        m_changes.sims.insert(sim.iccid, sim);
        m_amendSoon.start();
    });
}

void AttentionPage::setUpActions()
{
    connect(m_ui->rulesButton, &QPushButton::clicked, this, &AttentionPage::editRules);
    connect(m_ui->watchButton, &QPushButton::clicked, this, &AttentionPage::watchSims);
    connect(m_ui->renewButton, &QPushButton::clicked, this, [this] {
        // One order: the Renew dialog of every view; several: the same dialog, as one job.
        withSelectedOrders(tr("Renew order"),
                           [this](const QList<Order> &orders) { m_orderActions->renew(orders); });
    });
    connect(m_ui->endEarlyButton, &QPushButton::clicked, this, [this] {
        const QList<AttentionItem> items = selectedItems();
        withSelectedOrders(tr("End early"), [this, items](const QList<Order> &orders) {
            // What the look knew of the one order's data left, as the SIM detail says it.
            QString remaining;
            if (orders.size() == 1 && items.size() == 1 && items.constFirst().leftMb >= 0)
                remaining = tr("%1 (at the last look)")
                                .arg(statustext::megabytes(items.constFirst().leftMb));
            m_orderActions->endEarly(orders, remaining);
        });
    });
    connect(m_ui->orderPlanButton, &QPushButton::clicked, this, [this] {
        QStringList iccids;
        for (const AttentionItem &item : selectedItems()) {
            if (!iccids.contains(item.iccid))
                iccids.append(item.iccid);
        }
        m_simActions->orderPlan(iccids);
    });
    m_export = new TableCsvExport(m_ui->attentionView);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AttentionPage::chooseExportFile);
    connect(m_export, &TableCsvExport::exported, this, [this](const QString &path, int rows) {
        emit statusMessage(tr("Exported %Ln row(s) to %1.", nullptr, rows).arg(path));
    });
    connect(m_export, &TableCsvExport::failed, this,
            [this](const QString &path, const QString &error) {
                showWarning(this, tr("Export failed"),
                            tr("The list could not be written to %1: %2. Choose another folder "
                               "and try again.")
                                .arg(path, error));
            });
    updateActions();
}

void AttentionPage::showReason(AttentionReason reason)
{
    showAll(); // a day shown would hide them
    QListWidget *list = m_ui->reasonList;
    QListWidgetItem *line = list->item(int(reason) + 1);
    list->setCurrentItem(line && !line->isHidden() ? line : list->item(0));
}

void AttentionPage::chooseExportFile()
{
    m_export->chooseFileAndSave(tr("Export what needs attention"), u"attention.csv"_s);
}

void AttentionPage::lookAgain(bool readOrders)
{
    look(readOrders, Asker::Person);
}

void AttentionPage::look(bool readOrders, Asker asker)
{
    AttentionRefresh &refresh = m_account->attention();
    if (refresh.isLooking())
        return;
    // costSaid or consentNeeded comes before look() returns: they know who asked.
    m_asking = asker;
    m_askReadsOrders = readOrders;
    // Nobody asked for the console's own look: it stops where a big reading would begin.
    refresh.look(m_fleet->store()->snapshot(), readOrders,
                 asker == Asker::Console ? AttentionRefresh::Consent::Quiet
                                         : AttentionRefresh::Consent::Ask);
    m_asking = Asker::Nobody;
}

void AttentionPage::lookOnItsOwn()
{
    if (m_account->attention().isLooking())
        return; // its end schedules the next one
    // An account whose orders in use were never listed: how many pages that takes is known
    // only from the first one, so nobody could say beforehand whether it fits the quota.
    if (!m_account->attention().cost(false).orderCountKnown) {
        m_lookLine = tr("The orders in use of this account were never read. Look again (F5) "
                        "reads them: their first page says how many pages there are.");
        updateLookLine();
        return;
    }
    look(false, Asker::Console);
}

void AttentionPage::fleetIsThere()
{
    if (m_fleetThere)
        return;
    m_fleetThere = true;
    if (m_looked || m_account->attention().isLooking())
        return;
    if (m_wantedByPerson)
        look(false, Asker::Person);
    else
        lookOnItsOwn();
}

void AttentionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shown) // the person sees what the last look found, as of that look
        m_account->attention().markLooked(m_shown->lookedAt);
    if (std::exchange(m_shownOnce, true))
        return;
    // Opened before any look: the person is here to be asked.
    if (m_looked || m_account->attention().isLooking())
        return;
    m_wantedByPerson = true;
    if (m_fleetThere) {
        QMetaObject::invokeMethod(
            this, [this] { look(false, Asker::Person); }, Qt::QueuedConnection);
        return;
    }
    m_lookLine = tr("The look follows the SIM list, which is not read yet.");
    updateLookLine();
}

void AttentionPage::askToLookPastQuota(const AttentionCost &cost, qint64 queriesLeft,
                                       bool readOrders)
{
    const ConnectionSettings &settings = m_account->client().settings();
    const QLocale locale;
    askToConfirm(this, this, tr("Look at the whole account?"),
                 cost.describe() + u"\n\n"_s
                     + tr("Only %1 of today's %2 queries are left; beyond them the gateway "
                          "refuses every query from this IP address, also your colleagues'. "
                          "Look anyway?")
                           .arg(locale.toString(qMax<qint64>(0, queriesLeft)),
                                locale.toString(settings.limits.dailyQuota)),
                 [this, readOrders] {
                     m_asking = Asker::Person;
                     m_account->attention().look(m_fleet->store()->snapshot(), readOrders,
                                                 AttentionRefresh::Consent::Given);
                     m_asking = Asker::Nobody;
                 });
}

void AttentionPage::setLooking(bool looking)
{
    m_ui->lookProgress->setVisible(looking);
    m_ui->stopButton->setVisible(looking);
    m_ui->lookButton->setEnabled(!looking);
}

void AttentionPage::looked(const AttentionResult &result, const QList<AttentionItem> &news)
{
    setLooking(false);
    // This look read the listing: it has the orders as they are, changes included. The SIM
    // list it went by has the SIMs the writer read (FleetStore::updateSim).
    if (m_lookReadsOrders)
        m_changes.orders.clear();
    m_changes.sims.clear();
    m_rulesChanged = false;
    m_newAtLastLook = int(news.size());
    m_looked = std::make_shared<const AttentionResult>(result);
    m_ui->problemsLabel->setText(result.problems.join(u'\n'));
    m_ui->problemsLabel->setVisible(!result.problems.isEmpty());
    m_lookLine.clear();
    amend();
    const int total = int(result.items.size());
    emit statusMessage(tr("%Ln thing(s) need attention", nullptr, total)
                       + tr("; %Ln new since the last look.", nullptr, m_newAtLastLook));
    scheduleNextLook();
}

void AttentionPage::lookFailed(const QString &problem)
{
    setLooking(false);
    m_lookLine = tr("The look failed: %1").arg(problem);
    updateLookLine();
    emit statusMessage(m_lookLine);
    if (m_lookBy == Asker::Person)
        showWarning(this, tr("Could not look at what needs attention"), problem);
    scheduleNextLook();
}

void AttentionPage::scheduleNextLook()
{
    const int minutes = m_account->attention().rules().refreshMinutes;
    if (minutes <= 0) {
        m_nextLook.stop();
        return;
    }
    m_nextLook.start(std::chrono::minutes(minutes));
}

void AttentionPage::amend()
{
    if (!m_looked)
        return;
    if (m_changes.isEmpty() && !m_rulesChanged)
        return showResult(m_looked);
    if (m_amending.isRunning()) {
        m_amendSoon.start(); // after this one
        return;
    }
    m_amendingFrom = m_looked;
    m_amending.setFuture(QtConcurrent::run([looked = m_looked, changes = m_changes,
                                            rules = m_account->attention().rules(),
                                            zone = m_account->client().settings().serverTimeZone] {
        return changes.appliedTo(*looked, rules, zone);
    }));
}

void AttentionPage::showResult(std::shared_ptr<const AttentionResult> result)
{
    const bool first = !m_shown;
    m_shown = std::move(result);
    m_model->setResult(m_shown);
    m_calendar->setDays(m_shown->days, m_shown->today);
    if (first && m_shown->today.isValid())
        m_calendar->setSelectedDate(m_shown->today);
    fillReasons();
    if (const std::optional<QDate> day = m_model->day())
        showDay(*day); // its numbers, as they are now
    updateLookLine();
    // The person sees it: what expired is no longer news at the next look.
    if (isVisible())
        m_account->attention().markLooked(m_shown->lookedAt);
    QList<int> perReason;
    for (int reason = 0; reason < attentionReasonCount; ++reason)
        perReason.append(m_shown->count(AttentionReason(reason)));
    emit countsChanged(int(m_shown->items.size()), perReason);
}

void AttentionPage::fillReasons()
{
    if (!ReasonList::fill(m_ui->reasonList, m_shown.get(), m_account->attention().rules()))
        m_model->setReason(std::nullopt);
}

void AttentionPage::showDay(QDate day)
{
    const AttentionResult::Day counts = m_shown ? m_shown->days.value(day) : AttentionResult::Day();
    const QString what = counts.expiring + counts.runningOut > 0
                             ? ExpiryCalendar::describe(counts)
                             : tr("nothing expires or runs out");
    m_ui->dayLabel->setText(
        tr("Showing what falls on %1 (%2).").arg(day.toString(Qt::ISODate), what));
    m_ui->dayBar->setVisible(true);
    m_leaveDay->setEnabled(true);
    // The reasons do not choose these rows: none of them is shown chosen.
    m_ui->reasonList->selectionModel()->clearSelection();
    if (m_model->day() != day)
        m_model->setDay(day);
}

void AttentionPage::showAll()
{
    if (!m_model->day())
        return;
    m_ui->dayBar->setVisible(false);
    m_leaveDay->setEnabled(false);
    m_model->setDay(std::nullopt);
    m_ui->reasonList->setCurrentRow(m_ui->reasonList->currentRow(),
                                    QItemSelectionModel::ClearAndSelect);
    m_ui->attentionView->setFocus();
}

void AttentionPage::updateCount()
{
    const QLocale locale;
    const int shown = m_model->rowCount();
    QString count;
    if (!m_shown)
        count = QString();
    else if (m_model->day())
        count = tr("%Ln item(s) on this day", nullptr, shown);
    else if (m_ui->reasonList->currentRow() > 0)
        count = tr("%1 of %Ln item(s) shown", nullptr, int(m_shown->items.size()))
                    .arg(locale.toString(shown));
    else
        count = tr("%Ln item(s) need attention", nullptr, shown);
    if (m_model->isBusy())
        count += tr(" (sorting…)");
    m_ui->countLabel->setText(count);
}

void AttentionPage::updateLookLine()
{
    QString line = m_lookLine;
    if (line.isEmpty() && m_shown) {
        const QLocale locale;
        line =
            tr("Last look at %1 (the server's day %2): SIM cards %3, orders in use %4; "
               "%Ln new since the look before.",
               nullptr, m_newAtLastLook)
                .arg(statustext::dateTime(m_shown->lookedAt), m_shown->today.toString(Qt::ISODate),
                     locale.toString(m_shown->simsLooked), locale.toString(m_shown->ordersLooked));
    }
    m_ui->lookedLabel->setText(line);
}

QList<int> AttentionPage::selectedRows() const
{
    // From the ranges (selectedRows() is quadratic in them), and no more than actions look at.
    QList<int> rows;
    const QItemSelection ranges = m_ui->attentionView->selectionModel()->selection();
    for (const QItemSelectionRange &range : ranges) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (rows.size() > actionRowLimit)
                return rows;
            rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<AttentionItem> AttentionPage::selectedItems() const
{
    QList<AttentionItem> items;
    const QList<int> rows = selectedRows();
    if (rows.size() > actionRowLimit)
        return items;
    for (int row : rows)
        items.append(m_model->itemAt(row));
    return items;
}

void AttentionPage::updateActions()
{
    const QList<AttentionItem> items = selectedItems();
    const bool tooMany = items.isEmpty() && !selectedRows().isEmpty();
    QStringList orders;
    bool allInUse = !items.isEmpty();
    bool allWithoutPlan = !items.isEmpty();
    for (const AttentionItem &item : items) {
        allInUse = allInUse && isOrderInUse(item);
        allWithoutPlan = allWithoutPlan && item.reason == AttentionReason::NoPlan;
        if (!item.orderCode.isEmpty() && !orders.contains(item.orderCode))
            orders.append(item.orderCode);
    }
    const bool idle = !m_readingSelection;
    // A greyed button says why, as the Orders tab's do.
    const auto offer = [&](QPushButton *button, bool allowed, const QString &onlyWhen) {
        button->setEnabled(idle && allowed);
        if (allowed || !idle)
            button->setToolTip({});
        else if (tooMany)
            button->setToolTip(
                tr("Choose at most %1 rows.").arg(QLocale().toString(actionRowLimit)));
        else if (items.isEmpty())
            button->setToolTip(tr("Choose rows first."));
        else
            button->setToolTip(onlyWhen);
    };
    offer(m_ui->renewButton, allInUse,
          tr("Only orders in use can be renewed: choose rows with an order that has not "
             "expired."));
    offer(m_ui->endEarlyButton, allInUse,
          tr("Only orders in use can be ended early: choose rows with an order that has not "
             "expired."));
    offer(m_ui->orderPlanButton, allWithoutPlan,
          tr("A plan is ordered here for SIM cards that have none: choose rows of that reason."));
    m_ui->exportButton->setEnabled(m_model->rowCount() > 0);
}

void AttentionPage::withSelectedOrders(const QString &action,
                                       std::function<void(QList<Order>)> then)
{
    QStringList codes;
    for (const AttentionItem &item : selectedItems()) {
        if (isOrderInUse(item) && !codes.contains(item.orderCode))
            codes.append(item.orderCode);
    }
    if (codes.isEmpty())
        return;
    m_readingSelection = true;
    updateActions();
    emit statusMessage(
        tr("Reading %Ln selected order(s) as they are now…", nullptr, int(codes.size())));
    CurrentOrders::read(
        m_account, this, codes,
        [this, action, then](const QList<Order> &inUse, const QStringList &problems) {
            m_readingSelection = false;
            updateActions();
            if (!problems.isEmpty())
                showWarning(this, action,
                            problems.join(u'\n')
                                + (inUse.isEmpty() ? QString()
                                                   : u"\n\n"_s
                                                         + tr("The others go on to the "
                                                              "next step.")));
            if (!inUse.isEmpty())
                then(inUse);
        });
}

void AttentionPage::editRules()
{
    auto *dialog = new AttentionRulesDialog(m_account->attention().rules(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AttentionRules rules = dialog->rules();
        m_account->attention().setRules(rules);
        if (m_keepRules)
            m_keepRules(rules);
        m_rulesChanged = true;
        fillReasons();
        amend(); // a reason switched off leaves at once; the thresholds need a look
        scheduleNextLook();
        emit statusMessage(m_keepRules
                               ? tr("The rules are kept with the profile. Looking again with "
                                    "them.")
                               : tr("The rules hold for this session (it has no profile). "
                                    "Looking again with them."));
        look(false, Asker::Person);
    });
    dialog->open();
}

void AttentionPage::watchSims()
{
    auto *dialog = new WatchSimsDialog(&m_account->watchlist(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AttentionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->setCollatorLocale(QLocale());
        m_model->retranslate();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void AttentionPage::retranslate()
{
    m_ui->lookButton->setToolTip(
        tr("F5. From its menu, or with Shift+F5, the orders in use are read again too."));
    m_ui->lookButton->menu()->actions().constFirst()->setText(
        tr("Look again, &reading the orders in use again"));
    m_ui->legendLabel->setText(
        tr("<span style=\"color:%1\"><b>3</b></span> orders expire, "
           "<span style=\"color:%2\"><b>▼1</b></span> SIM card runs out of data by forecast. "
           "Click a day to list it.")
            .arg(ExpiryCalendar::expiringColor().name(), ExpiryCalendar::runningOutColor().name()));
    fillReasons();
    updateCount();
    updateLookLine();
    updateActions();
    if (const std::optional<QDate> day = m_model->day())
        showDay(*day);
}

} // namespace cube
