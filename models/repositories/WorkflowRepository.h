#pragma once

#include "domain/Workflow.h"
#include "repositories/Repository.h"
#include "repositories/WorkflowSnapshot.h"

#include <QCoreApplication>

namespace doo {

class Query;

// The columns of workflow (alias w) and workflow_execution (alias e), and their readers.
namespace WorkflowRows {
extern const QString kColumns;
extern const QString kExecutionColumns;
constexpr int kExecutionColumnCount = 18;
Workflow readWorkflow(const Query &q, int at = 0);
WorkflowExecution readExecution(const Query &q, int at = 0);
} // namespace WorkflowRows

// Workflows and their executions, scoped to the current user (all for an ADMIN).
class WorkflowRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowRepository)

public:
    WorkflowRepository(Database &db, UserContext ctx);

    Result<Workflow> create(Workflow workflow);
    Result<Workflow> findById(const QString &id);
    // A non-ADMIN asking for another user's id gets an empty list.
    Result<QList<Workflow>> findByUserId(const QString &userId);
    // Saves name, description, type, trigger, actions, frequency, isActive, estimate, nextRunAt.
    // The version must match (else Conflict); returns the saved row with its new version.
    // When the definition changes (name, description, type, trigger, actions, estimate), the one
    // it replaces is kept as a WorkflowVersion in the same transaction.
    Result<Workflow> update(const Workflow &workflow);
    // The definitions that saved changes replaced, newest first (NotFound for an invisible workflow).
    Result<QList<WorkflowVersion>> versions(const QString &workflowId);
    // Saves the definition of `version` as a new change (through update(): the current definition
    // becomes a version too, and a changed trigger is timed afresh). Keeps isActive as it is now.
    // Validation error "version" when there is no such version.
    Result<Workflow> restoreVersion(const QString &workflowId, int version);
    Result<Workflow> toggleActive(const QString &id);
    Status remove(const QString &id);
    // remove(), keeping what undo needs to bring the workflow back as it was (WorkflowSnapshot).
    Result<WorkflowSnapshot> removeKeepingSnapshot(const QString &id);
    // Brings a deleted workflow back under its id, with its versions and runs (their undo records
    // too), and links the tasks and notifications that pointed at it again (those nobody linked
    // elsewhere meanwhile). One transaction; Conflict when the id is taken again.
    Status restore(const WorkflowSnapshot &snapshot);
    // Records one run of a workflow (an execution row) and sets the workflow's lastRunAt, in one
    // transaction. A second record for the same workflow and scheduledFor is a Conflict.
    Result<WorkflowExecution> execute(const QString &workflowId, WorkflowExecution execution);
    // Executions of a workflow, newest first.
    Result<QList<WorkflowExecution>> executions(const QString &workflowId, int limit = 100);
    // Active workflows whose nextRunAt is at or before `now`, earliest first.
    Result<QList<Workflow>> getDueWorkflows(const QDateTime &now, int limit = 1000);
    // Active workflows with an event trigger of `eventKind` ("task.due_soon"), by name; only those
    // of `ownerId` when given.
    Result<QList<Workflow>> activeListeningTo(const QString &eventKind, const QString &ownerId = {});
    // The earliest nextRunAt of the active workflows (invalid when none is timed): when the
    // scheduler next has something to run.
    Result<QDateTime> earliestNextRun();
    Result<WorkflowStats> getStats();
    // Works out the next due time of the user's active workflows afresh from now (after the
    // user's time zone changed). Joins the caller's transaction.
    Status retime();

private:
    // Sets when a workflow switched on at `now` is first due, in its owner's time zone.
    Status timeFirstRun(Workflow &workflow, const QDateTime &now);
};

} // namespace doo
