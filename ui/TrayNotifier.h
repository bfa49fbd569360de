#pragma once

#include "domain/Notification.h"

#include <QObject>

#include <functional>

class QSystemTrayIcon;

namespace doo {

class NotificationListModel;
class NotificationPopups;

// The window's system tray icon: its tooltip counts the unread notifications, and notifications
// that arrive (written by a workflow run, the scheduler, another program) pop up as tray
// messages as NotificationPopups decides (types, quiet hours, grouping). Clicking the icon or a
// message asks for the Notifications view. Without a system tray (no desktop panel) there is no
// icon; the pop-ups still reach the shower, and the desktop's notification service may show them
// (DesktopNotifier, fed by popups()). The icon appears once the desktop is known to have a tray
// (DesktopIntegration::whenTrayKnown): at once when it is known, else a moment after the window.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    // Shows one message (test seam; the default is the tray icon's balloon).
    using Shower = std::function<void(const QString &title, const QString &message, NotificationType type)>;

    TrayNotifier(NotificationListModel *model, QObject *parent = nullptr);
    void setShower(Shower shower) { m_show = std::move(shower); }
    bool hasIcon() const { return m_icon != nullptr; }
    // The tray icon (null without a system tray), for its menu and visibility (BackgroundMode).
    QSystemTrayIcon *icon() const { return m_icon; }
    // The pop-up rules the arrivals go through (the window gives them the user's preferences).
    NotificationPopups *popups() const { return m_popups; }
    QString toolTip() const;
    // A second line of the tooltip ("Scheduler paused"); empty: none.
    void setStatusNote(const QString &note);

Q_SIGNALS:
    void activated();
    // The tray icon exists now (icon() is no longer null).
    void iconCreated();

private:
    void updateToolTip(int unread);
    void createIcon();

    NotificationListModel *m_model;
    NotificationPopups *m_popups;
    QSystemTrayIcon *m_icon = nullptr;
    Shower m_show;
    QString m_toolTip;
    QString m_note;
    int m_unread = 0;
};

} // namespace doo
