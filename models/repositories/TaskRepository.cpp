// TaskRepository: rows and tags (create, update, delete, restore, bulk insert, history).
#include "repositories/TaskRepository.h"

#include "domain/Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "repositories/TaskRows.h"

#include <QHash>

#include <algorithm>

namespace doo {

using namespace taskrows;

TaskRepository::TaskRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx))
{ }

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
    if (Status s = lockBoard(userId); !s)
        return s.error();
    Query q(m_db);
    // The last entry of the board index, whatever the statistics say (PostgreSQL's MAX() walks
    // the whole column when the table was never analysed, e.g. right after a bulk load).
    if (!q.exec(QStringLiteral("SELECT position FROM task WHERE user_id = ? AND status = ? ORDER BY position DESC LIMIT 1"),
                {userId, toString(status)}))
        return q.error();
    return q.next() ? q.value(0).toLongLong() + kPositionGap : kPositionGap;
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
        if (!q.exec(QStringLiteral("INSERT INTO task_tag (task_id, tag, tag_key) VALUES (?, ?, ?)"),
                    {taskId, tag, tag.toCaseFolded()}))
            return q.error();
    }
    return {};
}

Status TaskRepository::recordHistory(const QString &taskId, std::optional<TaskStatus> from, TaskStatus to, const QDateTime &at)
{
    return insertHistory(TaskHistoryEntry{Validation::newId(), taskId, from, to, at});
}

Status TaskRepository::insertHistory(const TaskHistoryEntry &e)
{
    return exec(
        QStringLiteral("INSERT INTO task_history (id, task_id, from_status, to_status, changed_at) VALUES (?, ?, ?, ?, ?)"),
        {e.id, e.taskId, e.fromStatus ? QVariant(toString(*e.fromStatus)) : QVariant(QMetaType::fromType<QString>()),
         toString(e.toStatus), Database::toDb(e.changedAt)});
}

Result<Task> TaskRepository::create(Task input)
{
    return insertNew(std::move(input), [this](Task &task) -> Status {
        const auto end = endOfColumn(task.userId, task.status);
        if (!end)
            return end.error();
        task.position = *end;
        task.createdAt = task.updatedAt = Clock::currentUtc();
        task.completedAt = task.status == TaskStatus::Completed ? task.createdAt : QDateTime();
        task.version = 1;
        if (Status s = insert(task); !s)
            return s;
        return recordHistory(task.id, std::nullopt, task.status, task.createdAt);
    });
}

Status TaskRepository::insert(const Task &task)
{
    if (Status s =
            exec(QStringLiteral("INSERT INTO task (%1) VALUES %2").arg(kInsertColumns, placeholders(kInsertColumnCount, 1)),
                 insertValues(task));
        !s)
        return s;
    return writeTags(task.id, task.tags, false);
}

Result<Task> TaskRepository::update(const Task &input)
{
    const auto find = [this](const QString &id) { return findById(id); };
    return updateExisting(input, find, [this](Task &task, const Task &existing) -> Status {
        const Error conflict = Error::make(
            Error::Kind::Conflict, tr("the task \"%1\" was changed elsewhere; reload it and try again").arg(existing.title));
        if (existing.version != task.version)
            return conflict;
        const QDateTime now = Clock::currentUtc();
        task.userId = existing.userId;
        task.position = existing.position;
        if (task.status != existing.status) {
            const auto end = endOfColumn(task.userId, task.status);
            if (!end)
                return end.error();
            task.position = *end;
            if (Status s = recordHistory(task.id, existing.status, task.status, now); !s)
                return s;
        }
        task.completedAt = completedAtFor(existing.status, task.status, existing.completedAt, now);
        task.updatedAt = now;
        if (Status s =
                updateOne(QStringLiteral("UPDATE task SET title = ?, description = ?, priority = ?, status = ?, position = ?, "
                                         "due_date = ?, tags = ?, updated_at = ?, completed_at = ?, version = version + 1 "
                                         "WHERE id = ? AND version = ?"),
                          {task.title, task.description, toString(task.priority), toString(task.status), task.position,
                           Database::toDb(task.dueDate), tagsJson(task.tags), Database::toDb(now),
                           Database::toDb(task.completedAt), task.id, task.version},
                          conflict);
            !s)
            return s;
        if (task.tags != existing.tags) {
            if (Status s = writeTags(task.id, task.tags, true); !s)
                return s;
        }
        task.version += 1;
        task.createdAt = existing.createdAt;
        return {};
    });
}

Status TaskRepository::remove(const QString &id)
{
    return writeVisible(id, [this](const QString &id) { return findById(id); }, QStringLiteral("DELETE FROM task WHERE id = ?"),
                        {id});
}

Result<Task> TaskRepository::findById(const QString &id)
{
    return readOne(QStringLiteral("SELECT %1 FROM task t WHERE t.id = ?").arg(kColumns), {id}, QStringLiteral("t.user_id"),
                   tr("task"), id, [](const Query &q) { return taskFrom(QueryRow(q)); });
}

