#include "orderplandialog.h"

#include "account.h"
#include "activitylog.h"
#include "bulkrunner.h"
#include "changewriter.h"
#include "cubeclient.h"
#include "statustext.h"
#include "ui_orderplandialog.h"
#include "vocabulary.h"

#include <QEvent>
#include <QPushButton>

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
    m_orderButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_orderButton->setObjectName(u"orderButton"_s);
    connect(m_orderButton, &QPushButton::clicked, this, &OrderPlanDialog::send);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->planCombo, &QComboBox::currentIndexChanged, this,
            &OrderPlanDialog::updateOrderButton);
    retranslate();
    loadPlans();
}

OrderPlanDialog::~OrderPlanDialog() = default;

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
    setWindowTitle(tr("Order a plan for %n SIM card(s)", nullptr, int(m_iccids.size())));
    m_orderButton->setText(tr("&Order"));
    m_ui->targetLabel->setText(m_iccids.size() == 1
                                   ? tr("SIM card %1").arg(m_iccids.constFirst())
                                   : tr("%n SIM card(s): %1", nullptr, int(m_iccids.size()))
                                         .arg(m_iccids.mid(0, 5).join(u", "_s)
                                              + (m_iccids.size() > 5 ? u", …"_s : QString())));
    const int payType = m_ui->payTypeCombo->currentIndex();
    m_ui->payTypeCombo->clear();
    m_ui->payTypeCombo->addItem(tr("Not specified"));
    for (int type = 0; type < 3; ++type)
        m_ui->payTypeCombo->addItem(tr(payTypes[type]), type);
    m_ui->payTypeCombo->setCurrentIndex(qMax(0, payType));
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
        m_ui->planCombo->clear();
        for (const Plan &plan : std::as_const(m_plans)) {
            const QString volume =
                plan.flowMb > 0 ? statustext::megabytes(plan.flowMb) : tr("Unlimited");
            m_ui->planCombo->addItem(u"%1 — %2, %3, %4"_s.arg(
                plan.name, vocabulary::planTypes().words(plan.type).toLower(), volume,
                QLocale().toString(plan.price, 'f', 2)));
        }
        m_ui->planCombo->setEnabled(true);
        m_ui->resultLabel->clear();
        updateOrderButton();
    });
}

void OrderPlanDialog::updateOrderButton()
{
    m_orderButton->setEnabled(!m_sent && plansLoaded() && m_ui->planCombo->currentIndex() >= 0);
}

void OrderPlanDialog::send()
{
    if (m_sent || !plansLoaded())
        return;
    m_sent = true;
    updateOrderButton();
    for (QWidget *input :
         {static_cast<QWidget *>(m_ui->planCombo), static_cast<QWidget *>(m_ui->periodsSpin),
          static_cast<QWidget *>(m_ui->amountSpin), static_cast<QWidget *>(m_ui->payTypeCombo),
          static_cast<QWidget *>(m_ui->paidCheck), static_cast<QWidget *>(m_ui->enableNowCheck)})
        input->setEnabled(false);
    m_ui->resultLabel->setText(tr("Sending…"));

    const Plan &plan = m_plans.at(m_ui->planCombo->currentIndex());
    PlanOrderRequest request;
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

    if (m_iccids.size() == 1)
        sendOne(request);
    else
        sendBatches(request);
}

void OrderPlanDialog::sendOne(const PlanOrderRequest &request)
{
    // Through the writer: a lost answer is settled by the SIM's orders, never sent again.
    m_account->writer().placeOrder(request, this, [this](const WriteOutcome &outcome) {
        if (!outcome.done() || !outcome.order)
            return finish(false, outcome.message(), {});
        const Order &placed = *outcome.order;
        finish(true,
               placed.starts.isValid()
                   ? tr("Order %1 placed; it runs from %2 to %3.")
                         .arg(placed.orderCode, statustext::dateTime(placed.starts),
                              statustext::dateTime(placed.expires))
                   : tr("Order %1 placed; it starts when it is enabled.").arg(placed.orderCode),
               {});
    });
}

void OrderPlanDialog::sendBatches(const PlanOrderRequest &request)
{
    struct Results
    {
        QStringList ordered;
        QStringList failures;
    };
    auto results = std::make_shared<Results>();
    const QList<PlanOrderRequest> batches = request.inBatches();
    auto *bulk = new BulkRunner(
        batches.size(), 1,
        [this, batches, results](qsizetype index, const BulkRunner::ItemDone &settled) {
            m_account->client().orderPlanForMany(
                batches.at(index), this,
                [results, settled](const ApiResult<QList<BatchOrderLine>> &result) {
                    if (!result.ok()) {
                        results->failures.append(result.error().message());
                        return settled(result.error().outcomeUnknown ? Settlement::Unknown
                                                                     : Settlement::NotDone);
                    }
                    bool all = true;
                    for (const BatchOrderLine &line : result.value()) {
                        if (line.ok()) {
                            results->ordered.append(line.iccid);
                            continue;
                        }
                        all = false;
                        results->failures.append(
                            tr("%1: %2 (code %3)")
                                .arg(line.iccid, line.errorMessage, line.errorCode));
                    }
                    settled(all ? Settlement::Done : Settlement::NotDone);
                });
        },
        this);
    connect(bulk, &BulkRunner::finished, this, [this, results] {
        QString text = tr("%n order(s) placed.", nullptr, int(results->ordered.size()));
        if (!results->failures.isEmpty())
            text += u'\n' + results->failures.join(u'\n');
        finish(results->failures.isEmpty(), text, results->ordered);
    });
    bulk->start();
}

void OrderPlanDialog::finish(bool succeeded, const QString &result, const QStringList &ordered)
{
    m_ui->resultLabel->setText(result);
    if (m_activity)
        m_activity->record(tr("Order plan"),
                           m_iccids.size() == 1
                               ? m_iccids.constFirst()
                               : tr("%n SIM card(s)", nullptr, int(m_iccids.size())),
                           succeeded, result.section(u'\n', 0, 0), result);
    // Each SIM ordered for shows its new plan in every view.
    for (const QString &iccid : ordered)
        m_account->writer().follow(Iccid{iccid});
}

} // namespace cube
