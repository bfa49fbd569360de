// TaskRepository::moveBetween: a drop on PostgreSQL in one round trip (the task_move function).
#include "repositories/TaskRepository.h"

#include "domain/Clock.h"
#include "db/Database.h"
#include "db/Query.h"

namespace doo {

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

} // namespace

Result<bool> TaskRepository::moveBetween(const QStringList &ids, TaskStatus status, const Neighbours &neighbours)
{
    // The positions the block gets when the neighbours are right (as move() computes them).
    const qint64 n = ids.size();
    const qint64 lower = neighbours.before ? *neighbours.before : (neighbours.after ? *neighbours.after - (n + 1) * kPositionGap : 0);
    const qint64 upper = neighbours.after ? *neighbours.after : lower + (n + 1) * kPositionGap;
    if (upper - lower <= n)
        return false; // no room: move() renumbers the column
    const qint64 step = (upper - lower) / (n + 1);
    QStringList positions;
    for (qint64 i = 1; i <= n; ++i)
        positions << QString::number(lower + step * i);

    // One statement, and no BEGIN/COMMIT around it: the call is its own transaction (or joins the
    // caller's). task_move (migration 006) takes the board lock, then checks the neighbours and
    // writes the tasks and their history with fresh snapshots; false when it wrote nothing.
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT task_move(CAST(? AS text[]), CAST(? AS text), CAST(? AS text), CAST(? AS bigint), "
                               "CAST(? AS bigint), CAST(? AS bigint[]), CAST(? AS timestamptz))"),
                {textArray(ids), m_ctx.isAdmin() ? QVariant(QMetaType::fromType<QString>()) : QVariant(m_ctx.userId),
                 toString(status), positionOrNull(neighbours.before), positionOrNull(neighbours.after),
                 QString(QLatin1Char('{') + positions.join(QLatin1Char(',')) + QLatin1Char('}')),
                 Database::toDb(Clock::currentUtc())})
        || !q.next())
        return q.error();
    return q.value(0).toBool();
}

} // namespace doo
