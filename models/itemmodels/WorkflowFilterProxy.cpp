#include "itemmodels/WorkflowFilterProxy.h"

#include "itemmodels/WorkflowListModel.h"

namespace doo {

WorkflowFilterProxy::WorkflowFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WorkflowListModel::SortRole);
    setDynamicSortFilter(true);
}

void WorkflowFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void WorkflowFilterProxy::setType(std::optional<WorkflowType> type)
{
    m_type = type;
    invalidateFilter();
}

void WorkflowFilterProxy::setActive(std::optional<bool> active)
{
    m_active = active;
    invalidateFilter();
}

bool WorkflowFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    auto *model = qobject_cast<WorkflowListModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    const Workflow &w = model->workflow(sourceRow);
    if (m_type && w.type != *m_type)
        return false;
    if (m_active && w.isActive != *m_active)
        return false;
    if (!m_text.isEmpty() && !w.name.contains(m_text, Qt::CaseInsensitive) && !w.description.contains(m_text, Qt::CaseInsensitive)
        && !WorkflowListModel::frequencyText(w).contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace doo
