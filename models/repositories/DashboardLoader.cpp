#include "repositories/DashboardLoader.h"

#include "repositories/AnalyticsRepository.h"
#include "repositories/DashboardQueries.h"

namespace doo::DashboardLoader {

Result<DashboardSummary> summary(Database &db, const UserContext &ctx, const DateRange &range)
{
    if (range.to < DateRange::firstDay()) // the range before one that starts on the first day
        return DashboardSummary{};
    AnalyticsRepository analytics(db, ctx);
    const auto figures = analytics.getSummary(range.from, range.to);
    if (!figures)
        return figures.error();
    DashboardQueries queries(db, ctx);
    const auto completed = queries.tasksCompleted(range.from, range.to);
    if (!completed)
        return completed.error();
    const auto consultations = queries.consultationsCompleted(range.from, range.to);
    if (!consultations)
        return consultations.error();
    DashboardSummary s;
    static_cast<AnalyticsSummary &>(s) = *figures;
    s.tasksCompleted = *completed;
    s.consultationsCompleted = *consultations;
    return s;
}

Result<DashboardData> load(Database &db, const UserContext &ctx, const DateRange &range, Bucket bucket, int topWorkflows)
{
    DashboardData data;
    data.range = range;
    data.bucket = bucket;
    auto current = summary(db, ctx, range);
    if (!current)
        return current.error();
    data.current = current.takeValue();
    auto previous = summary(db, ctx, range.previous());
    if (!previous)
        return previous.error();
    data.previous = previous.takeValue();

    AnalyticsRepository analytics(db, ctx);
    auto series = analytics.getTimeSeries(range.from, range.to, bucket);
    if (!series)
        return series.error();
    data.series = series.takeValue();

    DashboardQueries queries(db, ctx);
    data.flowBucket = range.autoBucket() == Bucket::Month ? Bucket::Month : Bucket::Week;
    auto flow = queries.taskFlow(range.from, range.to, data.flowBucket);
    if (!flow)
        return flow.error();
    data.flow = flow.takeValue();
    auto workflows = queries.hoursPerWorkflow(range.from, range.to, topWorkflows);
    if (!workflows)
        return workflows.error();
    data.workflows = workflows.takeValue();
    auto funnel = queries.consultationFunnel(range.from, range.to);
    if (!funnel)
        return funnel.error();
    data.funnel = funnel.takeValue();
    return data;
}

} // namespace doo::DashboardLoader
