#pragma once

#include <QLabel>
#include <QPointer>
#include <QTimer>

namespace cube {

class CubeClient;

// "Queries today: 1,234 of 5,000" in the status bar: what this computer's console and cubectl
// sent to the account in the server's day, against the gateway's daily quota that everyone at
// the desk shares. Kept current as requests leave (at most a few times a second).
class QuotaLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaLabel)

public:
    explicit QuotaLabel(QWidget *parent = nullptr);

    // The account whose queries are shown; nothing hides the label.
    void setClient(CubeClient *client);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    QPointer<CubeClient> m_client;
    QTimer m_coalesce;
    QTimer m_poll;
};

} // namespace cube
