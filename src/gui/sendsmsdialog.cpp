#include "sendsmsdialog.h"

#include "activitylog.h"
#include "base/smslength.h"
#include "plaintext.h"
#include "ui_sendsmsdialog.h"
#include "writes/changewriter.h"

#include <QEvent>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace cube {

SendSmsDialog::SendSmsDialog(ChangeWriter *writer, ActivityLog *activity, QString iccid,
                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SendSmsDialog>())
    , m_writer(writer)
    , m_activity(activity)
    , m_iccid(std::move(iccid))
{
    m_ui->setupUi(this);
    showLabelsAsPlainText(this); // server and journal text is never HTML
    m_sendButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_sendButton->setObjectName(u"sendButton"_s);
    connect(m_sendButton, &QPushButton::clicked, this, &SendSmsDialog::send);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &SendSmsDialog::updateCounter);
    retranslate();
    m_ui->textEdit->setFocus();
}

SendSmsDialog::~SendSmsDialog() = default;

void SendSmsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SendSmsDialog::retranslate()
{
    m_sendButton->setText(tr("&Send"));
    m_ui->targetLabel->setText(tr("To SIM card %1").arg(m_iccid));
    m_ui->textEdit->setPlaceholderText(tr("Type the message"));
    updateCounter();
}

void SendSmsDialog::updateCounter()
{
    const QString text = m_ui->textEdit->toPlainText();
    const SmsLength length = SmsLength::of(text);
    const QString encoding = length.encoding == SmsLength::Encoding::Gsm7
                                 ? tr("GSM-7, %1 characters per message").arg(length.perPart)
                                 : tr("UCS-2 (Chinese and other characters), %1 characters per "
                                      "message")
                                       .arg(length.perPart);
    QString counter = tr("%Ln character(s)", nullptr, int(text.size())) + u" · "_s
                      + tr("%Ln message(s)", nullptr, length.parts) + u" · "_s + encoding;
    const bool tooLong = text.size() > maxCharacters;
    if (tooLong)
        counter += u'\n' + tr("At most %Ln characters can be sent.", nullptr, maxCharacters);
    m_ui->counterLabel->setText(counter);
    m_sendButton->setEnabled(!m_sent && !text.trimmed().isEmpty() && !tooLong);
}

void SendSmsDialog::send()
{
    if (m_sent)
        return;
    m_sent = true;
    m_sendButton->setEnabled(false);
    m_ui->textEdit->setReadOnly(true);
    m_ui->resultLabel->setText(tr("Sending…"));
    // Through the writer: journaled, and a lost answer is never sent again. The ICCID is a
    // record's text: the writer makes it an ICCID, or says why it is none and sends nothing.
    m_writer->perform(
        WriteTask(Operation::SendSms, m_iccid,
                  {{WriteTask::textKey, m_ui->textEdit->toPlainText()}}),
        this, [this](const WriteOutcome &outcome) {
            QString text = outcome.done() ? tr("Sent.") : outcome.message();
            if (outcome.done() && !outcome.messageId.isEmpty()) // a server may give none
                text = tr("Sent (message id %1).").arg(outcome.messageId);
            m_ui->resultLabel->setText(text);
            if (m_activity)
                m_activity->record(tr("Send SMS"), m_iccid, outcome.done(), text, text);
        });
}

} // namespace cube
