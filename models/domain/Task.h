#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QDateTime>

class QJsonObject;

namespace doo {

struct Task
{
    QString id;
    QString userId;
    QString workflowId; // empty: created by hand
    QString executionId; // the workflow run that created it, if any
    QString title;
    QString description;
    Priority priority = Priority::Medium;
    TaskStatus status = TaskStatus::Todo;
    qint64 position = 0; // order within its column (sparse; compare, do not count)
    QDateTime dueDate;
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime completedAt;
    int version = 1;

    void normalize();
    Status validate() const;
    QJsonObject toJson() const;
};

// Where a task sits on the board: enough to put it back exactly (undo, redo).
struct TaskPlacement
{
    QString id;
    TaskStatus status = TaskStatus::Todo;
    qint64 position = 0;
};

// What a move wrote, read inside its transaction: every task it placed (the moved ones in the
// order asked, then any that a renumbering of the column shifted), where each was and where each
// is now. Undo puts `before` back, redo `after`.
struct TaskMove
{
    QList<TaskPlacement> before;
    QList<TaskPlacement> after;
};

// One status change of a task, for flow analytics and the task's history.
struct TaskHistoryEntry
{
    QString id;
    QString taskId;
    std::optional<TaskStatus> fromStatus; // none for the creation
    TaskStatus toStatus = TaskStatus::Todo;
    QDateTime changedAt;
};

} // namespace doo
