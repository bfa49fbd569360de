// The dashboard charts' hover values: the value under the mouse as a tool tip, for the time
// charts' points (QtCharts' hovered signals) and for every bar (the viewports' mouse moves).

#include "DashboardCharts.h"

#include "ChartAxes.h"
#include "domain/LocaleFormat.h"

#include "itemmodels/ChartTableModel.h"
#include "itemmodels/DashboardModel.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QXYSeries>

#include <cmath>

namespace doo {

namespace {

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

QString hoursText(double hours)
{
    return LocaleFormat::decimal(hours, 1);
}

// A bucket's label for a tooltip, saying when the bucket is only partly in the range.
QString tipLabel(const DashboardData &data, const QString &label, const QDate &start, Bucket bucket)
{
    if (bucket == Bucket::Day || !data.isPartial(start, bucket))
        return label;
    return bucket == Bucket::Week ? DashboardCharts::tr("%1 (partial week)").arg(label)
                                  : DashboardCharts::tr("%1 (partial month)").arg(label);
}

// The series' row r: its label, marked when partial.
QString seriesLabel(const DashboardData &data, const ChartTableModel *series, int r)
{
    // In the bars' style, one date style across the charts.
    if (r >= data.series.size())
        return series->data(series->index(r, DashboardModel::Label)).toString();
    const QDate start = data.series.at(r).start;
    return tipLabel(data, ChartAxes::barLabel(start, data.bucket, data.range), start, data.bucket);
}

} // namespace

void DashboardCharts::connectHover(Chart chart, QXYSeries *line, QAreaSeries *area)
{
    ChartTableModel *series = m_model->series();
    if (area)
        connect(area, &QAreaSeries::hovered, this, [this, series, area](const QPointF &p, bool on) {
            const int r = on ? rowAt(series, p.x(), false) : -1;
            showTip(area, -1,
                    r < 0 ? QString()
                          : tr("%1: %2 h saved")
                                .arg(seriesLabel(m_model->data(), series, r),
                                     hoursText(series->number(r, DashboardModel::HoursSaved))));
        });
    // The step line's points are not the buckets: its value at x is the last bucket starting before.
    const bool steps = chart == ActiveWorkflows;
    connect(line, &QXYSeries::hovered, this, [this, series, steps, line](const QPointF &p, bool on) {
        const int r = on ? rowAt(series, p.x(), steps) : -1;
        if (r < 0) {
            showTip(line, -1, {});
            return;
        }
        const QString label = seriesLabel(m_model->data(), series, r);
        showTip(line, -1,
                steps ? tr("%1: %2 active workflows")
                            .arg(label, LocaleFormat::integer(qRound64(series->number(r, DashboardModel::ActiveWorkflows))))
                      : tr("%1: %2", "period: percentage")
                            .arg(label, LocaleFormat::percent(series->number(r, DashboardModel::EfficiencyScore), 1)));
    });
}

QString DashboardCharts::barTip(Chart chart, int index, const QBarSet *set) const
{
    const ChartTableModel *model = m_barModels[chart];
    if (!model || index < 0 || index >= model->rowCount() || index >= set->count())
        return {};
    QString label = model->data(model->index(index, chart == TasksAutomated ? int(DashboardModel::Label) : 0)).toString();
    const DashboardData &data = m_model->data();
    if (chart == TasksAutomated)
        label = seriesLabel(data, model, index);
    else if (chart == TaskFlow && index < data.flow.points.size())
        label = tipLabel(data, label, data.flow.points.at(index).start, data.flowBucket);
    const double v = set->at(index);
    switch (chart) {
    case WorkflowHours:
        return tr("%1: %2 h saved in %n runs", nullptr, int(model->number(index, 2))).arg(label, hoursText(v));
    case TasksAutomated:
        return tr("%1: %n tasks automated", nullptr, int(v)).arg(label);
    default:
        return tr("%1: %2 %3").arg(label).arg(v).arg(set->label().toLower());
    }
}

void DashboardCharts::hoverBars(Chart chart, const QPoint &viewportPos)
{
    QChartView *view = m_views[chart];
    auto *bars = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
    if (!bars)
        return;
    const QPointF inChart = view->chart()->mapFromScene(view->mapToScene(viewportPos));
    QString text;
    int key = -1;
    if (view->chart()->plotArea().contains(inChart)) {
        const QPointF v = view->chart()->mapToValue(inChart, bars);
        const bool horizontal = bars->type() == QAbstractSeries::SeriesTypeHorizontalBar;
        const double category = horizontal ? v.y() : v.x();
        const double value = horizontal ? v.x() : v.y();
        const int index = int(std::lround(category));
        const QList<QBarSet *> sets = bars->barSets();
        // The bars of one category side by side, barWidth() wide together, centred on it.
        const double offset = category - (index - bars->barWidth() / 2);
        const int n = int(sets.size());
        const int k = n > 0 ? int(offset / (bars->barWidth() / n)) : -1;
        if (offset >= 0 && k >= 0 && k < n && index >= 0 && index < sets.at(k)->count() && value >= 0
            && value <= sets.at(k)->at(index)) {
            text = barTip(chart, index, sets.at(k));
            key = index * 16 + k;
        }
    }
    if (text.isEmpty())
        showTip(bars, m_tipIndex, {});
    else if (text != m_tip || m_tipSource != bars)
        showTip(bars, key, text);
}

void DashboardCharts::showTip(const QObject *source, int index, const QString &text)
{
    if (text.isEmpty()) {
        // Moving from one bar to the next, the next one's enter may come before this one's leave.
        if (source != m_tipSource || index != m_tipIndex)
            return;
        m_tipSource = nullptr;
        m_tip.clear();
        QToolTip::hideText();
        return;
    }
    m_tipSource = source;
    m_tipIndex = index;
    m_tip = text;
    QToolTip::showText(QCursor::pos(), text);
}

bool DashboardCharts::eventFilter(QObject *watched, QEvent *event)
{
    // A resting mouse makes a tool tip event, which the chart's scene answers by hiding every tip
    // (its items have none): answer it with the hovered value instead.
    if (event->type() == QEvent::MouseMove) {
        for (Chart chart : {TasksAutomated, WorkflowHours, TaskFlow, Funnel})
            if (m_views[chart]->viewport() == watched)
                hoverBars(chart, static_cast<QMouseEvent *>(event)->pos());
    } else if (event->type() == QEvent::Leave) {
        for (Chart chart : {TasksAutomated, WorkflowHours, TaskFlow, Funnel})
            if (m_views[chart]->viewport() == watched)
                showTip(m_views[chart]->chart()->series().value(0), m_tipIndex, {});
    }
    if (event->type() == QEvent::ToolTip && !m_tip.isEmpty()) {
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), m_tip, qobject_cast<QWidget *>(watched));
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace doo
