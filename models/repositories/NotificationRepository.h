#pragma once

#include "domain/Notification.h"
#include "repositories/Repository.h"

#include <optional>

#include <QCoreApplication>

namespace doo {

struct NotificationFilter
{
    bool unreadOnly = false;
    std::optional<NotificationType> type;
    int limit = 100;
    int offset = 0;
};

// In-app notifications of the current user (all for an ADMIN), newest first.
class NotificationRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(NotificationRepository)

public:
    NotificationRepository(Database &db, UserContext ctx);

    Result<Notification> create(Notification notification);
    Result<Notification> findById(const QString &id);
    Result<QList<Notification>> list(const NotificationFilter &filter = {});
    Result<int> unreadCount();
    Status markRead(const QString &id, bool read = true);
    Result<int> markAllRead();
    Status remove(const QString &id);
};

} // namespace doo
