#include "orderplandialog.h"

#include "account/account.h"
#include "activitylog.h"
#include "notify.h"
#include "plaintext.h"
#include "planordersummary.h"
#include "statusbarnote.h"
#include "statustext.h"
#include "transport/cubeclient.h"
#include "ui_orderplandialog.h"
#include "writes/changewriter.h"
#include "writes/jobrunner.h"

#include <QColor>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

const char *const payTypes[] = {
    QT_TRANSLATE_NOOP("cube::OrderPlanDialog", "ipay88"),
    QT_TRANSLATE_NOOP("cube::OrderPlanDialog", "WeChat Pay"),
    QT_TRANSLATE_NOOP("cube::OrderPlanDialog", "Alipay"),
};

} // namespace

OrderPlanDialog::OrderPlanDialog(Account *account, ActivityLog *activity, QStringList iccids,
                                 QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OrderPlanDialog>())
    , m_account(account)
    , m_activity(activity)
    , m_iccids(std::move(iccids))
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this); // server and journal text is never HTML
    m_orderButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_orderButton->setObjectName(u"orderButton"_s);
    // Enter must not spend money: no button here is the default one, so Enter does nothing
    // (QDialog would otherwise make the first button the default when it is shown).
    withoutDefaultButton(m_ui->buttonBox);
    m_ui->resultsView->hide();
    m_ui->resultsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const bool many = m_iccids.size() > 1;
    m_ui->totalCaption->setVisible(many);
    m_ui->totalLabel->setVisible(many);
    connect(m_orderButton, &QPushButton::clicked, this, &OrderPlanDialog::confirm);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->planCombo, &QComboBox::currentIndexChanged, this, &OrderPlanDialog::planChosen);
    connect(m_ui->periodsSpin, &QSpinBox::valueChanged, this, &OrderPlanDialog::planChosen);
    connect(m_ui->amountSpin, &QDoubleSpinBox::valueChanged, this, &OrderPlanDialog::showTotal);
    // 2,600.00 as the confirmation says it, not 2600.00.
    m_ui->amountSpin->setGroupSeparatorShown(true);
    retranslate();
    loadPlans();
}

OrderPlanDialog::~OrderPlanDialog() = default;

void OrderPlanDialog::reject()
{
    if (!m_inFlight)
        QDialog::reject();
}

void OrderPlanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void OrderPlanDialog::retranslate()
{
    setWindowTitle(tr("Order a plan for %Ln SIM card(s)", nullptr, int(m_iccids.size())));
    m_orderButton->setText(tr("&Order…"));
    m_ui->targetLabel->setText(m_iccids.size() == 1
                                   ? tr("SIM card %1").arg(m_iccids.constFirst())
                                   : tr("%Ln SIM card(s): %1", nullptr, int(m_iccids.size()))
                                         .arg(m_iccids.mid(0, 5).join(u", "_s)
                                              + (m_iccids.size() > 5 ? u", …"_s : QString())));
    if (m_iccids.size() == 1)
        m_ui->amountCaption->setText(tr("&Amount:"));
    m_ui->planCombo->setPlaceholderText(tr("Choose a plan…"));
    const int payType = m_ui->payTypeCombo->currentIndex();
    m_ui->payTypeCombo->clear();
    m_ui->payTypeCombo->addItem(tr("Not specified"));
    for (int type = 0; type < 3; ++type)
        m_ui->payTypeCombo->addItem(tr(payTypes[type]), type);
    m_ui->payTypeCombo->setCurrentIndex(qMax(0, payType));
    m_ui->resultsView->setHeaderLabels({tr("SIM card"), tr("Order"), tr("Result")});
    m_ui->resultsView->setAccessibleName(tr("Result for each SIM card"));
    for (int row = 0; row < m_results.size(); ++row)
        m_ui->resultsView->topLevelItem(row)->setText(2, resultWords(m_results.at(row)));
    if (plansLoaded())
        showPlans();
    showTotal();
    updateOrderButton();
}

