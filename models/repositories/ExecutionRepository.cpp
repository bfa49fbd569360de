#include "repositories/ExecutionRepository.h"

#include "domain/Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "repositories/TaskRows.h"
#include "repositories/WorkflowRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <limits>

namespace doo {

namespace {

// An execution row followed by its workflow's name.
WorkflowExecution readNamed(const Query &q)
{
    WorkflowExecution e = WorkflowRows::readExecution(q);
    e.workflowName = q.value(WorkflowRows::kExecutionColumnCount).toString();
    return e;
}

// workflow_execution.rerun (migration 013).
constexpr int kRerunNone = 0;
constexpr int kRerunPending = 1;
constexpr int kRerunDone = 2;
constexpr int kRerunDropped = 3;

const QString kRerunPrefix = QStringLiteral("rerun:");

// Whether an interrupted run can have committed nothing, so that its due time may run again:
// a due time or a due task (what started it is in its key), never waited for an approval (the
// part before it committed), and not itself the second run of its due time.
bool isRerunnable(const WorkflowExecution &e)
{
    return (e.triggerKey.startsWith(QLatin1String("at:")) || e.triggerKey.startsWith(QLatin1String("due:"))) && e.resumeAt == 0
        && e.waitingTaskId.isEmpty();
}

} // namespace

ExecutionRepository::ExecutionRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx))
{ }

WorkflowExecution ExecutionRepository::newRun(const Workflow &workflow, const QString &triggerKey, const QDateTime &scheduledFor,
                                              int depth, const QString &runner)
{
    WorkflowExecution e;
    e.id = Validation::newId();
    e.workflowId = workflow.id;
    e.triggerKey = triggerKey;
    e.scheduledFor = scheduledFor.toUTC();
    e.startedAt = Clock::currentUtc();
    e.runner = runner;
    e.depth = depth;
    return e;
}

Status ExecutionRepository::insertRunning(const WorkflowExecution &e)
{
    Query q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO workflow_execution (id, workflow_id, status, trigger_key, scheduled_for, "
                               "started_at, runner, depth, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {e.id, e.workflowId, toString(ExecutionStatus::Running), e.triggerKey, Database::toDb(e.scheduledFor),
                 Database::toDb(e.startedAt), e.runner, e.depth, Database::toDb(e.startedAt)})) {
        if (q.error().kind == Error::Kind::Constraint)
            return Error::make(Error::Kind::Conflict, tr("this run (%1) was already claimed").arg(e.triggerKey));
        return q.error();
    }
    return {};
}

Result<WorkflowExecution> ExecutionRepository::claimTimed(const Workflow &workflow, const QDateTime &due, const QDateTime &next,
                                                          const QString &runner)
{
    WorkflowExecution e = newRun(workflow, QStringLiteral("at:") + due.toUTC().toString(Qt::ISODateWithMs), due, 0, runner);
    return inTransaction([&]() -> Result<WorkflowExecution> {
        QVariantList values{Database::toDb(next), Database::toDb(e.startedAt), workflow.id, Database::toDb(due), true};
        // The conditional update is the claim: of two processes, only one sees its row change.
        if (Status s = updateOne(QStringLiteral("UPDATE workflow SET next_run_at = ?, last_run_at = ? "
                                                "WHERE id = ? AND next_run_at = ? AND is_active = ?")
                                     + scope(QStringLiteral("user_id"), values),
                                 values,
                                 Error::make(Error::Kind::Conflict,
                                             tr("the run of \"%1\" due at %2 was claimed elsewhere")
                                                 .arg(workflow.name, due.toUTC().toString(Qt::ISODateWithMs))));
            !s)
            return s.error();
        if (Status s = insertRunning(e); !s)
            return s.error();
        return e;
    });
}

