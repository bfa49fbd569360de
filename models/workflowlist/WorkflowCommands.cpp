#include "workflowlist/WorkflowCommands.h"

#include "repositories/WorkflowRepository.h"

#include <QCoreApplication>

namespace doo {

DeleteWorkflowCommand::DeleteWorkflowCommand(Database &db, UserContext ctx, Workflow workflow, Changed changed)
    : m_db(db), m_ctx(std::move(ctx)), m_workflow(std::move(workflow)), m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("DeleteWorkflowCommand", "Delete workflow \"%1\"").arg(m_workflow.name));
}

void DeleteWorkflowCommand::redo()
{
    WorkflowRepository repo(m_db, m_ctx);
    const Status s = repo.remove(m_workflow.id);
    m_deleted = s.ok();
    if (m_changed)
        m_changed(QString(), s ? QString() : s.error().text());
}

void DeleteWorkflowCommand::undo()
{
    if (!m_deleted) // the delete failed: nothing to bring back
        return;
    Workflow again = m_workflow;
    again.nextRunAt = {}; // due again from now, as when it was switched on
    WorkflowRepository repo(m_db, m_ctx);
    const auto created = repo.create(again);
    if (!created) {
        if (m_changed)
            m_changed(QString(), created.error().text());
        return;
    }
    m_workflow = *created;
    m_deleted = false;
    if (m_changed)
        m_changed(m_workflow.id, QString());
}

} // namespace doo
