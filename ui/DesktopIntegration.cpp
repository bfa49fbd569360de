#include "DesktopIntegration.h"

#include "itemmodels/LocalSettings.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSystemTrayIcon>

namespace doo::DesktopIntegration {

namespace {
std::optional<bool> g_trayForTests;
const QString kNotifications = QStringLiteral("org.freedesktop.Notifications");
} // namespace

bool hasSystemTray()
{
    return g_trayForTests ? *g_trayForTests : QSystemTrayIcon::isSystemTrayAvailable();
}

bool hasNotificationService()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    const QDBusConnectionInterface *daemon = bus.isConnected() ? bus.interface() : nullptr;
    if (!daemon)
        return false;
    const QDBusReply<bool> running = daemon->isServiceRegistered(kNotifications);
    if (running.isValid() && running.value())
        return true;
    const QDBusReply<QStringList> activatable = daemon->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(kNotifications);
}

bool closeToTray()
{
    if (const auto chosen = LocalSettings::closeToTray())
        return *chosen;
    return hasSystemTray() || hasNotificationService();
}

void setSystemTrayForTests(std::optional<bool> available)
{
    g_trayForTests = available;
}

} // namespace doo::DesktopIntegration