void OrderPlanDialog::loadPlans()
{
    m_ui->planCombo->setEnabled(false);
    m_ui->resultLabel->setText(tr("Loading the account's plans…"));
    m_account->client().plans(this, [this](const ApiResult<QList<Plan>> &result) {
        if (!result.ok()) {
            m_ui->resultLabel->setText(result.error().message());
            return;
        }
        m_plans = result.value();
        showPlans();
        m_ui->planCombo->setEnabled(true);
        m_ui->resultLabel->clear();
        planChosen();
    });
}

void OrderPlanDialog::showPlans()
{
    // The words only: which plan is chosen stays (none at first, as no plan is chosen for the
    // person).
    const int chosen = m_ui->planCombo->currentIndex();
    const QSignalBlocker quiet(m_ui->planCombo);
    m_ui->planCombo->clear();
    for (const Plan &plan : std::as_const(m_plans))
        m_ui->planCombo->addItem(
            tr("%1 — %2", "plan name, terms").arg(plan.name, PlanOrderSummary::planTerms(plan)));
    m_ui->planCombo->setCurrentIndex(chosen);
    if (const Plan *plan = chosenPlan())
        m_ui->priceLabel->setText(PlanOrderSummary::planTerms(*plan));
    else
        m_ui->priceLabel->setText(tr("Choose a plan to see its price."));
}

const Plan *OrderPlanDialog::chosenPlan() const
{
    const int index = m_ui->planCombo->currentIndex();
    return index >= 0 && index < m_plans.size() ? &m_plans.at(index) : nullptr;
}

void OrderPlanDialog::planChosen()
{
    // The amount follows the plan's price and the periods (the person may change it after):
    // an order is never shown as costing 0.00 when its plan costs something.
    const Plan *plan = chosenPlan();
    m_ui->priceLabel->setText(plan ? PlanOrderSummary::planTerms(*plan)
                                   : tr("Choose a plan to see its price."));
    m_ui->amountSpin->setSuffix(plan && !plan->currency.isEmpty() ? u' ' + plan->currency
                                                                  : QString());
    if (plan)
        m_ui->amountSpin->setValue(plan->price * m_ui->periodsSpin->value());
    showTotal();
    updateOrderButton();
}

void OrderPlanDialog::showTotal()
{
    const Plan *plan = chosenPlan();
    const double inAll = double(qRound64(m_ui->amountSpin->value() * 100) * m_iccids.size()) / 100;
    m_ui->totalLabel->setText(
        tr("%1 for %Ln SIM card(s)", nullptr, int(m_iccids.size()))
            .arg(PlanOrderSummary::money(inAll, plan ? plan->currency : QString())));
}

void OrderPlanDialog::updateOrderButton()
{
    m_orderButton->setEnabled(!m_sent && plansLoaded() && chosenPlan());
}

PlanOrderRequest OrderPlanDialog::request() const
{
    const Plan &plan = *chosenPlan();
    PlanOrderRequest request; // keeps the fields the vendor requires (test_flow, …) as they are
    request.iccids = m_iccids;
    request.planCode = plan.code;
    request.planName = plan.name;
    request.planType = plan.type;
    request.periods = m_ui->periodsSpin->value();
    request.enableNow = m_ui->enableNowCheck->isChecked();
    request.payAmount = m_ui->amountSpin->value();
    request.paid = m_ui->paidCheck->isChecked();
    const QVariant payType = m_ui->payTypeCombo->currentData();
    if (payType.isValid())
        request.payType = payType.toInt();
    return request;
}

void OrderPlanDialog::confirm()
{
    if (m_sent || m_confirmation || !chosenPlan())
        return;
    const PlanOrderRequest order = request();
    const PlanOrderSummary summary(order, *chosenPlan(),
                                   order.payType ? m_ui->payTypeCombo->currentText() : QString());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Confirm the order"), summary.question(),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"confirmBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setInformativeText(summary.terms());
    if (const QString all = summary.allIccids(); !all.isEmpty())
        box->setDetailedText(all);
    showAsPlainText(box); // the plan's name as the server wrote it, never formatted by it
    QPushButton *place = box->addButton(summary.goAhead(), QMessageBox::AcceptRole);
    place->setObjectName(u"placeOrderButton"_s);
    // Enter and Escape both keep the choices and send nothing: placing is a deliberate click.
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [this, box, place, order] {
        if (box->clickedButton() == place)
            send(order);
    });
    box->open();
}

