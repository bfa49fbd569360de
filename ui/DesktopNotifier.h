#pragma once

#include "itemmodels/NotificationPopups.h"

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QSet>

namespace doo {

// Pop-ups through the desktop's notification service (org.freedesktop.Notifications on the
// session bus), for desktops without a tray (stock GNOME) or with the tray icon switched off.
// What pops up is decided by NotificationPopups, as for the tray. Clicking one of ours (its
// "default" action) asks for the Notifications view.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);

    // Whether the bus has the service (running, or started on demand).
    static bool serviceAvailable(const QDBusConnection &bus = QDBusConnection::sessionBus());
    bool isAvailable() const { return serviceAvailable(m_bus); }
    // Sends one pop-up (asynchronously, the first once the service said whether it renders
    // markup; a service that is gone or does not answer is only logged).
    void show(const Popup &popup);

Q_SIGNALS:
    void activated();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    void send();

    static constexpr int kCapabilitiesMs = 2000;

    QDBusConnection m_bus;
    QSet<uint> m_sent; // our notifications the service still shows
    int m_markup = -1; // the service renders markup in the body: -1 not known yet
    bool m_asking = false;
    QList<Popup> m_queue; // pop-ups waiting for the service's capabilities
};

} // namespace doo
