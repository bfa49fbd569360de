#pragma once

#include "domain/Task.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace doo {

class TaskBoard;
struct PendingMove;

// Undo steps of the board. Each puts tasks back exactly (status and position), so undo and
// redo restore the precise order of every column.

class MoveTasksCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveTasksCommand)

public:
    MoveTasksCommand(TaskBoard &board, QStringList ids, TaskStatus status, int index);
    void redo() override;
    void undo() override;

private:
    TaskBoard &m_board;
    std::shared_ptr<PendingMove> m_move;
    bool m_started = false;
};

class CreateTaskCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateTaskCommand)

public:
    CreateTaskCommand(TaskBoard &board, Task created);
    void redo() override;
    void undo() override;

private:
    TaskBoard &m_board;
    Task m_task;
    QList<TaskHistoryEntry> m_history;
    bool m_first = true;
};

class EditTaskCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditTaskCommand)

public:
    EditTaskCommand(TaskBoard &board, Task before, Task after);
    void redo() override;
    void undo() override;

private:
    void apply(const Task &target);

    TaskBoard &m_board;
    Task m_before;
    Task m_after;
    bool m_first = true;
};

class DeleteTasksCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteTasksCommand)

public:
    DeleteTasksCommand(TaskBoard &board, QList<Task> tasks, QList<QList<TaskHistoryEntry>> histories);
    void redo() override;
    void undo() override;

private:
    TaskBoard &m_board;
    QList<Task> m_tasks;
    QList<QList<TaskHistoryEntry>> m_histories;
    bool m_first = true;
};

class SetPriorityCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetPriorityCommand)

public:
    SetPriorityCommand(TaskBoard &board, QStringList ids, QList<Priority> before, Priority after);
    void redo() override;
    void undo() override;

private:
    TaskBoard &m_board;
    QStringList m_ids;
    QList<Priority> m_before;
    Priority m_after;
    bool m_first = true;
};

} // namespace doo
