#include "repositories/TaskRepository.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <climits>

namespace doo {

namespace {

// Times as text: Qt's PostgreSQL driver turns a timestamptz into a local QDateTime (a time zone
// conversion per value); the text, identical on the wire, is read by Database::dateTimeFromDb.
const QString kColumns = QStringLiteral(
    "t.id, t.user_id, t.workflow_id, t.execution_id, t.title, t.description, t.priority, t.status, t.position, "
    "CAST(t.due_date AS TEXT), t.tags, CAST(t.created_at AS TEXT), CAST(t.updated_at AS TEXT), "
    "CAST(t.completed_at AS TEXT), t.version");
const QString kInsertColumns = QStringLiteral(
    "id, user_id, workflow_id, execution_id, title, description, priority, status, position, "
    "due_date, tags, created_at, updated_at, completed_at, version");
constexpr int kInsertColumnCount = 15;
const QString kStatusOrder = QStringLiteral(
    "CASE t.status WHEN 'TODO' THEN 0 WHEN 'IN_PROGRESS' THEN 1 WHEN 'REVIEW' THEN 2 WHEN 'COMPLETED' THEN 3 ELSE 4 END");

QString tagsJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

Task readTask(const Query &q)
{
    Task t;
    t.id = q.value(0).toString();
    t.userId = q.value(1).toString();
    t.workflowId = q.value(2).toString();
    t.executionId = q.value(3).toString();
    t.title = q.value(4).toString();
    t.description = q.value(5).toString();
    t.priority = enumFromString<Priority>(q.value(6).toString()).value_or(Priority::Medium);
    t.status = enumFromString<TaskStatus>(q.value(7).toString()).value_or(TaskStatus::Todo);
    t.position = q.value(8).toLongLong();
    t.dueDate = Database::dateTimeFromDb(q.value(9));
    t.tags = TaskRepository::tagsFromJson(q.value(10).toString());
    t.createdAt = Database::dateTimeFromDb(q.value(11));
    t.updatedAt = Database::dateTimeFromDb(q.value(12));
    t.completedAt = Database::dateTimeFromDb(q.value(13));
    t.version = q.value(14).toInt();
    return t;
}

QVariantList insertValues(const Task &t)
{
    return {t.id, t.userId, Database::nullIfEmpty(t.workflowId), Database::nullIfEmpty(t.executionId), t.title, t.description,
            toString(t.priority), toString(t.status), t.position, Database::toDb(t.dueDate), tagsJson(t.tags),
            Database::toDb(t.createdAt), Database::toDb(t.updatedAt), Database::toDb(t.completedAt), t.version};
}

QString placeholders(int columns, int rows)
{
    QStringList marks;
    for (int i = 0; i < columns; ++i)
        marks << QStringLiteral("?");
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList all;
    for (int i = 0; i < rows; ++i)
        all << row;
    return all.join(QStringLiteral(", "));
}

// "?, ?, ?" for an IN list, with the values appended.
QString inList(const QStringList &ids, QVariantList &values)
{
    QStringList marks;
    for (const QString &id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    return marks.join(QStringLiteral(", "));
}

QDateTime completedAtFor(TaskStatus from, TaskStatus to, const QDateTime &previous, const QDateTime &now)
{
    if (to != TaskStatus::Completed)
        return {};
    return from == TaskStatus::Completed && previous.isValid() ? previous : now;
}

} // namespace

TaskRepository::TaskRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx)) {}

Status TaskRepository::lockBoard(const QString &userId)
{
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT id FROM app_user WHERE id = ?") + m_db.forUpdate(QString()), {userId}))
        return q.error();
    if (!q.next())
        return Error::validation(QStringLiteral("userId"), tr("no user with the id %1").arg(userId));
    return {};
}

Result<qint64> TaskRepository::endOfColumn(const QString &userId, TaskStatus status)
{
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(position) FROM task WHERE user_id = ? AND status = ?"), {userId, toString(status)})
        || !q.next())
        return q.error();
    return q.value(0).isNull() ? kPositionGap : q.value(0).toLongLong() + kPositionGap;
}

Status TaskRepository::writeTags(const QString &taskId, const QStringList &tags, bool replace)
{
    if (replace) {
        Query del(m_db);
        if (!del.exec(QStringLiteral("DELETE FROM task_tag WHERE task_id = ?"), {taskId}))
            return del.error();
    }
    for (const QString &tag : tags) {
        Query q(m_db);
        if (!q.exec(QStringLiteral("INSERT INTO task_tag (task_id, tag, tag_key) VALUES (?, ?, ?)"), {taskId, tag, tag.toCaseFolded()}))
            return q.error();
    }
    return {};
}

