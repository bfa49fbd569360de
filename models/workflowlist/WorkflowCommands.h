#pragma once

#include "domain/User.h"
#include "domain/Workflow.h"

#include <QUndoCommand>

#include <functional>

namespace doo {

class Database;

// Deleting a workflow as an undo step: undo creates it again with the same definition, name,
// type, estimate and on/off state (under a new id; its run history is not brought back); redo
// deletes it again. `changed` is called after each step with the id that now exists (or "").
class DeleteWorkflowCommand : public QUndoCommand
{
public:
    using Changed = std::function<void(const QString &id, const QString &error)>;

    DeleteWorkflowCommand(Database &db, UserContext ctx, Workflow workflow, Changed changed);
    void redo() override;
    void undo() override;

    // The id the workflow has now (changes with every undo).
    QString currentId() const { return m_workflow.id; }

private:
    Database &m_db;
    UserContext m_ctx;
    Workflow m_workflow;
    Changed m_changed;
    bool m_deleted = false;
};

} // namespace doo
