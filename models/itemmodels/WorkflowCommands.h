#pragma once

#include "domain/User.h"
#include "domain/Workflow.h"
#include "repositories/WorkflowSnapshot.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace doo {

class Database;

// Deleting a workflow as an undo step: undo brings it back as it was — the same id, definition,
// on/off state and next run, its versions and run history, its links from tasks and
// notifications; redo deletes it again. `changed` is called after each step with the id that now
// exists (or "") and the error, if a step failed.
class DeleteWorkflowCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteWorkflowCommand)

public:
    using Changed = std::function<void(const QString &id, const QString &error)>;

    DeleteWorkflowCommand(Database &db, UserContext ctx, Workflow workflow, Changed changed);
    void redo() override;
    void undo() override;

    QString currentId() const { return m_workflow.id; }

private:
    Database &m_db;
    UserContext m_ctx;
    Workflow m_workflow;
    Changed m_changed;
    WorkflowSnapshot m_snapshot;
    bool m_deleted = false;
};

} // namespace doo
