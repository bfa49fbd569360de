#pragma once

#include "domain/Notification.h"
#include "repositories/Repository.h"

#include <functional>
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

// A task a TASK_DUE notification is about.
struct DueTask
{
    QString id;
    QString userId;
    QString title;
    QDateTime due;
    QString timeZone; // the owner's (IANA id; empty: the computer's)
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
    // The open tasks due between `from` and `to` that were never announced, one TASK_DUE
    // notification per owner naming them all (as `compose` words it from the owner's tasks,
    // earliest first), each task recorded as announced (table task_due_notice); one transaction.
    // The tasks are locked where the database can (others' locks are skipped), and the record's
    // key refuses a second announcement, so two schedulers never notify twice. Returns how many
    // tasks were announced.
    Result<int> createTaskDue(const QDateTime &from, const QDateTime &to,
                              const std::function<Notification(const QList<DueTask> &)> &compose);
};

} // namespace doo
