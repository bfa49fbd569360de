#include "workflow/Approvals.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/TaskRepository.h"
#include "repositories/UserRepository.h"
#include "repositories/WorkflowRepository.h"
#include "workflow/WorkflowEngine.h"
#include "workflow/WorkflowScheduler.h"

#include <QCoreApplication>

namespace doo {

Approvals::Approvals(Database &db, UserContext ctx) : m_db(db), m_ctx(std::move(ctx))
{ }

Result<QList<WorkflowExecution>> Approvals::waitingApprovals()
{
    return ExecutionRepository(m_db, m_ctx).waitingApprovals();
}

Result<WorkflowExecution> Approvals::approve(const QString &executionId)
{
    return decide(executionId, true);
}

Result<WorkflowExecution> Approvals::reject(const QString &executionId)
{
    return decide(executionId, false);
}

Result<WorkflowExecution> Approvals::decide(const QString &executionId, bool approved)
{
    ExecutionRepository executions(m_db, m_ctx);
    WorkflowExecution claimed;
    {
        // The decision on the task and the claim of the run commit together: the scheduler never
        // sees the decided task with the run still WAITING.
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        const auto waiting = executions.findById(executionId);
        if (!waiting)
            return waiting.error();
        if (waiting->status != ExecutionStatus::Waiting)
            return Error::make(Error::Kind::Conflict,
                               tr("this run is not waiting for an approval (it is %1)").arg(displayName(waiting->status)));
        TaskRepository tasks(m_db, m_ctx);
        std::optional<Task> task;
        if (!waiting->waitingTaskId.isEmpty()) {
            auto found = tasks.findById(waiting->waitingTaskId);
            if (found)
                task = found.takeValue();
            else if (found.error().kind != Error::Kind::NotFound)
                return found.error();
        }
        const TaskStatus wanted = approved ? TaskStatus::Completed : TaskStatus::Cancelled;
        const TaskStatus other = approved ? TaskStatus::Cancelled : TaskStatus::Completed;
        if (approved && !task)
            return Error::make(Error::Kind::Conflict,
                               tr("the approval task of this run was deleted: the run can only be rejected"));
        if (task && task->status == other)
            return Error::make(Error::Kind::Conflict,
                               approved ? tr("the approval task was cancelled: the run is rejected")
                                        : tr("the approval task was completed: the run is approved"));
        if (task && task->status != wanted) {
            Task decided = *task;
            decided.status = wanted;
            if (const auto saved = tasks.update(decided); !saved)
                return saved.error();
        }
        auto taken = executions.claimWaiting(executionId, WorkflowScheduler::runnerId());
        if (!taken)
            return taken.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        claimed = taken.takeValue();
    }
    const auto workflow = WorkflowRepository(m_db, m_ctx).findById(claimed.workflowId);
    if (!workflow)
        return workflow.error();
    WorkflowEngine engine(m_db, UserRepository::contextOf(m_db, workflow->userId, m_ctx));
    auto result = engine.resume(*workflow, claimed, approved);
    if (!result)
        result = engine.fail(*workflow, claimed, result.error().text());
    if (result)
        result.value().workflowName = workflow->name;
    return result;
}

} // namespace doo
