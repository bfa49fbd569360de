#pragma once

#include "core/TaskLimits.h"
#include "domain/Task.h"
#include "repositories/Repository.h"

#include <functional>
#include <optional>

#include <QCoreApplication>

namespace doo {

// Which tasks a list or count returns. Empty members do not filter.
struct TaskFilter
{
    std::optional<TaskStatus> status;
    std::optional<Priority> priority;
    QString tag; // case-insensitive, exact
    QDateTime dueFrom; // inclusive
    QDateTime dueBefore; // exclusive
    QString workflowId;
    std::optional<bool> createdByWorkflow;
    QDateTime createdFrom; // inclusive
    QString consultationId; // tasks linked to this consultation
    QString text; // full-text search on title and description (prefix match per word)
    std::optional<qint64> afterPosition; // keyset paging inside one column
    int limit = -1;
    int offset = 0;
};

// Tasks of the current user (all users' for an ADMIN). Every write is one transaction.
class TaskRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(TaskRepository)

public:
    TaskRepository(Database &db, UserContext ctx);

    // Appends the task to the end of its column and records the first history entry.
    Result<Task> create(Task task);
    // Saves the editable fields; the task's version must match (else Conflict). A status
    // change moves the task to the end of its new column.
    Result<Task> update(const Task &task);
    Status remove(const QString &id);
    // Moves the tasks, in the given order, to `status` so that the first lands at `index`
    // (0-based, counted without the moved tasks; clamped). One transaction; the column is
    // renumbered only when there is no room between the neighbours. Returns the placements it
    // changed, before and after, as read inside that transaction.
    // `neighbours`, when the caller knows them (the board's loaded cards), are the positions of
    // the cards the block goes between; they are checked with one index range read and save
    // walking the column down to `index`. Wrong or stale ones are ignored.
    // On PostgreSQL the whole move is the task_move function (migration 008), one statement: its
    // own transaction, or part of the caller's. On SQLite it is the statements of moveHere.
    struct Neighbours
    {
        std::optional<qint64> before;
        std::optional<qint64> after;
    };
    Result<TaskMove> move(const QStringList &ids, TaskStatus status, int index, const std::optional<Neighbours> &neighbours = {});
    Result<Task> findById(const QString &id);
    Result<QList<Task>> list(const TaskFilter &filter = {});
    // The same tasks with only what a board card shows: id, title, tags, position, dueDate,
    // priority, status and workflowId (the rest stays empty). Less to read and convert per row.
    Result<QList<Task>> listCards(const TaskFilter &filter);
    // The same tasks as list(), as the JSON array tasksToJson() writes, read row by row into it
    // without building Tasks (on SQLite straight from the C library). For `task list --json`.
    // writeJson hands the text to `write` in pieces once every row has been read (nothing on an error).
    Result<QByteArray> listJson(const TaskFilter &filter = {});
    Status writeJson(const TaskFilter &filter, const std::function<void(QByteArrayView)> &write);
    Result<int> count(const TaskFilter &filter = {});
    // Many tasks at once with multi-row INSERTs in one transaction (import, seed, benchmarks).
    // Tasks keep their status and a given id (imports; the caller makes sure it is free);
    // positions follow each column's end. An import gives, per task, the external ref it knows
    // the task by and the consultation it belongs to (either list may be empty or shorter).
    Result<int> bulkInsert(QList<Task> tasks, const QStringList &externalRefs = {}, const QStringList &consultationIds = {});
    Result<QList<TaskHistoryEntry>> history(const QString &taskId);
    // Where the tasks sit now (in the order of `ids`; unknown or invisible ids are NotFound).
    Result<QList<TaskPlacement>> placements(const QStringList &ids);
    // Puts tasks back exactly where they were (status and position), recording status changes
    // in the history. One transaction. Used by undo and redo.
    Status restorePlacements(const QList<TaskPlacement> &placements);
    // Re-inserts a deleted task with its id, position, timestamps, tags and history (undo of a
    // delete).
    Status restore(const Task &task, const QList<TaskHistoryEntry> &history);
    // Ids of visible tasks that start with `prefix` (at most `limit`), for short ids typed by hand.
    Result<QStringList> idsStartingWith(const QString &prefix, int limit);
    // Every tag in use (for completion), sorted case-insensitively.
    Result<QStringList> allTags();

    static constexpr qint64 kPositionGap = limits::kPositionGap;

private:
    QString whereClause(const TaskFilter &filter, QVariantList &values) const;
    // SQLite: runs a statement selecting the full task columns through the C library (no
    // QVariant per value); nullopt when that path is not available (PostgreSQL).
    std::optional<Result<QList<Task>>> listThroughSqlite(const QString &sql, const QVariantList &values);
    // SELECT `columns` of the tasks the filter lets through, in board order, paged as asked.
    QString listSql(const QString &columns, const TaskFilter &filter, QVariantList &values) const;
    // Serialises writers of one user's board (positions are read, then written).
    Status lockBoard(const QString &userId);
    // The position after the last card of a column, with the board locked first.
    Result<qint64> endOfColumn(const QString &userId, TaskStatus status);
    Status writeTags(const QString &taskId, const QStringList &tags, bool replace);
    Status recordHistory(const QString &taskId, std::optional<TaskStatus> from, TaskStatus to, const QDateTime &at);
    Status insertHistory(const TaskHistoryEntry &entry);
    // The INSERT of one row (every column) and its tags.
    Status insert(const Task &task);
    // The move on SQLite: statements run by this process (no round trips to save).
    Result<TaskMove> moveHere(const QStringList &ids, TaskStatus status, int index, const std::optional<Neighbours> &neighbours);
    // The move on PostgreSQL: one call of the task_move function.
    Result<TaskMove> moveOnServer(const QStringList &ids, TaskStatus status, int index,
                                  const std::optional<Neighbours> &neighbours);
    // Renumbers the column with the moved tasks at `index` (clamped): writes the tasks that stay
    // and adds those that changed position to `shifted`; returns the moved tasks' new positions.
    // With `afterPosition` the moved tasks go right after the task at that position instead.
    Result<QList<qint64>> renumber(const QString &userId, TaskStatus status, const QStringList &moved, int index,
                                   std::optional<qint64> afterPosition, TaskMove &shifted);
};

} // namespace doo
