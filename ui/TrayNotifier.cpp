#include "TrayNotifier.h"

#include "AppIcon.h"
#include "DesktopIntegration.h"

#include "itemmodels/NotificationListModel.h"
#include "itemmodels/NotificationPopups.h"

#include <QPainter>

#include <algorithm>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QTimeZone>

namespace doo {

namespace {

// The program's mark: the application icon.
QIcon trayIcon()
{
    return applicationIcon();
}

QSystemTrayIcon::MessageIcon messageIcon(NotificationType type)
{
    switch (type) {
    case NotificationType::Error:
        return QSystemTrayIcon::Critical;
    case NotificationType::Warning:
    case NotificationType::BudgetAlert:
    case NotificationType::TaskDue:
        return QSystemTrayIcon::Warning;
    default:
        return QSystemTrayIcon::Information;
    }
}

} // namespace

TrayNotifier::TrayNotifier(NotificationListModel *model, QObject *parent)
    : QObject(parent), m_model(model), m_popups(new NotificationPopups(QTimeZone::systemTimeZone(), this))
{
    // The icon comes when the desktop is known to have a tray: asking must not hold up the window.
    DesktopIntegration::whenTrayKnown(this, [this](bool available) {
        if (available)
            createIcon();
    });
    m_show = [this](const QString &title, const QString &message, NotificationType type) {
        if (m_icon && m_icon->isVisible())
            m_icon->showMessage(title, message, messageIcon(type), 8000);
    };
    connect(m_model, &NotificationListModel::arrived, m_popups, &NotificationPopups::arrive);
    connect(m_popups, &NotificationPopups::popup, this, [this](const Popup &p) { m_show(p.title, p.body, p.type); });
    connect(m_model, &NotificationListModel::unreadCountChanged, this, &TrayNotifier::updateToolTip);
    updateToolTip(std::max(0, m_model->unreadCount()));
}

void TrayNotifier::createIcon()
{
    m_icon = new QSystemTrayIcon(trayIcon(), this);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT activated();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
    m_icon->setToolTip(m_toolTip);
    m_icon->show();
    Q_EMIT iconCreated();
}

QString TrayNotifier::toolTip() const
{
    return m_toolTip;
}

void TrayNotifier::setStatusNote(const QString &note)
{
    m_note = note;
    updateToolTip(m_unread);
}

void TrayNotifier::updateToolTip(int unread)
{
    m_unread = unread;
    m_toolTip = unread > 0 ? tr("Director of One: %n unread notifications", nullptr, unread) : tr("Director of One");
    if (!m_note.isEmpty())
        m_toolTip += QLatin1Char('\n') + m_note;
    if (m_icon)
        m_icon->setToolTip(m_toolTip);
}

} // namespace doo
