#include "TrayNotifier.h"

#include "AppIcon.h"

#include "itemmodels/NotificationListModel.h"

#include <QPainter>

#include <algorithm>
#include <QPixmap>
#include <QSystemTrayIcon>

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

constexpr int kShownOneByOne = 3; // more arrivals at once are summed up in one message

} // namespace

TrayNotifier::TrayNotifier(NotificationListModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(trayIcon(), this);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT activated();
        });
        connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
        m_icon->show();
    }
    m_show = [this](const QString &title, const QString &message, NotificationType type) {
        if (m_icon)
            m_icon->showMessage(title, message, messageIcon(type), 8000);
    };
    connect(m_model, &NotificationListModel::arrived, this, &TrayNotifier::announce);
    connect(m_model, &NotificationListModel::unreadCountChanged, this, &TrayNotifier::updateToolTip);
    updateToolTip(std::max(0, m_model->unreadCount()));
}

QString TrayNotifier::toolTip() const
{
    return m_toolTip;
}

void TrayNotifier::updateToolTip(int unread)
{
    m_toolTip = unread > 0 ? tr("Director of One: %n unread notification(s)", nullptr, unread) : tr("Director of One");
    if (m_icon)
        m_icon->setToolTip(m_toolTip);
}

void TrayNotifier::announce(const QList<Notification> &arrived)
{
    if (arrived.size() > kShownOneByOne) {
        m_show(tr("%n new notification(s)", nullptr, int(arrived.size())), arrived.first().title, arrived.first().type);
        return;
    }
    for (auto it = arrived.crbegin(); it != arrived.crend(); ++it) // oldest first
        m_show(it->title, it->message, it->type);
}

} // namespace doo