Status ExecutionRepository::skipTimed(const Workflow &workflow, const QDateTime &due, const QDateTime &next)
{
    QVariantList values{Database::toDb(next), workflow.id, Database::toDb(due), true};
    return updateOne(QStringLiteral("UPDATE workflow SET next_run_at = ? WHERE id = ? AND next_run_at = ? AND is_active = ?")
                         + scope(QStringLiteral("user_id"), values),
                     values,
                     Error::make(Error::Kind::Conflict, tr("the workflow \"%1\" was handled elsewhere").arg(workflow.name)));
}

Result<WorkflowExecution> ExecutionRepository::claim(const Workflow &workflow, const QString &triggerKey,
                                                     const QDateTime &scheduledFor, int depth, const QString &runner)
{
    WorkflowExecution e = newRun(workflow, triggerKey, scheduledFor, depth, runner);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    {
        QVariantList values{workflow.id};
        Query q(m_db);
        if (!q.exec(QStringLiteral("SELECT 1 FROM workflow WHERE id = ?") + scope(QStringLiteral("user_id"), values), values))
            return q.error();
        if (!q.next())
            return notFound(tr("workflow"), workflow.id);
    }
    if (Status s = insertRunning(e); !s)
        return s.error();
    Query last(m_db);
    if (!last.exec(QStringLiteral("UPDATE workflow SET last_run_at = ? WHERE id = ?"),
                   {Database::toDb(e.startedAt), workflow.id}))
        return last.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return e;
}

Result<QStringList> ExecutionRepository::tasksDueWithoutRun(const Workflow &workflow, const QDateTime &from, const QDateTime &to)
{
    QVariantList values{workflow.userId,
                        Database::toDb(from),
                        Database::toDb(to),
                        toString(TaskStatus::Completed),
                        toString(TaskStatus::Cancelled),
                        workflow.id};
    const QString sql = QStringLiteral("SELECT t.id FROM task t WHERE t.user_id = ? AND t.due_date IS NOT NULL "
                                       "AND t.due_date >= ? AND t.due_date <= ? AND t.status NOT IN (?, ?) "
                                       "AND NOT EXISTS (SELECT 1 FROM workflow_execution e WHERE e.workflow_id = ? "
                                       "AND e.trigger_key = 'due:' || t.id)")
        + scope(QStringLiteral("t.user_id"), values) + QStringLiteral(" ORDER BY t.due_date, t.id");
    return readAll(sql, values, [](const Query &q) { return q.value(0).toString(); });
}

Result<WorkflowExecution> ExecutionRepository::findById(const QString &id)
{
    QVariantList values{id};
    const QString sql = QStringLiteral("SELECT %1, w.name FROM workflow_execution e JOIN workflow w ON w.id = e.workflow_id "
                                       "WHERE e.id = ?")
                            .arg(WorkflowRows::kExecutionColumns)
        + scope(QStringLiteral("w.user_id"), values);
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    if (!q.next())
        return notFound(tr("workflow run"), id);
    return readNamed(q);
}

Result<QList<WorkflowExecution>> ExecutionRepository::executions(const ExecutionFilter &f)
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT %1, w.name FROM workflow_execution e JOIN workflow w ON w.id = e.workflow_id "
                                 "WHERE 1 = 1")
                      .arg(WorkflowRows::kExecutionColumns);
    andWhere(sql, values, QStringLiteral("e.status = ?"), nameOf(f.status));
    andWhere(sql, values, QStringLiteral("e.workflow_id = ?"), Database::nullIfEmpty(f.workflowId));
    andWhere(sql, values, QStringLiteral("e.started_at >= ?"), Database::toDb(f.from));
    andWhere(sql, values, QStringLiteral("e.started_at < ?"), Database::toDb(f.to));
    sql += scope(QStringLiteral("w.user_id"), values) + QStringLiteral(" ORDER BY e.started_at DESC, e.id LIMIT ? OFFSET ?");
    values << (f.limit >= 0 ? f.limit : std::numeric_limits<int>::max()) << std::max(0, f.offset);
    return readAll(sql, values, readNamed);
}

