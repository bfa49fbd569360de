#pragma once

#include "domain/Result.h"
#include "domain/User.h"
#include "domain/Workflow.h"

#include <QCoreApplication>

class QJsonObject;

namespace doo {

class Database;

// What undoing a run does to one task.
struct RunChange
{
    QString taskId;
    QString title; // the task's title before the run (created tasks: their current title)
    QString change; // "created" (undo deletes it) | "updated" (undo puts it back)
    // For people: Delete task "X" / Put task "X" back: status REVIEW, priority MEDIUM; with
    // "(changed since the run)" when someone changed the task after the run.
    QString summary;
    bool missing = false; // the task was deleted since: nothing to do for it
    bool changedSince = false; // changed after the run (it is still put back / deleted)

    QJsonObject toJson() const;
};

// Undo of a whole workflow run, from what the run recorded in execution_change: every task it
// created is deleted and every task it changed is put back exactly as it was before the run
// (title, description, priority, status, position, due date, tags, completed_at; updated_at
// becomes now and the version goes up, so open editors notice). The run's time saved and tasks
// automated are taken back out of the analytics day it counted them in, and the execution is
// marked undone (undoneAt). Notifications and files the run wrote stay. All in one transaction.
// Refused (Conflict) for a run that is RUNNING or WAITING, already undone, or FAILED/CANCELLED
// without any task change. Scoped like the repositories (an ADMIN may undo anyone's run).
class RunUndo
{
    Q_DECLARE_TR_FUNCTIONS(RunUndo)

public:
    RunUndo(Database &db, UserContext ctx);

    // What undoRun() would do, in the order of the run's changes; writes nothing.
    Result<QList<RunChange>> undoPreview(const QString &executionId);
    // Undoes the run; returns the execution with undoneAt set (and its workflowName).
    Result<WorkflowExecution> undoRun(const QString &executionId);

private:
    struct Item;
    // Checks that the run can be undone and reads what to do (tasks in the order of the changes).
    Result<QList<Item>> plan(const WorkflowExecution &execution);
    Status checkUndoable(const WorkflowExecution &execution, bool hasChanges) const;
    Status restoreTask(const Item &item);
    Status takeBackAnalytics(const WorkflowExecution &execution);

    Database &m_db;
    UserContext m_ctx;
};

} // namespace doo
