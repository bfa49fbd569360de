#pragma once

#include "domain/Result.h"
#include "domain/User.h"
#include "domain/Workflow.h"

#include <QCoreApplication>

#include <functional>

namespace doo {

class Database;

// Approval requests of workflow runs (a WAITING execution and its approval task in REVIEW),
// decided from the program instead of by moving the task: approve() completes the task, reject()
// cancels it, and the run is resumed at once (the scheduler's resumeApprovals would otherwise
// pick it up on its next pass). Scoped like the repositories.
class Approvals
{
    Q_DECLARE_TR_FUNCTIONS(Approvals)

public:
    Approvals(Database &db, UserContext ctx);

    // ExecutionRepository::waitingApprovals(): WAITING runs with waitingTaskId and workflowName.
    Result<QList<WorkflowExecution>> waitingApprovals();
    // Completes the approval task and runs the rest of the workflow; returns the finished run
    // (SUCCESS, or FAILED when an action after the approval failed). Conflict when the run is not
    // WAITING, or its approval task was deleted or cancelled meanwhile (it can only be rejected).
    Result<WorkflowExecution> approve(const QString &executionId);
    // Cancels the approval task (if it still exists) and stops the run: CANCELLED.
    Result<WorkflowExecution> reject(const QString &executionId);

    // A WAITING run whose approval is decided, resumed in one transaction with `claim` (which
    // writes the decision on the approval task, if the caller makes it, and claims the run): the
    // decision, the claim and the rest of the run commit together. When the rest of the run
    // fails, that is undone and the decision, the claim and the FAILED run commit together
    // instead. A process that dies on the way leaves the run WAITING and its task as it was.
    static Result<WorkflowExecution> resumeDecided(Database &db, const UserContext &ctx, bool approved,
                                                   const std::function<Result<WorkflowExecution>()> &claim);

private:
    Result<WorkflowExecution> decide(const QString &executionId, bool approved);

    Database &m_db;
    UserContext m_ctx;
};

} // namespace doo
