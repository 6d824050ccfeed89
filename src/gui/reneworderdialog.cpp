#include "reneworderdialog.h"

#include "account/account.h"
#include "activitylog.h"
#include "contract/vocabulary.h"
#include "notify.h"
#include "plaintext.h"
#include "records/planperiod.h"
#include "statusbarnote.h"
#include "statustext.h"
#include "transport/cubeclient.h"
#include "ui_reneworderdialog.h"
#include "writes/changewriter.h"
#include "writes/jobrunner.h"
#include "writes/writejob.h"

#include <QColor>
#include <QEvent>
#include <QHeaderView>
#include <QJsonObject>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// The columns of a job's orders.
enum Column { CodeColumn, SimColumn, PlanColumn, NowColumn, AfterColumn, ResultColumn };

// One renewal at a time, as the End early dialog sends its orders: each is read before and
// after (a later expiry settles a lost answer), and the gateway allows few requests at once.
constexpr int ordersAtOnce = 1;

} // namespace

RenewOrderDialog::RenewOrderDialog(Account *account, ActivityLog *activity, Order order,
                                   QWidget *parent)
    : RenewOrderDialog(account, activity, QList<Order>{std::move(order)}, parent)
{}

RenewOrderDialog::RenewOrderDialog(Account *account, ActivityLog *activity, QList<Order> orders,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RenewOrderDialog>())
    , m_account(account)
    , m_activity(activity)
    , m_orders(std::move(orders))
{
    setObjectName(u"renewDialog"_s);
    m_ui->setupUi(this);
    showLabelsAsPlainText(this); // server and journal text is never HTML
    m_renewButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_renewButton->setObjectName(u"renewButton"_s);
    // Enter must not spend money: no button here is the default one.
    withoutDefaultButton(m_ui->buttonBox);
    // Nothing is sent before the period and the new expiry can be read.
    m_renewButton->setEnabled(false);
    connect(m_renewButton, &QPushButton::clicked, this, &RenewOrderDialog::renew);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->periodsSpin, &QSpinBox::valueChanged, this, &RenewOrderDialog::showNewExpiry);
    // A job's orders each have their expiry now and after in a row of the table; one order has
    // them in the form.
    for (QWidget *single :
         {static_cast<QWidget *>(m_ui->periodCaption), static_cast<QWidget *>(m_ui->periodLabel),
          static_cast<QWidget *>(m_ui->currentExpiryCaption),
          static_cast<QWidget *>(m_ui->currentExpiryLabel),
          static_cast<QWidget *>(m_ui->newExpiryCaption),
          static_cast<QWidget *>(m_ui->newExpiryLabel)})
        single->setVisible(!isJob());
    m_ui->ordersTable->setVisible(isJob());
    if (isJob()) {
        resize(720, 420);
        fillOrdersTable();
    }
    retranslate();
    readPlan();
}

RenewOrderDialog::~RenewOrderDialog() = default;

void RenewOrderDialog::reject()
{
    if (!m_sending)
        return QDialog::reject();
    if (m_runner) {
        // Stop: the renewal on the wire finishes (it may already be done); no further one goes.
        m_runner->stop();
        m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(false);
        m_ui->resultLabel->setText(tr("Stopping after the order being sent…"));
    }
}

std::optional<int> RenewOrderDialog::planTypeOf(const Order &order) const
{
    const auto type = m_planTypes.constFind(order.planCode);
    return type == m_planTypes.cend() ? std::nullopt : std::optional(*type);
}

void RenewOrderDialog::fillOrdersTable()
{
    QTableWidget *table = m_ui->ordersTable;
    table->setColumnCount(ResultColumn + 1);
    table->setRowCount(int(m_orders.size()));
    for (int row = 0; row < m_orders.size(); ++row) {
        const Order &order = m_orders.at(row);
        const QStringList cells{order.orderCode, order.iccid, order.planName};
        for (int column = 0; column <= ResultColumn; ++column) {
            auto *item = new QTableWidgetItem(column < cells.size() ? cells.at(column) : QString());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            table->setItem(row, column, item);
        }
    }
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

void RenewOrderDialog::fitOrdersTable()
{
    // Wide enough for every column and a result, as far as the screen allows.
    QTableWidget *table = m_ui->ordersTable;
    table->resizeColumnsToContents();
    int wanted = 2 * table->frameWidth() + table->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < ResultColumn; ++column)
        wanted += table->columnWidth(column);
    wanted += fontMetrics().horizontalAdvance(
        tr("Renewed; it now expires %1.").arg(statustext::dateTime(order().expires)));
    const QMargins margins = layout()->contentsMargins();
    wanted += margins.left() + margins.right();
    const int room = screen() ? screen()->availableGeometry().width() - 40 : wanted;
    resize(qMax(width(), qMin(wanted, room)), height());
}

void RenewOrderDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void RenewOrderDialog::retranslate()
{
    m_renewButton->setText(tr("&Renew"));
    if (isJob()) {
        setWindowTitle(tr("Renew %Ln order(s)", nullptr, int(m_orders.size())));
        m_ui->orderLabel->setText(
            tr("%Ln order(s) in use. Renewing adds the same number of periods to each and moves "
               "its expiry later; each stays in use. They are renewed one after another.",
               nullptr, int(m_orders.size())));
        m_ui->ordersTable->setHorizontalHeaderLabels({tr("Order"), tr("SIM card"), tr("Plan"),
                                                      tr("Expires now"),
                                                      tr("Expires after renewing"), tr("Result")});
    } else {
        setWindowTitle(tr("Renew order %1").arg(order().orderCode));
        m_ui->orderLabel->setText(
            tr("Order %1 of plan “%2” for SIM card %3. Renewing adds periods to it and moves its "
               "expiry later; it stays in use.")
                .arg(order().orderCode, order().planName, order().iccid));
    }
    m_ui->currentExpiryLabel->setText(
        order().expires.isValid() ? statustext::dateTime(order().expires) : tr("not known"));
    showPeriod();
    showNewExpiry();
}

void RenewOrderDialog::readPlan()
{
    // The order names its plan; how long a period lasts is the plan's (its package_type).
    m_account->client().plans(this, [this](const ApiResult<QList<Plan>> &result) {
        m_planRead = true;
        if (!result.ok()) {
            m_planProblem = result.error().message();
        } else {
            for (const Plan &plan : result.value())
                m_planTypes.insert(plan.code, plan.type);
            if (!planTypeOf(order()))
                m_planProblem =
                    tr("The plan %1 is not in the account's plan list.").arg(order().planCode);
        }
        showPeriod();
        showNewExpiry();
        m_renewButton->setEnabled(!m_sending && !m_renewed);
    });
}

void RenewOrderDialog::showPeriod()
{
    if (!m_planRead) {
        m_ui->periodLabel->setText(tr("Reading the plan…"));
        return;
    }
    const std::optional<int> planType = planTypeOf(order());
    const int days = planType ? planperiod::days(*planType) : 0;
    if (days > 0)
        m_ui->periodLabel->setText(tr("%Ln day(s) (%1 plan)", nullptr, days)
                                       .arg(vocabulary::planTypes().words(*planType).toLower()));
    else
        m_ui->periodLabel->setText(
            tr("Not known: %1")
                .arg(m_planProblem.isEmpty()
                         ? tr("the plan's kind (%1) is not a known one.").arg(planType.value_or(-1))
                         : m_planProblem));
}

void RenewOrderDialog::showNewExpiry()
{
    if (isJob()) {
        // Each row: its expiry now, and what the console expects after (the server sets it).
        for (int row = 0; row < m_orders.size(); ++row) {
            const Order &one = m_orders.at(row);
            const std::optional<int> type = planTypeOf(one);
            const QDateTime expected =
                type
                    ? planperiod::expiryAfterRenewal(one.expires, *type, m_ui->periodsSpin->value())
                    : QDateTime();
            m_ui->ordersTable->item(row, NowColumn)
                ->setText(one.expires.isValid() ? statustext::dateTime(one.expires)
                                                : tr("not known"));
            if (!m_job)
                m_ui->ordersTable->item(row, AfterColumn)
                    ->setText(expected.isValid() ? statustext::dateTime(expected)
                              : m_planRead       ? tr("not known until the server answers")
                                                 : tr("Reading the plan…"));
        }
        if (!m_job)
            fitOrdersTable();
        return;
    }
    if (m_renewed) {
        m_ui->newExpiryLabel->setText(m_renewedExpiry.isValid()
                                          ? statustext::dateTime(m_renewedExpiry)
                                          : tr("not known: the server did not say"));
        return;
    }
    const std::optional<int> planType = planTypeOf(order());
    const QDateTime expected = planType ? planperiod::expiryAfterRenewal(order().expires, *planType,
                                                                         m_ui->periodsSpin->value())
                                        : QDateTime();
    if (expected.isValid())
        //: The server computes the new expiry; the console's is what it expects
        m_ui->newExpiryLabel->setText(
            tr("%1 (expected; the server sets it)").arg(statustext::dateTime(expected)));
    else
        m_ui->newExpiryLabel->setText(m_planRead ? tr("not known until the server answers")
                                                 : tr("Reading the plan…"));
}

void RenewOrderDialog::renew()
{
    if (m_sending || m_renewed)
        return;
    if (isJob())
        return renewAll();
    m_sending = true;
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(false);
    m_renewButton->setEnabled(false);
    m_ui->periodsSpin->setEnabled(false);
    m_ui->resultLabel->setText(tr("Sending…"));
    const int periods = m_ui->periodsSpin->value();
    // The code is a record's text: the writer makes it an order code, or says why it is none.
    m_account->writer().perform(
        WriteTask(Operation::RenewPackage, order().orderCode, {{WriteTask::periodsKey, periods}}),
        this, [this, periods](const WriteOutcome &outcome) { finish(periods, outcome); });
}

