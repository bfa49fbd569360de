#include "repositories/AnalyticsRepository.h"

#include "domain/Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "domain/DashboardData.h"
#include "domain/Validation.h"
#include "repositories/UserRepository.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace doo {

namespace {

const QString kColumns = QStringLiteral("id, user_id, date, time_saved, tasks_automated, efficiency_score, active_workflows");
constexpr double kMaxHours = 1e6;
constexpr double kMaxCount = 1e9;

AnalyticsDay readDay(const Query &q)
{
    AnalyticsDay d;
    d.id = q.value(0).toString();
    d.userId = q.value(1).toString();
    d.date = Database::dateFromDb(q.value(2));
    d.timeSaved = q.value(3).toDouble();
    d.tasksAutomated = q.value(4).toInt();
    d.efficiencyScore = q.value(5).toDouble();
    d.activeWorkflows = q.value(6).toInt();
    return d;
}

// Dates are bound as 'YYYY-MM-DD' (QDate writes it for the years 1..9999): DateRange's rule.
Status checkRange(const QDate &from, const QDate &to)
{
    return DateRange{from, to}.validate();
}

// Folds days (oldest first) into one point: sums for hours and tasks, the average score over the
// rows, and the active workflows of the last date (added up when an ADMIN sees several users).
class Fold
{
public:
    void add(const AnalyticsDay &d)
    {
        m_point.timeSaved += d.timeSaved;
        m_point.tasksAutomated += d.tasksAutomated;
        m_scoreSum += d.efficiencyScore;
        ++m_rows;
        m_point.activeWorkflows = d.date == m_lastDate ? m_point.activeWorkflows + d.activeWorkflows : d.activeWorkflows;
        m_lastDate = d.date;
    }
    int rows() const { return m_rows; }
    AnalyticsPoint point(const QDate &start) const
    {
        AnalyticsPoint p = m_point;
        p.start = start;
        p.efficiencyScore = m_rows > 0 ? m_scoreSum / m_rows : 0;
        return p;
    }

private:
    AnalyticsPoint m_point;
    double m_scoreSum = 0;
    int m_rows = 0;
    QDate m_lastDate;
};

} // namespace

AnalyticsRepository::AnalyticsRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx))
{ }

double AnalyticsRepository::efficiencyScore(double hoursSaved)
{
    if (!(hoursSaved > 0)) // negative, zero and NaN
        return 0;
    return std::min(100.0, hoursSaved / 8.0 * 100.0);
}

Result<AnalyticsDay> AnalyticsRepository::findDay(const QString &userId, const QDate &date)
{
    QVariantList values{userId, date.toString(Qt::ISODate)};
    const QString sql = QStringLiteral("SELECT %1 FROM analytics WHERE user_id = ? AND date = ?").arg(kColumns)
        + scope(QStringLiteral("user_id"), values);
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    if (!q.next())
        return notFound(tr("analytics day"), date.toString(Qt::ISODate));
    return readDay(q);
}

