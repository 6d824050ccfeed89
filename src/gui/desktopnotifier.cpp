#include "desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace cube {

namespace {

const QString service = u"org.freedesktop.Notifications"_s;
const QString path = u"/org/freedesktop/Notifications"_s;
const QString interface = u"org.freedesktop.Notifications"_s;
// The action the service invokes when the notification itself is clicked.
const QString defaultAction = u"default"_s;
// A service that does not answer in this time is taken as not there (the default is 25 s).
constexpr int answerWithinMs = 10000;

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    m_onBus = bus.isConnected();
    if (!m_onBus)
        return;
    // Signals of whichever program owns the name, now or later.
    bus.connect(service, path, interface, u"ActionInvoked"_s, this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(service, path, interface, u"NotificationClosed"_s, this,
                SLOT(onNotificationClosed(uint, uint)));
    // A service that starts after one was missing is used from then on.
    auto *watcher =
        new QDBusServiceWatcher(service, bus, QDBusServiceWatcher::WatchForRegistration, this);
    connect(watcher, &QDBusServiceWatcher::serviceRegistered, this,
            [this] { m_serviceMissing = false; });
}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::notify(const QString &tag, const QString &summary, const QString &body)
{
    if (!m_onBus || m_serviceMissing)
        return showInTray(tag, summary, body);

    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface, u"Notify"_s);
    QVariantMap hints;
    hints.insert(u"urgency"_s, QVariant::fromValue(uchar(1))); // normal
    if (!QGuiApplication::desktopFileName().isEmpty())
        hints.insert(u"desktop-entry"_s, QGuiApplication::desktopFileName());
    call << tr("Cube Console") << uint(0) << u"cube-console"_s << summary << body
         << QStringList{defaultAction, tr("Show")} << hints << qint32(-1);
    // Calling is also how the service is found: one that is not running but installed is
    // started by the bus (D-Bus activation), which asking for the name's owner would miss.
    auto *answer = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(call, answerWithinMs), this);
    connect(answer, &QDBusPendingCallWatcher::finished, this,
            [this, tag, summary, body](QDBusPendingCallWatcher *finished) {
                answered(finished, tag, summary, body);
            });
    return true;
}

void DesktopNotifier::answered(QDBusPendingCallWatcher *call, const QString &tag,
                               const QString &summary, const QString &body)
{
    call->deleteLater();
    const QDBusPendingReply<uint> reply = *call;
    if (!reply.isError()) {
        m_tags.insert(reply.value(), tag);
        return;
    }
    m_serviceMissing = true;
    if (!showInTray(tag, summary, body))
        emit notShown(tag, summary, body);
}

bool DesktopNotifier::showInTray(const QString &tag, const QString &summary, const QString &body)
{
    if (!m_tray) {
        if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
            return false;
        m_tray = new QSystemTrayIcon(QGuiApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Cube Console"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { emit clicked(m_trayTag); });
    }
    m_tray->show(); // a message needs the icon shown; it stays while the console runs
    m_trayTag = tag;
    m_tray->showMessage(summary, body);
    return true;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    // The service tells every program of every notification's actions: only ours are looked at.
    const auto found = m_tags.constFind(id);
    if (found != m_tags.constEnd() && actionKey == defaultAction)
        emit clicked(*found);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_tags.remove(id);
}

} // namespace cube
