#include "repositories/WorkflowOverviewRepository.h"

#include "db/Query.h"
#include "repositories/ArchiveTables.h"

namespace doo {

WorkflowOverviewRepository::WorkflowOverviewRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx))
{ }

Result<QHash<QString, WorkflowRunSummary>> WorkflowOverviewRepository::summaries()
{
    const QString success = toString(ExecutionStatus::Success);
    QHash<QString, WorkflowRunSummary> result;
    {
        QVariantList values{success, toString(ExecutionStatus::Failed), success};
        const QString sql =
            QStringLiteral("SELECT e.workflow_id, count(*), COALESCE(SUM(CASE WHEN e.status = ? THEN 1 ELSE 0 END), 0), "
                           "COALESCE(SUM(CASE WHEN e.status = ? THEN 1 ELSE 0 END), 0), "
                           // an undone run gave its time back (as in WorkflowRepository::getStats)
                           "COALESCE(SUM(CASE WHEN e.status = ? AND e.undone_at IS NULL THEN e.minutes_saved ELSE 0 END), 0) "
                           "FROM ")
            + ArchiveTables::allExecutions() + QStringLiteral(" e JOIN workflow w ON w.id = e.workflow_id WHERE 1 = 1")
            + scope(QStringLiteral("w.user_id"), values) + QStringLiteral(" GROUP BY e.workflow_id");
        Query q(m_db);
        if (!q.exec(sql, values))
            return q.error();
        while (q.next()) {
            WorkflowRunSummary &s = result[q.value(0).toString()];
            s.executions = q.value(1).toInt();
            s.successful = q.value(2).toInt();
            s.failed = q.value(3).toInt();
            s.minutesSaved = q.value(4).toDouble();
        }
    }
    {
        // The status of each workflow's latest run: rows newest first, the first one per workflow wins.
        QVariantList values;
        const QString sql = QStringLiteral("SELECT e.workflow_id, e.status FROM ") + ArchiveTables::allExecutions()
            + QStringLiteral(" e JOIN workflow w ON w.id = e.workflow_id WHERE 1 = 1")
            + scope(QStringLiteral("w.user_id"), values) + QStringLiteral(" AND e.started_at = (SELECT MAX(e2.started_at) FROM ")
            + ArchiveTables::allExecutions()
            + QStringLiteral(" e2 "
                             "WHERE e2.workflow_id = e.workflow_id) ORDER BY e.workflow_id, e.id DESC");
        Query q(m_db);
        if (!q.exec(sql, values))
            return q.error();
        while (q.next()) {
            WorkflowRunSummary &s = result[q.value(0).toString()];
            if (!s.lastStatus)
                s.lastStatus = enumFromString<ExecutionStatus>(q.value(1).toString());
        }
    }
    return result;
}

Result<QString> WorkflowOverviewRepository::changeMark()
{
    QVariantList values;
    const auto workflows =
        readMark(QStringLiteral("SELECT count(*), coalesce(sum(version), 0), max(updated_at) FROM workflow w WHERE 1 = 1")
                     + scope(QStringLiteral("w.user_id"), values),
                 values, 3);
    if (!workflows)
        return workflows.error();
    values.clear();
    const auto runs = readMark(QStringLiteral("SELECT count(*), count(e.finished_at), count(e.undone_at), max(e.started_at) "
                                              "FROM workflow_execution e JOIN workflow w ON w.id = e.workflow_id WHERE 1 = 1")
                                   + scope(QStringLiteral("w.user_id"), values),
                               values, 4);
    if (!runs)
        return runs.error();
    return QString(*workflows + QLatin1Char('/') + *runs);
}

} // namespace doo
