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

#include <QEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace cube {

RenewOrderDialog::RenewOrderDialog(Account *account, ActivityLog *activity, Order order,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RenewOrderDialog>())
    , m_account(account)
    , m_activity(activity)
    , m_order(std::move(order))
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
    retranslate();
    readPlan();
}

RenewOrderDialog::~RenewOrderDialog() = default;

void RenewOrderDialog::reject()
{
    if (!m_sending)
        QDialog::reject();
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
    setWindowTitle(tr("Renew order %1").arg(m_order.orderCode));
    m_renewButton->setText(tr("&Renew"));
    m_ui->orderLabel->setText(
        tr("Order %1 of plan “%2” for SIM card %3. Renewing adds periods to it and moves its "
           "expiry later; it stays in use.")
            .arg(m_order.orderCode, m_order.planName, m_order.iccid));
    m_ui->currentExpiryLabel->setText(
        m_order.expires.isValid() ? statustext::dateTime(m_order.expires) : tr("not known"));
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
            for (const Plan &plan : result.value()) {
                if (plan.code == m_order.planCode)
                    m_planType = plan.type;
            }
            if (!m_planType)
                m_planProblem =
                    tr("The plan %1 is not in the account's plan list.").arg(m_order.planCode);
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
    const int days = m_planType ? planperiod::days(*m_planType) : 0;
    if (days > 0)
        m_ui->periodLabel->setText(tr("%Ln day(s) (%1 plan)", nullptr, days)
                                       .arg(vocabulary::planTypes().words(*m_planType).toLower()));
    else
        m_ui->periodLabel->setText(tr("Not known: %1")
                                       .arg(m_planProblem.isEmpty()
                                                ? tr("the plan's kind (%1) is not a known one.")
                                                      .arg(m_planType.value_or(-1))
                                                : m_planProblem));
}

void RenewOrderDialog::showNewExpiry()
{
    if (m_renewed) {
        m_ui->newExpiryLabel->setText(m_renewedExpiry.isValid()
                                          ? statustext::dateTime(m_renewedExpiry)
                                          : tr("not known: the server did not say"));
        return;
    }
    const QDateTime expected = m_planType ? planperiod::expiryAfterRenewal(
                                   m_order.expires, *m_planType, m_ui->periodsSpin->value())
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
    m_sending = true;
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(false);
    m_renewButton->setEnabled(false);
    m_ui->periodsSpin->setEnabled(false);
    m_ui->resultLabel->setText(tr("Sending…"));
    const int periods = m_ui->periodsSpin->value();
    // The code is a record's text: the writer makes it an order code, or says why it is none.
    m_account->writer().perform(
        WriteTask(Operation::RenewPackage, m_order.orderCode, {{WriteTask::periodsKey, periods}}),
        this, [this, periods](const WriteOutcome &outcome) { finish(periods, outcome); });
}

void RenewOrderDialog::finish(int periods, const WriteOutcome &outcome)
{
    m_sending = false;
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(true);
    const QString code = m_order.orderCode;
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
