#pragma once

#include "domain/Result.h"

#include <QDate>

class QJsonObject;

namespace doo {

// One user's figures for one day.
struct AnalyticsDay
{
    QString id;
    QString userId;
    QDate date;
    double timeSaved = 0; // hours
    int tasksAutomated = 0;
    double efficiencyScore = 0; // 0..100
    int activeWorkflows = 0;

    Status validate() const;
    QJsonObject toJson() const;
};

struct AnalyticsSummary
{
    QDate from;
    QDate to;
    double hoursSaved = 0;
    int tasksAutomated = 0;
    double efficiencyScore = 0; // average over the days with data
    int activeWorkflows = 0; // on the last day with data
    int days = 0; // days with data

    QJsonObject toJson() const;
};

enum class Bucket { Day, Week, Month };

// The first day of the bucket holding `date`: the date itself; the Monday of its ISO week (a week
// crossing a new year is one bucket); the first of its month.
QDate bucketStart(const QDate &date, Bucket bucket);
// The first day of the bucket after the one starting at `start`.
QDate nextBucket(const QDate &start, Bucket bucket);
// "day", "week", "month"; bucketFromString gives false for anything else.
QString toString(Bucket bucket);
bool bucketFromString(const QString &text, Bucket *bucket);

// One point of a time series: the bucket's first day and the sums (averages for the score).
struct AnalyticsPoint
{
    QDate start;
    double timeSaved = 0;
    int tasksAutomated = 0;
    double efficiencyScore = 0;
    int activeWorkflows = 0;

    QJsonObject toJson() const;
};

} // namespace doo
