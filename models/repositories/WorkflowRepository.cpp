#include "repositories/WorkflowRepository.h"

#include "domain/Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "repositories/ArchiveTables.h"
#include "domain/Validation.h"
#include "repositories/UserRepository.h"
#include "domain/WorkflowDefinition.h"
#include "domain/WorkflowTiming.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace doo {

namespace {

constexpr int kMaxExecutionError = 4000;

} // namespace

const QString WorkflowRows::kColumns =
    QStringLiteral("w.id, w.user_id, w.name, w.description, w.type, w.trigger_config, w.actions, w.frequency, w.is_active, "
                   "w.estimated_minutes_saved, w.next_run_at, w.last_run_at, w.created_at, w.updated_at, w.version");
const QString WorkflowRows::kExecutionColumns = QStringLiteral(
    "e.id, e.workflow_id, e.status, e.scheduled_for, e.started_at, e.finished_at, e.error, e.output, "
    "e.tasks_created, e.minutes_saved, e.trigger_key, e.runner, e.attempts, e.depth, e.waiting_task_id, e.resume_at, "
    "e.undone_at, e.heartbeat_at");

Workflow WorkflowRows::readWorkflow(const Query &q, int at)
{
    Workflow w;
    w.id = q.value(at + 0).toString();
    w.userId = q.value(at + 1).toString();
    w.name = q.value(at + 2).toString();
    w.description = q.value(at + 3).toString();
    w.type = enumFromString<WorkflowType>(q.value(at + 4).toString()).value_or(WorkflowType::TaskAutomation);
    w.trigger = q.value(at + 5).toString();
    w.actions = q.value(at + 6).toString();
    w.frequency = q.value(at + 7).toString();
    w.isActive = q.value(at + 8).toBool();
    w.estimatedMinutesSaved = q.value(at + 9).toDouble();
    w.nextRunAt = Database::dateTimeFromDb(q.value(at + 10));
    w.lastRunAt = Database::dateTimeFromDb(q.value(at + 11));
    w.createdAt = Database::dateTimeFromDb(q.value(at + 12));
    w.updatedAt = Database::dateTimeFromDb(q.value(at + 13));
    w.version = q.value(at + 14).toInt();
    return w;
}

WorkflowExecution WorkflowRows::readExecution(const Query &q, int at)
{
    WorkflowExecution e;
    e.id = q.value(at + 0).toString();
    e.workflowId = q.value(at + 1).toString();
    e.status = enumFromString<ExecutionStatus>(q.value(at + 2).toString()).value_or(ExecutionStatus::Running);
    e.scheduledFor = Database::dateTimeFromDb(q.value(at + 3));
    e.startedAt = Database::dateTimeFromDb(q.value(at + 4));
    e.finishedAt = Database::dateTimeFromDb(q.value(at + 5));
    e.error = q.value(at + 6).toString();
    e.output = q.value(at + 7).toString();
    e.tasksCreated = q.value(at + 8).toInt();
    e.minutesSaved = q.value(at + 9).toDouble();
    e.triggerKey = q.value(at + 10).toString();
    e.runner = q.value(at + 11).toString();
    e.attempts = q.value(at + 12).toInt();
    e.depth = q.value(at + 13).toInt();
    e.waitingTaskId = q.value(at + 14).toString();
    e.resumeAt = q.value(at + 15).toInt();
    e.undoneAt = Database::dateTimeFromDb(q.value(at + 16));
    e.heartbeatAt = Database::dateTimeFromDb(q.value(at + 17));
    return e;
}

