#include "DashboardCharts.h"

#include "ChartAxes.h"
#include "domain/LocaleFormat.h"

#include "itemmodels/ChartTableModel.h"
#include "itemmodels/DashboardModel.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QVBarModelMapper>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <algorithm>

namespace doo {

using namespace ChartAxes;

namespace {

constexpr int kPointsVisibleUpTo = 40;

QVBarModelMapper *mapBars(QAbstractBarSeries *series, ChartTableModel *model, int first, int last)
{
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(first);
    mapper->setLastBarSetColumn(last);
    mapper->setSeries(series);
    mapper->setModel(model);
    return mapper;
}

QLineSeries *mappedLine(ChartTableModel *model, int xColumn, int yColumn, QObject *owner)
{
    auto *line = new QLineSeries(owner);
    auto *mapper = new QVXYModelMapper(line);
    mapper->setXColumn(xColumn);
    mapper->setYColumn(yColumn);
    mapper->setSeries(line);
    mapper->setModel(model);
    return line;
}

} // namespace

DashboardCharts::DashboardCharts(DashboardModel *model, QWidget *parent) : QObject(parent), m_model(model)
{
    buildTimeCharts(parent);
    buildCategoryCharts(parent);
    applyTheme();
    connect(m_model, &DashboardModel::loaded, this, &DashboardCharts::refresh);
    refresh();
}

QString DashboardCharts::key(Chart chart)
{
    static const char *const keys[ChartCount] = {"hoursSaved",    "tasksAutomated", "efficiencyScore",   "activeWorkflows",
                                                 "workflowHours", "taskFlow",       "consultationFunnel"};
    return QString::fromLatin1(keys[chart]);
}

QString DashboardCharts::title(Chart chart) const
{
    switch (chart) {
    case HoursSaved:
        return tr("Hours saved");
    case TasksAutomated:
        return tr("Tasks automated");
    case Efficiency:
        return tr("Efficiency score (%)");
    case ActiveWorkflows:
        return tr("Active workflows");
    case WorkflowHours:
        return tr("Hours saved per workflow");
    case TaskFlow:
        return tr("Task flow per week");
    case Funnel:
        return tr("Consultations by status");
    case ChartCount:
        break;
    }
    return {};
}

QChartView *DashboardCharts::makeView(Chart chart, QChart *c, QWidget *parent)
{
    c->setTitle(title(chart));
    c->setAnimationOptions(QChart::NoAnimation);
    c->setMargins(QMargins(4, 4, 4, 4));
    // Axis dates and numbers in the program's locale, as everywhere else (LocaleFormat).
    c->setLocale(QLocale());
    c->setLocalizeNumbers(true);
    c->legend()->setVisible(chart == TaskFlow);
    c->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(c, parent);
    view->setObjectName(QStringLiteral("chart_") + key(chart));
    view->setAccessibleName(tr("%1 chart").arg(title(chart)));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(220, 250);
    view->viewport()->setMouseTracking(true);
    view->viewport()->installEventFilter(this);
    m_views[chart] = view;
    return view;
}

void DashboardCharts::buildTimeCharts(QWidget *parent)
{
    ChartTableModel *series = m_model->series();
    struct Spec
    {
        Chart chart;
        ChartTableModel *model;
        int column;
        bool area;
    };
    const Spec specs[] = {{HoursSaved, series, DashboardModel::HoursSaved, true},
                          {Efficiency, series, DashboardModel::EfficiencyScore, false},
                          {ActiveWorkflows, m_model->activeSteps(), 1, false}};
    int i = 0;
    for (const Spec &spec : specs) {
        auto *c = new QChart;
        QLineSeries *line = mappedLine(spec.model, 0, spec.column, c);
        QAreaSeries *area = nullptr;
        if (spec.area) { // the line is the area's upper edge, not in the chart itself: the area reports hovers
            area = new QAreaSeries(line);
            area->setObjectName(QStringLiteral("hoursArea"));
            c->addSeries(area);
        } else {
            c->addSeries(line);
        }
        line->setObjectName(key(spec.chart) + QStringLiteral("Series"));
        connectHover(spec.chart, line, area);
        auto *x = new QDateTimeAxis(c);
        auto *y = new QValueAxis(c);
        y->setLabelFormat(QStringLiteral("%.0f"));
        c->addAxis(x, Qt::AlignBottom);
        c->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries *s : c->series()) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        m_timeAxes[i] = x;
        m_timeValueAxes[i] = y;
        ++i;
        makeView(spec.chart, c, parent);
    }
}

