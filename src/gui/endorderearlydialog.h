#pragma once

#include "apierror.h"
#include "orderrecords.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class EndOrderEarlyDialog;
}

namespace cube {

class ActivityLog;
class ApiCall;
class CubeClient;

// Ends one order early, or several with one reason. It shows what will end, requires a reason
// and an explicit confirmation, and sends each order once: the button that sends is disabled
// from the click on and never enabled again. Several orders go one after another, with
// progress and a result per order; Stop sends no further ones. A result whose outcome is
// unknown (time-out) is re-read and shown as the server then says.
class EndOrderEarlyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndOrderEarlyDialog)

public:
    EndOrderEarlyDialog(CubeClient *client, ActivityLog *activity, QList<Order> orders,
                        QWidget *parent = nullptr);
    ~EndOrderEarlyDialog() override;

    // Shown for a single order, when the caller knows it (from the usage query).
    void setRemainingData(const QString &remaining);

    // Every order has its result (ended, failed, or not sent after Stop).
    bool isFinished() const { return m_finished; }
    int succeededCount() const { return m_succeeded; }
    int failedCount() const { return m_failed; }

signals:
    // The order's state as read back from the server after an attempt.
    void orderUpdated(const cube::Order &order);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslate();
    void fillReasons();
    void updateEndButton();
    void startEnding();
    void sendNext();
    void finishOrder(int index, bool succeeded, const QString &result, const QString &details);
    // Reads the order back; when `wasUnknown`, what it shows decides the order's result.
    void rereadOrder(int index, bool wasUnknown);
    void finishAll();
    QString reason() const;
    std::optional<int> deviceType() const;
    void setRowResult(int row, const QString &text, bool succeeded);

    std::unique_ptr<Ui::EndOrderEarlyDialog> m_ui;
    CubeClient *m_client;
    ActivityLog *m_activity;
    QList<Order> m_orders;
    QPushButton *m_endButton = nullptr;
    QPointer<ApiCall> m_call;
    int m_next = 0;
    int m_succeeded = 0;
    int m_failed = 0;
    bool m_started = false;
    bool m_stopRequested = false;
    bool m_finished = false;
};

} // namespace cube