namespace {
const QString &kColumns = WorkflowRows::kColumns;
const QString &kExecutionColumns = WorkflowRows::kExecutionColumns;
Workflow readWorkflow(const Query &q)
{
    return WorkflowRows::readWorkflow(q);
}
WorkflowExecution readExecution(const Query &q)
{
    return WorkflowRows::readExecution(q);
}

// Fills the start (now) and the scheduled time (the start) when missing, then checks the rest.
Status prepareExecution(WorkflowExecution &e)
{
    if (!e.startedAt.isValid())
        e.startedAt = Clock::currentUtc();
    if (!e.scheduledFor.isValid())
        e.scheduledFor = e.startedAt;
    if (e.tasksCreated < 0)
        return Error::validation(QStringLiteral("tasksCreated"),
                                 WorkflowRepository::tr("cannot be negative (it is %1)").arg(e.tasksCreated));
    if (!std::isfinite(e.minutesSaved) || e.minutesSaved < 0)
        return Error::validation(QStringLiteral("minutesSaved"),
                                 WorkflowRepository::tr("must be a number of at least 0 (it is %1)").arg(e.minutesSaved));
    if (Status s = Validation::optionalText(QStringLiteral("error"), e.error, kMaxExecutionError); !s)
        return s;
    if (!e.output.isEmpty()) {
        // Any well-formed JSON document: QJsonValue::Undefined asks for no particular type.
        if (Status s = Validation::json(QStringLiteral("output"), e.output, QJsonValue::Undefined); !s)
            return s;
    }
    return {};
}

bool sameJson(const QString &a, const QString &b)
{
    return a == b || QJsonDocument::fromJson(a.toUtf8()) == QJsonDocument::fromJson(b.toUtf8());
}

// Whether a change touches the definition (what a version keeps), not only the timing or on/off.
bool sameDefinition(const Workflow &a, const Workflow &b)
{
    return a.name == b.name && a.description == b.description && a.type == b.type && sameJson(a.trigger, b.trigger)
        && sameJson(a.actions, b.actions) && a.estimatedMinutesSaved == b.estimatedMinutesSaved;
}

QString eventKind(const Workflow &w)
{
    const auto trigger = WorkflowDefinition::parseTrigger(w.trigger);
    return Validation::notNull(trigger ? TriggerSpec::eventName(trigger->event) : QString());
}

Error changedElsewhere(const Workflow &existing)
{
    return Error::make(
        Error::Kind::Conflict,
        WorkflowRepository::tr("the workflow \"%1\" was changed elsewhere; reload it and try again").arg(existing.name));
}

} // namespace

WorkflowRepository::WorkflowRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx))
{ }

Result<Workflow> WorkflowRepository::create(Workflow input)
{
    return insertNew(std::move(input), [this](Workflow &workflow) -> Status {
        workflow.createdAt = workflow.updatedAt = Clock::currentUtc();
        workflow.lastRunAt = {}; // a new workflow has not run yet
        workflow.version = 1;
        if (!workflow.nextRunAt.isValid() && workflow.isActive) { // else the caller chose it (import, tests)
            if (Status s = timeFirstRun(workflow, workflow.createdAt); !s)
                return s;
        }
        return exec(QStringLiteral("INSERT INTO workflow (id, user_id, name, description, type, trigger_config, "
                                   "actions, frequency, is_active, estimated_minutes_saved, next_run_at, last_run_at, "
                                   "created_at, updated_at, version, event_kind) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {workflow.id, workflow.userId, workflow.name, workflow.description, toString(workflow.type), workflow.trigger,
                     workflow.actions, workflow.frequency, workflow.isActive, workflow.estimatedMinutesSaved,
                     Database::toDb(workflow.nextRunAt), Database::toDb(workflow.lastRunAt), Database::toDb(workflow.createdAt),
                     Database::toDb(workflow.updatedAt), workflow.version, eventKind(workflow)});
    });
}

Result<Workflow> WorkflowRepository::findById(const QString &id)
{
    return readOne(QStringLiteral("SELECT %1 FROM workflow w WHERE w.id = ?").arg(kColumns), {id}, QStringLiteral("w.user_id"),
                   tr("workflow"), id, readWorkflow);
}

