#pragma once

#include "domain/Result.h"
#include "domain/Task.h"
#include "domain/User.h"
#include "domain/Workflow.h"
#include "domain/WorkflowDefinition.h"
#include "workflow/OutputFolders.h"
#include "workflow/WorkflowEngine.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

#include <memory>
#include <vector>

namespace doo {

class Database;

// Plans and applies the actions of one run (WorkflowEngine's worker). With `write` false
// nothing is written anywhere: the effects are only listed.
class ActionRunner
{
    Q_DECLARE_TR_FUNCTIONS(ActionRunner)

public:
    // `definition` is the workflow's, parsed by the caller (once per run).
    ActionRunner(Database &db, UserContext owner, const Workflow &workflow, const WorkflowDefinition &definition,
                 const WorkflowExecution &execution, const RunInput &input);
    ~ActionRunner();

    // Gathers the template values (the run's date in the owner's zone, the task or consultation
    // of the event).
    Status prepare();
    // The actions from `from` on, up to and including the first approval request.
    Status runActions(int from, bool write);

    const QList<PlannedEffect> &effects() const { return m_effects; }
    void clearEffects() { m_effects.clear(); }
    int tasksCreated() const { return m_tasksCreated; }
    int tasksChanged() const { return m_tasksChanged; }
    // Set when the run stopped at an approval request.
    QString waitingTaskId() const { return m_waitingTaskId; }
    int resumeAt() const { return m_resumeAt; }
    int actionCount() const { return int(m_definition.actions.size()); }
    // Puts the written files in place (after the transaction committed).
    Status commitFiles();
    QStringList files() const;

    // Where runs may write report and export files: set (the team scheduler's --files DIR), a
    // folder outside it is refused and a relative one lies inside it; empty (the default), the
    // home folder and the folders chosen in the editor (OutputFolders). Set before runs start.
    static void setFilesRoot(const QString &folder);

private:
    Status createTask(int index, const ActionSpec &a, bool write);
    Status updateTasks(int index, const ActionSpec &a, bool write);
    Status notify(int index, const ActionSpec &a, bool write);
    Status writeFile(int index, const ActionSpec &a, bool write);
    // Counts one task about to be created against the limits of RunLimits (real runs only).
    Status countNewTask();
    Status requestApproval(int index, const ActionSpec &a, bool write);
    // A task of the workflow's owner from a create_task or request_approval action.
    Task draftTask(const ActionSpec &a, TaskStatus status) const;
    // Saves a task the run creates and records it as the run's change.
    Result<Task> insertTask(const Task &task);
    QString render(const QString &text) const;
    QDateTime endOfDayIn(int days) const;
    Error actionError(int index, const Error &e) const;

    Database &m_db;
    UserContext m_owner;
    Workflow m_workflow;
    WorkflowExecution m_execution;
    RunInput m_input;
    WorkflowDefinition m_definition;
    QTimeZone m_zone;
    QDateTime m_now;
    QHash<QString, QString> m_values;
    QList<PlannedEffect> m_effects;
    int m_tasksCreated = 0;
    int m_tasksChanged = 0;
    int m_newInPass = 0; // tasks created (or planned) by this pass of runActions
    int m_recentTasks = 0; // tasks the owner's workflow runs created in the last minute, before this run
    QString m_waitingTaskId;
    int m_resumeAt = 0;
    std::vector<std::unique_ptr<OutputFolders::PendingFile>> m_files;
};

} // namespace doo
