#include "endorderearlydialog.h"

#include "account/account.h"
#include "activitylog.h"
#include "contract/vocabulary.h"
#include "notify.h"
#include "plaintext.h"
#include "records/orderrules.h"
#include "statustext.h"
#include "transport/cubeclient.h"
#include "ui_endorderearlydialog.h"
#include "writes/changewriter.h"
#include "writes/jobrunner.h"
#include "writes/writejob.h"

#include <QEvent>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

// Reasons support staff give most; free text is always possible.
const char *const commonReasons[] = {
    QT_TRANSLATE_NOOP("cube::EndOrderEarlyDialog", "Customer request"),
    QT_TRANSLATE_NOOP("cube::EndOrderEarlyDialog", "Device lost or stolen"),
    QT_TRANSLATE_NOOP("cube::EndOrderEarlyDialog", "Wrong plan ordered"),
    QT_TRANSLATE_NOOP("cube::EndOrderEarlyDialog", "Device returned or replaced"),
    QT_TRANSLATE_NOOP("cube::EndOrderEarlyDialog", "Testing finished"),
};

// One order at a time: Stop then means "no further order", and a server that limits requests
// is not pressed.
constexpr int ordersAtOnce = 1;

} // namespace

EndOrderEarlyDialog::EndOrderEarlyDialog(Account *account, ActivityLog *activity,
                                         QList<Order> orders, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EndOrderEarlyDialog>())
    , m_account(account)
    , m_activity(activity)
    , m_orders(std::move(orders))
    , m_sent(m_orders.size(), false)
    , m_ended(m_orders.size(), false)
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this); // server and journal text is never HTML
    m_endButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_endButton->setObjectName(u"endButton"_s);
    // No button is the default: Enter in the reason (or anywhere) neither sends nor closes
    // (which lost the reason typed). Only a click, or the button's mnemonic, ends orders.
    withoutDefaultButton(m_ui->buttonBox);
    m_ui->reasonCombo->lineEdit()->setMaxLength(CubeClient::maxEndReasonLength);
    m_ui->progressBar->setRange(0, int(m_orders.size()));
    m_ui->progressBar->setVisible(false);

    const bool single = m_orders.size() == 1;
    m_ui->orderBox->setVisible(single);
    m_ui->ordersTable->setVisible(!single);
    m_ui->ordersTable->setRowCount(int(m_orders.size()));
    for (int row = 0; row < m_orders.size(); ++row) {
        const Order &order = m_orders.at(row);
        m_ui->ordersTable->setItem(row, 0, new QTableWidgetItem(order.orderCode));
        m_ui->ordersTable->setItem(row, 1, new QTableWidgetItem(order.iccid));
        m_ui->ordersTable->setItem(row, 2, new QTableWidgetItem(order.planName));
        m_ui->ordersTable->setItem(row, 3, new QTableWidgetItem());
    }
    m_ui->ordersTable->resizeColumnsToContents();
    warnOfTheQuota();

    connect(m_endButton, &QPushButton::clicked, this, &EndOrderEarlyDialog::startEnding);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EndOrderEarlyDialog::reject);
    connect(m_ui->confirmCheck, &QCheckBox::toggled, this, &EndOrderEarlyDialog::updateEndButton);
    connect(m_ui->reasonCombo, &QComboBox::currentTextChanged, this,
            &EndOrderEarlyDialog::updateEndButton);
    // The order as the server now shows it, once the writer has read it again after the end.
    connect(&m_account->writer(), &ChangeWriter::orderChanged, this,
            &EndOrderEarlyDialog::showNewState);

    fillReasons();
    retranslate();
    // As tall as its content: the form's size is for the bulk case with its table.
    if (single)
        resize(width(), sizeHint().height());
    m_ui->reasonCombo->setFocus();
}

EndOrderEarlyDialog::~EndOrderEarlyDialog() = default;

void EndOrderEarlyDialog::setRemainingData(const QString &remaining)
{
    m_ui->remainingValue->setText(remaining);
}

void EndOrderEarlyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        warnOfTheQuota();
        fillReasons();
        retranslate();
    }
    QDialog::changeEvent(event);
}

void EndOrderEarlyDialog::fillReasons()
{
    const QString typed = m_ui->reasonCombo->currentText();
    m_ui->reasonCombo->clear();
    for (const char *text : commonReasons)
        m_ui->reasonCombo->addItem(tr(text));
    m_ui->reasonCombo->setCurrentIndex(-1);
    m_ui->reasonCombo->setEditText(typed);
    m_ui->reasonCombo->lineEdit()->setPlaceholderText(tr("Choose or type why the order ends"));

    const QVariant chosen = m_ui->deviceTypeCombo->currentData();
    m_ui->deviceTypeCombo->clear();
    m_ui->deviceTypeCombo->addItem(tr("Not specified"));
    for (int type : vocabulary::deviceTypes().numbers())
        m_ui->deviceTypeCombo->addItem(vocabulary::deviceTypes().words(type), type);
    m_ui->deviceTypeCombo->setCurrentIndex(qMax(0, m_ui->deviceTypeCombo->findData(chosen)));
}

void EndOrderEarlyDialog::retranslate()
{
    const int count = int(m_orders.size());
    showTitleAndEndButton();
    m_ui->ordersTable->setHorizontalHeaderLabels(
        {tr("Order code"), tr("ICCID"), tr("Plan"), tr("Result")});
    if (count == 1) {
        const Order &order = m_orders.constFirst();
        m_ui->codeValue->setText(order.orderCode);
        m_ui->iccidValue->setText(order.iccid);
        m_ui->planValue->setText(order.planName);
        showOrderState();
        if (m_ui->remainingValue->text().isEmpty())
            m_ui->remainingValue->setText(tr("Not known"));
    }
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setText(m_started && !m_finished ? tr("&Stop") : tr("&Close"));
    updateEndButton();
}

void EndOrderEarlyDialog::showTitleAndEndButton()
{
    const int count = int(m_orders.size());
    if (!m_finished) {
        setWindowTitle(tr("End %Ln order(s) early", nullptr, count));
        m_endButton->setText(tr("&End %Ln order(s) early", nullptr, count));
        m_ui->titleLabel->setText(count == 1
                                      ? tr("<b>End order %1 early?</b>")
                                            .arg(m_orders.constFirst().orderCode.toHtmlEscaped())
                                      : tr("<b>End these %Ln orders early?</b>", nullptr, count));
        return;
    }
    // The job is over: no question left, and never an offer to end an order shown as ended
    // (the server refuses that with 4090). What is left is not sent again from here either.
    const int ended = int(std::count(m_ended.cbegin(), m_ended.cend(), true));
    QString title;
    if (count == 1) {
        const QString code = m_orders.constFirst().orderCode;
        title = ended == 1 ? tr("Order %1 ended early").arg(code)
                           : tr("Order %1 was not ended early").arg(code);
    } else {
        //: The result of an End early job: "3 of 4 orders ended early".
        title = tr("%1 of %Ln order(s) ended early", nullptr, count).arg(QLocale().toString(ended));
    }
    setWindowTitle(title);
    m_ui->titleLabel->setText(u"<b>%1</b>"_s.arg(title.toHtmlEscaped()));
    const int left = ordersLeftToEnd();
    m_endButton->setText(tr("&End %Ln order(s) early", nullptr, left));
    m_endButton->setEnabled(false);
    m_endButton->setVisible(left > 0);
}

int EndOrderEarlyDialog::ordersLeftToEnd() const
{
    int left = 0;
    for (qsizetype index = 0; index < m_orders.size(); ++index)
        left += !m_sent.at(index) && orderrules::canEndEarly(m_orders.at(index).status) ? 1 : 0;
    return left;
}