Result<QList<Workflow>> WorkflowRepository::findByUserId(const QString &userId)
{
    QVariantList values{userId};
    const QString sql = QStringLiteral("SELECT %1 FROM workflow w WHERE w.user_id = ?").arg(kColumns)
        + scope(QStringLiteral("w.user_id"), values) + QStringLiteral(" ORDER BY w.name, w.id");
    return readAll(sql, values, readWorkflow);
}

Result<Workflow> WorkflowRepository::update(const Workflow &input)
{
    const auto find = [this](const QString &id) { return findById(id); };
    return updateExisting(input, find, [this](Workflow &workflow, const Workflow &existing) -> Status {
        if (existing.version != workflow.version)
            return changedElsewhere(existing);
        const QDateTime now = Clock::currentUtc();
        if (!sameDefinition(existing, workflow)) { // keep the definition this change replaces
            if (Status s = exec(QStringLiteral("INSERT INTO workflow_version (workflow_id, version, name, description, type, "
                                               "trigger_config, actions, estimated_minutes_saved, is_active, saved_at) "
                                               "SELECT id, version, name, description, type, trigger_config, actions, "
                                               "estimated_minutes_saved, is_active, ? FROM workflow WHERE id = ?"),
                                {Database::toDb(now), workflow.id});
                !s)
                return s;
        }
        workflow.userId = existing.userId;
        // A new trigger, or switching on, starts the timing afresh unless the caller set a due time.
        const bool retimed = !sameJson(existing.trigger, workflow.trigger) || (workflow.isActive && !existing.isActive);
        if (retimed && workflow.nextRunAt == existing.nextRunAt) {
            if (Status s = timeFirstRun(workflow, now); !s)
                return s;
        }
        if (Status s = updateOne(
                QStringLiteral("UPDATE workflow SET name = ?, description = ?, type = ?, trigger_config = ?, actions = ?, "
                               "frequency = ?, is_active = ?, estimated_minutes_saved = ?, next_run_at = ?, "
                               "updated_at = ?, version = version + 1, event_kind = ? WHERE id = ? AND version = ?"),
                {workflow.name, workflow.description, toString(workflow.type), workflow.trigger, workflow.actions,
                 workflow.frequency, workflow.isActive, workflow.estimatedMinutesSaved, Database::toDb(workflow.nextRunAt),
                 Database::toDb(now), eventKind(workflow), workflow.id, workflow.version},
                changedElsewhere(existing));
            !s)
            return s;
        workflow.lastRunAt = existing.lastRunAt;
        workflow.createdAt = existing.createdAt;
        workflow.updatedAt = now;
        workflow.version += 1;
        return {};
    });
}

Result<QList<WorkflowVersion>> WorkflowRepository::versions(const QString &workflowId)
{
    if (auto workflow = findById(workflowId); !workflow)
        return workflow.error();
    return readAll(QStringLiteral("SELECT version, saved_at, name, description, type, trigger_config, actions, "
                                  "estimated_minutes_saved, is_active FROM workflow_version WHERE workflow_id = ? "
                                  "ORDER BY version DESC"),
                   {workflowId}, [](const Query &q) {
                       WorkflowVersion v;
                       v.version = q.value(0).toInt();
                       v.savedAt = Database::dateTimeFromDb(q.value(1));
                       v.name = q.value(2).toString();
                       v.description = q.value(3).toString();
                       v.type = enumFromString<WorkflowType>(q.value(4).toString()).value_or(WorkflowType::TaskAutomation);
                       v.trigger = q.value(5).toString();
                       v.actions = q.value(6).toString();
                       v.estimatedMinutesSaved = q.value(7).toDouble();
                       v.isActive = q.value(8).toBool();
                       return v;
                   });
}

