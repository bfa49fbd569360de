#include "repositories/EventOutboxRepository.h"

#include "db/Database.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/WorkflowRepository.h"

namespace doo {

EventOutboxRepository::EventOutboxRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx))
{ }

Result<bool> EventOutboxRepository::hasPending()
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT 1 FROM workflow_event ev WHERE 1 = 1")
        + scope(QStringLiteral("ev.user_id"), values) + QStringLiteral(" LIMIT 1");
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    return q.next();
}

Result<QList<ClaimedEventRun>> EventOutboxRepository::claimRuns(
    int limit, const QString &runner, const std::function<bool(const Workflow &, const WorkflowEvent &)> &accept)
{
    return inTransaction([&]() -> Result<QList<ClaimedEventRun>> {
        QVariantList values;
        const QString sql = QStringLiteral("SELECT ev.id, ev.user_id, ev.kind, ev.task_id, ev.consultation_id, ev.from_status, "
                                           "ev.to_status, ev.origin_execution_id, ev.created_at, o.workflow_id, o.depth "
                                           "FROM workflow_event ev "
                                           "LEFT JOIN workflow_execution o ON o.id = ev.origin_execution_id WHERE 1 = 1")
            + scope(QStringLiteral("ev.user_id"), values) + QStringLiteral(" ORDER BY ev.id LIMIT ?")
            + m_db.forUpdate(QStringLiteral("ev"), Database::RowLock::SkipLocked);
        values << limit;
        const auto events = readAll(sql, values, [](const Query &q) {
            WorkflowEvent ev;
            ev.id = q.value(0).toLongLong();
            ev.userId = q.value(1).toString();
            ev.kind = q.value(2).toString();
            ev.taskId = q.value(3).toString();
            ev.consultationId = q.value(4).toString();
            ev.fromStatus = q.value(5).toString();
            ev.toStatus = q.value(6).toString();
            ev.originExecutionId = q.value(7).toString();
            ev.createdAt = Database::dateTimeFromDb(q.value(8));
            ev.originWorkflowId = q.value(9).toString();
            ev.originDepth = q.value(10).isNull() ? -1 : q.value(10).toInt();
            return ev;
        });
        if (!events)
            return events.error();
        WorkflowRepository workflows(m_db, m_ctx);
        ExecutionRepository executions(m_db, m_ctx);
        QList<ClaimedEventRun> runs;
        for (const WorkflowEvent &ev : *events) {
            Query del(m_db);
            if (!del.exec(QStringLiteral("DELETE FROM workflow_event WHERE id = ?"), {ev.id}))
                return del.error();
            if (del.rowsAffected() != 1)
                continue; // taken by another process
            const auto listening = workflows.activeListeningTo(ev.kind, ev.userId);
            if (!listening)
                return listening.error();
            for (const Workflow &w : *listening) {
                if (accept && !accept(w, ev))
                    continue;
                const WorkflowExecution e = ExecutionRepository::newRun(w, QStringLiteral("event:%1").arg(ev.id), ev.createdAt,
                                                                        ev.originDepth + 1, runner);
                if (Status s = executions.insertRunning(e); !s)
                    return s.error();
                runs << ClaimedEventRun{e, w, ev};
            }
        }
        return runs;
    });
}

} // namespace doo
