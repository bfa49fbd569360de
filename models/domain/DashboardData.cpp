#include "domain/DashboardData.h"

#include "domain/LocaleFormat.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace doo {

QJsonObject WorkflowHours::toJson() const
{
    return {
        {QStringLiteral("workflowId"), workflowId},
        {QStringLiteral("name"), name},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("successful"), successful},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("hoursSaved"), hoursSaved},
        {QStringLiteral("tasksCreated"), tasksCreated},
    };
}

DateRange DateRange::previous() const
{
    const qint64 length = days();
    const QDate start = firstDay().daysTo(from) < length ? std::min(firstDay(), from.addDays(-1)) : from.addDays(-length);
    return {start, from.addDays(-1)};
}

Status DateRange::validate() const
{
    for (const auto &[field, day] : {std::pair{"from", from}, std::pair{"to", to}}) {
        if (!day.isValid() || day < firstDay() || day > lastDay())
            return Error::validation(QLatin1String(field),
                                     DashboardData::tr("must be a day from %1 to %2")
                                         .arg(LocaleFormat::date(firstDay()), LocaleFormat::date(lastDay())));
    }
    if (from > to)
        return Error::validation(
            QStringLiteral("to"),
            DashboardData::tr("must not be before the start of the range (%1)").arg(LocaleFormat::date(from)));
    return {};
}

Bucket DateRange::autoBucket() const
{
    const qint64 n = days();
    if (n <= 31)
        return Bucket::Day;
    if (n <= 366)
        return Bucket::Week;
    return Bucket::Month;
}

DateRange DateRange::preset(Preset preset, const QDate &today, const QDate &firstDay)
{
    switch (preset) {
    case Preset::Days7:
        return {today.addDays(-6), today};
    case Preset::Days30:
        return {today.addDays(-29), today};
    case Preset::Days90:
        return {today.addDays(-89), today};
    case Preset::Year:
        return {today.addDays(-364), today};
    case Preset::All:
        return {firstDay.isValid() && firstDay < today ? firstDay : today, today};
    case Preset::Custom:
        break;
    }
    return {today, today};
}

QJsonObject DashboardSummary::toJson() const
{
    QJsonObject json = AnalyticsSummary::toJson();
    json.insert(QStringLiteral("tasksCompleted"), tasksCompleted);
    json.insert(QStringLiteral("consultationsCompleted"), consultationsCompleted);
    return json;
}

QString changeText(double current, double previous)
{
    constexpr double kEpsilon = 1e-9;
    if (std::abs(previous) < kEpsilon)
        return std::abs(current) < kEpsilon ? QStringLiteral("–") : DashboardData::tr("new");
    const double percent = (current - previous) / previous * 100.0;
    if (std::abs(percent) < 0.05)
        return DashboardData::tr("no change");
    QString text = LocaleFormat::percent(percent, 1);
    if (percent > 0)
        text.prepend(QLatin1Char('+'));
    return text;
}

QList<SummaryMetric> summaryMetrics(const DashboardSummary &current, const DashboardSummary &previous)
{
    auto hours = [](double h) -> QString { return LocaleFormat::hours(h); };
    auto percent = [](double p) -> QString { return LocaleFormat::percent(p, 1); };
    auto count = [](double n) -> QString { return LocaleFormat::integer(qint64(n)); };
    QList<SummaryMetric> metrics;
    auto add = [&](const char *key, const QString &caption, double cur, double prev, auto format) {
        metrics << SummaryMetric{QString::fromLatin1(key), caption, cur, prev, format(cur), format(prev)};
    };
    add("hoursSaved", DashboardData::tr("Hours saved"), current.hoursSaved, previous.hoursSaved, hours);
    add("tasksAutomated", DashboardData::tr("Tasks automated"), current.tasksAutomated, previous.tasksAutomated, count);
    add("efficiencyScore", DashboardData::tr("Efficiency score"), current.efficiencyScore, previous.efficiencyScore, percent);
    add("activeWorkflows", DashboardData::tr("Active workflows"), current.activeWorkflows, previous.activeWorkflows, count);
    add("tasksCompleted", DashboardData::tr("Tasks completed"), current.tasksCompleted, previous.tasksCompleted, count);
    add("consultationsCompleted", DashboardData::tr("Consultations completed"), current.consultationsCompleted,
        previous.consultationsCompleted, count);
    return metrics;
}

bool DashboardData::isEmpty() const
{
    if (!series.isEmpty() || !workflows.isEmpty() || flow.created > 0 || flow.completed > 0)
        return false;
    for (const FunnelStep &step : funnel)
        if (step.count > 0)
            return false;
    return true;
}

bool DashboardData::isPartial(const QDate &start, Bucket bucket) const
{
    return start < range.from || nextBucket(start, bucket).addDays(-1) > range.to;
}

QJsonObject DashboardData::summaryJson() const
{
    QJsonObject json = current.toJson();
    json.insert(QStringLiteral("previous"), previous.toJson());
    return json;
}

QString bucketLabel(const QDate &start, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return start.toString(Qt::ISODate);
    case Bucket::Week: {
        int year = 0;
        const int week = start.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case Bucket::Month:
        return start.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}

QString bucketText(const QDate &start, Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return LocaleFormat::date(start);
    case Bucket::Week:
        return LocaleFormat::week(start);
    case Bucket::Month:
        return LocaleFormat::monthYear(start);
    }
    return {};
}

} // namespace doo