Result<QList<WorkflowExecution>> ExecutionRepository::waitingApprovals()
{
    ExecutionFilter f;
    f.status = ExecutionStatus::Waiting;
    f.limit = -1;
    return executions(f);
}

Result<QStringList> ExecutionRepository::idsStartingWith(const QString &prefix, int limit)
{
    QVariantList values{Database::likeContains(prefix).mid(1)}; // "prefix%", with %, _ and \ escaped
    QString sql = QStringLiteral("SELECT e.id FROM workflow_execution e JOIN workflow w ON w.id = e.workflow_id "
                                 "WHERE e.id LIKE ? ESCAPE '\\'")
        + scope(QStringLiteral("w.user_id"), values) + QStringLiteral(" ORDER BY e.id LIMIT ?");
    values << limit;
    return readAll(sql, values, [](const Query &q) { return q.value(0).toString(); });
}

Status ExecutionRepository::finish(const WorkflowExecution &e)
{
    Query q(m_db);
    if (!q.exec(QStringLiteral("UPDATE workflow_execution SET status = ?, finished_at = ?, error = ?, output = ?, "
                               "tasks_created = ?, minutes_saved = ?, attempts = ?, waiting_task_id = ?, resume_at = ? "
                               "WHERE id = ? AND status = ?"),
                {toString(e.status), Database::toDb(e.finishedAt), Database::nullIfEmpty(e.error.left(4000)),
                 Database::nullIfEmpty(e.output), e.tasksCreated, e.minutesSaved, e.attempts,
                 Database::nullIfEmpty(e.waitingTaskId), e.resumeAt, e.id, toString(ExecutionStatus::Running)}))
        return q.error();
    if (q.rowsAffected() == 1)
        return {};
    Query now(m_db);
    if (!now.exec(QStringLiteral("SELECT status FROM workflow_execution WHERE id = ?"), {e.id}))
        return now.error();
    if (!now.next())
        return notFound(tr("workflow run"), e.id);
    // Closed as interrupted by another process, or finished already: its outcome stays.
    return Error::make(Error::Kind::Conflict,
                       tr("this run is no longer running (%1): its outcome was not recorded").arg(now.value(0).toString()));
}

Status ExecutionRepository::setAttempts(const QString &id, int attempts)
{
    Query q(m_db);
    if (!q.exec(QStringLiteral("UPDATE workflow_execution SET attempts = ? WHERE id = ?"), {attempts, id}))
        return q.error();
    return {};
}

Result<QList<WorkflowExecution>> ExecutionRepository::closeInterrupted(
    const std::function<bool(const WorkflowExecution &)> &isGone)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QList<WorkflowExecution> gone;
    {
        QVariantList values{toString(ExecutionStatus::Running)};
        Query q(m_db);
        if (!q.exec(QStringLiteral("SELECT %1 FROM workflow_execution e JOIN workflow w ON w.id = e.workflow_id "
                                   "WHERE e.status = ?")
                            .arg(WorkflowRows::kExecutionColumns)
                        + scope(QStringLiteral("w.user_id"), values),
                    values))
            return q.error();
        while (q.next()) {
            WorkflowExecution e = WorkflowRows::readExecution(q);
            if (isGone(e))
                gone << e;
        }
    }
    const QDateTime now = Clock::currentUtc();
    for (WorkflowExecution &e : gone) {
        e.status = ExecutionStatus::Failed;
        e.finishedAt = now;
        e.error = tr("interrupted: the program running it (%1) stopped before it finished").arg(e.runner);
        const bool rerun = isRerunnable(e);
        if (rerun)
            e.error += tr("; its due time runs again once");
        Query q(m_db);
        if (!q.exec(QStringLiteral("UPDATE workflow_execution SET status = ?, finished_at = ?, error = ?, rerun = ? "
                                   "WHERE id = ? AND status = ?"),
                    {toString(e.status), Database::toDb(now), e.error, rerun ? kRerunPending : kRerunNone, e.id,
                     toString(ExecutionStatus::Running)}))
            return q.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return gone;
}