void DashboardCharts::buildCategoryCharts(QWidget *parent)
{
    struct Spec
    {
        Chart chart;
        ChartTableModel *model;
        int first, last;
        bool horizontal;
        QBarCategoryAxis **categories;
        QValueAxis **values;
    };
    const Spec specs[] = {
        {TasksAutomated, m_model->series(), DashboardModel::TasksAutomated, DashboardModel::TasksAutomated, false,
         &m_tasksCategories, &m_tasksValues},
        {WorkflowHours, m_model->workflows(), 1, 1, true, &m_workflowCategories, &m_workflowValues},
        {TaskFlow, m_model->taskFlow(), 1, 2, false, &m_flowCategories, &m_flowValues},
        {Funnel, m_model->funnel(), 1, 1, true, &m_funnelCategories, &m_funnelValues},
    };
    for (const Spec &spec : specs) {
        auto *c = new QChart;
        QAbstractBarSeries *bars = spec.horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries(c))
                                                   : static_cast<QAbstractBarSeries *>(new QBarSeries(c));
        bars->setObjectName(key(spec.chart) + QStringLiteral("Series"));
        c->addSeries(bars);
        mapBars(bars, spec.model, spec.first, spec.last);
        auto *categories = new QBarCategoryAxis(c);
        auto *values = new QValueAxis(c);
        values->setLabelFormat(spec.chart == WorkflowHours ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
        c->addAxis(categories, spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
        c->addAxis(values, spec.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
        bars->attachAxis(categories);
        bars->attachAxis(values);
        *spec.categories = categories;
        *spec.values = values;
        // Bars report hovers through eventFilter: QtCharts does not report every bar of a series
        // that a model mapper filled.
        m_barModels[spec.chart] = spec.model;
        makeView(spec.chart, c, parent);
    }
}

void DashboardCharts::refresh()
{
    const DashboardData &data = m_model->data();
    const ChartTableModel *series = m_model->series();
    // Time axes: from the first bucket's start (which may be before the range) to the end of the range.
    QDate first = data.range.from;
    if (!data.series.isEmpty() && data.series.first().start < first)
        first = data.series.first().start;
    const QDate end = data.range.to.addDays(1);
    double maxHours = 0, maxTasks = 0, maxActive = 0;
    for (int r = 0; r < series->rowCount(); ++r) {
        maxHours = std::max(maxHours, series->number(r, DashboardModel::HoursSaved));
        maxTasks = std::max(maxTasks, series->number(r, DashboardModel::TasksAutomated));
        maxActive = std::max(maxActive, series->number(r, DashboardModel::ActiveWorkflows));
    }
    for (int i = 0; i < 3; ++i) {
        m_timeAxes[i]->setRange(first.startOfDay(), end.startOfDay());
        m_timeAxes[i]->setFormat(timeAxisFormat(data.range));
        m_timeAxes[i]->setTickCount(data.range.days() <= 7 ? int(data.range.days()) + 1 : 6);
    }
    setValueRange(m_timeValueAxes[0], maxHours);
    m_timeValueAxes[1]->setRange(0, 100);
    setCountRange(m_timeValueAxes[2], maxActive);
    const bool points = series->rowCount() <= kPointsVisibleUpTo;
    for (Chart c : {HoursSaved, Efficiency, ActiveWorkflows})
        for (QAbstractSeries *s : m_views[c]->chart()->series())
            if (auto *line = qobject_cast<QLineSeries *>(s))
                line->setPointsVisible(points && c != ActiveWorkflows);
    if (auto *area = qobject_cast<QAreaSeries *>(m_views[HoursSaved]->chart()->series().value(0)))
        area->upperSeries()->setPointsVisible(points);

    // Short labels under the bars, in the locale: "Nov 25", "Week 48", "Nov 2026".
    QStringList barLabels;
    for (const AnalyticsPoint &p : data.series)
        barLabels << barLabel(p.start, data.bucket, data.range);
    setCategories(m_tasksCategories, barLabels, false);
    setCountRange(m_tasksValues, maxTasks);

    const ChartTableModel *workflows = m_model->workflows();
    setCategories(m_workflowCategories, workflows->columnTexts(0), true);
    double maxWorkflow = 0;
    for (int r = 0; r < workflows->rowCount(); ++r)
        maxWorkflow = std::max(maxWorkflow, workflows->number(r, 1));
    setValueRange(m_workflowValues, maxWorkflow);

    const ChartTableModel *flow = m_model->taskFlow();
    setCategories(m_flowCategories, flow->columnTexts(0), false);
    double maxFlow = 0;
    for (int r = 0; r < flow->rowCount(); ++r)
        maxFlow = std::max({maxFlow, flow->number(r, 1), flow->number(r, 2)});
    setCountRange(m_flowValues, maxFlow);
    auto days = [](double hours) {
        return hours < 0 ? tr("–") : hours < 48 ? LocaleFormat::hours(hours) : LocaleFormat::days(hours / 24);
    };
    m_views[TaskFlow]->chart()->setTitle(tr("%1 · average lead time %2, cycle time %3")
                                             .arg(data.flowBucket == Bucket::Month ? tr("Task flow per month") : title(TaskFlow),
                                                  days(data.flow.averageLeadHours), days(data.flow.averageCycleHours)));

    const ChartTableModel *funnel = m_model->funnel();
    setCategories(m_funnelCategories, funnel->columnTexts(0), true);
    double maxFunnel = 0;
    for (int r = 0; r < funnel->rowCount(); ++r)
        maxFunnel = std::max(maxFunnel, funnel->number(r, 1));
    setCountRange(m_funnelValues, maxFunnel);
    for (QChartView *view : m_views)
        colourSeries(view->chart());
    markPartialBuckets();
}

void DashboardCharts::markPartialBuckets()
{
    const DashboardData &data = m_model->data();
    bool partial = false;
    auto mark = [&](QChartView *view, const QList<QDate> &starts, Bucket bucket) {
        QList<int> rows;
        for (int r = 0; r < starts.size(); ++r)
            if (bucket != Bucket::Day && data.isPartial(starts.at(r), bucket))
                rows << r;
        partial = partial || !rows.isEmpty();
        for (QAbstractSeries *s : view->chart()->series()) {
            auto *line = qobject_cast<QXYSeries *>(s);
            if (auto *area = qobject_cast<QAreaSeries *>(s))
                line = area->upperSeries();
            if (line) {
                line->clearPointsConfiguration();
                for (int r : rows)
                    if (r < line->count())
                        line->setPointConfiguration(r,
                                                    {{QXYSeries::PointConfiguration::Color, partialColour(line->color())},
                                                     {QXYSeries::PointConfiguration::Size, 9.0}});
            }
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                for (QBarSet *set : bars->barSets()) {
                    set->deselectAllBars();
                    set->selectBars(rows);
                }
        }
        const QString note = bucket == Bucket::Month ? tr("lighter: partial month") : tr("lighter: partial week");
        QString title = view->chart()->title();
        const QString suffix = QStringLiteral(" · ") + note;
        if (title.endsWith(suffix))
            title.chop(suffix.size());
        view->chart()->setTitle(rows.isEmpty() ? title : title + suffix);
    };
    QList<QDate> starts;
    for (const AnalyticsPoint &p : data.series)
        starts << p.start;
    for (Chart c : {HoursSaved, Efficiency, TasksAutomated})
        mark(m_views[c], starts, data.bucket);
    QList<QDate> weeks;
    for (const TaskFlowPoint &p : data.flow.points)
        weeks << p.start;
    mark(m_views[TaskFlow], weeks, data.flowBucket);
    Q_UNUSED(partial);
}

void DashboardCharts::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_dark = ChartAxes::isDark(palette);
    applyTheme();
}

void DashboardCharts::applyTheme()
{
    for (QChartView *view : m_views) {
        QChart *c = view->chart();
        if (m_palette)
            followPalette(c, *m_palette);
        else
            ChartAxes::applyTheme(c, false);
        c->setBackgroundRoundness(6);
        QFont font = c->titleFont();
        font.setBold(true);
        c->setTitleFont(font);
        c->legend()->setAlignment(Qt::AlignBottom);
    }
    markPartialBuckets();
}

QImage DashboardCharts::image(Chart chart, const QSize &size) const
{
    QChartView *view = m_views[chart];
    view->resize(size);
    view->chart()->resize(size);
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    view->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace doo
