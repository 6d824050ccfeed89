#include "simdetailpanel.h"

#include "account/account.h"
#include "activitylog.h"
#include "attention/attentionrules.h"
#include "attention/burnforecast.h"
#include "attention/watchlist.h"
#include "base/displaytime.h"
#include "journal/journal.h"
#include "orderactions.h"
#include "ordertablemodel.h"
#include "plaintext.h"
#include "simactions.h"
#include "simnoteeditor.h"
#include "statustext.h"
#include "tablecolumnsizer.h"
#include "transport/cubeclient.h"
#include "ui_simdetailpanel.h"
#include "viewonlylock.h"
#include "writes/changewriter.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHeaderView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QStyle>
#include <QValueAxis>

#include <algorithm>
#include <iterator>
#include <numeric>
#include <utility>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// The detail is narrow beside the SIM list: what a person asks first of an order (is it in
// use, from when, until when) comes first and is in view at the window's first size; what
// identifies it for the vendor (plan, code) and when it was ordered follow.
constexpr OrderTableModel::Column shownColumns[] = {
    OrderTableModel::Status,  OrderTableModel::Starts, OrderTableModel::Expires,
    OrderTableModel::Plan,    OrderTableModel::Data,   OrderTableModel::Code,
    OrderTableModel::Ordered,
};

// A rate as the forecast says it: "120", "2.5".
QString rateText(double mbPerDay)
{
    return QLocale().toString(mbPerDay, 'f', mbPerDay < 10 ? 1 : 0);
}

qreal chartX(QDate day)
{
    return qreal(day.startOfDay().toMSecsSinceEpoch());
}

} // namespace

