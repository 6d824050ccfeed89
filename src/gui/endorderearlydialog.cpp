#include "endorderearlydialog.h"

#include "activitylog.h"
#include "cubeclient.h"
#include "statustext.h"
#include "ui_endorderearlydialog.h"

#include <QEvent>
#include <QLineEdit>
#include <QPushButton>

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

// The contract's device types, 1 to 5.
const char *const deviceTypes[] = {
    QT_TRANSLATE_NOOP("cube::EndOrderEarlyDialog", "MiFi"),
    QT_TRANSLATE_NOOP("cube::EndOrderEarlyDialog", "Module"),
    QT_TRANSLATE_NOOP("cube::EndOrderEarlyDialog", "Travel card"),
    QT_TRANSLATE_NOOP("cube::EndOrderEarlyDialog", "IoT card"),
    QT_TRANSLATE_NOOP("cube::EndOrderEarlyDialog", "SoC"),
};

} // namespace

EndOrderEarlyDialog::EndOrderEarlyDialog(CubeClient *client, ActivityLog *activity,
                                         QList<Order> orders, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EndOrderEarlyDialog>())
    , m_client(client)
    , m_activity(activity)
    , m_orders(std::move(orders))
{
    m_ui->setupUi(this);
    m_endButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_endButton->setObjectName(u"endButton"_s);
    m_endButton->setAutoDefault(false);
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

    connect(m_endButton, &QPushButton::clicked, this, &EndOrderEarlyDialog::startEnding);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EndOrderEarlyDialog::reject);
    connect(m_ui->confirmCheck, &QCheckBox::toggled, this, &EndOrderEarlyDialog::updateEndButton);
    connect(m_ui->reasonCombo, &QComboBox::currentTextChanged, this,
            &EndOrderEarlyDialog::updateEndButton);

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
    for (int type = 0; type < 5; ++type)
        m_ui->deviceTypeCombo->addItem(tr(deviceTypes[type]), type + 1);
    m_ui->deviceTypeCombo->setCurrentIndex(qMax(0, m_ui->deviceTypeCombo->findData(chosen)));
}

