#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QDBusPendingCallWatcher;
class QSystemTrayIcon;

namespace cube {

// Shows a desktop notification that a click comes back from: through the desktop's
// notification service (freedesktop.org's org.freedesktop.Notifications on the session bus)
// when there is one, else as a message of the system tray when there is a tray, else not at
// all, and then the caller says it another way (the status bar). The UI thread never waits on
// the bus: the service is called asynchronously, so whether it is there is learnt from its
// answer; a notification it could not take goes to the tray, or back through notShown().
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Shows `summary` (one line) and `body`, both plain text; a click on the notification
    // emits clicked(`tag`). False when there is nowhere to show it: no notification service
    // (none on the bus at the last try, or no bus) and no tray; then nothing was shown.
    bool notify(const QString &tag, const QString &summary, const QString &body);

signals:
    void clicked(const QString &tag);
    // A notification notify() took could not be shown after all: the service was not there
    // (or failed) and there is no tray.
    void notShown(const QString &tag, const QString &summary, const QString &body);

private slots:
    // The service's signals, which QtDBus connects by their signatures.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void answered(QDBusPendingCallWatcher *call, const QString &tag, const QString &summary,
                  const QString &body);
    bool showInTray(const QString &tag, const QString &summary, const QString &body);

    bool m_onBus = false;          // a session bus is connected
    bool m_serviceMissing = false; // the last call found no service (until one registers)
    QHash<uint, QString> m_tags;   // the service's ids of the notifications shown, to their tags
    QSystemTrayIcon *m_tray = nullptr; // made when first needed
    QString m_trayTag;                 // the tag of the tray's last message
};

} // namespace cube