void EndOrderEarlyDialog::showOrderState()
{
    if (m_orders.size() != 1)
        return; // several orders: each row's result says what became of it
    const Order &order = m_orders.constFirst();
    m_ui->statusValue->setText(statustext::orderStatus(order.status));
    m_ui->periodValue->setText(
        tr("%1 to %2")
            .arg(statustext::dateTime(order.starts), statustext::dateTime(order.expires)));
}

void EndOrderEarlyDialog::showNewState(const Order &order)
{
    for (Order &shown : m_orders) {
        if (shown.orderCode != order.orderCode)
            continue;
        shown = order;
        showOrderState();
        if (m_finished)
            showTitleAndEndButton();
    }
}

QString EndOrderEarlyDialog::reason() const
{
    return m_ui->reasonCombo->currentText().trimmed();
}

std::optional<int> EndOrderEarlyDialog::deviceType() const
{
    const QVariant type = m_ui->deviceTypeCombo->currentData();
    return type.isValid() ? std::optional(type.toInt()) : std::nullopt;
}

void EndOrderEarlyDialog::warnOfTheQuota()
{
    // One query an order, at least: said before the person confirms, when the day's quota
    // that the desk shares cannot take them all.
    const CubeClient &client = m_account->client();
    const std::optional<qint64> used = client.queriesToday();
    const qint64 quota = client.settings().limits.dailyQuota;
    const qint64 left = used ? qMax<qint64>(0, quota - *used) : quota;
    const bool over = used && m_orders.size() > left;
    m_ui->quotaWarningLabel->setVisible(over);
    if (over) {
        const QLocale locale;
        m_ui->quotaWarningLabel->setText(
            tr("Ending these orders takes at least %1, and only %2 of today's %3 queries are "
               "left: the gateway will refuse the orders beyond them until the server's next "
               "day.")
                .arg(tr("%Ln query(s)", nullptr, int(m_orders.size())), locale.toString(left),
                     locale.toString(quota)));
    }
}

QString EndOrderEarlyDialog::reasonProblem() const
{
    return reason().isEmpty() ? QString() : CubeClient::endReasonProblem(reason());
}

void EndOrderEarlyDialog::updateEndButton()
{
    // Never again once started: an order is ended early at most once from here.
    const QString problem = reasonProblem();
    m_endButton->setEnabled(!m_started && !reason().isEmpty() && problem.isEmpty()
                            && m_ui->confirmCheck->isChecked());
    if (m_started)
        return;
    // A reason that cannot be sent is said at once, next to it; what was typed stays, to be
    // corrected.
    if (!problem.isEmpty())
        m_ui->resultLabel->setText(tr("Nothing can be sent: %1").arg(problem));
    else if (m_ui->confirmCheck->isChecked() && reason().isEmpty())
        m_ui->resultLabel->setText(tr("Give a reason: the server requires one."));
    else
        m_ui->resultLabel->clear();
}

void EndOrderEarlyDialog::startEnding()
{
    if (m_started || reason().isEmpty() || !reasonProblem().isEmpty()
        || !m_ui->confirmCheck->isChecked())
        return;
    m_started = true;
    m_endButton->setEnabled(false);
    m_ui->reasonCombo->setEnabled(false);
    m_ui->deviceTypeCombo->setEnabled(false);
    m_ui->confirmCheck->setEnabled(false);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(true);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Stop"));
    QJsonObject parameters{{WriteTask::reasonKey, reason()}};
    if (const std::optional<int> type = deviceType())
        parameters.insert(WriteTask::deviceTypeKey, *type);
    QStringList codes;
    for (const Order &order : std::as_const(m_orders))
        codes.append(order.orderCode);
    // Recorded as one job before the first order is sent: if the console is killed half-way,
    // the next start finds it and offers to check and resume it.
    m_job =
        std::make_unique<WriteJob>(m_account->writer(), m_account->client(), m_account->journal(),
                                   Operation::EndOrderEarly, parameters, codes);
    if (const std::optional<QString> why = m_job->record()) {
        m_ui->resultLabel->setText(tr("Nothing was sent: %1").arg(*why));
        m_ui->progressBar->setVisible(false);
        m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Close"));
        m_finished = true;
        showTitleAndEndButton();
        return;
    }
    m_ui->resultLabel->setText(tr("Sending…"));
    m_runner = new JobRunner(
        m_orders.size(), ordersAtOnce,
        [this](qsizetype index, const JobRunner::ItemDone &settled) { sendOne(index, settled); },
        this);
    // Counted once the runner has tallied the order: the last one makes it 100 %.
    connect(m_runner, &JobRunner::itemFinished, this,
            [this] { m_ui->progressBar->setValue(int(m_runner->tally().finished())); });
    connect(m_runner, &JobRunner::finished, this, &EndOrderEarlyDialog::finishAll);
    m_runner->start();
}