Result<Workflow> WorkflowRepository::restoreVersion(const QString &workflowId, int version)
{
    return inTransaction([&]() -> Result<Workflow> {
        const auto all = versions(workflowId);
        if (!all)
            return all.error();
        const auto kept =
            std::find_if(all->cbegin(), all->cend(), [version](const WorkflowVersion &v) { return v.version == version; });
        if (kept == all->cend())
            return Error::validation(QStringLiteral("version"), tr("the workflow has no saved version %1").arg(version));
        auto current = findById(workflowId);
        if (!current)
            return current.error();
        Workflow w = current.takeValue();
        w.name = kept->name;
        w.description = kept->description;
        w.type = kept->type;
        w.trigger = kept->trigger;
        w.actions = kept->actions;
        w.estimatedMinutesSaved = kept->estimatedMinutesSaved;
        return update(w); // keeps the current definition as a version and times a changed trigger afresh
    });
}

Result<Workflow> WorkflowRepository::toggleActive(const QString &id)
{
    return inTransaction([&]() -> Result<Workflow> {
        auto existing = findById(id);
        if (!existing)
            return existing.error();
        Workflow workflow = existing.takeValue();
        const QDateTime now = Clock::currentUtc();
        if (!workflow.isActive) { // switching on: due from now, not from before it was off
            if (Status s = timeFirstRun(workflow, now); !s)
                return s.error();
        }
        if (Status s = updateOne(
                QStringLiteral("UPDATE workflow SET is_active = ?, updated_at = ?, next_run_at = ?, "
                               "version = version + 1 WHERE id = ? AND version = ?"),
                {!workflow.isActive, Database::toDb(now), Database::toDb(workflow.nextRunAt), workflow.id, workflow.version},
                changedElsewhere(workflow));
            !s)
            return s.error();
        workflow.isActive = !workflow.isActive;
        workflow.updatedAt = now;
        workflow.version += 1;
        return workflow;
    });
}

Status WorkflowRepository::remove(const QString &id)
{
    // executions cascade
    return writeVisible(id, [this](const QString &id) { return findById(id); },
                        QStringLiteral("DELETE FROM workflow WHERE id = ?"), {id});
}

Result<WorkflowExecution> WorkflowRepository::execute(const QString &workflowId, WorkflowExecution execution)
{
    if (Status s = prepareExecution(execution); !s)
        return s.error();
    return inTransaction([&]() -> Result<WorkflowExecution> {
        if (auto workflow = findById(workflowId); !workflow)
            return workflow.error();
        execution.id = Validation::newId();
        execution.workflowId = workflowId;
        if (execution.triggerKey.isEmpty())
            execution.triggerKey = WorkflowTiming::timedKey(execution.scheduledFor);
        if (Status s =
                exec(QStringLiteral("INSERT INTO workflow_execution (id, workflow_id, status, scheduled_for, started_at, "
                                    "finished_at, error, output, tasks_created, minutes_saved, trigger_key, runner, attempts, "
                                    "depth, waiting_task_id, resume_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {execution.id, execution.workflowId, toString(execution.status), Database::toDb(execution.scheduledFor),
                      Database::toDb(execution.startedAt), Database::toDb(execution.finishedAt),
                      Database::nullIfEmpty(execution.error), Database::nullIfEmpty(execution.output), execution.tasksCreated,
                      execution.minutesSaved, execution.triggerKey, Validation::notNull(execution.runner), execution.attempts,
                      execution.depth, Database::nullIfEmpty(execution.waitingTaskId), execution.resumeAt});
            !s) {
            // Every CHECK was validated above and the workflow exists, so what is left is the
            // UNIQUE (workflow_id, trigger_key) key: this run was recorded before.
            if (s.error().kind != Error::Kind::Constraint)
                return s.error();
            return Error::make(Error::Kind::Conflict,
                               tr("this run (scheduled for %1) was already recorded")
                                   .arg(execution.scheduledFor.toUTC().toString(Qt::ISODateWithMs)));
        }
        if (Status s = exec(QStringLiteral("UPDATE workflow SET last_run_at = ? WHERE id = ?"),
                            {Database::toDb(execution.startedAt), workflowId});
            !s)
            return s.error();
        return execution;
    });
}