void OrderPlanDialog::send(const PlanOrderRequest &request)
{
    if (m_sent)
        return;
    m_sent = true;
    m_inFlight = true;
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(false);
    updateOrderButton();
    for (QWidget *input :
         {static_cast<QWidget *>(m_ui->planCombo), static_cast<QWidget *>(m_ui->periodsSpin),
          static_cast<QWidget *>(m_ui->amountSpin), static_cast<QWidget *>(m_ui->payTypeCombo),
          static_cast<QWidget *>(m_ui->paidCheck), static_cast<QWidget *>(m_ui->enableNowCheck)})
        input->setEnabled(false);
    m_ui->resultLabel->setText(tr("Sending…"));
    m_ui->resultsView->show();

    if (m_iccids.size() == 1)
        sendOne(request);
    else
        sendBatches(request);
}

void OrderPlanDialog::sendOne(const PlanOrderRequest &request)
{
    // Through the writer: a lost answer is settled by the SIM's orders, never sent again.
    m_account->writer().placeOrder(request, this, [this, request](const WriteOutcome &outcome) {
        SimResult result;
        result.iccid = request.iccids.constFirst();
        if (outcome.done() && outcome.order) {
            result.kind = SimResult::Kind::Placed;
            result.orderCode = outcome.order->orderCode;
            result.starts = outcome.order->starts;
            result.expires = outcome.order->expires;
        } else if (outcome.done() || outcome.settlement == Settlement::Unknown) {
            result.kind = SimResult::Kind::Unknown;
            result.problem = outcome.message().isEmpty()
                                 ? tr("Look at the SIM card's orders before ordering again.")
                                 : outcome.message();
        } else {
            result.problem = outcome.message();
        }
        addResult(result);
        finish(request.planName);
    });
}

void OrderPlanDialog::sendBatches(const PlanOrderRequest &request)
{
    const QList<PlanOrderRequest> batches = request.inBatches();
    auto *runner = new JobRunner(
        batches.size(), 1,
        [this, batches](qsizetype index, const JobRunner::ItemDone &settled) {
            const PlanOrderRequest &batch = batches.at(index);
            // Through the writer: journaled, and a lost answer is never sent again.
            m_account->writer().placeOrders(
                batch, this, [this, iccids = batch.iccids, settled](const WriteOutcome &outcome) {
                    if (!outcome.done()) {
                        // The whole request failed: every SIM card of it shares its error.
                        const bool unknown = outcome.settlement == Settlement::Unknown;
                        for (const QString &iccid : iccids) {
                            SimResult failed;
                            failed.iccid = iccid;
                            failed.kind =
                                unknown ? SimResult::Kind::Unknown : SimResult::Kind::Failed;
                            failed.problem = outcome.message();
                            addResult(failed);
                        }
                        return settled(outcome.settlement);
                    }
                    bool all = true;
                    QSet<QString> answered;
                    for (const BatchOrderLine &line : outcome.lines) {
                        answered.insert(line.iccid);
                        SimResult one;
                        one.iccid = line.iccid;
                        if (line.ok()) {
                            one.kind = SimResult::Kind::Placed;
                            one.orderCode = line.orderId;
                            one.starts = line.starts;
                            one.expires = line.expires;
                        } else {
                            all = false;
                            one.problem = tr("%1 (code %2)").arg(line.errorMessage, line.errorCode);
                        }
                        addResult(one);
                    }
                    for (const QString &iccid : iccids) {
                        if (answered.contains(iccid))
                            continue;
                        all = false;
                        SimResult missing;
                        missing.iccid = iccid;
                        missing.kind = SimResult::Kind::Unknown;
                        missing.problem = tr("The server's answer does not name this SIM card; "
                                             "look at its orders before ordering again.");
                        addResult(missing);
                    }
                    settled(all ? Settlement::Done : Settlement::NotDone);
                });
        },
        this);
    connect(runner, &JobRunner::finished, this,
            [this, planName = request.planName] { finish(planName); });
    runner->start();
}