Result<AnalyticsDay> AnalyticsRepository::record(AnalyticsDay day)
{
    if (Status s = day.validate(); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    day.userId = ownerFor(day.userId);
    Query q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO analytics (%1) VALUES (?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (user_id, date) DO UPDATE SET time_saved = excluded.time_saved, "
                               "tasks_automated = excluded.tasks_automated, efficiency_score = excluded.efficiency_score, "
                               "active_workflows = excluded.active_workflows")
                    .arg(kColumns),
                {Validation::newId(), day.userId, day.date.toString(Qt::ISODate), day.timeSaved, day.tasksAutomated,
                 day.efficiencyScore, day.activeWorkflows}))
        return q.error();
    auto stored = findDay(day.userId, day.date);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Result<QList<AnalyticsDay>> AnalyticsRepository::getByDateRange(const QDate &from, const QDate &to)
{
    if (Status s = checkRange(from, to); !s)
        return s.error();
    QVariantList values{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    const QString sql = QStringLiteral("SELECT %1 FROM analytics WHERE date >= ? AND date <= ?").arg(kColumns)
        + scope(QStringLiteral("user_id"), values) + QStringLiteral(" ORDER BY date, user_id");
    return readAll(sql, values, readDay);
}

Result<AnalyticsSummary> AnalyticsRepository::getSummary(const QDate &from, const QDate &to)
{
    const auto days = getByDateRange(from, to);
    if (!days)
        return days.error();
    Fold fold;
    for (const AnalyticsDay &d : *days)
        fold.add(d);
    const AnalyticsPoint total = fold.point(from);
    AnalyticsSummary summary;
    summary.from = from;
    summary.to = to;
    summary.hoursSaved = total.timeSaved;
    summary.tasksAutomated = total.tasksAutomated;
    summary.efficiencyScore = total.efficiencyScore;
    summary.activeWorkflows = total.activeWorkflows;
    summary.days = fold.rows();
    return summary;
}

Result<QList<AnalyticsPoint>> AnalyticsRepository::getTimeSeries(const QDate &from, const QDate &to, Bucket bucket)
{
    const auto days = getByDateRange(from, to);
    if (!days)
        return days.error();
    // Rows come oldest first, so each bucket's rows are consecutive.
    QList<AnalyticsPoint> points;
    Fold fold;
    QDate start;
    for (const AnalyticsDay &d : *days) {
        const QDate s = bucketStart(d.date, bucket);
        if (s != start && fold.rows() > 0) {
            points << fold.point(start);
            fold = Fold();
        }
        start = s;
        fold.add(d);
    }
    if (fold.rows() > 0)
        points << fold.point(start);
    return points;
}

Result<AnalyticsDay> AnalyticsRepository::upsertToday(double hoursSaved, int tasksAutomated, const QDateTime &runStartedAt)
{
    if (Status s = Validation::range(QStringLiteral("hoursSaved"), hoursSaved, 0, kMaxHours); !s)
        return s.error();
    if (Status s = Validation::range(QStringLiteral("tasksAutomated"), tasksAutomated, 0, kMaxCount); !s)
        return s.error();
    // Always the current user's own day, also for an ADMIN: these are their own figures; the day
    // is the user's calendar day (their time zone, '' = the computer's).
    const QString userId = m_ctx.userId;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const auto zone = UserRepository::timeZoneOf(m_db, userId);
    if (!zone)
        return zone.error();
    const QDate today = (runStartedAt.isValid() ? runStartedAt : Clock::currentUtc()).toTimeZone(*zone).date();
    const auto activeWorkflows =
        readCount(QStringLiteral("SELECT count(*) FROM workflow WHERE user_id = ? AND is_active = ?"), {userId, true});
    if (!activeWorkflows)
        return activeWorkflows.error();

    Query q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO analytics (%1) VALUES (?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (user_id, date) DO UPDATE SET "
                               "time_saved = analytics.time_saved + excluded.time_saved, "
                               "tasks_automated = analytics.tasks_automated + excluded.tasks_automated, "
                               "active_workflows = excluded.active_workflows")
                    .arg(kColumns),
                {Validation::newId(), userId, today.toString(Qt::ISODate), hoursSaved, tasksAutomated,
                 efficiencyScore(hoursSaved), *activeWorkflows}))
        return q.error();
    auto stored = findDay(userId, today);
    if (!stored)
        return stored.error();
    AnalyticsDay day = stored.takeValue();
    day.efficiencyScore = efficiencyScore(day.timeSaved);
    if (Status s = day.validate(); !s) // the new totals may exceed the limits; roll back
        return s.error();
    Query score(m_db);
    if (!score.exec(QStringLiteral("UPDATE analytics SET efficiency_score = ? WHERE id = ?"), {day.efficiencyScore, day.id}))
        return score.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return day;
}

} // namespace doo