Result<int> TaskRepository::bulkInsert(QList<Task> tasks, const QStringList &externalRefs, const QStringList &consultationIds)
{
    for (int i = 0; i < tasks.size(); ++i) {
        tasks[i].normalize();
        if (Status s = tasks[i].validate(); !s) {
            Error e = s.error();
            e.field = QStringLiteral("tasks[%1].%2").arg(i).arg(e.field);
            return e;
        }
    }
    const auto inserted = inTransaction([&]() -> Result<int> {
        const QDateTime now = Clock::currentUtc();
        QHash<QString, qint64> ends; // "user|status" -> next free position
        for (Task &t : tasks) {
            if (t.id.isEmpty()) // an import keeps the ids it brings
                t.id = Validation::newId();
            t.userId = ownerFor(t.userId);
            const QString key = t.userId + QLatin1Char('|') + toString(t.status);
            if (!ends.contains(key)) {
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

        // Every row of a table in as few statements as the driver allows, each chunk's prepared
        // statement reused (Repository::insertMany).
        QVariantList taskValues, tagValues, historyValues;
        taskValues.reserve(tasks.size() * kInsertColumnCount);
        historyValues.reserve(tasks.size() * 5);
        const QVariant none(QMetaType::fromType<QString>());
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            const Task &t = tasks.at(i);
            taskValues << insertValues(t, externalRefs.value(i), consultationIds.value(i));
            for (const QString &tag : t.tags)
                tagValues << t.id << tag << tag.toCaseFolded();
            historyValues << Validation::newId() << t.id << none << toString(t.status) << Database::toDb(t.createdAt);
        }
        if (Status s =
                insertMany(QStringLiteral("INSERT INTO task (%1) VALUES ").arg(kInsertColumns), kInsertColumnCount, taskValues);
            !s)
            return s.error();
        if (Status s =
                insertMany(QStringLiteral("INSERT INTO task_history (id, task_id, from_status, to_status, changed_at) VALUES "),
                           5, historyValues);
            !s)
            return s.error();
        if (Status s = insertMany(QStringLiteral("INSERT INTO task_tag (task_id, tag, tag_key) VALUES "), 3, tagValues); !s)
            return s.error();
        return int(tasks.size());
    });
    if (inserted)
        m_db.optimize(); // many new rows: let the planner know
    return inserted;
}

Result<QList<TaskHistoryEntry>> TaskRepository::history(const QString &taskId)
{
    if (auto t = findById(taskId); !t)
        return t.error();
    return readAll(QStringLiteral("SELECT id, task_id, from_status, to_status, changed_at FROM task_history "
                                  "WHERE task_id = ? ORDER BY changed_at, CASE WHEN from_status IS NULL THEN 0 ELSE 1 END"),
                   {taskId}, [](const Query &q) {
                       TaskHistoryEntry e;
                       e.id = q.value(0).toString();
                       e.taskId = q.value(1).toString();
                       if (!q.value(2).isNull())
                           e.fromStatus = enumFromString<TaskStatus>(q.value(2).toString());
                       e.toStatus = enumFromString<TaskStatus>(q.value(3).toString()).value_or(TaskStatus::Todo);
                       e.changedAt = Database::dateTimeFromDb(q.value(4));
                       return e;
                   });
}

Status TaskRepository::restore(const Task &input, const QList<TaskHistoryEntry> &history)
{
    Task task = input;
    if (Status s = checked(task); !s)
        return s;
    return inTransaction([&]() -> Status {
        task.userId = ownerFor(task.userId);
        if (Status s = lockBoard(task.userId); !s)
            return s;
        if (Status s = insert(task); !s)
            return s;
        for (TaskHistoryEntry e : history) {
            e.taskId = task.id;
            if (Status s = insertHistory(e); !s)
                return s;
        }
        return {};
    });
}

Result<QStringList> TaskRepository::idsStartingWith(const QString &prefix, int limit)
{
    QVariantList values{Database::likeContains(prefix).mid(1)}; // "prefix%", with %, _ and \ escaped
    QString sql =
        QStringLiteral("SELECT t.id FROM task t WHERE t.id LIKE ? ESCAPE '\\'") + scope(QStringLiteral("t.user_id"), values);
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
    // A loose index scan: task_tag_key_idx is walked one distinct key at a time (an index seek per
    // tag, not a row per tagged task — the board asks at every start), and each key is kept when the
    // scope has a task with it; its first spelling found stands for the key.
    QVariantList values;
    const QString sql =
        QStringLiteral("WITH RECURSIVE k (tag_key) AS (SELECT min(tag_key) FROM task_tag"
                       " UNION ALL SELECT (SELECT min(tag_key) FROM task_tag WHERE tag_key > k.tag_key) FROM k"
                       " WHERE k.tag_key IS NOT NULL)"
                       " SELECT (SELECT tt.tag FROM task_tag tt JOIN task t ON t.id = tt.task_id WHERE tt.tag_key = k.tag_key")
        + scope(QStringLiteral("t.user_id"), values) + QStringLiteral(" LIMIT 1) FROM k WHERE k.tag_key IS NOT NULL");
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    QStringList tags;
    while (q.next())
        if (!q.value(0).isNull())
            tags << q.value(0).toString();
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return tags;
}

} // namespace doo
