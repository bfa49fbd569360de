#pragma once

#include <QObject>
#include <QImage>

class QAbstractAxis;
class QBarCategoryAxis;
class QChart;
class QChartView;
class QDateTimeAxis;
class QValueAxis;
class QWidget;

namespace doo {

class ChartTableModel;
class DashboardModel;

// The dashboard's charts, each bound to one of DashboardModel's tables through a QtCharts model
// mapper; they follow the model (axes, categories, titles) whenever it loads. Hovering a point or
// bar shows its value. Owns nothing but the views, which it parents to `parent`.
class DashboardCharts : public QObject
{
    Q_OBJECT

public:
    enum Chart { HoursSaved, TasksAutomated, Efficiency, ActiveWorkflows, WorkflowHours, TaskFlow, Funnel, ChartCount };

    DashboardCharts(DashboardModel *model, QWidget *parent);

    QChartView *view(Chart chart) const { return m_views[chart]; }
    // "hoursSaved", "tasksAutomated", ...: the view's objectName is "chart_" + key, and PNG file names use it.
    static QString key(Chart chart);
    QString title(Chart chart) const;
    // Light or dark chart theme; the axes and titles keep their settings.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    // The chart drawn at `size` (logical pixels) at twice the resolution.
    QImage image(Chart chart, const QSize &size) const;

private:
    QChartView *makeView(Chart chart, QChart *c, QWidget *parent);
    void buildTimeCharts(QWidget *parent);
    void buildCategoryCharts(QWidget *parent);
    void refresh();
    void applyTheme();
    void showTip(const QString &text);

    DashboardModel *m_model;
    QChartView *m_views[ChartCount] = {};
    QDateTimeAxis *m_timeAxes[3] = {}; // hours, efficiency, active workflows
    QValueAxis *m_timeValueAxes[3] = {};
    QBarCategoryAxis *m_tasksCategories = nullptr;
    QValueAxis *m_tasksValues = nullptr;
    QBarCategoryAxis *m_workflowCategories = nullptr;
    QValueAxis *m_workflowValues = nullptr;
    QBarCategoryAxis *m_flowCategories = nullptr;
    QValueAxis *m_flowValues = nullptr;
    QBarCategoryAxis *m_funnelCategories = nullptr;
    QValueAxis *m_funnelValues = nullptr;
    bool m_dark = false;
};

} // namespace doo
