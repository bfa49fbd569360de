#include "DesktopNotifier.h"

#include "itemmodels/NotificationPopups.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

namespace doo {

namespace {

Q_LOGGING_CATEGORY(lcDesktop, "doo.desktop")

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

// The specification's urgency hint: 0 low, 1 normal, 2 critical.
uchar urgency(NotificationType type)
{
    return type == NotificationType::Error ? 2 : 1;
}

} // namespace

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent) : QObject(parent), m_bus(bus)
{
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
}

bool DesktopNotifier::serviceAvailable(const QDBusConnection &bus)
{
    if (!bus.isConnected() || !bus.interface())
        return false;
    QDBusConnectionInterface *iface = bus.interface();
    if (iface->isServiceRegistered(kService))
        return true;
    const QDBusReply<QStringList> activatable = iface->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(kService);
}

void DesktopNotifier::show(const Popup &popup)
{
    m_queue.append(popup);
    if (m_markup >= 0) {
        send();
        return;
    }
    if (m_asking)
        return;
    // Whether the service renders markup decides how a body is sent: asked once, without
    // blocking and with a bound, so that a service that does not answer holds nothing up.
    m_asking = true;
    const QDBusMessage ask = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(ask, kCapabilitiesMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        m_asking = false;
        m_markup = !reply.isError() && reply.value().contains(QStringLiteral("body-markup")) ? 1 : 0;
        if (reply.isError())
            qCWarning(lcDesktop).noquote() << "notification service capabilities unknown:" << reply.error().message();
        send();
    });
}

void DesktopNotifier::send()
{
    const QList<Popup> popups = std::exchange(m_queue, {});
    for (const Popup &popup : popups) {
        QVariantMap hints;
        hints.insert(QStringLiteral("urgency"), QVariant::fromValue(urgency(popup.type)));
        hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("org.example.DirectorOfOne"));
        QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
        const QString body = m_markup > 0 ? popup.body.toHtmlEscaped() : popup.body;
        call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("director-of-one") << popup.title << body
             << QStringList{QStringLiteral("default"), tr("Open")} << hints << int(-1);
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
            const QDBusPendingReply<uint> reply = *w;
            if (reply.isError())
                qCWarning(lcDesktop).noquote() << "desktop notification not shown:" << reply.error().message();
            else
                m_sent.insert(reply.value());
            w->deleteLater();
        });
    }
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    if (m_sent.contains(id) && action == QLatin1String("default"))
        Q_EMIT activated();
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_sent.remove(id);
}

} // namespace doo
