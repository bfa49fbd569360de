#pragma once

#include "domain/Result.h"
#include "domain/User.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace doo {

class Database;
struct WorkflowDefinition;

// What started a run, for the templates and the actions ({task.title}, {consultation.name}).
struct RunInput
{
    QString taskId;
    QString consultationId;
    QString fromStatus;
    QString toStatus;
    // Tasks the run may still create for its chain (RunLimits); -1: the whole chain's limit.
    int taskBudget = -1;
};

// One effect a run will have (a dry run lists them; a real run records them in its output).
struct PlannedEffect
{
    int action = 0; // index in the workflow's actions
    QString kind; // "create_task", "update_task", "notify", "write_file", "request_approval", "wait"
    QString summary; // for people: Create task "Weekly report 2026-W48" (HIGH, due 2026-11-27)
    QJsonObject detail;
};

struct RunPlan
{
    QList<PlannedEffect> effects;
    QJsonArray toJson() const;
};

// Runs workflows: plans the effects of a run from the current data, then applies them in one
// transaction together with the execution's final row (SUCCESS, WAITING on an approval, or
// nothing at all when an action fails: the caller retries or records the failure with fail()).
// Works as the workflow's owner: `owner` is that user's context.
class WorkflowEngine
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowEngine)

public:
    WorkflowEngine(Database &db, UserContext owner);

    // The plan of a run now, written nowhere.
    Result<RunPlan> dryRun(const Workflow &workflow, const RunInput &input = {});
    // Runs the actions of a claimed (RUNNING) execution from execution.resumeAt on. On success
    // also adds to today's analytics and raises a WORKFLOW_COMPLETE notification, in the same
    // transaction; files are put in place once it commits. `definition` is the workflow's,
    // parsed once by the caller for all the tries of a run.
    Result<WorkflowExecution> run(const Workflow &workflow, const WorkflowDefinition &definition, WorkflowExecution execution,
                                  const RunInput &input);
    // The same, parsing the workflow's definition first.
    Result<WorkflowExecution> run(const Workflow &workflow, WorkflowExecution execution, const RunInput &input);
    // Records a failed run (FAILED, the error) and raises an ERROR notification.
    Result<WorkflowExecution> fail(const Workflow &workflow, WorkflowExecution execution, const QString &error);
    // Continues a WAITING run after its approval task was completed (approved), or cancels it
    // (rejected: task cancelled or deleted).
    Result<WorkflowExecution> resume(const Workflow &workflow, WorkflowExecution execution, bool approved);

    // Retry policy: a failing run is tried this many times in all, with this much waiting before
    // try n+1: base * 2^(n-1).
    static constexpr int kMaxAttempts = 4;

private:
    Database &m_db;
    UserContext m_owner;
};

} // namespace doo
