#include "itemmodels/DashboardModel.h"

#include "itemmodels/ChartTableModel.h"
#include "repositories/DashboardLoader.h"
#include "repositories/DashboardQueries.h"
#include "exchange/Csv.h"

#include <QDateTime>

#include <algorithm>

namespace doo {

DashboardModel::DashboardModel(Database &db, UserContext ctx, QObject *parent) : DashboardModel(parent)
{
    m_db = &db;
    m_ctx = std::move(ctx);
}

DashboardModel::DashboardModel(QObject *parent)
    : QObject(parent),
      m_series(new ChartTableModel(this)),
      m_steps(new ChartTableModel(this)),
      m_workflows(new ChartTableModel(this)),
      m_flow(new ChartTableModel(this)),
      m_funnel(new ChartTableModel(this))
{
    m_series->setObjectName(QStringLiteral("seriesModel"));
    m_steps->setObjectName(QStringLiteral("activeStepsModel"));
    m_workflows->setObjectName(QStringLiteral("workflowsModel"));
    m_flow->setObjectName(QStringLiteral("taskFlowModel"));
    m_funnel->setObjectName(QStringLiteral("funnelModel"));
}

Error DashboardModel::noDatabase()
{
    return Error::make(Error::Kind::Internal, tr("this dashboard shows given data and reads no database"));
}

Result<QDate> DashboardModel::today()
{
    if (!m_db)
        return noDatabase();
    return DashboardQueries(*m_db, m_ctx).today();
}

Result<QDate> DashboardModel::firstDate()
{
    if (!m_db)
        return noDatabase();
    return DashboardQueries(*m_db, m_ctx).firstDate();
}

Status DashboardModel::load(const DateRange &range, std::optional<Bucket> bucket)
{
    if (!m_db)
        return noDatabase();
    auto data = DashboardLoader::load(*m_db, m_ctx, range, bucket.value_or(range.autoBucket()));
    if (!data)
        return data.error();
    setData(data.takeValue());
    return {};
}

double DashboardModel::timeOf(const QDate &date)
{
    return double(date.startOfDay().toMSecsSinceEpoch());
}

void DashboardModel::setData(DashboardData data)
{
    m_data = std::move(data);
    const Bucket bucket = m_data.bucket;

    QList<QVariantList> rows, steps;
    for (int i = 0; i < m_data.series.size(); ++i) {
        const AnalyticsPoint &p = m_data.series.at(i);
        const double x = timeOf(p.start);
        rows << QVariantList{
            x, p.timeSaved, double(p.tasksAutomated), p.efficiencyScore, double(p.activeWorkflows), bucketText(p.start, bucket)};
        // A step line: each value holds until the next one, so a change draws a vertical edge
        // (two points at one time); unchanged values add no point.
        const double active = p.activeWorkflows;
        if (i > 0 && steps.last().value(1).toDouble() != active)
            steps << QVariantList{x, steps.last().value(1)};
        if (i == 0 || steps.last().value(1).toDouble() != active)
            steps << QVariantList{x, active};
    }
    if (!m_data.series.isEmpty()) // the last value holds until its bucket ends
        steps << QVariantList{timeOf(nextBucket(m_data.series.last().start, bucket)), steps.last().value(1)};
    m_series->setTable(
        {tr("Start"), tr("Hours saved"), tr("Tasks automated"), tr("Efficiency score"), tr("Active workflows"), tr("Period")},
        rows);
    m_steps->setTable({tr("Time"), tr("Active workflows")}, steps);

    QList<QVariantList> workflows;
    for (const WorkflowHours &w : m_data.workflows)
        workflows.prepend(QVariantList{w.name, w.hoursSaved, double(w.runs), double(w.successful), double(w.failed)});
    m_workflows->setTable({tr("Workflow"), tr("Hours saved"), tr("Runs"), tr("Successful"), tr("Failed")}, workflows);

    QList<QVariantList> flow;
    for (const TaskFlowPoint &p : m_data.flow.points)
        flow << QVariantList{bucketText(p.start, m_data.flowBucket), double(p.created), double(p.completed)};
    m_flow->setTable({m_data.flowBucket == Bucket::Month ? tr("Month") : tr("Week"), tr("Created"), tr("Completed")}, flow);

    QList<QVariantList> funnel;
    for (const FunnelStep &s : m_data.funnel)
        funnel.prepend(QVariantList{displayName(s.status), double(s.count)});
    m_funnel->setTable({tr("Status"), tr("Consultations")}, funnel);
    Q_EMIT loaded();
}

QByteArray DashboardModel::seriesCsv() const
{
    QByteArray csv = "bucket,start,hours_saved,tasks_automated,efficiency_score,active_workflows\r\n";
    const QByteArray bucket = Csv::field(toString(m_data.bucket));
    for (const AnalyticsPoint &p : m_data.series)
        csv += bucket + ',' + Csv::field(p.start.toString(Qt::ISODate)) + ',' + QByteArray::number(p.timeSaved, 'f', 2) + ','
            + QByteArray::number(p.tasksAutomated) + ',' + QByteArray::number(p.efficiencyScore, 'f', 2) + ','
            + QByteArray::number(p.activeWorkflows) + "\r\n";
    return csv;
}

} // namespace doo
