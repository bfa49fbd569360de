// WorkflowRepository, what the scheduler asks: which workflows are due or listen to an event, and
// when the next one falls due.

#include "repositories/WorkflowRepository.h"

#include "db/Database.h"
#include "db/Query.h"

namespace doo {

Result<QList<Workflow>> WorkflowRepository::getDueWorkflows(const QDateTime &now, int limit)
{
    QVariantList values{true, Database::toDb(now)};
    QString sql = QStringLiteral("SELECT %1 FROM workflow w WHERE w.is_active = ? AND w.next_run_at IS NOT NULL "
                                 "AND w.next_run_at <= ?")
                      .arg(WorkflowRows::kColumns)
        + scope(QStringLiteral("w.user_id"), values) + QStringLiteral(" ORDER BY w.next_run_at, w.id");
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    return readAll(sql, values, [](const Query &q) { return WorkflowRows::readWorkflow(q); });
}

Result<QList<Workflow>> WorkflowRepository::activeListeningTo(const QString &eventKind, const QString &ownerId)
{
    QVariantList values{eventKind, true};
    QString sql =
        QStringLiteral("SELECT %1 FROM workflow w WHERE w.event_kind = ? AND w.is_active = ?").arg(WorkflowRows::kColumns);
    if (!ownerId.isEmpty()) {
        sql += QStringLiteral(" AND w.user_id = ?");
        values << ownerId;
    }
    sql += scope(QStringLiteral("w.user_id"), values) + QStringLiteral(" ORDER BY w.name, w.id");
    return readAll(sql, values, [](const Query &q) { return WorkflowRows::readWorkflow(q); });
}

Result<QDateTime> WorkflowRepository::earliestNextRun()
{
    QVariantList values{true};
    const QString sql = QStringLiteral("SELECT min(w.next_run_at) FROM workflow w WHERE w.is_active = ?")
        + scope(QStringLiteral("w.user_id"), values);
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    return q.next() ? Database::dateTimeFromDb(q.value(0)) : QDateTime();
}

} // namespace doo
