// TaskRepository::moveBetween: a drop on PostgreSQL in one statement after the lock.
#include "repositories/TaskRepository.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "domain/Validation.h"

namespace doo {

namespace {

QString marks(int count, const QString &mark)
{
    QStringList all;
    for (int i = 0; i < count; ++i)
        all << mark;
    return all.join(QStringLiteral(", "));
}

} // namespace

Result<bool> TaskRepository::moveBetween(const QList<Task> &tasks, TaskStatus status, const Neighbours &neighbours)
{
    // The positions the block gets when the neighbours are right (as move() computes them).
    const qint64 n = tasks.size();
    const qint64 lower = neighbours.before ? *neighbours.before : (neighbours.after ? *neighbours.after - (n + 1) * kPositionGap : 0);
    const qint64 upper = neighbours.after ? *neighbours.after : lower + (n + 1) * kPositionGap;
    if (upper - lower <= n)
        return false; // no room: move() renumbers the column
    const qint64 step = (upper - lower) / (n + 1);

    // One statement: the neighbours are checked (nothing else of the column lies between them),
    // then the tasks are written and their status changes recorded, all only if the check held.
    // The board lock was taken by the statement before, so this one sees every move before it.
    QVariantList values;
    QStringList expected;
    if (neighbours.before)
        expected << QString::number(*neighbours.before);
    if (neighbours.after)
        expected << QString::number(*neighbours.after);
    values << QString(QLatin1Char('{') + expected.join(QLatin1Char(',')) + QLatin1Char('}')) << tasks.first().userId << toString(status);
    for (const Task &t : tasks)
        values << t.id;
    QString range;
    if (neighbours.before) {
        range += QStringLiteral(" AND position >= ?");
        values << *neighbours.before;
    }
    if (neighbours.after) {
        range += QStringLiteral(" AND position <= ?");
        values << *neighbours.after;
    }
    QString sql = QStringLiteral(
                      "WITH nb AS (SELECT COALESCE(array_agg(position ORDER BY position), '{}') = CAST(? AS bigint[]) AS ok "
                      "FROM (SELECT position FROM task WHERE user_id = ? AND status = ? AND id NOT IN (%1)%2 "
                      "ORDER BY position LIMIT 3) x), "
                      "moved AS (UPDATE task t SET status = ?, position = v.position, updated_at = CAST(? AS timestamptz), "
                      "completed_at = v.completed_at, version = t.version + 1 "
                      "FROM (VALUES %3) AS v(id, position, completed_at) WHERE t.id = v.id AND (SELECT ok FROM nb) RETURNING t.id)")
                      .arg(marks(int(n), QStringLiteral("?")), range,
                           marks(int(n), QStringLiteral("(CAST(? AS text), CAST(? AS bigint), CAST(? AS timestamptz))")));
    const QDateTime now = Clock::currentUtc();
    values << toString(status) << Database::toDb(now);
    for (int i = 0; i < tasks.size(); ++i) {
        const Task &t = tasks.at(i);
        const QDateTime completed = status != TaskStatus::Completed ? QDateTime()
                                    : t.status == TaskStatus::Completed && t.completedAt.isValid() ? t.completedAt
                                                                                                     : now;
        values << t.id << qint64(lower + step * (i + 1)) << Database::toDb(completed);
    }
    int changes = 0;
    for (const Task &t : tasks)
        changes += t.status != status ? 1 : 0;
    if (changes > 0) {
        sql += QStringLiteral(", history AS (INSERT INTO task_history (id, task_id, from_status, to_status, changed_at) "
                              "SELECT h.id, h.task_id, h.from_status, CAST(? AS text), CAST(? AS timestamptz) "
                              "FROM (VALUES %1) AS h(id, task_id, from_status) WHERE (SELECT ok FROM nb))")
                   .arg(marks(changes, QStringLiteral("(CAST(? AS text), CAST(? AS text), CAST(? AS text))")));
        values << toString(status) << Database::toDb(now);
        for (const Task &t : tasks)
            if (t.status != status)
                values << Validation::newId() << t.id << toString(t.status);
    }
    sql += QStringLiteral(" SELECT (SELECT ok FROM nb), (SELECT count(*) FROM moved)");
    Query q(m_db);
    if (!q.exec(sql, values) || !q.next())
        return q.error();
    if (!q.value(0).toBool())
        return false; // stale neighbours: nothing was written
    if (q.value(1).toInt() != n) // cannot happen under the board lock; never leave half a move
        return Error::make(Error::Kind::Conflict, QStringLiteral("a moved task disappeared during the move"));
    return true;
}

} // namespace doo
