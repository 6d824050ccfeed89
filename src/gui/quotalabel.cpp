#include "quotalabel.h"

#include "transport/cubeclient.h"

#include <QEvent>
#include <QLocale>

namespace cube {

QuotaLabel::QuotaLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("quotaLabel"));
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(250);
    connect(&m_coalesce, &QTimer::timeout, this, &QuotaLabel::update);
    // Other programs count too, and the server's day ends: read again now and then.
    m_poll.setInterval(30000);
    connect(&m_poll, &QTimer::timeout, this, &QuotaLabel::update);
    m_poll.start();
    setVisible(false);
}

void QuotaLabel::setClient(CubeClient *client)
{
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    if (m_client)
        connect(m_client, &CubeClient::queriesCounted, &m_coalesce, qOverload<>(&QTimer::start));
    update();
}

void QuotaLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QLabel::changeEvent(event);
}

void QuotaLabel::update()
{
    const std::optional<qint64> used = m_client ? m_client->queriesToday() : std::nullopt;
    setVisible(used.has_value());
    if (!used)
        return;
    const QLocale locale;
    const int quota = m_client->settings().limits.dailyQuota;
    setText(tr("Queries today: %1 of %2").arg(locale.toString(*used), locale.toString(quota)));
    setToolTip(tr("Queries this computer sent to the account today (the server's day, %1), "
                  "counted by the console and cubectl together. The gateway allows %2 a day "
                  "for each IP address: everyone at a desk behind one address shares them.")
                   .arg(m_client->settings().serverTimeZone.name(), locale.toString(quota)));
    // Nearly spent: said in the colour people notice.
    setStyleSheet(*used >= qint64(quota) * 9 / 10
                      ? QStringLiteral("color: #b00020; font-weight: bold;")
                      : QString());
}

} // namespace cube
