#include "itemmodels/TaskBoard.h"

#include "itemmodels/ChangeWatcher.h"
#include "itemmodels/BoardCommands.h"
#include "itemmodels/TaskColumnModel.h"
#include "itemmodels/WriteRetry.h"
#include "db/Transaction.h"
#include "domain/Clock.h"
#include "repositories/TaskRows.h"

#include <QTimer>
#include <QUndoStack>

namespace doo {

TaskBoard::TaskBoard(Database &db, const UserContext &ctx, QUndoStack *undoStack, QObject *parent)
    : QObject(parent), m_repo(db, ctx), m_undo(undoStack), m_watcher(new ChangeWatcher(db, this))
{
    for (TaskStatus status : kBoardColumns)
        m_columns.at(std::size_t(boardColumn(status))) = new TaskColumnModel(*this, status, this);
    connect(m_watcher, &ChangeWatcher::tasksChanged, this, &TaskBoard::reload);
}

TaskBoard::~TaskBoard() = default;

TaskColumnModel *TaskBoard::column(TaskStatus status) const
{
    return m_columns.at(std::size_t(boardColumn(status)));
}

void TaskBoard::setFilter(const TaskFilter &filter)
{
    m_filter = filter;
    m_filter.status.reset();
    m_filter.afterPosition.reset();
    m_filter.limit = -1;
    m_filter.offset = 0;
    reload();
}

Result<QList<TaskWorkflowChange>> TaskBoard::recentWorkflowChanges(const QStringList &ids, const QDateTime &since)
{
    ExecutionRepository runs(m_repo.database(), m_repo.context());
    if (!m_runsCheckedSince.isValid() || since < m_runsCheckedSince) {
        const auto any = runs.hasRunsSince(since);
        m_recentRuns = !any || *any; // unsure: ask for the changes
        m_runsCheckedSince = since;
    }
    if (!m_recentRuns)
        return QList<TaskWorkflowChange>{};
    return runs.recentTaskChanges(ids, since);
}

void TaskBoard::reload()
{
    m_runsCheckedSince = {}; // a run may have started since the last look
    for (TaskColumnModel *c : m_columns)
        c->reload(c->rowCount());
    Q_EMIT reloaded();
}

void TaskBoard::reportError(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

void TaskBoard::afterOwnWrite()
{
    m_watcher->acknowledge();
}

void TaskBoard::moveTasks(const QStringList &ids, TaskStatus status, int index)
{
    if (ids.isEmpty())
        return;
    auto *command = new MoveTasksCommand(*this, ids, status, index);
    if (m_undo) {
        m_undo->push(command);
    } else {
        command->redo();
        delete command;
    }
}

void TaskBoard::startMove(const std::shared_ptr<PendingMove> &move)
{
    QList<TaskColumnModel::Card> cards;
    for (const QString &id : std::as_const(move->ids)) {
        for (TaskColumnModel *c : m_columns) {
            const int row = c->rowOf(id);
            if (row < 0)
                continue;
            TaskColumnModel::Card card = c->card(row);
            // What the write will store, shown at once: completed_at by the repository's rule, a
            // cancelled card's time is that of the move.
            const QDateTime now = Clock::currentUtc();
            const QDateTime finished = move->status == TaskStatus::Cancelled
                ? now
                : taskrows::completedAtFor(
                    c->status(), move->status,
                    card.finishedMsecs ? QDateTime::fromMSecsSinceEpoch(card.finishedMsecs, Qt::UTC) : QDateTime(), now);
            card.finishedMsecs = finished.isValid() ? finished.toMSecsSinceEpoch() : 0;
            cards << card;
            c->removeCards({id});
            c->setTotal(c->totalCount() - 1);
            break;
        }
    }
    move->allShown = cards.size() == move->ids.size();
    TaskColumnModel *target = column(move->status);
    const int row = std::clamp(move->index, 0, target->rowCount());
    if (row < target->rowCount() || !target->canFetchMore(QModelIndex())) { // both sides of the drop are known
        TaskRepository::Neighbours around;
        if (row > 0)
            around.before = target->card(row - 1).position;
        if (row < target->rowCount())
            around.after = target->card(row).position;
        move->neighbours = around;
    }
    target->insertCards(move->index, cards);
    target->setTotal(target->totalCount() + int(cards.size()));
    // Written from the event loop, after the moved cards have been painted.
    QTimer::singleShot(0, this, [this, move] { finishMove(move); });
}

bool TaskBoard::finishMove(const std::shared_ptr<PendingMove> &move)
{
    if (move->written)
        return move->ok;
    move->written = true;
    // One call: the move returns where it found the tasks and where it put them, read inside its
    // own transaction, so undo and redo put back exactly what this move changed.
    auto moved = WriteRetry::run<Result<TaskMove>>(
        m_repo.database(), WriteRetry::tr("moving %n tasks", nullptr, int(move->ids.size())),
        [this, &move] { return m_repo.move(move->ids, move->status, move->index, move->neighbours); });
    if (!moved) {
        reportError(moved.error().text());
        reload(); // put the cards back where the database has them
        return false;
    }
    move->before = moved->before;
    move->after = moved->after;
    move->ok = true;
    for (const TaskPlacement &p : move->after)
        column(p.status)->setCardPosition(p.id, p.position);
    afterOwnWrite();
    if (!move->allShown)
        reload(); // cards this board had not loaded: show them where they landed
    return true;
}

Status TaskBoard::applyPlacements(const QList<TaskPlacement> &placements)
{
    Status s =
        WriteRetry::run<Status>(m_repo.database(), WriteRetry::tr("putting %n tasks back", nullptr, int(placements.size())),
                                [this, &placements] { return m_repo.restorePlacements(placements); });
    if (!s)
        reportError(s.error().text());
    reload();
    afterOwnWrite();
    return s;
}

Result<Task> TaskBoard::createTask(const Task &task)
{
    auto created = WriteRetry::run<Result<Task>>(m_repo.database(), WriteRetry::tr("the new task \"%1\"").arg(task.title),
                                                 [this, &task] { return m_repo.create(task); });
    if (!created)
        return created;
    afterOwnWrite();
    column(created->status)->reload(column(created->status)->rowCount() + 1);
    if (m_undo)
        m_undo->push(new CreateTaskCommand(*this, *created));
    return created;
}

Result<Task> TaskBoard::updateTask(const Task &task)
{
    const auto before = m_repo.findById(task.id);
    if (!before)
        return before.error();
    // A COMMIT in flight landed when the row is one version on, with what was typed.
    auto landed = [this, &task, &before]() -> std::optional<Result<Task>> {
        auto now = m_repo.findById(task.id);
        if (!now)
            return Result<Task>(now.error());
        if (now->version == before->version)
            return std::nullopt;
        if (now->version == before->version + 1 && now->title == task.title && now->status == task.status
            && now->description == task.description)
            return now;
        return Result<Task>(WriteRetry::maybeSaved(WriteRetry::tr("the changes to \"%1\"").arg(task.title)));
    };
    auto updated = WriteRetry::run<Result<Task>>(
        m_repo.database(), WriteRetry::tr("the changes to \"%1\"").arg(task.title), [this, &task] { return m_repo.update(task); },
        landed);
    if (!updated)
        return updated;
    afterOwnWrite();
    reload();
    if (m_undo)
        m_undo->push(new EditTaskCommand(*this, *before, *updated));
    return updated;
}

Status TaskBoard::deleteTasks(const QStringList &ids)
{
    QList<Task> tasks;
    QList<QList<TaskHistoryEntry>> histories;
    for (const QString &id : ids) {
        auto t = m_repo.findById(id);
        if (!t)
            return t.error();
        auto h = m_repo.history(id);
        if (!h)
            return h.error();
        tasks << t.takeValue();
        histories << h.takeValue();
    }
    if (Status s = removeTasks(ids); !s)
        return s;
    if (m_undo)
        m_undo->push(new DeleteTasksCommand(*this, tasks, histories));
    return {};
}

Status TaskBoard::setPriority(const QStringList &ids, Priority priority)
{
    QStringList changed;
    QList<Priority> before;
    for (const QString &id : ids) {
        auto t = m_repo.findById(id);
        if (!t)
            return t.error();
        if (t->priority == priority)
            continue;
        changed << id;
        before << t->priority;
    }
    if (changed.isEmpty())
        return {};
    if (Status s = applyPriorities(changed, QList<Priority>(changed.size(), priority)); !s)
        return s;
    if (m_undo)
        m_undo->push(new SetPriorityCommand(*this, changed, before, priority));
    return {};
}

Status TaskBoard::applyPriorities(const QStringList &ids, const QList<Priority> &priorities)
{
    return writeAll(WriteRetry::tr("changing the priority of %n tasks", nullptr, int(ids.size())), int(ids.size()),
                    [this, &ids, &priorities](int i) -> Status {
                        auto t = m_repo.findById(ids.at(i));
                        if (!t)
                            return t.error();
                        Task changed = t.takeValue();
                        changed.priority = priorities.at(i);
                        if (auto saved = m_repo.update(changed); !saved)
                            return saved.error();
                        return {};
                    });
}

Status TaskBoard::removeTasks(const QStringList &ids)
{
    return writeAll(WriteRetry::tr("deleting %n tasks", nullptr, int(ids.size())), int(ids.size()),
                    [this, &ids](int i) { return m_repo.remove(ids.at(i)); });
}

Status TaskBoard::restoreTasks(const QList<Task> &tasks, const QList<QList<TaskHistoryEntry>> &histories)
{
    return writeAll(WriteRetry::tr("restoring %n tasks", nullptr, int(tasks.size())), int(tasks.size()),
                    [&](int i) { return m_repo.restore(tasks.at(i), histories.value(i)); });
}

Status TaskBoard::writeAll(const QString &what, int count, const std::function<Status(int)> &step)
{
    const Status result = WriteRetry::run<Status>(m_repo.database(), what, [this, count, &step] {
        Transaction tx(m_repo.database());
        Status s = tx.status();
        for (int i = 0; s && i < count; ++i)
            s = step(i);
        return s ? tx.commit() : s;
    });
    if (!result)
        reportError(result.error().text());
    afterOwnWrite();
    reload();
    return result;
}

} // namespace doo