SimDetailPanel::SimDetailPanel(Account *account, ActivityLog *activity, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SimDetailPanel>())
    , m_account(account)
    , m_orders(new OrderTableModel(account->client().settings().serverTimeZone, this))
    , m_actions(new OrderActions(account, activity, this))
    , m_simActions(new SimActions(account, activity, this))
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this); // server and journal text is never HTML
    ViewOnlyLock::hold(account, {m_ui->orderPlanButton, m_ui->smsButton, m_ui->suspendButton,
                                 m_ui->resumeButton, m_ui->endEarlyButton, m_ui->cancelOrderButton,
                                 m_ui->enableButton, m_ui->renewButton});
    m_ui->titleLabel->setTextFormat(Qt::RichText); // bold on purpose; the ICCID is escaped
    // On a laptop's low screen (1366 × 768) the detail scrolls, so the window fits; from about
    // 800 px up it shows everything at once, as it did before it could scroll.
    m_ui->detailContents->installEventFilter(this);
    keepContentsWidth();
    m_ui->ordersView->setModel(m_orders);
    // Tab goes on to the order actions, not round the orders' cells.
    m_ui->ordersView->setTabKeyNavigation(false);
    m_ui->ordersView->horizontalHeader()->setSectionsMovable(true);
    // The ICCID column repeats the SIM shown above.
    m_ui->ordersView->setColumnHidden(OrderTableModel::Iccid, true);
    QHeaderView *header = m_ui->ordersView->horizontalHeader();
    for (int visual = 0; visual < int(std::size(shownColumns)); ++visual)
        header->moveSection(header->visualIndex(shownColumns[visual]), visual);
    // Dates and statuses whole whenever orders come or change ("Ended early" after "In use").
    // No column stretches (the form says so): a stretched last column is only as wide as what
    // the others leave of the view, and in this narrow view that cut its dates.
    new TableColumnSizer(m_ui->ordersView, u"simDetail/ordersView"_s);

    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_series = new QLineSeries(chart);
    chart->addSeries(m_series);
    // The rate the forecast goes by, dashed across the days it is the average of: beside the
    // days' own line a person sees what the forecast assumes, and whether the last days were
    // like the rest of the month.
    m_rateSeries = new QLineSeries(chart);
    QPen dashed(QColor(0xd0, 0x5a, 0x00));
    dashed.setWidthF(2);
    dashed.setStyle(Qt::DashLine);
    m_rateSeries->setPen(dashed);
    chart->addSeries(m_rateSeries);
    // The legend names both lines where a title would be: the detail has no height to spare
    // (at 1280 × 800 its orders' actions stay in view with the forecast under the chart).
    chart->legend()->setAlignment(Qt::AlignTop);
    auto *dates = new QDateTimeAxis(chart);
    dates->setFormat(u"MM-dd"_s);
    dates->setTickCount(6);
    auto *volume = new QValueAxis(chart);
    volume->setLabelFormat(u"%.0f"_s);
    volume->setTickCount(4);
    chart->addAxis(dates, Qt::AlignBottom);
    chart->addAxis(volume, Qt::AlignLeft);
    for (QLineSeries *series : {m_series, m_rateSeries}) {
        series->attachAxis(dates);
        series->attachAxis(volume);
    }
    m_chartView = new QChartView(chart, m_ui->chartHolder);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_ui->chartLayout->addWidget(m_chartView);

    // The note and tags, kept on this computer: editable in a view-only profile too.
    m_noteEditor = new SimNoteEditor(
        account->notes(),
        {m_ui->noteEdit, m_ui->tagsEdit, m_ui->noteSaveButton, m_ui->noteStatusLabel}, this);
    connect(m_noteEditor, &SimNoteEditor::statusMessage, this, &SimDetailPanel::statusMessage);

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &SimDetailPanel::refresh);
    connect(m_ui->watchButton, &QPushButton::clicked, this, &SimDetailPanel::setWatched);
    // Watched or not from the SIM list too: the button follows.
    connect(&account->watchlist(), &Watchlist::changed, this, &SimDetailPanel::showWatched);
    connect(m_ui->ordersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SimDetailPanel::updateActions);
    connect(m_orders, &QAbstractItemModel::modelReset, this, &SimDetailPanel::updateActions);
    connect(m_orders, &QAbstractItemModel::dataChanged, this, &SimDetailPanel::updateActions);
    m_actions->attach(
        orderButtons(), [this] { return selectedOrders(); },
        [this](const QList<Order> &orders) {
            // The usage query tells the high-speed data left of the order in use.
            const bool current =
                orders.size() == 1 && m_sim && orders.constFirst().orderCode == m_sim->orderCode;
            return current ? m_ui->balanceValue->text() : QString();
        });
    connect(m_ui->orderPlanButton, &QPushButton::clicked, this,
            [this] { m_simActions->orderPlan({m_iccid}); });
    connect(m_ui->smsButton, &QPushButton::clicked, this,
            [this] { m_simActions->sendSms(m_iccid); });
    connect(m_ui->suspendButton, &QPushButton::clicked, this,
            [this] { m_simActions->suspend(m_iccid); });
    connect(m_ui->resumeButton, &QPushButton::clicked, this,
            [this] { m_simActions->resume(m_iccid); });
    // Whatever changed this SIM or one of its orders, here or on another tab, shows at once:
    // the writer reads the SIM again after every write that touched it (a plan ordered, an
    // order ended), and the data used and left change with it.
    // The writer's announcements of one write come apart (its re-reads answer one by one):
    // gathered for half a second, they cost one reading of the data used and left.
    m_changeTimer.setSingleShot(true);
    m_changeTimer.setInterval(500);
    connect(&m_changeTimer, &QTimer::timeout, this, &SimDetailPanel::showChanges);
    connect(&account->writer(), &ChangeWriter::simChanged, this, [this](const SimCard &sim) {
        if (m_iccid.isEmpty() || sim.iccid != m_iccid)
            return;
        // Only another plan in use changes the data used and left (suspending does not):
        // reading them again costs two queries of the day's quota.
        const bool planChanged = !m_sim || m_sim->planName != sim.planName;
        showSimCard(sim);
        followChange(planChanged);
    });
    connect(&account->writer(), &ChangeWriter::orderChanged, this, [this](const Order &order) {
        if (m_iccid.isEmpty() || order.iccid != m_iccid)
            return m_orders->updateOrder(order);
        // An order just placed for this SIM joins its orders.
        m_orders->updateOrAddOrder(order);
        followChange(false);
    });
    // The timeline follows the journal's change feed: every change this program or another
    // (cubectl beside it, another desk) records, an SMS too. Read once a burst has gone on for
    // a moment (not restarted by each change: another desk's job may never pause).
    m_timelineTimer.setSingleShot(true);
    m_timelineTimer.setInterval(100);
    connect(&m_timelineTimer, &QTimer::timeout, this, &SimDetailPanel::showTimeline);
    if (Journal *journal = account->journal()) {
        const auto changed = [this] {
            if (!m_iccid.isEmpty() && !m_timelineTimer.isActive())
                m_timelineTimer.start();
        };
        connect(journal, &Journal::entryRecorded, &m_timelineTimer, changed);
        connect(journal, &Journal::entryUpdated, &m_timelineTimer, changed);
        connect(journal, &Journal::pruned, &m_timelineTimer, changed);
        connect(journal, &Journal::changedByAnotherProgram, &m_timelineTimer, changed);
    }

    clearValues();
    updateActions();
    updateSimActions();
}