void RenewOrderDialog::finish(int periods, const WriteOutcome &outcome)
{
    m_sending = false;
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(true);
    const QString code = order().orderCode;
    QString said;
    if (outcome.done()) {
        m_renewed = true;
        m_renewedExpiry = outcome.order ? outcome.order->expires : QDateTime();
        said = m_renewedExpiry.isValid()
                   ? tr("Order %1 renewed by %Ln period(s); it now expires %2.", nullptr, periods)
                         .arg(code, statustext::dateTime(m_renewedExpiry))
                   : tr("Order %1 renewed by %Ln period(s).", nullptr, periods).arg(code);
        if (!outcome.message().isEmpty())
            said += u' ' + outcome.message();
        showNewExpiry();
    } else {
        const QString problem = outcome.message();
        const bool refused = outcome.settlement == Settlement::NotDone;
        said = refused ? tr("Order %1 was not renewed: %2").arg(code, problem)
                       : tr("Order %1: not known whether it was renewed. %2").arg(code, problem);
        // Only a refusal may be tried again; an answer that is not known must be checked first.
        if (refused) {
            m_renewButton->setEnabled(true);
            m_ui->periodsSpin->setEnabled(true);
        }
    }
    m_ui->resultLabel->setText(said);
    if (m_activity)
        m_activity->record(tr("Renew order"), code, outcome.done(), said, said);
    noteInStatusBar(this, said);
}

} // namespace cube

namespace cube {

void RenewOrderDialog::renewAll()
{
    m_sending = true;
    m_renewButton->setEnabled(false);
    m_ui->periodsSpin->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Stop"));
    const int periods = m_ui->periodsSpin->value();
    QStringList codes;
    for (const Order &one : std::as_const(m_orders))
        codes.append(one.orderCode);
    // Recorded as one job before the first renewal is sent: if the console is killed half-way,
    // the next start finds it and offers to check and resume it.
    m_job = std::make_unique<WriteJob>(m_account->writer(), m_account->client(),
                                       m_account->journal(), Operation::RenewPackage,
                                       QJsonObject{{WriteTask::periodsKey, periods}}, codes);
    if (const std::optional<QString> why = m_job->record()) {
        m_sending = false;
        m_renewed = true; // nothing left to send from here
        m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Close"));
        m_ui->resultLabel->setText(tr("Nothing was sent: %1").arg(*why));
        return;
    }
    m_ui->resultLabel->setText(tr("Sending…"));
    m_runner = new JobRunner(
        m_orders.size(), ordersAtOnce,
        [this, periods](qsizetype index, const JobRunner::ItemDone &settled) {
            setRowResult(int(index), tr("Sending…"), true);
            m_job->write(index, this, [this, index, periods, settled](const WriteOutcome &outcome) {
                finishOne(index, periods, outcome);
                settled(outcome.settlement);
            });
        },
        this);
    connect(m_runner, &JobRunner::finished, this, &RenewOrderDialog::finishAll);
    m_runner->start();
}

void RenewOrderDialog::finishOne(qsizetype index, int periods, const WriteOutcome &outcome)
{
    const int row = int(index);
    const QString code = m_orders.at(index).orderCode;
    const QDateTime expires = outcome.order ? outcome.order->expires : QDateTime();
    QString said;
    if (outcome.done()) {
        said = expires.isValid()
                   ? tr("Renewed; it now expires %1.").arg(statustext::dateTime(expires))
                   : tr("Renewed.");
        if (expires.isValid())
            m_ui->ordersTable->item(row, AfterColumn)->setText(statustext::dateTime(expires));
        if (!outcome.message().isEmpty())
            said += u' ' + outcome.message();
    } else {
        said = outcome.message();
    }
    setRowResult(row, said, outcome.done());
    if (m_activity) {
        const QString logged =
            outcome.done() ? tr("Order %1 renewed by %Ln period(s).", nullptr, periods).arg(code)
                           : tr("Order %1 was not renewed: %2").arg(code, said);
        m_activity->record(tr("Renew order"), code, outcome.done(), logged, logged);
    }
}

void RenewOrderDialog::setRowResult(int row, const QString &text, bool succeeded)
{
    QTableWidgetItem *item = m_ui->ordersTable->item(row, ResultColumn);
    item->setText(text);
    item->setToolTip(plainToolTip(text));
    item->setForeground(succeeded ? QColor(0x1e, 0x7b, 0x34) : QColor(0xa1, 0x26, 0x1b));
}

void RenewOrderDialog::finishAll()
{
    m_sending = false;
    m_renewed = true; // a job is sent once: what was not sent is the journal's to resume
    const JobTally &tally = m_runner->tally();
    m_job->end(tally.notSent > 0 ? JobState::Stopped : JobState::Finished);
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_ui->ordersTable->item(row, ResultColumn)->text().isEmpty())
            setRowResult(row, tr("Not sent"), false);
    }
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setEnabled(true);
    close->setText(tr("&Close"));
    const int count = int(m_orders.size());
    //: Two counts of a Renew job: "3 orders renewed" and "1 failed or not sent."
    const QString said =
        tr("%1; %2").arg(tr("%Ln order(s) renewed", nullptr, int(tally.done)),
                         tr("%Ln failed or not sent.", nullptr, count - int(tally.done)));
    m_ui->resultLabel->setText(said);
    noteInStatusBar(this, said);
}

} // namespace cube