Status TaskRepository::recordHistory(const QString &taskId, std::optional<TaskStatus> from, TaskStatus to,
                                     const QDateTime &at)
{
    Query q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO task_history (id, task_id, from_status, to_status, changed_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {Validation::newId(), taskId, from ? QVariant(toString(*from)) : QVariant(QMetaType::fromType<QString>()),
                 toString(to), Database::toDb(at)}))
        return q.error();
    return {};
}

Result<Task> TaskRepository::create(Task task)
{
    task.normalize();
    if (Status s = task.validate(); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    task.id = Validation::newId();
    task.userId = ownerFor(task.userId);
    if (Status s = lockBoard(task.userId); !s)
        return s.error();
    const auto end = endOfColumn(task.userId, task.status);
    if (!end)
        return end.error();
    task.position = *end;
    task.createdAt = task.updatedAt = Clock::currentUtc();
    task.completedAt = task.status == TaskStatus::Completed ? task.createdAt : QDateTime();
    task.version = 1;
    Query q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO task (%1) VALUES %2").arg(kInsertColumns, placeholders(kInsertColumnCount, 1)),
                insertValues(task)))
        return q.error();
    if (Status s = writeTags(task.id, task.tags, false); !s)
        return s.error();
    if (Status s = recordHistory(task.id, std::nullopt, task.status, task.createdAt); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return task;
}