Status ExecutionRepository::beat(const QString &runner)
{
    // The runner id names this process, which claims only runs it may see.
    Query q(m_db);
    if (!q.exec(QStringLiteral("UPDATE workflow_execution SET heartbeat_at = ? WHERE runner = ? AND status = ?"),
                {Database::toDb(Clock::currentUtc()), runner, toString(ExecutionStatus::Running)}))
        return q.error();
    return {};
}

Result<QList<WorkflowExecution>> ExecutionRepository::pendingReruns()
{
    QVariantList values{kRerunPending, toString(ExecutionStatus::Failed)};
    const QString sql = QStringLiteral("SELECT %1 FROM workflow_execution e JOIN workflow w ON w.id = e.workflow_id "
                                       "WHERE e.rerun = ? AND e.status = ?")
                            .arg(WorkflowRows::kExecutionColumns)
        + scope(QStringLiteral("w.user_id"), values) + QStringLiteral(" ORDER BY e.scheduled_for, e.id");
    return readAll(sql, values, [](const Query &q) { return WorkflowRows::readExecution(q); });
}

Result<WorkflowExecution> ExecutionRepository::claimRerun(const Workflow &workflow, const WorkflowExecution &interrupted,
                                                          const QString &runner)
{
    WorkflowExecution e =
        newRun(workflow, kRerunPrefix + interrupted.triggerKey, interrupted.scheduledFor, interrupted.depth, runner);
    return inTransaction([&]() -> Result<WorkflowExecution> {
        // The conditional update is the claim: of two processes, only one sees its row change.
        QVariantList values{kRerunDone, interrupted.id, kRerunPending, workflow.id};
        const QString sql = QStringLiteral("UPDATE workflow_execution SET rerun = ? WHERE id = ? AND rerun = ? "
                                           "AND workflow_id IN (SELECT id FROM workflow WHERE id = ?")
            + scope(QStringLiteral("user_id"), values) + QStringLiteral(")");
        Query q(m_db);
        if (!q.exec(sql, values))
            return q.error();
        if (q.rowsAffected() != 1)
            return Error::make(Error::Kind::Conflict,
                               tr("the second run of %1 was claimed elsewhere").arg(interrupted.triggerKey));
        if (Status s = insertRunning(e); !s)
            return s.error();
        return e;
    });
}

Status ExecutionRepository::dropRerun(const QString &interruptedId)
{
    QVariantList values{kRerunDropped, interruptedId, kRerunPending};
    const QString sql = QStringLiteral("UPDATE workflow_execution SET rerun = ? WHERE id = ? AND rerun = ? "
                                       "AND workflow_id IN (SELECT id FROM workflow WHERE 1 = 1")
        + scope(QStringLiteral("user_id"), values) + QStringLiteral(")");
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    return {};
}

Result<WorkflowExecution> ExecutionRepository::claimWaiting(const QString &id, const QString &runner)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto execution = findById(id);
    if (!execution)
        return execution.error();
    Query q(m_db);
    // Its heartbeat starts again: the wait for the approval may have been long.
    if (!q.exec(
            QStringLiteral("UPDATE workflow_execution SET status = ?, runner = ?, heartbeat_at = ? WHERE id = ? AND status = ?"),
            {toString(ExecutionStatus::Running), runner, Database::toDb(Clock::currentUtc()), id,
             toString(ExecutionStatus::Waiting)}))
        return q.error();
    if (q.rowsAffected() != 1)
        return Error::make(Error::Kind::Conflict, tr("this run is not waiting for an approval (any more)"));
    if (Status s = tx.commit(); !s)
        return s.error();
    // The caller resumes it: still reported as WAITING so that resume() knows where it stood.
    execution.value().runner = runner;
    return execution;
}

