#pragma once

#include "domain/Analytics.h"
#include "repositories/Repository.h"

#include <QCoreApplication>

namespace doo {

// Per-user daily figures. Dates are the user's local calendar days.
class AnalyticsRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsRepository)

public:
    AnalyticsRepository(Database &db, UserContext ctx);

    // Sets the figures of one day (insert, or replace that day's row).
    Result<AnalyticsDay> record(AnalyticsDay day);
    // Days from..to inclusive, oldest first.
    Result<QList<AnalyticsDay>> getByDateRange(const QDate &from, const QDate &to);
    Result<AnalyticsSummary> getSummary(const QDate &from, const QDate &to);
    // Buckets: days; ISO weeks starting Monday; calendar months. Each point starts at its
    // bucket's first day; sums for hours and tasks, averages for the score, the last value for
    // active workflows. Buckets without data are left out.
    Result<QList<AnalyticsPoint>> getTimeSeries(const QDate &from, const QDate &to, Bucket bucket);
    // Adds to a day's row (creating it): hours saved and tasks automated; refreshes active
    // workflows (the user's active workflows now) and the efficiency score. The day is the user's
    // calendar day of `runStartedAt` (the time column that places a run in a range; now when
    // invalid), so that the row agrees with the runs it counts.
    Result<AnalyticsDay> upsertToday(double hoursSaved, int tasksAutomated, const QDateTime &runStartedAt = {});

    // The efficiency score of a day: the share of an 8-hour working day that automation gave
    // back, as a percentage capped at 100.
    static double efficiencyScore(double hoursSaved);

private:
    // One user's row for one date, read back after a write (scoped like every read).
    Result<AnalyticsDay> findDay(const QString &userId, const QDate &date);
};

} // namespace doo