void EndOrderEarlyDialog::sendOne(qsizetype index, const std::function<void(Settlement)> &settled)
{
    m_sent[index] = true;
    setRowResult(int(index), tr("Sending…"), true);
    m_job->write(index, this, [this, index, settled](const WriteOutcome &outcome) {
        finishOrder(index, outcome);
        settled(outcome.settlement);
    });
}

void EndOrderEarlyDialog::finishOrder(qsizetype index, const WriteOutcome &outcome)
{
    m_ended[index] = outcome.done();
    if (outcome.order) {
        m_orders[index] = *outcome.order;
    } else if (outcome.done()) {
        // The server said it ended; its re-read (orderChanged) brings the rest of the order.
        m_orders[index].status = int(OrderStatus::EndedEarly);
    }
    showOrderState();
    QString result;
    QString details;
    if (!outcome.answerLost) {
        result = outcome.done() ? tr("Ended early") : outcome.error->message();
        details = outcome.done() ? QString() : result;
    } else {
        // What the re-read showed, worded once for every write (WriteOutcome).
        result = outcome.message();
    }
    if (outcome.answerLost)
        m_ui->resultLabel->setText(outcome.error->message());
    setRowResult(int(index), result, outcome.done());
    if (m_activity)
        m_activity->record(tr("End order early"), m_orders.at(index).orderCode, outcome.done(),
                           result, details);
}

void EndOrderEarlyDialog::setRowResult(int row, const QString &text, bool succeeded)
{
    QTableWidgetItem *item = m_ui->ordersTable->item(row, 3);
    item->setText(text);
    item->setToolTip(plainToolTip(text));
    item->setForeground(succeeded ? QColor(0x1e, 0x7b, 0x34) : QColor(0xa1, 0x26, 0x1b));
}

void EndOrderEarlyDialog::finishAll()
{
    m_finished = true;
    const JobTally &tally = m_runner->tally();
    m_job->end(tally.notSent > 0 ? JobState::Stopped : JobState::Finished);
    for (int row = 0; row < m_orders.size(); ++row) {
        if (m_ui->ordersTable->item(row, 3)->text().isEmpty())
            setRowResult(row, tr("Not sent"), false);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(true);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    showTitleAndEndButton();
    const int count = int(m_orders.size());
    if (count == 1) {
        const QString result = m_ui->ordersTable->item(0, 3)->text();
        m_ui->resultLabel->setText(tally.done == 1 ? tr("The order was ended early.") : result);
        return;
    }
    //: Two counts of an End early job: "3 orders ended early" and "1 failed or not sent."
    m_ui->resultLabel->setText(
        tr("%1; %2").arg(tr("%Ln order(s) ended early", nullptr, int(tally.done)),
                         tr("%Ln failed or not sent.", nullptr, count - int(tally.done))));
}

void EndOrderEarlyDialog::reject()
{
    if (m_started && !m_finished) {
        // Stop: the request on the wire finishes (it may already be done); no further one goes.
        m_runner->stop();
        if (!m_finished) {
            m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(false);
            m_ui->resultLabel->setText(tr("Stopping after the order being sent…"));
        }
        return;
    }
    QDialog::reject();
}

} // namespace cube