SimDetailPanel::~SimDetailPanel() = default;

void SimDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_orders->retranslate();
        m_noteEditor->retranslate();
        if (m_iccid.isEmpty()) {
            clearValues();
        } else {
            // Other words, the same SIM: said again from what was read. Reading it again
            // would cost some 35 queries of the day's quota for a language switch.
            m_ui->titleLabel->setText(tr("<b>SIM %1</b>").arg(m_iccid.toHtmlEscaped()));
            if (m_sim)
                showSimCard(*m_sim);
            showTimeline();
            if (m_chartView->isVisible())
                drawChart();
            showForecast();
        }
        showWatched();
    }
    QWidget::changeEvent(event);
}

bool SimDetailPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The contents' layout changed (a longer label, another language): so may their width.
    if (watched == m_ui->detailContents && event->type() == QEvent::LayoutRequest)
        keepContentsWidth();
    return QWidget::eventFilter(watched, event);
}

void SimDetailPanel::keepContentsWidth()
{
    // A scroll area is as narrow as its scroll bars allow; the splitter beside the SIM list
    // would then squeeze the detail's buttons and columns instead of the list.
    const int scrollBar = m_ui->detailScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent,
                                                                   nullptr, m_ui->detailScroll);
    m_ui->detailScroll->setMinimumWidth(m_ui->detailContents->minimumSizeHint().width()
                                        + scrollBar);
}

void SimDetailPanel::clearValues()
{
    m_ui->titleLabel->setText(m_iccid.isEmpty() ? tr("Choose a SIM card to see its details.")
                                                : tr("<b>SIM %1</b>").arg(m_iccid.toHtmlEscaped()));
    for (QLabel *value :
         {m_ui->imsiValue, m_ui->msisdnValue, m_ui->statusValue, m_ui->planValue, m_ui->usageValue,
          m_ui->balanceValue, m_ui->carrierValue, m_ui->monthValue})
        value->clear();
    m_ui->messageLabel->clear();
    m_ui->refreshButton->setEnabled(!m_iccid.isEmpty());
    // The chart and its forecast appear when there is usage to draw.
    m_chartView->setVisible(false);
    m_ui->forecastLabel->clear();
    m_ui->forecastLabel->setVisible(false);
    showWatched();
}

void SimDetailPanel::showSim(const QString &iccid)
{
    // Changes gathered for the SIM shown before are not this one's.
    m_changeTimer.stop();
    m_usageChanged = false;
    m_iccid = iccid;
    m_noteEditor->showSim(iccid);
    if (!m_iccid.isEmpty()) {
        refresh();
        return;
    }
    // No SIM (the one shown left the list): nothing of it stays to be acted on by mistake.
    ++m_generation; // its answers still on their way are dropped
    clearValues();
    m_orders->setOrders({});
    m_sim.reset();
    showTimeline();
    updateSimActions();
}

void SimDetailPanel::showSimCard(const SimCard &sim)
{
    m_ui->imsiValue->setText(sim.imsi);
    m_ui->msisdnValue->setText(sim.msisdn);
    m_ui->statusValue->setText(statustext::lifeCycle(sim.lifeCycle));
    m_ui->planValue->setText(sim.planName.isEmpty() ? tr("No order in use") : sim.planName);
    if (sim.suspended)
        m_ui->statusValue->setText(
            tr("%1, service suspended").arg(statustext::lifeCycle(sim.lifeCycle)));
    m_sim = sim;
    updateSimActions();
}

void SimDetailPanel::showError(const QString &what, const QString &message)
{
    const QString line = tr("%1: %2").arg(what, message);
    const QString shown = m_ui->messageLabel->text();
    m_ui->messageLabel->setText(shown.isEmpty() ? line : shown + u'\n' + line);
}

