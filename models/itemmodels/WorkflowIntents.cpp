#include "itemmodels/WorkflowIntents.h"

#include "itemmodels/WriteRetry.h"

#include "repositories/TaskRepository.h"
#include "repositories/WorkflowRepository.h"
#include "workflow/Approvals.h"
#include "workflow/RunUndo.h"
#include "workflow/WorkflowEngine.h"
#include "workflow/WorkflowScheduler.h"
#include "itemmodels/ExecutionListModel.h"
#include "itemmodels/WorkflowCommands.h"
#include "itemmodels/WorkflowListModel.h"

#include <QUndoStack>

namespace doo {

WorkflowIntents::WorkflowIntents(Database &db, UserContext ctx, QUndoStack *undoStack, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_ctx(std::move(ctx)),
      m_undo(undoStack),
      m_workflows(new WorkflowListModel(db, m_ctx, this)),
      m_executions(new ExecutionListModel(db, m_ctx, this))
{ }

WorkflowIntents::~WorkflowIntents() = default;

Result<Workflow> WorkflowIntents::workflow(const QString &id)
{
    return WorkflowRepository(m_db, m_ctx).findById(id);
}

Result<Workflow> WorkflowIntents::saveWorkflow(const Workflow &workflow)
{
    WorkflowRepository repo(m_db, m_ctx);
    const QString what = WriteRetry::tr("the workflow \"%1\"").arg(workflow.name);
    if (workflow.id.isEmpty())
        return WriteRetry::run<Result<Workflow>>(m_db, what, [&] { return repo.create(workflow); });
    // A COMMIT in flight landed when the workflow is one version on, with this definition.
    auto landed = [&]() -> std::optional<Result<Workflow>> {
        auto now = repo.findById(workflow.id);
        if (!now)
            return Result<Workflow>(now.error());
        if (now->version == workflow.version)
            return std::nullopt;
        if (now->version == workflow.version + 1 && now->name == workflow.name && now->trigger == workflow.trigger
            && now->actions == workflow.actions)
            return now;
        return Result<Workflow>(WriteRetry::maybeSaved(what));
    };
    return WriteRetry::run<Result<Workflow>>(
        m_db, what, [&] { return repo.update(workflow); }, landed);
}

Result<Workflow> WorkflowIntents::duplicateWorkflow(const Workflow &original, const QString &name)
{
    Workflow copy = original;
    copy.name = name;
    copy.isActive = false;
    copy.nextRunAt = {};
    return WriteRetry::run<Result<Workflow>>(m_db, WriteRetry::tr("the copy \"%1\"").arg(name),
                                             [&] { return WorkflowRepository(m_db, m_ctx).create(copy); });
}

void WorkflowIntents::deleteWorkflow(const Workflow &workflow)
{
    auto *command = new DeleteWorkflowCommand(m_db, m_ctx, workflow, [this](const QString &id, const QString &error) {
        if (!error.isEmpty())
            Q_EMIT errorOccurred(error);
        Q_EMIT workflowsChanged(id);
    });
    if (m_undo) {
        m_undo->push(command);
    } else {
        command->redo();
        delete command;
    }
}

Result<WorkflowExecution> WorkflowIntents::runNow(const Workflow &workflow)
{
    WorkflowScheduler scheduler(m_db, m_ctx);
    scheduler.setRetryBase(250);
    return scheduler.runNowAndWait(workflow);
}

Result<RunPlan> WorkflowIntents::dryRun(const Workflow &workflow)
{
    Workflow w = workflow;
    if (w.userId.isEmpty()) // a new workflow, not saved yet: planned as the user's
        w.userId = m_ctx.userId;
    return WorkflowEngine(m_db, m_ctx).dryRun(w);
}

Result<QList<RunChange>> WorkflowIntents::undoPreview(const QString &executionId)
{
    return RunUndo(m_db, m_ctx).undoPreview(executionId);
}

Result<WorkflowExecution> WorkflowIntents::undoRun(const QString &executionId)
{
    return WriteRetry::run<Result<WorkflowExecution>>(m_db, WriteRetry::tr("undoing the run"),
                                                      [&] { return RunUndo(m_db, m_ctx).undoRun(executionId); });
}

Result<QList<WaitingApproval>> WorkflowIntents::waitingApprovals()
{
    auto waiting = Approvals(m_db, m_ctx).waitingApprovals();
    if (!waiting)
        return waiting.error();
    TaskRepository tasks(m_db, m_ctx);
    QList<WaitingApproval> approvals;
    for (const WorkflowExecution &e : std::as_const(*waiting)) {
        const auto task = tasks.findById(e.waitingTaskId);
        approvals.append({e, task ? std::optional<QString>(task->title) : std::nullopt});
    }
    return approvals;
}

Result<WorkflowExecution> WorkflowIntents::approveRun(const QString &executionId)
{
    return WriteRetry::run<Result<WorkflowExecution>>(m_db, WriteRetry::tr("the approval"),
                                                      [&] { return Approvals(m_db, m_ctx).approve(executionId); });
}

Result<WorkflowExecution> WorkflowIntents::rejectRun(const QString &executionId)
{
    return WriteRetry::run<Result<WorkflowExecution>>(m_db, WriteRetry::tr("the rejection"),
                                                      [&] { return Approvals(m_db, m_ctx).reject(executionId); });
}

Result<QList<WorkflowVersion>> WorkflowIntents::versions(const QString &workflowId)
{
    return WorkflowRepository(m_db, m_ctx).versions(workflowId);
}

Result<Workflow> WorkflowIntents::restoreVersion(const QString &workflowId, int version)
{
    return WriteRetry::run<Result<Workflow>>(m_db, WriteRetry::tr("restoring version %1").arg(version),
                                             [&] { return WorkflowRepository(m_db, m_ctx).restoreVersion(workflowId, version); });
}

} // namespace doo
