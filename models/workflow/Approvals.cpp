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

Result<WorkflowExecution> Approvals::resumeDecided(Database &db, const UserContext &ctx, bool approved,
                                                   const std::function<Result<WorkflowExecution>()> &claim)
{
    // In one transaction: claim the run, find its workflow, run `step` on the engine as the
    // workflow's owner (it joins the transaction), commit when the step succeeded.
    bool stepFailed = false;
    const auto inClaim = [&](const auto &step) -> Result<WorkflowExecution> {
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        const auto claimed = claim();
        if (!claimed)
            return claimed.error();
        const auto workflow = WorkflowRepository(db, ctx).findById(claimed->workflowId);
        if (!workflow)
            return workflow.error();
        WorkflowEngine engine(db, UserRepository::contextOf(db, workflow->userId, ctx));
        auto result = step(engine, *workflow, *claimed);
        stepFailed = !result;
        if (!result)
            return result;
        if (Status s = tx.commit(); !s)
            return s.error();
        result.value().workflowName = workflow->name;
        return result;
    };
    auto resumed = inClaim([approved](WorkflowEngine &engine, const Workflow &workflow, const WorkflowExecution &run) {
        return engine.resume(workflow, run, approved);
    });
    if (resumed || !stepFailed)
        return resumed;
    const Error::Kind kind = resumed.error().kind;
    if (kind == Error::Kind::ConnectionLost || kind == Error::Kind::CommitUnknown || kind == Error::Kind::Busy)
        return resumed.error(); // not the run's fault: it stays WAITING, decided again or resumed later
    // Undone: the decision, the claim and what the run had done. The run fails, decided.
    const QString failure = resumed.error().text();
    return inClaim([&failure](WorkflowEngine &engine, const Workflow &workflow, const WorkflowExecution &run) {
        return engine.fail(workflow, run, failure);
    });
}

Result<WorkflowExecution> Approvals::decide(const QString &executionId, bool approved)
{
    ExecutionRepository executions(m_db, m_ctx);
    // The decision on the task, the claim of the run and the rest of the run commit together: the
    // scheduler never sees the decided task with the run still WAITING, and a process that dies
    // on the way leaves both as they were.
    return resumeDecided(m_db, m_ctx, approved, [&]() -> Result<WorkflowExecution> {
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
        return executions.claimWaiting(executionId, WorkflowScheduler::runnerId());
    });
}

} // namespace doo
