#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SendSmsDialog;
}

namespace cube {

class ActivityLog;
class ChangeWriter;

// Sends one SMS to a SIM card, counting as the person types how many messages the text takes
// and in which encoding (GSM-7, or UCS-2 as soon as one character needs it).
class SendSmsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendSmsDialog)

public:
    SendSmsDialog(ChangeWriter *writer, ActivityLog *activity, QString iccid,
                  QWidget *parent = nullptr);
    ~SendSmsDialog() override;

    static constexpr int maxCharacters = 1000;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCounter();
    void send();

    std::unique_ptr<Ui::SendSmsDialog> m_ui;
    ChangeWriter *m_writer;
    ActivityLog *m_activity;
    QString m_iccid;
    QPushButton *m_sendButton = nullptr;
    bool m_sent = false;
};

} // namespace cube
