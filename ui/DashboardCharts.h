#pragma once

#include <QImage>
#include <QObject>
#include <QPalette>

#include <optional>

class QAbstractAxis;
class QAreaSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QDateTimeAxis;
class QValueAxis;
class QWidget;
class QXYSeries;

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
    // The charts in `palette`'s colours, in the light or dark theme as its window is light or dark
    // (ChartAxes::followPalette); the axes and titles keep their settings. Without a palette (the
    // PDF report) the charts are light.
    void setPalette(const QPalette &palette);
    bool isDark() const { return m_dark; }
    // The chart drawn at `size` (logical pixels) at twice the resolution.
    QImage image(Chart chart, const QSize &size) const;

private:
    QChartView *makeView(Chart chart, QChart *c, QWidget *parent);
    void buildTimeCharts(QWidget *parent);
    void buildCategoryCharts(QWidget *parent);
    void refresh();
    void applyTheme();
    // Buckets only partly in the range drawn lighter, and the chart's title says so.
    void markPartialBuckets();
    // Hovering a time chart's point (`area`'s for the hours saved) shows its value (DashboardChartsHover.cpp).
    void connectHover(Chart chart, QXYSeries *line, QAreaSeries *area);
    // The hovered value as a tool tip; an empty text hides it when it is still `source`'s (bar `index`).
    void showTip(const QObject *source, int index, const QString &text);
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The bar under the mouse of a bar chart, and its value as a tool tip.
    void hoverBars(Chart chart, const QPoint &viewportPos);
    QString barTip(Chart chart, int index, const QBarSet *set) const;

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
    std::optional<QPalette> m_palette;
    QString m_tip; // the value under the mouse, empty when none
    const QObject *m_tipSource = nullptr;
    int m_tipIndex = -1;
    ChartTableModel *m_barModels[ChartCount] = {};
};

} // namespace doo