Result<QList<WorkflowExecution>> ExecutionRepository::decidedApprovals()
{
    QVariantList values{toString(ExecutionStatus::Waiting), toString(TaskStatus::Completed), toString(TaskStatus::Cancelled)};
    const QString sql = QStringLiteral("SELECT %1 FROM workflow_execution e JOIN workflow w ON w.id = e.workflow_id "
                                       "LEFT JOIN task t ON t.id = e.waiting_task_id "
                                       "WHERE e.status = ? AND (t.id IS NULL OR t.status IN (?, ?))")
                            .arg(WorkflowRows::kExecutionColumns)
        + scope(QStringLiteral("w.user_id"), values) + QStringLiteral(" ORDER BY e.started_at, e.id");
    return readAll(sql, values, [](const Query &q) { return WorkflowRows::readExecution(q); });
}

Status ExecutionRepository::beginOrigin(const QString &executionId)
{
    Query q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO event_origin (execution_id) VALUES (?)"), {executionId}))
        return q.error();
    return {};
}

Status ExecutionRepository::endOrigin(const QString &executionId)
{
    Query q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM event_origin WHERE execution_id = ?"), {executionId}))
        return q.error();
    return {};
}

Status ExecutionRepository::recordChange(const QString &executionId, const QString &taskId, const QString &change,
                                         const QString &beforeJson)
{
    Query q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO execution_change (execution_id, task_id, change, before) VALUES (?, ?, ?, ?)"),
                {executionId, taskId, change, Database::nullIfEmpty(beforeJson)}))
        return q.error();
    return {};
}

Result<QList<TaskWorkflowChange>> ExecutionRepository::recentTaskChanges(const QStringList &taskIds, const QDateTime &since)
{
    if (taskIds.isEmpty())
        return QList<TaskWorkflowChange>{};
    QVariantList values{Database::toDb(since)};
    const QString in = taskrows::inList(taskIds, values);
    const QString sql =
        QStringLiteral("SELECT c.task_id, c.change, c.before, t.status, CAST(COALESCE(e.finished_at, e.started_at) "
                       "AS TEXT), w.name FROM workflow w "
                       "JOIN workflow_execution e ON e.workflow_id = w.id "
                       "JOIN execution_change c ON c.execution_id = e.id "
                       "JOIN task t ON t.id = c.task_id "
                       "WHERE e.started_at >= ? AND e.undone_at IS NULL AND c.task_id IN (%1)")
            .arg(in)
        + scope(QStringLiteral("w.user_id"), values) + QStringLiteral(" ORDER BY c.id DESC");
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    QList<TaskWorkflowChange> changes;
    QSet<QString> seen;
    while (q.next()) {
        TaskWorkflowChange c;
        c.taskId = q.value(0).toString();
        if (seen.contains(c.taskId))
            continue; // newest first: an older change of the same task says less
        seen.insert(c.taskId);
        const QString before = q.value(2).toString();
        c.created = q.value(1).toString() == QLatin1String("created");
        if (!c.created && !before.isEmpty())
            c.moved = QJsonDocument::fromJson(before.toUtf8()).object().value(QLatin1String("status")).toString()
                != q.value(3).toString();
        c.at = Database::dateTimeFromDb(q.value(4));
        c.workflowName = q.value(5).toString();
        changes << c;
    }
    return changes;
}

Result<bool> ExecutionRepository::hasRunsSince(const QDateTime &since)
{
    QVariantList values{Database::toDb(since)};
    const QString sql = QStringLiteral("SELECT 1 FROM workflow w JOIN workflow_execution e ON e.workflow_id = w.id "
                                       "WHERE e.started_at >= ? AND e.undone_at IS NULL")
        + scope(QStringLiteral("w.user_id"), values) + QStringLiteral(" LIMIT 1");
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    return q.next();
}

} // namespace doo
