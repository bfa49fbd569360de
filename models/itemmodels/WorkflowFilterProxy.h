#pragma once

#include "domain/Enums.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace doo {

// Sorts the workflow list by WorkflowListModel::SortRole and filters it by text (name,
// description or frequency, ignoring case), type and active state; the filters combine.
class WorkflowFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit WorkflowFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setType(std::optional<WorkflowType> type);
    void setActive(std::optional<bool> active);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<WorkflowType> m_type;
    std::optional<bool> m_active;
};

} // namespace doo
