#include "itemmodels/WorkflowCommands.h"

#include "repositories/WorkflowRepository.h"

#include <QCoreApplication>

namespace doo {

DeleteWorkflowCommand::DeleteWorkflowCommand(Database &db, UserContext ctx, Workflow workflow, Changed changed)
    : m_db(db), m_ctx(std::move(ctx)), m_workflow(std::move(workflow)), m_changed(std::move(changed))
{
    setText(tr("Delete workflow \"%1\"").arg(m_workflow.name));
}

void DeleteWorkflowCommand::redo()
{
    WorkflowRepository repo(m_db, m_ctx);
    auto removed = repo.removeKeepingSnapshot(m_workflow.id);
    m_deleted = removed.ok();
    if (m_deleted)
        m_snapshot = removed.takeValue();
    if (m_changed)
        m_changed(QString(), m_deleted ? QString() : removed.error().text());
}

void DeleteWorkflowCommand::undo()
{
    if (!m_deleted) // the delete failed: nothing to bring back
        return;
    WorkflowRepository repo(m_db, m_ctx);
    if (Status s = repo.restore(m_snapshot); !s) {
        if (m_changed)
            m_changed(QString(), s.error().text());
        return;
    }
    m_snapshot = {};
    m_deleted = false;
    if (m_changed)
        m_changed(m_workflow.id, QString());
}

} // namespace doo
