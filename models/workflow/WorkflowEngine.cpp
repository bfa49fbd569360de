#include "workflow/WorkflowEngine.h"

#include "repositories/UserRepository.h"

#include "domain/Clock.h"
#include "workflow/Logging.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "domain/Notification.h"
#include "domain/Validation.h"
#include "repositories/AnalyticsRepository.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/NotificationRepository.h"
#include "workflow/ActionRunner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace doo {

namespace {

QJsonArray effectsJson(const QList<PlannedEffect> &effects)
{
    QJsonArray array;
    for (const PlannedEffect &e : effects) {
        QJsonObject o{
            {QStringLiteral("action"), e.action}, {QStringLiteral("kind"), e.kind}, {QStringLiteral("summary"), e.summary}};
        // The task a created or changed effect is about, so that the window can open its card.
        QString taskId;
        if (e.kind == QLatin1String("update_task"))
            taskId = e.detail.value(QStringLiteral("taskId")).toString();
        else if (e.kind == QLatin1String("create_task") || e.kind == QLatin1String("request_approval"))
            taskId = e.detail.value(QStringLiteral("id")).toString();
        if (!taskId.isEmpty())
            o.insert(QStringLiteral("taskId"), taskId);
        array.append(o);
    }
    return array;
}

// The output of a run: what it did, kept on the execution row.
QString outputJson(const ActionRunner &runner, const QString &previous)
{
    QJsonObject out = QJsonDocument::fromJson(previous.toUtf8()).object(); // a resumed run keeps the first part
    QJsonArray effects = out.value(QStringLiteral("effects")).toArray();
    for (const QJsonValue &v : effectsJson(runner.effects()))
        effects.append(v);
    out.insert(QStringLiteral("effects"), effects);
    QJsonArray files = out.value(QStringLiteral("files")).toArray();
    for (const QString &f : runner.files())
        files.append(f);
    out.insert(QStringLiteral("files"), files);
    out.insert(QStringLiteral("tasksChanged"), out.value(QStringLiteral("tasksChanged")).toInt() + runner.tasksChanged());
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

Status notify(Database &db, const UserContext &owner, const Workflow &w, NotificationType type, const QString &title,
              const QString &message)
{
    Notification n;
    n.userId = w.userId;
    n.type = type;
    n.title = title.left(Validation::kMaxTitle);
    n.message = message.left(2000);
    n.workflowId = w.id;
    NotificationRepository repo(db, owner);
    if (const auto made = repo.create(n); !made)
        return made.error();
    return {};
}

} // namespace

QJsonArray RunPlan::toJson() const
{
    return effectsJson(effects);
}

WorkflowEngine::WorkflowEngine(Database &db, UserContext owner) : m_db(db), m_owner(std::move(owner))
{ }

Result<RunPlan> WorkflowEngine::dryRun(const Workflow &workflow, const RunInput &input)
{
    const auto definition = WorkflowDefinition::parse(workflow.trigger, workflow.actions);
    if (!definition)
        return definition.error();
    // Planned as a run would act: in the workflow's owner's scope.
    ActionRunner runner(m_db, UserRepository::contextOf(m_db, workflow.userId, m_owner), workflow, *definition,
                        WorkflowExecution(), input);
    if (Status s = runner.prepare(); !s)
        return s.error();
    if (Status s = runner.runActions(0, false); !s)
        return s.error();
    return RunPlan{runner.effects()};
}

Result<WorkflowExecution> WorkflowEngine::run(const Workflow &workflow, WorkflowExecution execution, const RunInput &input)
{
    const auto definition = WorkflowDefinition::parse(workflow.trigger, workflow.actions);
    if (!definition)
        return definition.error();
    return run(workflow, *definition, std::move(execution), input);
}

Result<WorkflowExecution> WorkflowEngine::run(const Workflow &workflow, const WorkflowDefinition &definition,
                                              WorkflowExecution execution, const RunInput &input)
{
    ActionRunner runner(m_db, m_owner, workflow, definition, execution, input);
    if (Status s = runner.prepare(); !s)
        return s.error();
    ExecutionRepository executions(m_db, m_owner);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // Plan first, against the data inside the transaction, then runner.
    if (Status s = runner.runActions(execution.resumeAt, false); !s)
        return s.error();
    runner.clearEffects(); // the plan's list; applying lists what was done
    if (Status s = executions.beginOrigin(execution.id); !s)
        return s.error();
    if (Status s = runner.runActions(execution.resumeAt, true); !s)
        return s.error();
    if (Status s = executions.endOrigin(execution.id); !s)
        return s.error();

    execution.tasksCreated += runner.tasksCreated();
    execution.output = outputJson(runner, execution.output);
    execution.attempts = std::max(execution.attempts, 1);
    if (!runner.waitingTaskId().isEmpty()) {
        execution.status = ExecutionStatus::Waiting;
        execution.waitingTaskId = runner.waitingTaskId();
        execution.resumeAt = runner.resumeAt();
    } else {
        execution.status = ExecutionStatus::Success;
        execution.finishedAt = Clock::currentUtc();
        execution.waitingTaskId.clear();
        execution.minutesSaved = workflow.estimatedMinutesSaved;
        const QJsonObject out = QJsonDocument::fromJson(execution.output.toUtf8()).object();
        const int automated = execution.tasksCreated + out.value(QStringLiteral("tasksChanged")).toInt();
        AnalyticsRepository analytics(m_db, m_owner);
        if (const auto day = analytics.upsertToday(execution.minutesSaved / 60.0, automated, execution.startedAt); !day)
            return day.error();
        const QString message = tr("%n tasks created, %1 changed; %2 min saved", nullptr, execution.tasksCreated)
                                    .arg(out.value(QStringLiteral("tasksChanged")).toInt())
                                    .arg(execution.minutesSaved);
        if (Status s = notify(m_db, m_owner, workflow, NotificationType::WorkflowComplete,
                              tr("Workflow \"%1\" finished").arg(workflow.name), message);
            !s)
            return s.error();
    }
    if (Status s = executions.finish(execution); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    if (Status s = runner.commitFiles(); !s) // the data is saved; say which file is missing
        qCWarning(lcScheduler) << workflow.name << s.error().text();
    qCInfo(lcScheduler).noquote() << "run" << execution.id << "of" << workflow.name << toString(execution.status);
    return execution;
}

Result<WorkflowExecution> WorkflowEngine::fail(const Workflow &workflow, WorkflowExecution execution, const QString &error)
{
    execution.status = ExecutionStatus::Failed;
    execution.finishedAt = Clock::currentUtc();
    execution.error = error.left(4000);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    ExecutionRepository executions(m_db, m_owner);
    if (Status s = executions.finish(execution); !s)
        return s.error();
    if (Status s =
            notify(m_db, m_owner, workflow, NotificationType::Error, tr("Workflow \"%1\" failed").arg(workflow.name), error);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCWarning(lcScheduler).noquote() << "run" << execution.id << "of" << workflow.name << "failed:" << error;
    return execution;
}

Result<WorkflowExecution> WorkflowEngine::resume(const Workflow &workflow, WorkflowExecution execution, bool approved)
{
    if (execution.status != ExecutionStatus::Waiting)
        return Error::make(Error::Kind::Conflict, tr("this run is not waiting for an approval"));
    if (approved) {
        execution.status = ExecutionStatus::Running;
        execution.waitingTaskId.clear();
        return run(workflow, execution, RunInput());
    }
    execution.status = ExecutionStatus::Cancelled;
    execution.finishedAt = Clock::currentUtc();
    execution.error = tr("rejected: the approval task was cancelled or deleted");
    execution.waitingTaskId.clear();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = ExecutionRepository(m_db, m_owner).finish(execution); !s)
        return s.error();
    if (Status s = notify(m_db, m_owner, workflow, NotificationType::Info, tr("Workflow \"%1\" stopped").arg(workflow.name),
                          execution.error);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return execution;
}

} // namespace doo
