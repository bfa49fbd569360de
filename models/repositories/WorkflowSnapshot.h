#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariantList>

namespace doo {

// Whole rows of one table as they were read: column names and values, for inserting them again.
struct SavedRows
{
    QString table;
    QStringList columns;
    QList<QVariantList> rows;
};

// A deleted workflow as it was, for undoing the delete (WorkflowRepository::restore): its row,
// its versions, its runs and their undo records, in the order they are inserted again, and the
// tasks (with the run that made them) and notifications that pointed at it.
struct WorkflowSnapshot
{
    QString workflowId;
    QList<SavedRows> tables;
    QList<QPair<QString, QVariant>> tasks; // task id, execution id (null for none)
    QStringList notifications;
};

} // namespace doo
