#include "itemmodels/BoardCommands.h"

#include "itemmodels/TaskBoard.h"

#include <QCoreApplication>

namespace doo {

namespace {
// The board reports a failed step itself (the error signal); an undo step has nothing more to do.
void reported(const Status &)
{ }
} // namespace

MoveTasksCommand::MoveTasksCommand(TaskBoard &board, QStringList ids, TaskStatus status, int index)
    : m_board(board), m_move(std::make_shared<PendingMove>())
{
    m_move->ids = std::move(ids);
    m_move->status = status;
    m_move->index = index;
    setText(tr("Move %n tasks to %1", nullptr, int(m_move->ids.size())).arg(displayName(status)));
}

void MoveTasksCommand::redo()
{
    if (!m_started) {
        m_started = true;
        m_board.startMove(m_move);
        return;
    }
    if (m_board.finishMove(m_move))
        reported(m_board.applyPlacements(m_move->after));
}

void MoveTasksCommand::undo()
{
    if (m_board.finishMove(m_move))
        reported(m_board.applyPlacements(m_move->before));
}

CreateTaskCommand::CreateTaskCommand(TaskBoard &board, Task created) : m_board(board), m_task(std::move(created))
{
    setText(tr("Create \"%1\"").arg(m_task.title));
}

void CreateTaskCommand::redo()
{
    if (m_first) { // the board created the task before pushing this command
        m_first = false;
        return;
    }
    reported(m_board.restoreTasks({m_task}, {m_history}));
}

void CreateTaskCommand::undo()
{
    if (auto history = m_board.repository().history(m_task.id); history)
        m_history = *history;
    if (auto current = m_board.repository().findById(m_task.id); current)
        m_task = *current;
    reported(m_board.removeTasks({m_task.id}));
}

EditTaskCommand::EditTaskCommand(TaskBoard &board, Task before, Task after)
    : m_board(board), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("Edit \"%1\"").arg(m_after.title));
}

void EditTaskCommand::apply(const Task &target)
{
    const auto current = m_board.repository().findById(target.id);
    if (!current) {
        m_board.reportError(current.error().text());
        return;
    }
    Task t = target;
    t.version = current->version;
    if (auto saved = m_board.repository().update(t); !saved) {
        m_board.reportError(saved.error().text());
        return;
    }
    reported(m_board.applyPlacements({{target.id, target.status, target.position}}));
}

void EditTaskCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    apply(m_after);
}

void EditTaskCommand::undo()
{
    apply(m_before);
}

DeleteTasksCommand::DeleteTasksCommand(TaskBoard &board, QList<Task> tasks, QList<QList<TaskHistoryEntry>> histories)
    : m_board(board), m_tasks(std::move(tasks)), m_histories(std::move(histories))
{
    setText(tr("Delete %n tasks", nullptr, int(m_tasks.size())));
}

void DeleteTasksCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    QStringList ids;
    for (const Task &t : std::as_const(m_tasks))
        ids << t.id;
    reported(m_board.removeTasks(ids));
}

void DeleteTasksCommand::undo()
{
    reported(m_board.restoreTasks(m_tasks, m_histories));
}

SetPriorityCommand::SetPriorityCommand(TaskBoard &board, QStringList ids, QList<Priority> before, Priority after)
    : m_board(board), m_ids(std::move(ids)), m_before(std::move(before)), m_after(after)
{
    setText(tr("Set the priority of %n tasks to %1", nullptr, int(m_ids.size())).arg(displayName(m_after)));
}

void SetPriorityCommand::redo()
{
    if (m_first) { // the board wrote the priorities before pushing this command
        m_first = false;
        return;
    }
    reported(m_board.applyPriorities(m_ids, QList<Priority>(m_ids.size(), m_after)));
}

void SetPriorityCommand::undo()
{
    reported(m_board.applyPriorities(m_ids, m_before));
}

} // namespace doo