void SimDetailPanel::showRefused(const QStringList &reads, const QString &problem)
{
    ApiError refused;
    refused.kind = ApiErrorKind::InvalidInput;
    refused.detail = problem;
    for (const QString &what : reads)
        showError(what, refused.message());
}

void SimDetailPanel::requestDone(int generation)
{
    if (generation != m_generation)
        return;
    if (--m_pending != 0)
        return;
    m_ui->refreshButton->setEnabled(true);
    // The forecast needs all of it: the days, the data left and the order in use.
    drawChart();
    showForecast();
}

void SimDetailPanel::refresh()
{
    if (m_iccid.isEmpty())
        return;
    m_changeTimer.stop(); // everything is read again below
    m_usageChanged = false;
    const int generation = ++m_generation;
    clearValues();
    m_ui->refreshButton->setEnabled(false);
    m_orders->setOrders({});
    showTimeline();
    m_sim.reset();
    updateSimActions();
    m_dailyUsage = QList<double>(chartDays, 0.0);
    m_dayRead = QList<bool>(chartDays, false);
    m_leftMb.reset();
    m_ordersRead = false;
    // The ICCID is a record's text: one that is no ICCID is not asked about, and each read
    // says so, and why.
    QString problem;
    const std::optional<Iccid> found = Iccid::from(m_iccid, &problem);
    if (!found) {
        m_pending = 0;
        showRefused(
            {tr("SIM card"), tr("Usage"), tr("Carrier balance"), tr("Monthly usage"), tr("Orders")},
            problem);
        m_ui->refreshButton->setEnabled(true);
        return;
    }
    const Iccid &iccid = *found;
    m_pending = 5 + chartDays;
    auto current = [this, generation] {
        return generation == m_generation;
    };

    m_account->client().sim(iccid, this,
                            [this, generation, current](const ApiResult<SimCard> &result) {
                                if (!current())
                                    return;
                                if (result.ok()) {
                                    showSimCard(result.value());
                                } else {
                                    showError(tr("SIM card"), result.error().message());
                                }
                                requestDone(generation);
                            });
    readUsage([this, generation] { requestDone(generation); });
    // The server counts usage in its own days: "today" is the server's.
    const ServerTimeZone serverZone = m_account->client().settings().serverTimeZone;
    const QDate today = serverZone.today();
    m_chartLastDay = today;
    m_chartView->setToolTip(serverZone.serverDaysNote());
    m_ui->monthValue->setToolTip(serverZone.serverDaysNote());
    m_account->client().monthUsage(
        {iccid}, today, this,
        [this, generation, current](const ApiResult<QList<MonthUsage>> &result) {
            if (!current())
                return;
            if (result.ok() && !result.value().isEmpty())
                m_ui->monthValue->setText(
                    statustext::megabytes(result.value().constFirst().usedMb));
            else if (!result.ok())
                showError(tr("Monthly usage"), result.error().message());
            requestDone(generation);
        });
    OrderQuery query;
    query.iccid = iccid.value();
    query.pageSize = 100;
    m_account->client().orders(query, this,
                               [this, generation, current](const ApiResult<OrderPage> &result) {
                                   if (!current())
                                       return;
                                   m_ordersRead = result.ok();
                                   if (result.ok()) {
                                       m_orders->setOrders(result.value().orders);
                                       showTimeline();
                                   } else {
                                       showError(tr("Orders"), result.error().message());
                                   }
                                   requestDone(generation);
                               });
    for (int day = 0; day < chartDays; ++day) {
        m_account->client().dayUsage(
            iccid, today.addDays(day - chartDays + 1), this,
            [this, generation, current, day](const ApiResult<DayUsage> &result) {
                if (!current())
                    return;
                if (result.ok())
                    m_dailyUsage[day] = result.value().usedMb;
                m_dayRead[day] = result.ok();
                requestDone(generation);
            });
    }
}

