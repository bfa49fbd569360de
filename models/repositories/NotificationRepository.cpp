#include "repositories/NotificationRepository.h"

#include "domain/Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "domain/Validation.h"

#include <QCoreApplication>

#include <algorithm>

namespace doo {

namespace {

const QString kColumns =
    QStringLiteral("id, user_id, type, title, message, task_id, workflow_id, consultation_id, is_read, created_at");
constexpr int kMaxLimit = 1000;

Notification readNotification(const Query &q)
{
    Notification n;
    n.id = q.value(0).toString();
    n.userId = q.value(1).toString();
    n.type = enumFromString<NotificationType>(q.value(2).toString()).value_or(NotificationType::Info);
    n.title = q.value(3).toString();
    n.message = q.value(4).toString();
    n.taskId = q.value(5).toString();
    n.workflowId = q.value(6).toString();
    n.consultationId = q.value(7).toString();
    n.isRead = q.value(8).toBool();
    n.createdAt = Database::dateTimeFromDb(q.value(9));
    return n;
}

} // namespace

NotificationRepository::NotificationRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx))
{ }

Result<Notification> NotificationRepository::create(Notification input)
{
    return insertNew(std::move(input), [this](Notification &n) -> Status {
        n.createdAt = Clock::currentUtc();
        return exec(QStringLiteral("INSERT INTO notification (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
                    {n.id, n.userId, toString(n.type), n.title, n.message, Database::nullIfEmpty(n.taskId),
                     Database::nullIfEmpty(n.workflowId), Database::nullIfEmpty(n.consultationId), n.isRead,
                     Database::toDb(n.createdAt)});
    });
}

Result<Notification> NotificationRepository::findById(const QString &id)
{
    return readOne(QStringLiteral("SELECT %1 FROM notification WHERE id = ?").arg(kColumns), {id}, QStringLiteral("user_id"),
                   tr("notification"), id, readNotification);
}

Result<QList<Notification>> NotificationRepository::list(const NotificationFilter &filter)
{
    QVariantList values;
    QString sql =
        QStringLiteral("SELECT %1 FROM notification WHERE 1 = 1").arg(kColumns) + scope(QStringLiteral("user_id"), values);
    andWhere(sql, values, QStringLiteral("is_read = ?"), filter.unreadOnly ? QVariant(false) : QVariant());
    andWhere(sql, values, QStringLiteral("type = ?"), nameOf(filter.type));
    sql += QStringLiteral(" ORDER BY created_at DESC, id LIMIT ? OFFSET ?");
    values << std::clamp(filter.limit, 1, kMaxLimit) << std::max(filter.offset, 0);
    return readAll(sql, values, readNotification);
}

Result<int> NotificationRepository::unreadCount()
{
    QVariantList values{false};
    return readCount(
        QStringLiteral("SELECT count(*) FROM notification WHERE is_read = ?") + scope(QStringLiteral("user_id"), values), values);
}

Status NotificationRepository::markRead(const QString &id, bool read)
{
    return writeVisible(id, [this](const QString &id) { return findById(id); },
                        QStringLiteral("UPDATE notification SET is_read = ? WHERE id = ?"), {read, id});
}

Result<int> NotificationRepository::markAllRead()
{
    // The current user's own notifications, also for an ADMIN: "all read" is about one inbox.
    return inTransaction([&]() -> Result<int> {
        Query q(m_db);
        if (!q.exec(QStringLiteral("UPDATE notification SET is_read = ? WHERE user_id = ? AND is_read = ?"),
                    {true, m_ctx.userId, false}))
            return q.error();
        return q.rowsAffected();
    });
}

Status NotificationRepository::remove(const QString &id)
{
    return writeVisible(id, [this](const QString &id) { return findById(id); },
                        QStringLiteral("DELETE FROM notification WHERE id = ?"), {id});
}

Result<int> NotificationRepository::createTaskDue(const QDateTime &from, const QDateTime &to,
                                                  const std::function<Notification(const QList<DueTask> &)> &compose)
{
    return inTransaction([&]() -> Result<int> {
        QVariantList values{Database::toDb(from), Database::toDb(to), toString(TaskStatus::Completed),
                            toString(TaskStatus::Cancelled)};
        const QString sql = QStringLiteral("SELECT t.id, t.user_id, t.title, t.due_date, COALESCE(u.time_zone, '') FROM task t "
                                           "LEFT JOIN app_user u ON u.id = t.user_id WHERE t.due_date IS NOT NULL "
                                           "AND t.due_date >= ? AND t.due_date <= ? AND t.status NOT IN (?, ?) "
                                           "AND NOT EXISTS (SELECT 1 FROM task_due_notice d WHERE d.task_id = t.id)")
            + scope(QStringLiteral("t.user_id"), values) + QStringLiteral(" ORDER BY t.user_id, t.due_date, t.id")
            + m_db.forUpdate(QStringLiteral("t"), Database::RowLock::SkipLocked);
        const auto due = readAll(sql, values, [](const Query &q) {
            return DueTask{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           Database::dateTimeFromDb(q.value(3)), q.value(4).toString()};
        });
        if (!due)
            return due.error();
        for (qsizetype first = 0; first < due->size();) {
            qsizetype end = first;
            while (end < due->size() && due->at(end).userId == due->at(first).userId)
                ++end;
            const QList<DueTask> owners = due->mid(first, end - first);
            const auto made = create(compose(owners));
            if (!made)
                return made.error();
            for (const DueTask &t : owners) {
                Query q(m_db);
                if (!q.exec(QStringLiteral("INSERT INTO task_due_notice (task_id, user_id, notification_id, notified_at) "
                                           "VALUES (?, ?, ?, ?)"),
                            {t.id, t.userId, made->id, Database::toDb(made->createdAt)}))
                    return q.error();
            }
            first = end;
        }
        return int(due->size());
    });
}

} // namespace doo
