#include "DesktopIntegration.h"

#include "itemmodels/LocalSettings.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QLoggingCategory>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>

namespace doo::DesktopIntegration {

namespace {

Q_LOGGING_CATEGORY(lcTray, "doo.desktop")

std::optional<bool> g_trayForTests;
std::optional<bool> g_tray; // what the look at the desktop found
bool g_probing = false;
QList<std::pair<QPointer<QObject>, std::function<void(bool)>>> g_waiting;
const QString kNotifications = QStringLiteral("org.freedesktop.Notifications");
// The service Qt's D-Bus tray (StatusNotifierItem) registers with, and asks before it does.
const QString kWatcher = QStringLiteral("org.kde.StatusNotifierWatcher");

void settle(bool available)
{
    g_tray = available;
    g_probing = false;
    const auto waiting = std::exchange(g_waiting, {});
    for (const auto &[context, done] : waiting)
        if (context)
            done(available);
}

bool unanswered(const QDBusError &error)
{
    return error.type() == QDBusError::NoReply || error.type() == QDBusError::Timeout || error.type() == QDBusError::TimedOut;
}

void probe()
{
    g_probing = true;
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) { // no D-Bus tray to ask: Qt looks at the X11 tray only
        QTimer::singleShot(0, QCoreApplication::instance(), [] { settle(QSystemTrayIcon::isSystemTrayAvailable()); });
        return;
    }
    // The question Qt asks (a property of the watcher), without blocking and with a short bound.
    QDBusMessage ask = QDBusMessage::createMethodCall(kWatcher, QStringLiteral("/StatusNotifierWatcher"),
                                                      QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    ask << kWatcher << QStringLiteral("IsStatusNotifierHostRegistered");
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(ask, kTrayProbeMs), QCoreApplication::instance());
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, QCoreApplication::instance(), [](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        if (w->isError() && unanswered(w->error())) {
            qCWarning(lcTray).noquote() << kWatcher << "did not answer within" << kTrayProbeMs << "ms: no tray icon in this run ("
                                        << w->error().message() << ")";
            settle(false);
            return;
        }
        settle(QSystemTrayIcon::isSystemTrayAvailable()); // the service answers: Qt's check will not hang
    });
}

} // namespace

bool hasSystemTray()
{
    if (g_trayForTests)
        return *g_trayForTests;
    if (g_tray)
        return *g_tray;
    if (!g_probing)
        probe();
    return false;
}

void whenTrayKnown(QObject *context, std::function<void(bool)> done)
{
    if (g_trayForTests || g_tray) {
        done(hasSystemTray());
        return;
    }
    g_waiting.append({QPointer<QObject>(context), std::move(done)});
    if (!g_probing)
        probe();
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