void EndOrderEarlyDialog::retranslate()
{
    const int count = int(m_orders.size());
    setWindowTitle(tr("End %n order(s) early", nullptr, count));
    m_endButton->setText(tr("&End %n order(s) early", nullptr, count));
    m_ui->titleLabel->setText(
        count == 1
            ? tr("<b>End order %1 early?</b>").arg(m_orders.constFirst().orderCode.toHtmlEscaped())
            : tr("<b>End these %n orders early?</b>", nullptr, count));
    m_ui->ordersTable->setHorizontalHeaderLabels(
        {tr("Order code"), tr("ICCID"), tr("Plan"), tr("Result")});
    if (count == 1) {
        const Order &order = m_orders.constFirst();
        m_ui->codeValue->setText(order.orderCode);
        m_ui->iccidValue->setText(order.iccid);
        m_ui->planValue->setText(order.planName);
        m_ui->statusValue->setText(statustext::orderStatus(order.status));
        m_ui->periodValue->setText(
            tr("%1 to %2")
                .arg(statustext::dateTime(order.starts), statustext::dateTime(order.expires)));
        if (m_ui->remainingValue->text().isEmpty())
            m_ui->remainingValue->setText(tr("Not known"));
    }
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setText(m_started && !m_finished ? tr("&Stop") : tr("&Close"));
    updateEndButton();
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

void EndOrderEarlyDialog::updateEndButton()
{
    // Never again once started: an order is ended early at most once from here.
    m_endButton->setEnabled(!m_started && !reason().isEmpty() && m_ui->confirmCheck->isChecked());
    if (!m_started && m_ui->confirmCheck->isChecked() && reason().isEmpty())
        m_ui->resultLabel->setText(tr("Give a reason: the server requires one."));
    else if (!m_started)
        m_ui->resultLabel->clear();
}

void EndOrderEarlyDialog::startEnding()
{
    if (m_started || reason().isEmpty() || !m_ui->confirmCheck->isChecked())
        return;
    m_started = true;
    m_endButton->setEnabled(false);
    m_ui->reasonCombo->setEnabled(false);
    m_ui->deviceTypeCombo->setEnabled(false);
    m_ui->confirmCheck->setEnabled(false);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(true);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Stop"));
    m_ui->resultLabel->setText(tr("Sending…"));
    sendNext();
}

void EndOrderEarlyDialog::sendNext()
{
    if (m_next >= m_orders.size() || m_stopRequested) {
        for (int row = m_next; row < m_orders.size(); ++row)
            setRowResult(row, tr("Not sent"), false);
        return finishAll();
    }
    const int index = m_next;
    setRowResult(index, tr("Sending…"), true);
    m_call = m_client->endOrderEarly(
        m_orders.at(index).orderCode, reason(), deviceType(), this,
        [this, index](const ApiResult<ActionDone> &result) {
            if (result.ok()) {
                finishOrder(index, true, tr("Ended early"), {});
                rereadOrder(index, false);
                ++m_next;
                return sendNext();
            }
            const ApiError &error = result.error();
            if (error.outcomeUnknown) {
                // Not sent again: read what the server now says, then go on.
                setRowResult(index, tr("No answer; checking the order…"), false);
                m_ui->resultLabel->setText(error.message());
                return rereadOrder(index, true);
            }
            finishOrder(index, false, error.message(), error.message());
            ++m_next;
            sendNext();
        });
}

void EndOrderEarlyDialog::rereadOrder(int index, bool wasUnknown)
{
    OrderQuery query;
    query.orderCode = m_orders.at(index).orderCode;
    m_client->orders(query, this, [this, index, wasUnknown](const ApiResult<OrderPage> &page) {
        const bool found = page.ok() && !page.value().orders.isEmpty();
        if (found) {
            m_orders[index] = page.value().orders.constFirst();
            emit orderUpdated(m_orders.at(index));
        }
        if (!wasUnknown)
            return;
        if (found) {
            const bool ended = m_orders.at(index).status == int(OrderStatus::EndedEarly);
            finishOrder(index, ended,
                        tr("No answer came; the server now shows: %1")
                            .arg(statustext::orderStatus(m_orders.at(index).status)),
                        {});
        } else {
            finishOrder(index, false,
                        tr("No answer came, and the order could not be read again: refresh it "
                           "before trying again."),
                        page.ok() ? QString() : page.error().message());
        }
        ++m_next;
        sendNext();
    });
}

void EndOrderEarlyDialog::finishOrder(int index, bool succeeded, const QString &result,
                                      const QString &details)
{
    succeeded ? ++m_succeeded : ++m_failed;
    setRowResult(index, result, succeeded);
    m_ui->progressBar->setValue(m_succeeded + m_failed);
    if (m_activity)
        m_activity->record(tr("End order early"), m_orders.at(index).orderCode, succeeded, result,
                           details);
}

void EndOrderEarlyDialog::setRowResult(int row, const QString &text, bool succeeded)
{
    QTableWidgetItem *item = m_ui->ordersTable->item(row, 3);
    item->setText(text);
    item->setToolTip(text);
    item->setForeground(succeeded ? QColor(0x1e, 0x7b, 0x34) : QColor(0xa1, 0x26, 0x1b));
}

void EndOrderEarlyDialog::finishAll()
{
    m_finished = true;
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(true);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    const int count = int(m_orders.size());
    if (count == 1) {
        const QString result = m_ui->ordersTable->item(0, 3)->text();
        m_ui->resultLabel->setText(m_succeeded == 1 ? tr("The order was ended early.") : result);
        return;
    }
    m_ui->resultLabel->setText(tr("%n order(s) ended early", nullptr, m_succeeded) + u"; "_s
                               + tr("%n failed or not sent.", nullptr, count - m_succeeded));
}

void EndOrderEarlyDialog::reject()
{
    if (m_started && !m_finished) {
        // Stop: the request on the wire finishes (it may already be done); no further one goes.
        m_stopRequested = true;
        m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(false);
        m_ui->resultLabel->setText(tr("Stopping after the order being sent…"));
        return;
    }
    QDialog::reject();
}

} // namespace cube
