#pragma once

#include "domain/Workflow.h"
#include "repositories/Repository.h"

#include <functional>
#include <optional>

#include <QCoreApplication>

namespace doo {

// Which executions ExecutionRepository::executions() returns. Empty members do not filter.
struct ExecutionFilter
{
    std::optional<ExecutionStatus> status;
    QString workflowId;
    QDateTime from; // started at or after (inclusive)
    QDateTime to; // started before (exclusive)
    int limit = 100; // -1: all
    int offset = 0;
};

// The latest change a workflow run made to a task, for the board's "Moved by Daily triage".
struct TaskWorkflowChange
{
    QString taskId;
    QString workflowName;
    QDateTime at; // when the run finished (started, while it runs)
    bool created = false; // the run created the task
    bool moved = false; // the run changed the task's status (to the one it has now)
};

// The scheduler's side of workflow runs: claiming (exactly once across processes), finishing,
// crash recovery and what each run changed (the event outbox is EventOutboxRepository's).
// Scoped like every repository: a non-ADMIN sees only their own workflows' runs.
class ExecutionRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ExecutionRepository)

public:
    ExecutionRepository(Database &db, UserContext ctx);

    // Claims the run of `workflow` due at `due`: in one transaction, moves next_run_at to `next`
    // only if it still is `due` and the workflow is active, and inserts the RUNNING execution.
    // Conflict when another process claimed it first (or the workflow changed meanwhile).
    Result<WorkflowExecution> claimTimed(const Workflow &workflow, const QDateTime &due, const QDateTime &next,
                                         const QString &runner);
    // Moves next_run_at from `due` to `next` without a run (a missed run the workflow skips).
    Status skipTimed(const Workflow &workflow, const QDateTime &due, const QDateTime &next);
    // A run started otherwise (by hand, a due task): the RUNNING execution with `triggerKey`;
    // Conflict when that key already ran.
    Result<WorkflowExecution> claim(const Workflow &workflow, const QString &triggerKey, const QDateTime &scheduledFor, int depth,
                                    const QString &runner);
    // The RUNNING execution a claim inserts (not saved yet), started now.
    static WorkflowExecution newRun(const Workflow &workflow, const QString &triggerKey, const QDateTime &scheduledFor, int depth,
                                    const QString &runner);
    // Inserts that execution; joins the caller's transaction. Conflict when its trigger key ran.
    Status insertRunning(const WorkflowExecution &execution);
    // Open tasks of the workflow's owner due between `from` and `to` for which `workflow` has no
    // run yet (trigger key "due:<task id>"), earliest due first: what a task.due_soon workflow
    // still has to run for.
    Result<QStringList> tasksDueWithoutRun(const Workflow &workflow, const QDateTime &from, const QDateTime &to);

    // One execution, with its workflowName.
    Result<WorkflowExecution> findById(const QString &id);
    // Executions of all the user's workflows (everyone's for an ADMIN), newest first (started_at,
    // then id), each with its workflowName: the history view.
    Result<QList<WorkflowExecution>> executions(const ExecutionFilter &filter = {});
    // WAITING executions (their waitingTaskId is the approval task), newest first, with workflowName.
    Result<QList<WorkflowExecution>> waitingApprovals();
    // Ids of visible executions that start with `prefix` (at most `limit`), for short ids typed by hand.
    Result<QStringList> idsStartingWith(const QString &prefix, int limit);
    // Writes the outcome: status, finished time, error, output, counts, attempts, approval wait.
    // Only a RUNNING execution is finished: Conflict when it is no longer RUNNING (closed as
    // interrupted meanwhile, or already finished), and nothing is written. Joins the caller's
    // transaction when there is one (a run's transaction then rolls back whole).
    Status finish(const WorkflowExecution &execution);
    Status setAttempts(const QString &id, int attempts);
    // RUNNING executions whose process is gone (`isGone`) become FAILED "interrupted". Those that
    // can have committed nothing (a due time or a due task, never waited for an approval, not a
    // rerun themselves) are marked to run again once (pendingReruns()).
    Result<QList<WorkflowExecution>> closeInterrupted(const std::function<bool(const WorkflowExecution &)> &isGone);
    // Renews the heartbeat of every RUNNING execution of `runner` (this process) to now.
    Status beat(const QString &runner);
    // Interrupted executions whose due time is to run again, oldest due time first.
    Result<QList<WorkflowExecution>> pendingReruns();
    // Claims the second run of `interrupted`'s due time: in one transaction, marks it as run
    // again (only if still pending) and inserts the RUNNING execution with trigger key
    // "rerun:<its key>". Conflict when another process claimed it first.
    Result<WorkflowExecution> claimRerun(const Workflow &workflow, const WorkflowExecution &interrupted, const QString &runner);
    // Gives up running `interrupted`'s due time again (the workflow is off, or it is too late).
    Status dropRerun(const QString &interruptedId);
    // Takes a WAITING execution whose approval was decided: only one process gets it.
    Result<WorkflowExecution> claimWaiting(const QString &id, const QString &runner);
    // WAITING executions whose approval task was completed (approved), cancelled or deleted.
    Result<QList<WorkflowExecution>> decidedApprovals();

    // Inside a run's transaction: tells the event triggers which run is writing.
    Status beginOrigin(const QString &executionId);
    Status endOrigin(const QString &executionId);
    // What a run did to a task: "created", or "updated" with the task's fields before.
    Status recordChange(const QString &executionId, const QString &taskId, const QString &change, const QString &beforeJson = {});
    // The latest change of each of `taskIds` made by a run started at or after `since` and not
    // undone, in one statement (the runs found through their workflows' start-time index).
    Result<QList<TaskWorkflowChange>> recentTaskChanges(const QStringList &taskIds, const QDateTime &since);
    // Whether any run (not undone) started at or after `since`: when none did, no task has a recent change.
    Result<bool> hasRunsSince(const QDateTime &since);
};

} // namespace doo