Result<Task> TaskRepository::update(const Task &input)
{
    Task task = input;
    task.normalize();
    if (Status s = task.validate(); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const auto existing = findById(task.id);
    if (!existing)
        return existing.error();
    if (existing->version != task.version)
        return Error::make(Error::Kind::Conflict, tr("the task \"%1\" was changed elsewhere; reload it and try again")
                                                      .arg(existing->title));
    const QDateTime now = Clock::currentUtc();
    task.userId = existing->userId;
    task.position = existing->position;
    if (task.status != existing->status) {
        if (Status s = lockBoard(task.userId); !s)
            return s.error();
        const auto end = endOfColumn(task.userId, task.status);
        if (!end)
            return end.error();
        task.position = *end;
        if (Status s = recordHistory(task.id, existing->status, task.status, now); !s)
            return s.error();
    }
    task.completedAt = completedAtFor(existing->status, task.status, existing->completedAt, now);
    task.updatedAt = now;
    Query q(m_db);
    if (!q.exec(QStringLiteral("UPDATE task SET title = ?, description = ?, priority = ?, status = ?, position = ?, "
                               "due_date = ?, tags = ?, updated_at = ?, completed_at = ?, version = version + 1 "
                               "WHERE id = ? AND version = ?"),
                {task.title, task.description, toString(task.priority), toString(task.status), task.position,
                 Database::toDb(task.dueDate), tagsJson(task.tags), Database::toDb(now),
                 Database::toDb(task.completedAt), task.id, task.version}))
        return q.error();
    if (q.rowsAffected() != 1)
        return Error::make(Error::Kind::Conflict, tr("the task \"%1\" was changed elsewhere; reload it and try again")
                                                      .arg(existing->title));
    if (task.tags != existing->tags) {
        if (Status s = writeTags(task.id, task.tags, true); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    task.version += 1;
    task.createdAt = existing->createdAt;
    return task;
}

Status TaskRepository::remove(const QString &id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto existing = findById(id); !existing)
        return existing.error();
    Query q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM task WHERE id = ?"), {id}))
        return q.error();
    return tx.commit();
}

Result<QList<qint64>> TaskRepository::renumber(const QString &userId, TaskStatus status, const QStringList &moved, int index,
                                              std::optional<qint64> afterPosition)
{
    QVariantList values{userId, toString(status)};
    const QString sql = QStringLiteral("SELECT id, position FROM task WHERE user_id = ? AND status = ? AND id NOT IN (%1) "
                                       "ORDER BY position")
                            .arg(inList(moved, values));
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    QStringList order;
    int afterCount = 0; // rows at or before `afterPosition`: the place the caller saw
    while (q.next()) {
        order << q.value(0).toString();
        if (afterPosition && q.value(1).toLongLong() <= *afterPosition)
            ++afterCount;
    }
    if (afterPosition)
        index = afterCount;
    index = std::clamp(index, 0, int(order.size()));
    for (int i = 0; i < moved.size(); ++i)
        order.insert(index + i, moved.at(i));
    // Moved tasks are written by the caller; here only the ones that stay.
    for (int i = 0; i < order.size(); ++i) {
        if (moved.contains(order.at(i)))
            continue;
        Query u(m_db);
        if (!u.exec(QStringLiteral("UPDATE task SET position = ? WHERE id = ?"), {(i + 1) * kPositionGap, order.at(i)}))
            return u.error();
    }
    QList<qint64> positions;
    for (int i = 0; i < moved.size(); ++i)
        positions << (index + i + 1) * kPositionGap;
    return positions;
}

Status TaskRepository::move(const QStringList &ids, TaskStatus status, int index, const std::optional<Neighbours> &neighbours)
{
    if (ids.isEmpty())
        return {};
    if (ids.size() != QSet<QString>(ids.begin(), ids.end()).size())
        return Error::validation(QStringLiteral("ids"), tr("a task is listed twice"));
    if (m_db.type() == DbType::PostgreSQL && neighbours && (neighbours->before || neighbours->after)) {
        const auto done = moveBetween(ids, status, *neighbours); // one round trip, its own transaction
        if (!done)
            return done.error();
        if (*done)
            return {};
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // The moved tasks, read in one statement that also locks their owner's board.
    QList<Task> tasks;
    {
        QVariantList values;
        QString sql = QStringLiteral("SELECT t.id, t.user_id, t.status, t.completed_at FROM task t "
                                     "JOIN app_user u ON u.id = t.user_id WHERE t.id IN (%1)")
                          .arg(inList(ids, values)); // the ids' values first, then the scope's
        sql += scope(QStringLiteral("t.user_id"), values) + m_db.forUpdate(QStringLiteral("u"));
        Query q(m_db);
        if (!q.exec(sql, values))
            return q.error();
        QHash<QString, Task> found;
        while (q.next()) {
            Task t;
            t.id = q.value(0).toString();
            t.userId = q.value(1).toString();
            t.status = enumFromString<TaskStatus>(q.value(2).toString()).value_or(TaskStatus::Todo);
            t.completedAt = Database::dateTimeFromDb(q.value(3));
            found.insert(t.id, t);
        }
        for (const QString &id : ids) {
            if (!found.contains(id))
                return notFound(tr("task"), id);
            tasks << found.value(id);
        }
    }
    const QString owner = tasks.first().userId;
    for (const Task &t : std::as_const(tasks))
        if (t.userId != owner)
            return Error::validation(QStringLiteral("ids"), tr("tasks of different users cannot be moved together"));

    QVariantList values{owner, toString(status)};
    const QString others = QStringLiteral("FROM task WHERE user_id = ? AND status = ? AND id NOT IN (%1)").arg(inList(ids, values));
    index = std::max(index, 0);

    // The neighbours the moved block goes between: the caller's, if the column agrees that
    // nothing else lies between them; else read along the board index (the cost grows with the
    // drop position, never with the size of the column).
    std::optional<qint64> before, after;
    bool known = false;
    if (neighbours && (neighbours->before || neighbours->after)) {
        QVariantList v = values;
        QString range;
        if (neighbours->before) {
            range += QStringLiteral(" AND position >= ?");
            v << *neighbours->before;
        }
        if (neighbours->after) {
            range += QStringLiteral(" AND position <= ?");
            v << *neighbours->after;
        }
        Query q(m_db);
        // At most three rows: the two neighbours and, if the hint is stale, one more.
        if (!q.exec(QStringLiteral("SELECT position ") + others + range + QStringLiteral(" ORDER BY position LIMIT 3"), v))
            return q.error();
        QList<qint64> found;
        while (q.next())
            found << q.value(0).toLongLong();
        QList<qint64> expected;
        if (neighbours->before)
            expected << *neighbours->before;
        if (neighbours->after)
            expected << *neighbours->after;
        known = found == expected;
        if (known) {
            before = neighbours->before;
            after = neighbours->after;
        }
    }
    if (!known) {
        QVariantList v = values;
        v << (index > 0 ? 2 : 1) << std::max(index - 1, 0);
        Query q(m_db);
        if (!q.exec(QStringLiteral("SELECT position ") + others + QStringLiteral(" ORDER BY position LIMIT ? OFFSET ?"), v))
            return q.error();
        if (index > 0 && q.next())
            before = q.value(0).toLongLong();
        if (q.next())
            after = q.value(0).toLongLong();
    }
    if (!known && index > 0 && !before) { // past the end: after the last card
        Query last(m_db);
        if (!last.exec(QStringLiteral("SELECT position ") + others + QStringLiteral(" ORDER BY position DESC LIMIT 1"), values))
            return last.error();
        if (last.next())
            before = last.value(0).toLongLong();
        index = INT_MAX; // clamped by renumber when it is needed
    }
    const qint64 n = ids.size();
    const qint64 lower = before ? *before : (after ? *after - (n + 1) * kPositionGap : 0);
    const qint64 upper = after ? *after : lower + (n + 1) * kPositionGap;
    QList<qint64> positions;
    if (upper - lower > n) {
        const qint64 step = (upper - lower) / (n + 1);
        for (qint64 i = 0; i < n; ++i)
            positions << lower + step * (i + 1);
    } else {
        const auto renumbered = renumber(owner, status, ids, index, known ? before : std::nullopt);
        if (!renumbered)
            return renumbered.error();
        positions = *renumbered;
    }

    const QDateTime now = Clock::currentUtc();
    for (int i = 0; i < tasks.size(); ++i) {
        const Task &t = tasks.at(i);
        Query q(m_db);
        if (!q.exec(QStringLiteral("UPDATE task SET status = ?, position = ?, updated_at = ?, completed_at = ?, "
                                   "version = version + 1 WHERE id = ?"),
                    {toString(status), positions.at(i), Database::toDb(now),
                     Database::toDb(completedAtFor(t.status, status, t.completedAt, now)), t.id}))
            return q.error();
        if (t.status != status) {
            if (Status s = recordHistory(t.id, t.status, status, now); !s)
                return s;
        }
    }
    return tx.commit();
}

Result<Task> TaskRepository::findById(const QString &id)
{
    QVariantList values{id};
    const QString sql = QStringLiteral("SELECT %1 FROM task t WHERE t.id = ?").arg(kColumns) + scope(QStringLiteral("t.user_id"), values);
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    if (!q.next())
        return notFound(tr("task"), id);
    return readTask(q);
}

QString TaskRepository::whereClause(const TaskFilter &f, QVariantList &values) const
{
    QString where = QStringLiteral(" WHERE 1 = 1") + scope(QStringLiteral("t.user_id"), values);
    if (f.status) {
        where += QStringLiteral(" AND t.status = ?");
        values << toString(*f.status);
    }
    if (f.priority) {
        where += QStringLiteral(" AND t.priority = ?");
        values << toString(*f.priority);
    }
    if (!f.tag.isEmpty()) {
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM task_tag tt WHERE tt.task_id = t.id AND tt.tag_key = ?)");
        values << f.tag.trimmed().toCaseFolded();
    }
    if (f.dueFrom.isValid()) {
        where += QStringLiteral(" AND t.due_date >= ?");
        values << Database::toDb(f.dueFrom);
    }
    if (f.dueBefore.isValid()) {
        where += QStringLiteral(" AND t.due_date < ?");
        values << Database::toDb(f.dueBefore);
    }
    if (!f.workflowId.isEmpty()) {
        where += QStringLiteral(" AND t.workflow_id = ?");
        values << f.workflowId;
    }
    if (!f.consultationId.isEmpty()) {
        where += QStringLiteral(" AND t.consultation_id = ?");
        values << f.consultationId;
    }
    if (f.createdByWorkflow)
        where += *f.createdByWorkflow ? QStringLiteral(" AND t.workflow_id IS NOT NULL") : QStringLiteral(" AND t.workflow_id IS NULL");
    if (!f.text.trimmed().isEmpty()) {
        const QString query = m_db.ftsQuery(f.text);
        if (query.isEmpty()) {
            where += QStringLiteral(" AND 1 = 0"); // only punctuation: nothing can match
        } else {
            where += QStringLiteral(" AND ") + m_db.fullTextCondition(QStringLiteral("t"));
            values << query;
        }
    }
    if (f.afterPosition) {
        where += QStringLiteral(" AND t.position > ?");
        values << *f.afterPosition;
    }
    return where;
}

QString TaskRepository::listSql(const QString &columns, const TaskFilter &filter, QVariantList &values) const
{
    QString sql = QStringLiteral("SELECT %1 FROM task t").arg(columns) + whereClause(filter, values);
    sql += filter.status ? QStringLiteral(" ORDER BY t.position") : QStringLiteral(" ORDER BY ") + kStatusOrder + QStringLiteral(", t.position");
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << filter.limit << std::max(filter.offset, 0);
    }
    return sql;
}

Result<QList<Task>> TaskRepository::list(const TaskFilter &filter)
{
    QVariantList values;
    const QString sql = listSql(kColumns, filter, values);
    if (auto direct = listThroughSqlite(sql, values))
        return *direct;
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    QList<Task> tasks;
    while (q.next())
        tasks << readTask(q);
    return tasks;
}

Result<int> TaskRepository::count(const TaskFilter &filter)
{
    const bool wholeColumns = !filter.priority && filter.tag.trimmed().isEmpty() && !filter.dueFrom.isValid()
                              && !filter.dueBefore.isValid() && filter.workflowId.isEmpty() && !filter.createdByWorkflow
                              && filter.text.trimmed().isEmpty();
    if (wholeColumns) { // the counts the triggers keep: no scan of a big board
        QVariantList values;
        QString sql = QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM task_count WHERE 1 = 1") + scope(QStringLiteral("user_id"), values);
        if (filter.status) {
            sql += QStringLiteral(" AND status = ?");
            values << toString(*filter.status);
        }
        Query q(m_db);
        if (!q.exec(sql, values) || !q.next())
            return q.error();
        return q.value(0).toInt();
    }
    QVariantList values;
    TaskFilter f = filter;
    f.afterPosition.reset();
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM task t") + whereClause(f, values), values) || !q.next())
        return q.error();
    return q.value(0).toInt();
}

Result<int> TaskRepository::bulkInsert(QList<Task> tasks)
{
    for (int i = 0; i < tasks.size(); ++i) {
        tasks[i].normalize();
        if (Status s = tasks[i].validate(); !s) {
            Error e = s.error();
            e.field = QStringLiteral("tasks[%1].%2").arg(i).arg(e.field);
            return e;
        }
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const QDateTime now = Clock::currentUtc();
    QHash<QString, qint64> ends; // "user|status" -> next free position
    for (Task &t : tasks) {
        if (t.id.isEmpty()) // an import keeps the ids it brings
            t.id = Validation::newId();
        t.userId = ownerFor(t.userId);
        const QString key = t.userId + QLatin1Char('|') + toString(t.status);
        if (!ends.contains(key)) {
            if (Status s = lockBoard(t.userId); !s)
                return s.error();
            const auto end = endOfColumn(t.userId, t.status);
            if (!end)
                return end.error();
            ends.insert(key, *end);
        }
        t.position = ends.value(key);
        ends[key] += kPositionGap;
        if (!t.createdAt.isValid())
            t.createdAt = now;
        if (!t.updatedAt.isValid())
            t.updatedAt = t.createdAt;
        if (t.status == TaskStatus::Completed && !t.completedAt.isValid())
            t.completedAt = t.updatedAt;
        if (t.status != TaskStatus::Completed)
            t.completedAt = {};
        t.version = 1;
    }

    const int kChunk = m_db.rowsPerInsert();
    for (int start = 0; start < tasks.size(); start += kChunk) {
        const int rows = std::min<int>(kChunk, tasks.size() - start);
        QVariantList taskValues, tagValues, historyValues;
        int tagRows = 0;
        for (int i = start; i < start + rows; ++i) {
            const Task &t = tasks.at(i);
            taskValues << insertValues(t);
            for (const QString &tag : t.tags) {
                tagValues << t.id << tag << tag.toCaseFolded();
                ++tagRows;
            }
            historyValues << Validation::newId() << t.id << QVariant(QMetaType::fromType<QString>()) << toString(t.status)
                          << Database::toDb(t.createdAt);
        }
        Query q(m_db);
        if (!q.exec(QStringLiteral("INSERT INTO task (%1) VALUES %2").arg(kInsertColumns, placeholders(kInsertColumnCount, rows)),
                    taskValues))
            return q.error();
        Query h(m_db);
        if (!h.exec(QStringLiteral("INSERT INTO task_history (id, task_id, from_status, to_status, changed_at) VALUES ")
                        + placeholders(5, rows),
                    historyValues))
            return h.error();
        if (tagRows > 0) {
            Query tg(m_db);
            if (!tg.exec(QStringLiteral("INSERT INTO task_tag (task_id, tag, tag_key) VALUES ") + placeholders(3, tagRows), tagValues))
                return tg.error();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    m_db.optimize(); // many new rows: let the planner know
    return int(tasks.size());
}

Result<QList<TaskHistoryEntry>> TaskRepository::history(const QString &taskId)
{
    if (auto t = findById(taskId); !t)
        return t.error();
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, task_id, from_status, to_status, changed_at FROM task_history "
                               "WHERE task_id = ? ORDER BY changed_at, CASE WHEN from_status IS NULL THEN 0 ELSE 1 END"),
                {taskId}))
        return q.error();
    QList<TaskHistoryEntry> entries;
    while (q.next()) {
        TaskHistoryEntry e;
        e.id = q.value(0).toString();
        e.taskId = q.value(1).toString();
        if (!q.value(2).isNull())
            e.fromStatus = enumFromString<TaskStatus>(q.value(2).toString());
        e.toStatus = enumFromString<TaskStatus>(q.value(3).toString()).value_or(TaskStatus::Todo);
        e.changedAt = Database::dateTimeFromDb(q.value(4));
        entries << e;
    }
    return entries;
}

Result<QList<TaskPlacement>> TaskRepository::placements(const QStringList &ids)
{
    QList<TaskPlacement> result;
    if (ids.isEmpty())
        return result;
    QVariantList values;
    QString sql = QStringLiteral("SELECT t.id, t.status, t.position FROM task t WHERE t.id IN (%1)").arg(inList(ids, values));
    sql += scope(QStringLiteral("t.user_id"), values);
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    QHash<QString, TaskPlacement> found;
    while (q.next()) {
        const QString id = q.value(0).toString();
        found.insert(id, {id, enumFromString<TaskStatus>(q.value(1).toString()).value_or(TaskStatus::Todo), q.value(2).toLongLong()});
    }
    for (const QString &id : ids) {
        if (!found.contains(id))
            return notFound(tr("task"), id);
        result << found.value(id);
    }
    return result;
}

Status TaskRepository::restorePlacements(const QList<TaskPlacement> &placements)
{
    if (placements.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const QDateTime now = Clock::currentUtc();
    for (const TaskPlacement &p : placements) {
        const auto t = findById(p.id);
        if (!t)
            return t.error();
        if (Status s = lockBoard(t->userId); !s)
            return s;
        Query q(m_db);
        if (!q.exec(QStringLiteral("UPDATE task SET status = ?, position = ?, updated_at = ?, completed_at = ?, "
                                   "version = version + 1 WHERE id = ?"),
                    {toString(p.status), p.position, Database::toDb(now),
                     Database::toDb(completedAtFor(t->status, p.status, t->completedAt, now)), p.id}))
            return q.error();
        if (t->status != p.status) {
            if (Status s = recordHistory(p.id, t->status, p.status, now); !s)
                return s;
        }
    }
    return tx.commit();
}

Status TaskRepository::restore(const Task &input, const QList<TaskHistoryEntry> &history)
{
    Task task = input;
    task.normalize();
    if (Status s = task.validate(); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    task.userId = ownerFor(task.userId);
    if (Status s = lockBoard(task.userId); !s)
        return s;
    Query q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO task (%1) VALUES %2").arg(kInsertColumns, placeholders(kInsertColumnCount, 1)),
                insertValues(task)))
        return q.error();
    if (Status s = writeTags(task.id, task.tags, false); !s)
        return s;
    for (const TaskHistoryEntry &e : history) {
        Query h(m_db);
        if (!h.exec(QStringLiteral("INSERT INTO task_history (id, task_id, from_status, to_status, changed_at) VALUES (?, ?, ?, ?, ?)"),
                    {e.id, task.id, e.fromStatus ? QVariant(toString(*e.fromStatus)) : QVariant(QMetaType::fromType<QString>()),
                     toString(e.toStatus), Database::toDb(e.changedAt)}))
            return h.error();
    }
    return tx.commit();
}

Result<QStringList> TaskRepository::idsStartingWith(const QString &prefix, int limit)
{
    QVariantList values{Database::likeContains(prefix).mid(1)}; // "prefix%", with %, _ and \ escaped
    QString sql = QStringLiteral("SELECT t.id FROM task t WHERE t.id LIKE ? ESCAPE '\\'") + scope(QStringLiteral("t.user_id"), values);
    values << limit;
    Query q(m_db);
    if (!q.exec(sql + QStringLiteral(" LIMIT ?"), values))
        return q.error();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

Result<QStringList> TaskRepository::allTags()
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT DISTINCT tt.tag FROM task_tag tt JOIN task t ON t.id = tt.task_id WHERE 1 = 1")
                        + scope(QStringLiteral("t.user_id"), values);
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    QStringList tags;
    while (q.next())
        tags << q.value(0).toString();
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    tags.removeDuplicates();
    return tags;
}

} // namespace doo
