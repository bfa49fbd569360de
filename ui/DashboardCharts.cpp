#include "DashboardCharts.h"

#include "domain/LocaleFormat.h"
#include "itemmodels/ChartTableModel.h"
#include "itemmodels/DashboardModel.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QVXYModelMapper>
#include <QValueAxis>

#include <cmath>

namespace doo {

namespace {

constexpr int kPointsVisibleUpTo = 40;

// The row of `model` whose time column is nearest to x; with `atOrBefore`, the last one not after x.
int rowAt(const ChartTableModel *model, double x, bool atOrBefore)
{
    int best = -1;
    double bestDistance = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const double t = model->number(r, DashboardModel::Time);
        if (atOrBefore) {
            if (t <= x)
                best = r;
            continue;
        }
        const double d = std::abs(t - x);
        if (best < 0 || d < bestDistance) {
            best = r;
            bestDistance = d;
        }
    }
    return best;
}

void setValueRange(QValueAxis *axis, double max)
{
    axis->setTickCount(5);
    axis->setRange(0, max > 0 ? max * 1.1 : 1);
    axis->applyNiceNumbers();
}

// Counts: whole numbers on every tick (0..5 with six ticks rather than 0, 1.25, 2.5, ...; 0..10 by 2).
void setCountRange(QValueAxis *axis, double max)
{
    int top = std::max(1, int(std::ceil(max * 1.1)));
    if (top > 12) {
        setValueRange(axis, max);
        return;
    }
    const int step = top <= 6 ? 1 : 2; // at most seven labels: short charts have no room for more
    top = (top + step - 1) / step * step;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
}

// Category labels must be unique on an axis: long ones are shortened and repeated ones numbered.
void setCategories(QBarCategoryAxis *axis, const QStringList &texts, bool horizontal)
{
    constexpr int kMaxLabel = 32;
    QStringList labels;
    for (const QString &text : texts) {
        QString label = text.size() > kMaxLabel ? text.left(kMaxLabel - 1) + QChar(0x2026) : text;
        const QString base = label;
        for (int n = 2; labels.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(base).arg(n);
        labels << label;
    }
    axis->clear();
    axis->setCategories(labels);
    axis->setTruncateLabels(false);
    if (!horizontal)
        axis->setLabelsAngle(labels.size() > 10 ? -90 : 0);
    axis->setLabelsVisible(labels.size() <= 60);
}

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

QString hoursText(double hours)
{
    return LocaleFormat::decimal(hours, 1);
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
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(220, 250);
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
        if (spec.area) { // the line is the area's upper edge, not in the chart itself: the area reports hovers
            auto *area = new QAreaSeries(line);
            area->setObjectName(QStringLiteral("hoursArea"));
            c->addSeries(area);
            connect(area, &QAreaSeries::hovered, this, [this, series](const QPointF &p, bool on) {
                const int r = on ? rowAt(series, p.x(), false) : -1;
                showTip(r < 0 ? QString()
                              : tr("%1: %2 h saved")
                                    .arg(series->data(series->index(r, DashboardModel::Label)).toString(),
                                         hoursText(series->number(r, DashboardModel::HoursSaved))));
            });
        } else {
            c->addSeries(line);
        }
        line->setObjectName(key(spec.chart) + QStringLiteral("Series"));
        // The step line's points are not the buckets: its value at x is the last bucket starting before.
        const bool steps = spec.chart == ActiveWorkflows;
        connect(line, &QXYSeries::hovered, this, [this, series, steps](const QPointF &p, bool on) {
            const int r = on ? rowAt(series, p.x(), steps) : -1;
            if (r < 0) {
                showTip({});
                return;
            }
            const QString label = series->data(series->index(r, DashboardModel::Label)).toString();
            showTip(steps ? tr("%1: %2 active workflows")
                                .arg(label, LocaleFormat::integer(qRound64(series->number(r, DashboardModel::ActiveWorkflows))))
                          : tr("%1: %2", "period: percentage")
                                .arg(label, LocaleFormat::percent(series->number(r, DashboardModel::EfficiencyScore), 1)));
        });
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
        ChartTableModel *model = spec.model;
        const Chart chart = spec.chart;
        connect(bars, &QAbstractBarSeries::hovered, this, [this, model, chart](bool on, int index, QBarSet *set) {
            if (!on || index < 0 || index >= model->rowCount()) {
                showTip({});
                return;
            }
            const QString label =
                model->data(model->index(index, chart == TasksAutomated ? int(DashboardModel::Label) : 0)).toString();
            const double v = set->at(index);
            switch (chart) {
            case WorkflowHours:
                showTip(tr("%1: %2 h saved in %n runs", nullptr, int(model->number(index, 2))).arg(label, hoursText(v)));
                break;
            default:
                showTip(tr("%1: %2 %3").arg(label, LocaleFormat::integer(qRound64(v)), set->label().toLower()));
                break;
            }
        });
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
    const bool long_ = data.range.days() > 366;
    double maxHours = 0, maxTasks = 0, maxActive = 0;
    for (int r = 0; r < series->rowCount(); ++r) {
        maxHours = std::max(maxHours, series->number(r, DashboardModel::HoursSaved));
        maxTasks = std::max(maxTasks, series->number(r, DashboardModel::TasksAutomated));
        maxActive = std::max(maxActive, series->number(r, DashboardModel::ActiveWorkflows));
    }
    for (int i = 0; i < 3; ++i) {
        m_timeAxes[i]->setRange(first.startOfDay(), end.startOfDay());
        m_timeAxes[i]->setFormat(long_ ? LocaleFormat::monthYearFormat() : LocaleFormat::dayMonthFormat());
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
        barLabels << (data.bucket == Bucket::Day ? LocaleFormat::dayMonth(p.start) : bucketText(p.start, data.bucket));
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
    auto days = [this](double hours) {
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
}

void DashboardCharts::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    applyTheme();
}

void DashboardCharts::applyTheme()
{
    for (QChartView *view : m_views) {
        QChart *c = view->chart();
        c->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        c->setBackgroundRoundness(6);
        QFont font = c->titleFont();
        font.setBold(true);
        c->setTitleFont(font);
        c->legend()->setAlignment(Qt::AlignBottom);
    }
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

void DashboardCharts::showTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text);
}

} // namespace doo
