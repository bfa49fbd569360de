#include "repositories/DashboardQueries.h"

#include "domain/Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "repositories/ArchiveTables.h"
#include "repositories/UserRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace doo {

namespace {

Status checkRange(const QDate &from, const QDate &to)
{
    return DateRange{from, to}.validate();
}

} // namespace

DashboardQueries::DashboardQueries(Database &db, UserContext ctx) : Repository(db, std::move(ctx))
{ }

Result<QTimeZone> DashboardQueries::zone()
{
    if (m_zoneRead)
        return m_zone;
    const auto zone = UserRepository::timeZoneOf(m_db, m_ctx.userId);
    if (!zone)
        return zone.error();
    m_zone = *zone;
    m_zoneRead = true;
    return m_zone;
}

Result<QDate> DashboardQueries::today()
{
    const auto z = zone();
    if (!z)
        return z.error();
    return Clock::currentUtc().toTimeZone(*z).date();
}

Result<QDate> DashboardQueries::firstDate()
{
    const auto z = zone();
    if (!z)
        return z.error();
    const struct
    {
        const char *sql; // the earliest date or time of a table
        const char *scopeColumn;
        bool isDate; // a calendar date (analytics), else a time stamp taken into the user's zone
    } sources[] = {
        {"SELECT min(date) FROM analytics WHERE 1 = 1", "user_id", true},
        {"SELECT min(created_at) FROM task WHERE 1 = 1", "user_id", false},
        {nullptr, "w.user_id", false}, // runs, archived ones too
    };
    const QString runsSql = QStringLiteral("SELECT min(e.started_at) FROM ") + ArchiveTables::allExecutions()
        + QStringLiteral(" e JOIN workflow w ON w.id = e.workflow_id WHERE 1 = 1");
    QDate first;
    for (const auto &source : sources) {
        QVariantList values;
        const QString sql = source.sql ? QLatin1String(source.sql) : runsSql;
        const auto earliest =
            readFirst(sql + scope(QLatin1String(source.scopeColumn), values), values, [&source, &z](const Query &q) {
                return source.isDate ? Database::dateFromDb(q.value(0))
                                     : Database::dateTimeFromDb(q.value(0)).toTimeZone(*z).date();
            });
        if (!earliest)
            return earliest.error();
        if (earliest->isValid() && (!first.isValid() || *earliest < first))
            first = *earliest;
    }
    return first;
}

Result<QPair<QVariant, QVariant>> DashboardQueries::bounds(const QDate &from, const QDate &to)
{
    if (Status s = checkRange(from, to); !s)
        return s.error();
    const auto z = zone();
    if (!z)
        return z.error();
    // A day that starts in a DST gap starts at the first time that exists: QDateTime moves forward.
    const QDateTime start = QDateTime(from, QTime(0, 0), *z).toUTC();
    const QDateTime end = QDateTime(to.addDays(1), QTime(0, 0), *z).toUTC();
    return qMakePair(Database::toDb(start), Database::toDb(end));
}

Result<QList<WorkflowHours>> DashboardQueries::hoursPerWorkflow(const QDate &from, const QDate &to, int limit)
{
    const auto range = bounds(from, to);
    if (!range)
        return range.error();
    QVariantList values{range->first, range->second};
    const QString sql = QStringLiteral("SELECT w.id, w.name, count(*), "
                                       "COALESCE(SUM(CASE WHEN e.status = 'SUCCESS' THEN 1 ELSE 0 END), 0), "
                                       "COALESCE(SUM(CASE WHEN e.status = 'FAILED' THEN 1 ELSE 0 END), 0), "
                                       "COALESCE(SUM(")
        + ArchiveTables::savedMinutes()
        + QStringLiteral("), 0) AS minutes, "
                         "COALESCE(SUM(CASE WHEN e.undone_at IS NULL THEN e.tasks_created ELSE 0 END), 0) "
                         "FROM ")
        + ArchiveTables::allExecutions()
        + QStringLiteral(" e JOIN workflow w ON w.id = e.workflow_id WHERE e.started_at >= ? AND e.started_at < ?")
        + scope(QStringLiteral("w.user_id"), values)
        + QStringLiteral(" GROUP BY w.id, w.name ORDER BY minutes DESC, w.name, w.id LIMIT ?");
    values << std::max(0, limit);
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    QList<WorkflowHours> rows;
    while (q.next()) {
        WorkflowHours h;
        h.workflowId = q.value(0).toString();
        h.name = q.value(1).toString();
        h.runs = q.value(2).toInt();
        h.successful = q.value(3).toInt();
        h.failed = q.value(4).toInt();
        h.hoursSaved = q.value(5).toDouble() / 60.0;
        h.tasksCreated = q.value(6).toInt();
        rows << h;
    }
    return rows;
}