QString OrderPlanDialog::resultWords(const SimResult &result) const
{
    switch (result.kind) {
    case SimResult::Kind::Placed:
        return result.starts.isValid() ? tr("Placed; runs from %1 to %2")
                                             .arg(statustext::dateTime(result.starts),
                                                  statustext::dateTime(result.expires))
                                       : tr("Placed; starts when it is enabled");
    case SimResult::Kind::Failed:
        return tr("Not placed: %1").arg(result.problem);
    case SimResult::Kind::Unknown:
        break;
    }
    return tr("Not known whether it was placed: %1").arg(result.problem);
}

void OrderPlanDialog::addResult(const SimResult &result)
{
    m_results.append(result);
    auto *line = new QTreeWidgetItem(m_ui->resultsView,
                                     {result.iccid, result.orderCode, resultWords(result)});
    line->setToolTip(2, plainToolTip(line->text(2)));
    if (result.kind != SimResult::Kind::Placed)
        line->setForeground(2, QColor(0xa1, 0x26, 0x1b));
}

void OrderPlanDialog::finish(const QString &planName)
{
    qsizetype placed = 0;
    qsizetype failed = 0;
    QStringList details;
    for (const SimResult &result : std::as_const(m_results)) {
        if (result.kind == SimResult::Kind::Placed)
            ++placed;
        else if (result.kind == SimResult::Kind::Failed)
            ++failed;
        details.append(tr("%1: %2 %3", "ICCID: order code, result")
                           .arg(result.iccid, result.orderCode, resultWords(result))
                           .simplified());
    }
    const qsizetype unknown = m_results.size() - placed - failed;
    QString summary;
    QString status;
    if (m_iccids.size() == 1 && m_results.size() == 1) {
        const SimResult &result = m_results.constFirst();
        if (result.kind == SimResult::Kind::Placed) {
            summary =
                result.starts.isValid()
                    ? tr("Order %1 placed; it runs from %2 to %3.")
                          .arg(result.orderCode, statustext::dateTime(result.starts),
                               statustext::dateTime(result.expires))
                    : tr("Order %1 placed; it starts when it is enabled.").arg(result.orderCode);
            status =
                tr("Order %1 placed: %2 for SIM %3.").arg(result.orderCode, planName, result.iccid);
        } else {
            summary = resultWords(result);
            status = tr("Ordering %1 for SIM %2: %3").arg(planName, result.iccid, summary);
        }
    } else {
        summary = tr("%Ln order(s) placed.", nullptr, int(placed));
        if (failed > 0)
            summary +=
                u' ' + tr("%Ln SIM card(s) not ordered: see the list.", nullptr, int(failed));
        if (unknown > 0)
            summary += u' '
                       + tr("For %Ln SIM card(s) it is not known whether an order was placed: "
                            "look at their orders before ordering again.",
                            nullptr, int(unknown));
        status = placed == m_iccids.size()
                     ? tr("%1: %Ln order(s) placed.", nullptr, int(placed)).arg(planName)
                     : tr("%1: %2 of %Ln order(s) placed; the order dialog and the session log "
                          "list the others.",
                          nullptr, int(m_iccids.size()))
                           .arg(planName, QLocale().toString(placed));
    }
    m_ui->resultLabel->setText(summary);
    m_inFlight = false;
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(true);
    if (m_activity)
        m_activity->record(tr("Order plan"),
                           m_iccids.size() == 1
                               ? m_iccids.constFirst()
                               : tr("%Ln SIM card(s)", nullptr, int(m_iccids.size())),
                           placed == m_iccids.size(), summary, details.join(u'\n'));
    noteInStatusBar(this, status);
}

} // namespace cube
