#pragma once

#include "domain/DashboardData.h"
#include "domain/User.h"

#include <QObject>

#include <optional>

namespace doo {

class ChartTableModel;
class Database;

// The dashboard's data for one range, translated into the small tables the charts bind to.
// It decides nothing about drawing: the views map columns to series.
class DashboardModel : public QObject
{
    Q_OBJECT

public:
    // Columns of series(): bucket start (ms since the epoch, local midnight), the four figures,
    // and the bucket's label.
    enum SeriesColumn { Time, HoursSaved, TasksAutomated, EfficiencyScore, ActiveWorkflows, Label };

    DashboardModel(Database &db, UserContext ctx, QObject *parent = nullptr);
    // Without a database: shows only what setData gives it (the drawing module draws the report
    // from data the command line read); load(), today() and firstDate() fail.
    explicit DashboardModel(QObject *parent = nullptr);

    // Reads the range; without a bucket the range's own (DateRange::autoBucket). On failure the
    // tables keep what they had.
    Status load(const DateRange &range, std::optional<Bucket> bucket = std::nullopt);
    // Shows data read elsewhere.
    void setData(DashboardData data);
    const DashboardData &data() const { return m_data; }
    // Today in the user's time zone, and the first day with any data (invalid when none).
    Result<QDate> today();
    Result<QDate> firstDate();

    ChartTableModel *series() const { return m_series; }
    // Active workflows as a step line (time, value): a point where the value changes, one just
    // before it with the old value, and one at the end of the last bucket.
    ChartTableModel *activeSteps() const { return m_steps; }
    // Hours saved per workflow; least first, so that a horizontal bar chart shows the most at the top.
    ChartTableModel *workflows() const { return m_workflows; }
    // Tasks created and completed per ISO week (per month for ranges over 366 days).
    ChartTableModel *taskFlow() const { return m_flow; }
    // Consultations by status; CANCELLED first, PENDING last (top of a horizontal chart).
    ChartTableModel *funnel() const { return m_funnel; }

    // The series as CSV (RFC 4180, header row): bucket,start,hours_saved,tasks_automated,
    // efficiency_score,active_workflows.
    QByteArray seriesCsv() const;
    static double timeOf(const QDate &date);

Q_SIGNALS:
    void loaded();

private:
    static Error noDatabase();

    Database *m_db = nullptr;
    UserContext m_ctx;
    DashboardData m_data;
    ChartTableModel *m_series;
    ChartTableModel *m_steps;
    ChartTableModel *m_workflows;
    ChartTableModel *m_flow;
    ChartTableModel *m_funnel;
};

} // namespace doo
