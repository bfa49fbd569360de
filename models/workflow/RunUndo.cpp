#include "workflow/RunUndo.h"

#include "domain/LocaleFormat.h"
#include "domain/Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "domain/Task.h"
#include "domain/Validation.h"
#include "repositories/AnalyticsRepository.h"
#include "repositories/UserRepository.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/TaskRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace doo {

namespace {

QDateTime timeFromJson(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// The task as ActionRunner recorded it before the run changed it (Task::toJson()).
Task taskFromJson(const QString &id, const QJsonObject &o)
{
    Task t;
    t.id = id;
    t.title = o.value(QStringLiteral("title")).toString();
    t.description = Validation::notNull(o.value(QStringLiteral("description")).toString());
    t.priority = enumFromString<Priority>(o.value(QStringLiteral("priority")).toString()).value_or(Priority::Medium);
    t.status = enumFromString<TaskStatus>(o.value(QStringLiteral("status")).toString()).value_or(TaskStatus::Todo);
    t.position = qint64(o.value(QStringLiteral("position")).toDouble());
    t.dueDate = timeFromJson(o.value(QStringLiteral("dueDate")));
    for (const QJsonValue &tag : o.value(QStringLiteral("tags")).toArray())
        t.tags << tag.toString();
    t.completedAt = timeFromJson(o.value(QStringLiteral("completedAt")));
    t.version = o.value(QStringLiteral("version")).toInt(0); // 0: not recorded
    return t;
}

QString dayText(const QDateTime &t)
{
    return t.isValid() ? LocaleFormat::date(t.toLocalTime().date()) : RunUndo::tr("none");
}

QString tagsText(const QStringList &tags)
{
    return QLatin1Char('[') + tags.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// What putting `current` back to `before` changes, for people: "status REVIEW, priority MEDIUM".
QStringList differences(const Task &before, const Task &current)
{
    QStringList what;
    if (current.title != before.title)
        what << RunUndo::tr("title \"%1\"").arg(before.title);
    if (current.description != before.description)
        what << RunUndo::tr("description");
    if (current.status != before.status)
        what << RunUndo::tr("status %1").arg(displayName(before.status));
    else if (current.position != before.position)
        what << RunUndo::tr("position");
    if (current.priority != before.priority)
        what << RunUndo::tr("priority %1").arg(displayName(before.priority));
    if (current.dueDate != before.dueDate)
        what << RunUndo::tr("due %1").arg(dayText(before.dueDate));
    if (current.tags != before.tags)
        what << RunUndo::tr("tags %1").arg(tagsText(before.tags));
    return what;
}

QString tagsJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject RunChange::toJson() const
{
    return {
        {QStringLiteral("taskId"), taskId},   {QStringLiteral("title"), title},
        {QStringLiteral("change"), change},   {QStringLiteral("summary"), summary},
        {QStringLiteral("missing"), missing}, {QStringLiteral("changedSince"), changedSince},
    };
}

// One task the run touched: its state before the run (changed tasks) and now.
struct RunUndo::Item
{
    QString taskId;
    bool created = false;
    int updates = 0; // how many times the run changed it
    std::optional<Task> before; // the first before-image (changed tasks)
    std::optional<Task> current;
    RunChange change;
};

RunUndo::RunUndo(Database &db, UserContext ctx) : m_db(db), m_ctx(std::move(ctx))
{ }

Status RunUndo::checkUndoable(const WorkflowExecution &e, bool hasChanges) const
{
    if (e.undoneAt.isValid())
        return Error::make(Error::Kind::Conflict, tr("this run was already undone (%1)").arg(LocaleFormat::dateTime(e.undoneAt)));
    if (e.status == ExecutionStatus::Running)
        return Error::make(Error::Kind::Conflict, tr("this run is still running; undo it once it has finished"));
    if (e.status == ExecutionStatus::Waiting)
        return Error::make(Error::Kind::Conflict, tr("this run waits for an approval; approve or reject it first, then undo it"));
    if (e.status != ExecutionStatus::Success && !hasChanges)
        return Error::make(Error::Kind::Conflict,
                           tr("this run %1 without changing any task: there is nothing to undo")
                               .arg(e.status == ExecutionStatus::Failed ? tr("failed") : tr("was cancelled")));
    return {};
}

Result<QList<RunUndo::Item>> RunUndo::plan(const WorkflowExecution &execution)
{
    struct Row
    {
        QString taskId;
        QString change;
        QString before;
    };
    QList<Row> rows;
    {
        Query q(m_db);
        if (!q.exec(QStringLiteral("SELECT task_id, change, before FROM execution_change WHERE execution_id = ? ORDER BY id"),
                    {execution.id}))
            return q.error();
        while (q.next())
            rows << Row{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    }
    if (Status s = checkUndoable(execution, !rows.isEmpty()); !s)
        return s.error();
    QList<Item> items;
    QHash<QString, qsizetype> index;
    for (const Row &row : std::as_const(rows)) {
        if (!index.contains(row.taskId)) {
            index.insert(row.taskId, items.size());
            items << Item{row.taskId, false, 0, std::nullopt, std::nullopt, {}};
        }
        Item &item = items[index.value(row.taskId)];
        if (row.change == QLatin1String("created")) {
            item.created = true;
        } else {
            ++item.updates;
            if (!item.before)
                item.before = taskFromJson(row.taskId, QJsonDocument::fromJson(row.before.toUtf8()).object());
        }
    }
    TaskRepository tasks(m_db, m_ctx);
    for (Item &item : items) {
        auto current = tasks.findById(item.taskId);
        if (current)
            item.current = current.takeValue();
        else if (current.error().kind != Error::Kind::NotFound)
            return current.error();
        RunChange &c = item.change;
        c.taskId = item.taskId;
        c.change = item.created ? QStringLiteral("created") : QStringLiteral("updated");
        c.missing = !item.current;
        c.title = item.created ? (item.current ? item.current->title : QString()) : item.before->title;
        // The run left the task at version (before, or 1 when it created it) + its updates.
        const int left = (item.created ? 1 : item.before->version) + item.updates;
        c.changedSince = item.current && (item.created || item.before->version > 0) && item.current->version != left;
        const QString since = c.changedSince ? QLatin1Char(' ') + tr("(changed since the run)") : QString();
        if (item.created && !item.current)
            c.summary = tr("Task %1 that the run created was deleted since; nothing to do").arg(item.taskId.left(8));
        else if (item.created)
            c.summary = tr("Delete task \"%1\"").arg(c.title) + since;
        else if (!item.current)
            c.summary = tr("Task \"%1\" was deleted since the run; it stays deleted").arg(c.title);
        else if (const QStringList what = differences(*item.before, *item.current); what.isEmpty())
            c.summary = tr("Task \"%1\" is already as it was before the run").arg(c.title) + since;
        else
            c.summary = tr("Put task \"%1\" back: %2").arg(c.title, what.join(QStringLiteral(", "))) + since;
    }
    return items;
}

Result<QList<RunChange>> RunUndo::undoPreview(const QString &executionId)
{
    const auto execution = ExecutionRepository(m_db, m_ctx).findById(executionId);
    if (!execution)
        return execution.error();
    const auto items = plan(*execution);
    if (!items)
        return items.error();
    QList<RunChange> changes;
    for (const Item &item : *items)
        changes << item.change;
    return changes;
}

Result<WorkflowExecution> RunUndo::undoRun(const QString &executionId)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    ExecutionRepository executions(m_db, m_ctx);
    auto execution = executions.findById(executionId);
    if (!execution)
        return execution.error();
    if (Status s = checkUndoable(*execution, true); !s) // the rest is checked by plan()
        return s.error();
    const QDateTime now = Clock::currentUtc();
    {
        // Marks it first: of two processes undoing the same run, the second waits here, then finds it undone.
        Query mark(m_db);
        if (!mark.exec(QStringLiteral("UPDATE workflow_execution SET undone_at = ? WHERE id = ? AND undone_at IS NULL "
                                      "AND status IN (?, ?, ?)"),
                       {Database::toDb(now), execution->id, toString(ExecutionStatus::Success), toString(ExecutionStatus::Failed),
                        toString(ExecutionStatus::Cancelled)}))
            return mark.error();
        if (mark.rowsAffected() != 1)
            return Error::make(Error::Kind::Conflict, tr("this run was undone or changed elsewhere; reload and try again"));
    }
    const auto items = plan(*execution);
    if (!items)
        return items.error();
    for (const Item &item : *items) {
        if (!item.current)
            continue;
        if (item.created) {
            Query del(m_db);
            if (!del.exec(QStringLiteral("DELETE FROM task WHERE id = ?"), {item.taskId}))
                return del.error();
        } else if (Status s = restoreTask(item); !s) {
            return s.error();
        }
    }
    if (execution->status == ExecutionStatus::Success) {
        if (Status s = takeBackAnalytics(*execution); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    execution.value().undoneAt = now;
    return execution;
}

Status RunUndo::restoreTask(const Item &item)
{
    const Task &before = *item.before;
    const Task &current = *item.current;
    // Serialises with other writers of this board (as TaskRepository does before placing cards).
    Query lock(m_db);
    if (!lock.exec(QStringLiteral("SELECT id FROM app_user WHERE id = ?") + m_db.forUpdate(QString()), {current.userId}))
        return lock.error();
    const QDateTime now = Clock::currentUtc();
    Query q(m_db);
    if (!q.exec(QStringLiteral("UPDATE task SET title = ?, description = ?, priority = ?, status = ?, position = ?, "
                               "due_date = ?, tags = ?, completed_at = ?, updated_at = ?, version = version + 1 WHERE id = ?"),
                {before.title, before.description, toString(before.priority), toString(before.status), before.position,
                 Database::toDb(before.dueDate), tagsJson(before.tags), Database::toDb(before.completedAt), Database::toDb(now),
                 before.id}))
        return q.error();
    if (current.tags != before.tags) {
        Query del(m_db);
        if (!del.exec(QStringLiteral("DELETE FROM task_tag WHERE task_id = ?"), {before.id}))
            return del.error();
        for (const QString &tag : before.tags) {
            Query ins(m_db);
            if (!ins.exec(QStringLiteral("INSERT INTO task_tag (task_id, tag, tag_key) VALUES (?, ?, ?)"),
                          {before.id, tag, tag.toCaseFolded()}))
                return ins.error();
        }
    }
    if (current.status != before.status) {
        Query h(m_db);
        if (!h.exec(QStringLiteral("INSERT INTO task_history (id, task_id, from_status, to_status, changed_at) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {Validation::newId(), before.id, toString(current.status), toString(before.status), Database::toDb(now)}))
            return h.error();
    }
    return {};
}

Status RunUndo::takeBackAnalytics(const WorkflowExecution &e)
{
    // The engine counted the run in its owner's row of the owner's calendar day the run started on.
    const QJsonObject out = QJsonDocument::fromJson(e.output.toUtf8()).object();
    const double hours = e.minutesSaved / 60.0;
    const int tasks = e.tasksCreated + out.value(QStringLiteral("tasksChanged")).toInt();
    QString owner;
    {
        Query q(m_db);
        if (!q.exec(QStringLiteral("SELECT user_id FROM workflow WHERE id = ?"), {e.workflowId}))
            return q.error();
        if (!q.next())
            return {};
        owner = q.value(0).toString();
    }
    const auto zone = UserRepository::timeZoneOf(m_db, owner);
    if (!zone)
        return zone.error();
    const QString day = e.startedAt.toTimeZone(*zone).date().toString(Qt::ISODate);
    Query q(m_db);
    if (!q.exec(QStringLiteral("UPDATE analytics SET "
                               "time_saved = CASE WHEN time_saved > ? THEN time_saved - ? ELSE 0 END, "
                               "tasks_automated = CASE WHEN tasks_automated > ? THEN tasks_automated - ? ELSE 0 END "
                               "WHERE user_id = ? AND date = ?"),
                {hours, hours, tasks, tasks, owner, day}))
        return q.error();
    QString id;
    double score = 0;
    {
        Query read(m_db);
        if (!read.exec(QStringLiteral("SELECT id, time_saved FROM analytics WHERE user_id = ? AND date = ?"), {owner, day}))
            return read.error();
        if (!read.next())
            return {}; // the day's row is gone: nothing to take back
        id = read.value(0).toString();
        score = AnalyticsRepository::efficiencyScore(read.value(1).toDouble());
    }
    Query update(m_db);
    if (!update.exec(QStringLiteral("UPDATE analytics SET efficiency_score = ? WHERE id = ?"), {score, id}))
        return update.error();
    return {};
}

} // namespace doo