Result<QList<WorkflowExecution>> WorkflowRepository::executions(const QString &workflowId, int limit)
{
    if (auto workflow = findById(workflowId); !workflow)
        return workflow.error();
    QVariantList values{workflowId};
    QString sql = QStringLiteral("SELECT %1 FROM workflow_execution e JOIN workflow w ON w.id = e.workflow_id "
                                 "WHERE e.workflow_id = ?")
                      .arg(kExecutionColumns)
        + scope(QStringLiteral("w.user_id"), values) + QStringLiteral(" ORDER BY e.started_at DESC, e.scheduled_for DESC, e.id");
    if (limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    return readAll(sql, values, readExecution);
}

Result<WorkflowStats> WorkflowRepository::getStats()
{
    QVariantList values{true};
    const auto workflows =
        readFirst(QStringLiteral("SELECT count(*), COALESCE(SUM(CASE WHEN w.is_active = ? THEN 1 ELSE 0 END), 0) "
                                 "FROM workflow w WHERE 1 = 1")
                      + scope(QStringLiteral("w.user_id"), values),
                  values, [](const Query &q) {
                      WorkflowStats stats;
                      stats.total = q.value(0).toInt();
                      stats.active = q.value(1).toInt();
                      return stats;
                  });
    if (!workflows)
        return workflows.error();
    const QString success = toString(ExecutionStatus::Success);
    QVariantList runValues{success, toString(ExecutionStatus::Failed), success};
    const QString sql =
        QStringLiteral("SELECT count(*), COALESCE(SUM(CASE WHEN e.status = ? THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN e.status = ? THEN 1 ELSE 0 END), 0), "
                       // an undone run gave its time and tasks back
                       "COALESCE(SUM(CASE WHEN e.status = ? AND e.undone_at IS NULL THEN e.minutes_saved ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN e.undone_at IS NULL THEN e.tasks_created ELSE 0 END), 0) FROM ")
        + ArchiveTables::allExecutions() + QStringLiteral(" e JOIN workflow w ON w.id = e.workflow_id WHERE 1 = 1")
        + scope(QStringLiteral("w.user_id"), runValues);
    return readFirst(sql, runValues, [stats = *workflows](const Query &q) mutable {
        stats.executions = q.value(0).toInt();
        stats.successful = q.value(1).toInt();
        stats.failed = q.value(2).toInt();
        stats.hoursSaved = q.value(3).toDouble() / 60.0;
        stats.tasksCreated = q.value(4).toInt();
        const int finished = stats.successful + stats.failed;
        stats.successRate = finished > 0 ? double(stats.successful) / finished : 0.0;
        return stats;
    });
}

Status WorkflowRepository::retime()
{
    const auto all = findByUserId(m_ctx.userId);
    if (!all)
        return all.error();
    const QDateTime now = Clock::currentUtc();
    for (Workflow w : *all) {
        if (!w.isActive)
            continue;
        if (Status s = timeFirstRun(w, now); !s)
            return s;
        if (Status s =
                exec(QStringLiteral("UPDATE workflow SET next_run_at = ? WHERE id = ?"), {Database::toDb(w.nextRunAt), w.id});
            !s)
            return s;
    }
    return {};
}

Status WorkflowRepository::timeFirstRun(Workflow &workflow, const QDateTime &now)
{
    const auto trigger = WorkflowDefinition::parseTrigger(workflow.trigger);
    if (!trigger) {
        workflow.nextRunAt = {}; // validate() reports a bad trigger; nothing is due without one
        return {};
    }
    const auto zone = UserRepository::timeZoneOf(m_db, ownerFor(workflow.userId));
    if (!zone)
        return zone.error();
    workflow.nextRunAt = WorkflowTiming::firstRun(*trigger, now, *zone);
    return {};
}

} // namespace doo
