#pragma once

#include "domain/Task.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/TaskRepository.h"

#include <QObject>

#include <array>
#include <functional>
#include <memory>

class QUndoStack;

namespace doo {

class ChangeWatcher;
class TaskColumnModel;

// A move whose cards have moved on screen and whose write may still be pending.
struct PendingMove
{
    QStringList ids;
    TaskStatus status = TaskStatus::Todo;
    int index = 0;
    QList<TaskPlacement> before; // filled when written
    QList<TaskPlacement> after;
    bool written = false;
    bool ok = false;
    bool allShown = true; // every moved card was loaded here (a drop from another window may not be)
    std::optional<TaskRepository::Neighbours> neighbours; // the cards around the drop, when loaded
};

// The board's state and intents: five column models over one repository, the filter they
// share, and every change as an undoable command. A move repaints at once (the cards move in
// the models) and is written a moment later from the event loop; a failed write reloads the
// board and reports the error. A write the connection dropped goes through WriteRetry.
class TaskBoard : public QObject
{
    Q_OBJECT

public:
    TaskBoard(Database &db, const UserContext &ctx, QUndoStack *undoStack, QObject *parent = nullptr);
    ~TaskBoard() override;

    TaskColumnModel *column(TaskStatus status) const;
    TaskRepository &repository() { return m_repo; }
    QUndoStack *undoStack() const { return m_undo; }
    ChangeWatcher *watcher() const { return m_watcher; }

    const TaskFilter &filter() const { return m_filter; }
    void setFilter(const TaskFilter &filter);
    void reload();

    // What the dialogs and the tag filter read.
    Result<Task> task(const QString &id) { return m_repo.findById(id); }
    Result<QList<TaskHistoryEntry>> taskHistory(const QString &id) { return m_repo.history(id); }
    Result<QStringList> tags() { return m_repo.allTags(); }
    // What workflow runs since `since` last did to these tasks (one statement).
    // Asks only when a run started since `since` (checked once per reload(), one statement for
    // the five columns): a board without recent runs reads no changes at all.
    Result<QList<TaskWorkflowChange>> recentWorkflowChanges(const QStringList &ids, const QDateTime &since);

    // Intents; each is one undo step.
    void moveTasks(const QStringList &ids, TaskStatus status, int index);
    Result<Task> createTask(const Task &task);
    Result<Task> updateTask(const Task &task);
    Status deleteTasks(const QStringList &ids);
    // Gives the tasks one priority, in one transaction; tasks that have it already are left alone.
    Status setPriority(const QStringList &ids, Priority priority);

    // Used by the undo commands.
    Status applyPlacements(const QList<TaskPlacement> &placements);
    Status restoreTasks(const QList<Task> &tasks, const QList<QList<TaskHistoryEntry>> &histories);
    Status removeTasks(const QStringList &ids);
    // Gives each task its priority (ids and priorities pair up), in one transaction.
    Status applyPriorities(const QStringList &ids, const QList<Priority> &priorities);
    // Moves cards between the loaded models at once and schedules the write for the event loop.
    void startMove(const std::shared_ptr<PendingMove> &move);
    // Writes a pending move now (no-op when written already); false when the write failed.
    bool finishMove(const std::shared_ptr<PendingMove> &move);
    // Refreshes after a write of ours (so the watcher does not count it as a change elsewhere).
    void afterOwnWrite();
    void reportError(const QString &message);

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void reloaded();

private:
    // Runs step(0) … step(count - 1) in one transaction (`what` names it for the user when it
    // cannot be saved); reports a failure and reloads like every write.
    Status writeAll(const QString &what, int count, const std::function<Status(int)> &step);

    TaskRepository m_repo;
    QUndoStack *m_undo;
    ChangeWatcher *m_watcher;
    TaskFilter m_filter;
    QDateTime m_runsCheckedSince; // the `since` of the last check for recent runs
    bool m_recentRuns = true;
    std::array<TaskColumnModel *, kTaskStatusCount> m_columns{};
};

} // namespace doo
