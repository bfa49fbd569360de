#pragma once

#include "domain/Analytics.h"
#include "domain/Enums.h"

#include <QDate>
#include <QList>

#include <QCoreApplication>

class QJsonObject;

namespace doo {

// Time saved by one workflow in a range, from its executions.
struct WorkflowHours
{
    QString workflowId;
    QString name;
    int runs = 0;
    int successful = 0;
    int failed = 0;
    double hoursSaved = 0; // successful runs only
    int tasksCreated = 0;

    QJsonObject toJson() const;
};

// Tasks created and completed in one bucket (the user's calendar days).
struct TaskFlowPoint
{
    QDate start;
    int created = 0;
    int completed = 0;
};

// Task flow over a range: every bucket of the range (zero-filled), the totals, and the average
// lead time (created -> completed) and cycle time (first IN_PROGRESS -> completed) in hours of
// the tasks completed in the range; -1 when no task gives one.
struct TaskFlow
{
    QList<TaskFlowPoint> points;
    int created = 0;
    int completed = 0;
    double averageLeadHours = -1;
    double averageCycleHours = -1;
};

struct FunnelStep
{
    ConsultationStatus status = ConsultationStatus::Pending;
    int count = 0;
};

// An inclusive range of calendar days.
struct DateRange
{
    QDate from;
    QDate to;

    enum class Preset { Days7, Days30, Days90, Year, All, Custom };

    // The days a range may hold: dates are stored as YYYY-MM-DD, years 1 to 9999.
    static QDate firstDay() { return QDate(1, 1, 1); }
    static QDate lastDay() { return QDate(9999, 12, 31); }

    qint64 days() const { return from.daysTo(to) + 1; }
    // The range of the same length just before this one, cut at firstDay(); ending before
    // firstDay() (no day) when this one starts there.
    DateRange previous() const;
    // Both days valid and between firstDay() and lastDay(), `to` not before `from`; the error
    // names the field ("from" or "to").
    Status validate() const;
    // <= 31 days: days; <= 366 days: ISO weeks; longer: months.
    Bucket autoBucket() const;
    // The last 7, 30 or 90 days or 365 days up to `today`; All: from `firstDay` (today when
    // invalid or later). Custom keeps nothing: the caller gives the dates.
    static DateRange preset(Preset preset, const QDate &today, const QDate &firstDay);
};

// The summary cards' figures for one range: the analytics summary and two counts beside it.
struct DashboardSummary : AnalyticsSummary
{
    int tasksCompleted = 0;
    int consultationsCompleted = 0;

    // AnalyticsSummary's fields and "tasksCompleted", "consultationsCompleted".
    QJsonObject toJson() const;
};

// One summary figure for cards, the report and the command line.
struct SummaryMetric
{
    QString key; // the JSON field: "hoursSaved", ...
    QString caption; // "Hours saved"
    double current = 0;
    double previous = 0;
    QString currentText; // "12.5 h"
    QString previousText;
};
// The six figures in display order: hours saved, tasks automated, efficiency score, active
// workflows, tasks completed, consultations completed.
QList<SummaryMetric> summaryMetrics(const DashboardSummary &current, const DashboardSummary &previous);

// A bucket's label in the data's own form: "2026-12-07", "2026-W49", "2026-12".
QString bucketLabel(const QDate &start, Bucket bucket);
// The same bucket as people read it, in the locale (LocaleFormat): the short date of a day,
// "Week 49", "Dec 2026".
QString bucketText(const QDate &start, Bucket bucket);

// The change from `previous` to `current` in words: "+12.5%", "-3.0%", "no change", "new" (from
// nothing), "–" (nothing either time).
QString changeText(double current, double previous);

// Everything the dashboard shows for one range.
struct DashboardData
{
    DateRange range;
    Bucket bucket = Bucket::Day;
    DashboardSummary current;
    DashboardSummary previous;
    QList<AnalyticsPoint> series;
    TaskFlow flow; // in ISO weeks; in months for ranges over 366 days
    Bucket flowBucket = Bucket::Week;
    QList<WorkflowHours> workflows; // top workflows by hours saved
    QList<FunnelStep> funnel;

    // Nothing at all in the range: no analytics, no runs, no tasks, no consultations.
    bool isEmpty() const;
    // A bucket that is only partly in the range (the current week of a range ending today): its
    // figures cover fewer days than a whole bucket, so a lower value is no drop.
    bool isPartial(const QDate &start, Bucket bucket) const;
    // The summary with the previous range's figures nested: {..current.., "previous": {..}}.
    QJsonObject summaryJson() const;

    Q_DECLARE_TR_FUNCTIONS(DashboardData)
};

} // namespace doo