void SimDetailPanel::readUsage(const std::function<void()> &answered)
{
    const int generation = m_generation;
    auto current = [this, generation] {
        return generation == m_generation;
    };
    QString problem;
    const std::optional<Iccid> iccid = Iccid::from(m_iccid, &problem);
    if (!iccid) {
        showRefused({tr("Usage"), tr("Carrier balance")}, problem);
        answered(); // for each of the two reads
        answered();
        return;
    }
    m_account->client().usage(
        *iccid, this, [this, current, answered](const ApiResult<FlowUsage> &result) {
            if (!current())
                return;
            if (result.ok()) {
                m_ui->usageValue->setText(statustext::megabytes(result.value().usedMb));
                m_ui->balanceValue->setText(
                    statustext::megabytes(result.value().highSpeedBalanceMb));
                m_leftMb = result.value().highSpeedBalanceMb;
            } else {
                showError(tr("Usage"), result.error().message());
                m_leftMb.reset();
            }
            // Read again after a change: the forecast goes by what is left now.
            if (m_pending == 0)
                showForecast();
            answered();
        });
    m_account->client().carrierBalance(
        *iccid, this, [this, current, answered](const ApiResult<CarrierBalance> &result) {
            if (!current())
                return;
            if (result.ok())
                m_ui->carrierValue->setText(statustext::megabytes(result.value().remainingMb));
            else
                showError(tr("Carrier balance"), result.error().message());
            answered();
        });
}

void SimDetailPanel::followChange(bool usageChanged)
{
    m_usageChanged = m_usageChanged || usageChanged;
    m_changeTimer.start();
}

void SimDetailPanel::showChanges()
{
    showTimeline();
    // The order in use may have changed (ended early, a plan ordered).
    showForecast();
    if (std::exchange(m_usageChanged, false) && !m_iccid.isEmpty())
        readUsage([] {});
}

void SimDetailPanel::drawChart()
{
    QList<QPointF> points;
    double highest = 1;
    const QDate first = m_chartLastDay.addDays(1 - chartDays);
    for (int day = 0; day < chartDays; ++day) {
        points.append(QPointF(chartX(first.addDays(day)), m_dailyUsage.at(day)));
        highest = qMax(highest, m_dailyUsage.at(day));
    }
    m_series->replace(points);
    // The rate is an average of days drawn, so it never raises the chart's top.
    const QList<double> days = rateDays();
    if (days.isEmpty()) {
        m_rateSeries->clear();
    } else {
        const double rate = std::accumulate(days.cbegin(), days.cend(), 0.0) / double(days.size());
        m_rateSeries->replace({QPointF(chartX(m_chartLastDay.addDays(-days.size())), rate),
                               QPointF(chartX(m_chartLastDay.addDays(-1)), rate)});
        m_rateSeries->setName(tr("%1-day rate: %2 MB a day").arg(days.size()).arg(rateText(rate)));
    }
    m_rateSeries->setVisible(!days.isEmpty());
    for (QLegendMarker *marker : m_chartView->chart()->legend()->markers(m_rateSeries))
        marker->setVisible(!days.isEmpty());
    const QList<QAbstractAxis *> axes = m_chartView->chart()->axes();
    for (QAbstractAxis *axis : axes) {
        if (auto *dates = qobject_cast<QDateTimeAxis *>(axis))
            dates->setRange(first.startOfDay(), m_chartLastDay.startOfDay());
        else if (auto *values = qobject_cast<QValueAxis *>(axis)) {
            values->setRange(0, highest * 1.1);
            values->applyNiceNumbers(); // round ticks: 0, 100, 200 rather than 0, 97.3, 194.6
        }
    }
    m_series->setName(tr("Daily usage, last %n day(s) (MB)", nullptr, chartDays));
    m_chartView->setVisible(true);
}

QList<double> SimDetailPanel::rateDays() const
{
    // The chart ends today; the rate's days are the ones before it.
    constexpr int count = AttentionRules::burnRateDays;
    static_assert(count > 1 && count < chartDays); // "the last 7 days", never "day"
    if (m_dayRead.size() != chartDays)
        return {};
    const int first = chartDays - 1 - count;
    if (!std::all_of(m_dayRead.cbegin() + first, m_dayRead.cbegin() + first + count,
                     [](bool read) { return read; }))
        return {};
    return m_dailyUsage.mid(first, count);
}

void SimDetailPanel::showForecast()
{
    // Said once everything of the SIM was read; an old one is not left under another's chart.
    const bool read = !m_iccid.isEmpty() && m_pending == 0 && !m_chartView->isHidden();
    m_ui->forecastLabel->setVisible(read);
    m_ui->forecastLabel->setText(read ? forecastWords() : QString());
}

