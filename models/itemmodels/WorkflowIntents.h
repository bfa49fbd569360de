#pragma once

#include "domain/Result.h"
#include "domain/User.h"
#include "domain/Workflow.h"

#include <QObject>

#include <optional>

class QUndoStack;

namespace doo {

class Database;
class ExecutionListModel;
class WorkflowListModel;
struct RunChange;
struct RunPlan;

// A run waiting for the user's approval, with the title of its approval task (none when that
// task was deleted meanwhile).
struct WaitingApproval
{
    WorkflowExecution execution;
    std::optional<QString> taskTitle;
};

// The Workflows view's intents, the way TaskBoard is the board's: the item models the list and
// the history bind to, and every change the user asks for — save, duplicate, delete (an undo
// step on the window's stack), run now, dry run, undo a run, approve or reject, restore a
// version — through the repositories, the engine and the scheduler. Each returns what the call
// below returns (a refusal is its Error and changes nothing). The views refresh their models
// after a call; the steps of the undo stack, which run later, are told through the signals.
class WorkflowIntents : public QObject
{
    Q_OBJECT

public:
    // `undoStack` may be null: a delete is then not undoable.
    WorkflowIntents(Database &db, UserContext ctx, QUndoStack *undoStack, QObject *parent = nullptr);
    ~WorkflowIntents() override;

    const UserContext &context() const { return m_ctx; }
    WorkflowListModel *workflows() const { return m_workflows; }
    ExecutionListModel *executions() const { return m_executions; }

    // The workflow as stored now.
    Result<Workflow> workflow(const QString &id);
    // Creates the workflow (an empty id) or saves a new version of it.
    Result<Workflow> saveWorkflow(const Workflow &workflow);
    // A copy named `name`, switched off (a copy does not run twice until it is switched on).
    Result<Workflow> duplicateWorkflow(const Workflow &original, const QString &name);
    // Deletes as one undo step (undo brings it back with its versions and runs).
    void deleteWorkflow(const Workflow &workflow);
    // Runs it now, here, with retries when the database is busy.
    Result<WorkflowExecution> runNow(const Workflow &workflow);
    // What a run would do now (a definition not yet saved too); writes nothing.
    Result<RunPlan> dryRun(const Workflow &workflow);

    Result<QList<RunChange>> undoPreview(const QString &executionId);
    Result<WorkflowExecution> undoRun(const QString &executionId);
    Result<QList<WaitingApproval>> waitingApprovals();
    Result<WorkflowExecution> approveRun(const QString &executionId);
    Result<WorkflowExecution> rejectRun(const QString &executionId);
    Result<QList<WorkflowVersion>> versions(const QString &workflowId);
    Result<Workflow> restoreVersion(const QString &workflowId, int version);

Q_SIGNALS:
    // A step of the undo stack (delete, undo, redo) changed the workflows; `selectId` is the
    // workflow that now exists ("" after a delete).
    void workflowsChanged(const QString &selectId);
    void errorOccurred(const QString &message);

private:
    Database &m_db;
    UserContext m_ctx;
    QUndoStack *m_undo = nullptr;
    WorkflowListModel *m_workflows = nullptr;
    ExecutionListModel *m_executions = nullptr;
};

} // namespace doo
