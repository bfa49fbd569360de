// TaskRepository: positions and moves. The rule of a move exists once per dialect: on SQLite the
// statements of moveHere, on PostgreSQL the task_move function (migration 008), which does the
// whole move in one statement.
#include "repositories/TaskRepository.h"

#include "domain/Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "repositories/TaskRows.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>

namespace doo {

using namespace taskrows;

namespace {

// A PostgreSQL array literal of texts, every element quoted: {"a","b\"c"}.
QString textArray(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values) {
        QString escaped = v;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + escaped + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

QVariant positionOrNull(const std::optional<qint64> &position)
{
    return position ? QVariant(*position) : QVariant(QMetaType::fromType<qint64>());
}

TaskStatus statusOf(const QVariant &stored)
{
    return enumFromString<TaskStatus>(stored.toString()).value_or(TaskStatus::Todo);
}

} // namespace

Result<TaskMove> TaskRepository::move(const QStringList &ids, TaskStatus status, int index,
                                      const std::optional<Neighbours> &neighbours)
{
    if (ids.isEmpty())
        return TaskMove{};
    if (ids.size() != QSet<QString>(ids.begin(), ids.end()).size())
        return Error::validation(QStringLiteral("ids"), tr("a task is listed twice"));
    std::optional<Neighbours> around = neighbours;
    if (around && !around->before && !around->after)
        around.reset();
    return m_db.type() == DbType::PostgreSQL ? moveOnServer(ids, status, index, around) : moveHere(ids, status, index, around);
}

Result<TaskMove> TaskRepository::moveOnServer(const QStringList &ids, TaskStatus status, int index,
                                              const std::optional<Neighbours> &neighbours)
{
    // No BEGIN/COMMIT around it: the call is its own transaction (or joins the caller's).
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT * FROM task_move(CAST(? AS text[]), CAST(? AS text), CAST(? AS text), CAST(? AS integer), "
                               "CAST(? AS bigint), CAST(? AS bigint), CAST(? AS bigint), CAST(? AS timestamptz))"),
                {textArray(ids), m_ctx.isAdmin() ? QVariant(QMetaType::fromType<QString>()) : QVariant(m_ctx.userId),
                 toString(status), std::max(index, 0), positionOrNull(neighbours ? neighbours->before : std::nullopt),
                 positionOrNull(neighbours ? neighbours->after : std::nullopt), kPositionGap,
                 Database::toDb(Clock::currentUtc())}))
        return q.error();
    TaskMove result;
    while (q.next()) {
        const QString problem = q.value(5).toString();
        if (problem == QLatin1String("not_found"))
            return notFound(tr("task"), q.value(0).toString());
        if (problem == QLatin1String("two_owners"))
            return Error::validation(QStringLiteral("ids"), tr("tasks of different users cannot be moved together"));
        const QString id = q.value(0).toString();
        result.before << TaskPlacement{id, statusOf(q.value(1)), q.value(2).toLongLong()};
        result.after << TaskPlacement{id, statusOf(q.value(3)), q.value(4).toLongLong()};
    }
    return result;
}

Result<TaskMove> TaskRepository::moveHere(const QStringList &ids, TaskStatus status, int index,
                                          const std::optional<Neighbours> &neighbours)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // The moved tasks, read in one statement that also locks their owner's board.
    QList<Task> tasks;
    {
        QVariantList values;
        QString sql = QStringLiteral("SELECT t.id, t.user_id, t.status, t.position, t.completed_at FROM task t "
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
            t.status = statusOf(q.value(2));
            t.position = q.value(3).toLongLong();
            t.completedAt = Database::dateTimeFromDb(q.value(4));
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
    const QString others =
        QStringLiteral("FROM task WHERE user_id = ? AND status = ? AND id NOT IN (%1)").arg(inList(ids, values));
    index = std::max(index, 0);

    // The neighbours the moved block goes between: the caller's, if the column agrees that
    // nothing else lies between them; else read along the board index (the cost grows with the
    // drop position, never with the size of the column).
    std::optional<qint64> before, after;
    bool known = false;
    if (neighbours) {
        QVariantList v = values;
        QString range;
        QList<qint64> expected;
        if (neighbours->before) {
            range += QStringLiteral(" AND position >= ?");
            v << *neighbours->before;
            expected << *neighbours->before;
        }
        if (neighbours->after) {
            range += QStringLiteral(" AND position <= ?");
            v << *neighbours->after;
            expected << *neighbours->after;
        }
        Query q(m_db);
        // At most three rows: the two neighbours and, if the hint is stale, one more.
        if (!q.exec(QStringLiteral("SELECT position ") + others + range + QStringLiteral(" ORDER BY position LIMIT 3"), v))
            return q.error();
        QList<qint64> found;
        while (q.next())
            found << q.value(0).toLongLong();
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
    TaskMove shifted;
    if (upper - lower > n) {
        const qint64 step = (upper - lower) / (n + 1);
        for (qint64 i = 0; i < n; ++i)
            positions << lower + step * (i + 1);
    } else {
        const auto renumbered = renumber(owner, status, ids, index, known ? before : std::nullopt, shifted);
        if (!renumbered)
            return renumbered.error();
        positions = *renumbered;
    }

    TaskMove result;
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
                return s.error();
        }
        result.before << TaskPlacement{t.id, t.status, t.position};
        result.after << TaskPlacement{t.id, status, positions.at(i)};
    }
    result.before << shifted.before;
    result.after << shifted.after;
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<QList<qint64>> TaskRepository::renumber(const QString &userId, TaskStatus status, const QStringList &moved, int index,
                                               std::optional<qint64> afterPosition, TaskMove &shifted)
{
    QVariantList values{userId, toString(status)};
    const QString sql = QStringLiteral("SELECT id, position FROM task WHERE user_id = ? AND status = ? AND id NOT IN (%1) "
                                       "ORDER BY position, id")
                            .arg(inList(moved, values));
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    QList<TaskPlacement> order;
    int afterCount = 0; // rows at or before `afterPosition`: the place the caller saw
    while (q.next()) {
        order << TaskPlacement{q.value(0).toString(), status, q.value(1).toLongLong()};
        if (afterPosition && order.last().position <= *afterPosition)
            ++afterCount;
    }
    if (afterPosition)
        index = afterCount;
    index = std::clamp(index, 0, int(order.size()));
    // Moved tasks are written by the caller; here only the ones that stay and change place.
    for (int i = 0; i < order.size(); ++i) {
        const qint64 position = (i < index ? i + 1 : i + 1 + moved.size()) * kPositionGap;
        const TaskPlacement &p = order.at(i);
        if (p.position == position)
            continue;
        Query u(m_db);
        if (!u.exec(QStringLiteral("UPDATE task SET position = ? WHERE id = ?"), {position, p.id}))
            return u.error();
        shifted.before << p;
        shifted.after << TaskPlacement{p.id, status, position};
    }
    QList<qint64> positions;
    for (int i = 0; i < moved.size(); ++i)
        positions << (index + i + 1) * kPositionGap;
    return positions;
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
        found.insert(id, {id, statusOf(q.value(1)), q.value(2).toLongLong()});
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

} // namespace doo