QString SimDetailPanel::forecastWords() const
{
    if (!m_ordersRead)
        return tr("No forecast: the SIM card's orders could not be read.");
    const QList<Order> &orders = m_orders->orders();
    const auto inUse = std::find_if(orders.cbegin(), orders.cend(), [](const Order &order) {
        return order.status == int(OrderStatus::InUse);
    });
    if (inUse == orders.cend())
        return tr("No forecast: the SIM card has no order in use.");
    const QList<double> days = rateDays();
    if (days.isEmpty())
        return tr("No forecast: the data used on one of the last %1 days could not be read.")
            .arg(AttentionRules::burnRateDays);
    if (!m_leftMb)
        return tr("No forecast: the high-speed data left could not be read.");
    // The order's last day as the server counts its days, as the chart does.
    const ServerTimeZone serverZone = m_account->client().settings().serverTimeZone;
    const QDate expires = inUse->expires.isValid() ? serverZone.dateAt(inUse->expires) : QDate();
    const double planMb = inUse->flowMb * qMax(1, inUse->periods);
    return BurnForecast::fromDays(days, *m_leftMb, planMb, m_chartLastDay, expires).describe();
}

void SimDetailPanel::showWatched()
{
    const bool watched = !m_iccid.isEmpty() && m_account->watchlist().isWatched(m_iccid);
    m_ui->watchButton->setEnabled(!m_iccid.isEmpty());
    m_ui->watchButton->setChecked(watched);
    m_ui->watchButton->setText(watched ? tr("★ Wat&ched") : tr("☆ Wat&ch"));
}

void SimDetailPanel::setWatched(bool watched)
{
    if (m_iccid.isEmpty())
        return;
    Watchlist &watchlist = m_account->watchlist();
    const QString problem = watched ? watchlist.watch({m_iccid}) : watchlist.unwatch({m_iccid});
    if (!problem.isEmpty())
        emit statusMessage(tr("The watchlist could not be saved: %1").arg(problem));
    else
        emit statusMessage(
            watched ? tr("SIM %1 is watched: it is read in full at each look on the Attention "
                         "tab.")
                          .arg(m_iccid)
                    : tr("SIM %1 is no longer watched.").arg(m_iccid));
    // Not saved: the button goes back to what the watchlist holds.
    showWatched();
}

QList<Order> SimDetailPanel::selectedOrders() const
{
    return m_orders->ordersAt(m_ui->ordersView->selectionModel()->selectedRows());
}

void SimDetailPanel::updateSimActions()
{
    const bool known = m_sim.has_value();
    m_ui->orderPlanButton->setEnabled(known);
    m_ui->smsButton->setEnabled(known);
    m_ui->suspendButton->setEnabled(known && m_sim->lifeCycle == int(LifeCycle::Activated)
                                    && !m_sim->suspended);
    m_ui->resumeButton->setEnabled(known && m_sim->suspended);
}

void SimDetailPanel::updateActions()
{
    OrderActions::updateButtons(orderButtons(), selectedOrders());
}

OrderActions::Buttons SimDetailPanel::orderButtons() const
{
    return {m_ui->endEarlyButton, m_ui->cancelOrderButton, m_ui->enableButton, m_ui->renewButton};
}

void SimDetailPanel::showTimeline()
{
    m_ui->timelineList->clear();
    Journal *journal = m_account->journal();
    if (m_iccid.isEmpty() || !journal || !journal->isOpen())
        return;
    // The SIM's own changes and those of its orders, newest first.
    HistoryFilter filter;
    filter.subjects.append(m_iccid);
    for (const Order &order : m_orders->orders())
        filter.subjects.append(order.orderCode);
    filter.limit = timelineLength;
    for (const JournalEntry &entry : journal->history(filter)) {
        QString line = tr("%1  %2  %3: %4")
                           .arg(displaytime::dateTime(entry.recordedAt.toLocalTime()),
                                JournalWords::operationWords(entry.operation),
                                entry.subjects.join(u", "_s), JournalWords::words(entry.outcome()));
        if (!entry.reason.isEmpty())
            line += u"  — "_s + entry.reason;
        // On a team's desks "who" is part of what happened; the tooltip says from where.
        if (const QString who = entry.byName(); !who.isEmpty())
            //: The end of a line of a SIM's timeline: who sent the change
            line += u"  — "_s + tr("by %1").arg(who);
        auto *item = new QListWidgetItem(line, m_ui->timelineList);
        item->setToolTip(plainToolTip(tr("By %1 with %2").arg(entry.byline(), entry.origin)));
    }
}

} // namespace cube