Result<TaskFlow> DashboardQueries::taskFlow(const QDate &from, const QDate &to, Bucket bucket)
{
    const auto range = bounds(from, to);
    if (!range)
        return range.error();
    const QTimeZone z = *zone();
    TaskFlow flow;
    // Each bucket's first instant in UTC: a timestamp belongs to the last bucket starting at or
    // before it (a binary search instead of a time zone conversion per row).
    QList<qint64> starts;
    for (QDate s = bucketStart(from, bucket); s <= to; s = nextBucket(s, bucket)) {
        flow.points << TaskFlowPoint{s, 0, 0};
        starts << QDateTime(std::max(s, from), QTime(0, 0), z).toMSecsSinceEpoch();
    }
    auto pointFor = [&](const QDateTime &utc) -> TaskFlowPoint & {
        const auto after = std::upper_bound(starts.cbegin(), starts.cend(), utc.toMSecsSinceEpoch());
        return flow.points[std::max<qsizetype>(0, (after - starts.cbegin()) - 1)];
    };
    {
        QVariantList values{range->first, range->second};
        Query q(m_db);
        if (!q.exec(QStringLiteral("SELECT created_at FROM task WHERE created_at >= ? AND created_at < ?")
                        + scope(QStringLiteral("user_id"), values),
                    values))
            return q.error();
        while (q.next()) {
            ++pointFor(Database::dateTimeFromDb(q.value(0))).created;
            ++flow.created;
        }
    }
    QVariantList values{range->first, range->second};
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT t.created_at, t.completed_at, min(h.changed_at) FROM task t "
                               "LEFT JOIN ")
                    + ArchiveTables::allTaskHistory()
                    + QStringLiteral(" h ON h.task_id = t.id AND h.to_status = 'IN_PROGRESS' "
                                     "WHERE t.status = 'COMPLETED' AND t.completed_at >= ? AND t.completed_at < ?")
                    + scope(QStringLiteral("t.user_id"), values) + QStringLiteral(" GROUP BY t.id, t.created_at, t.completed_at"),
                values))
        return q.error();
    double leadSum = 0, cycleSum = 0;
    int leadCount = 0, cycleCount = 0;
    while (q.next()) {
        const QDateTime created = Database::dateTimeFromDb(q.value(0));
        const QDateTime completed = Database::dateTimeFromDb(q.value(1));
        const QDateTime started = Database::dateTimeFromDb(q.value(2));
        ++pointFor(completed).completed;
        ++flow.completed;
        if (created.isValid() && created <= completed) {
            leadSum += created.msecsTo(completed) / 3600000.0;
            ++leadCount;
        }
        if (started.isValid() && started <= completed) {
            cycleSum += started.msecsTo(completed) / 3600000.0;
            ++cycleCount;
        }
    }
    flow.averageLeadHours = leadCount > 0 ? leadSum / leadCount : -1;
    flow.averageCycleHours = cycleCount > 0 ? cycleSum / cycleCount : -1;
    return flow;
}

Result<int> DashboardQueries::tasksCompleted(const QDate &from, const QDate &to)
{
    const auto range = bounds(from, to);
    if (!range)
        return range.error();
    QVariantList values{range->first, range->second};
    return readCount(
        QStringLiteral("SELECT count(*) FROM task WHERE status = 'COMPLETED' AND completed_at >= ? AND completed_at < ?")
            + scope(QStringLiteral("user_id"), values),
        values);
}

Result<QList<FunnelStep>> DashboardQueries::consultationFunnel(const QDate &from, const QDate &to)
{
    const auto range = bounds(from, to);
    if (!range)
        return range.error();
    QVariantList values{range->first, range->second};
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT status, count(*) FROM consultation WHERE created_at >= ? AND created_at < ?")
                    + scope(QStringLiteral("user_id"), values) + QStringLiteral(" GROUP BY status"),
                values))
        return q.error();
    QList<FunnelStep> steps;
    for (ConsultationStatus s : {ConsultationStatus::Pending, ConsultationStatus::Scheduled, ConsultationStatus::Completed,
                                 ConsultationStatus::Cancelled})
        steps << FunnelStep{s, 0};
    while (q.next()) {
        const auto status = enumFromString<ConsultationStatus>(q.value(0).toString());
        for (FunnelStep &step : steps)
            if (status && step.status == *status)
                step.count = q.value(1).toInt();
    }
    return steps;
}

Result<int> DashboardQueries::consultationsCompleted(const QDate &from, const QDate &to)
{
    const auto range = bounds(from, to);
    if (!range)
        return range.error();
    QVariantList values{range->first, range->second};
    return readCount(
        QStringLiteral("SELECT count(DISTINCT c.id) FROM consultation c JOIN ") + ArchiveTables::allConsultationHistory()
            + QStringLiteral(" h ON h.consultation_id = c.id WHERE h.to_status = 'COMPLETED' AND c.status = 'COMPLETED' "
                             "AND h.changed_at >= ? AND h.changed_at < ?")
            + scope(QStringLiteral("c.user_id"), values),
        values);
}

} // namespace doo
