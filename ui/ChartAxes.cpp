#include "ChartAxes.h"

#include "domain/LocaleFormat.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace doo::ChartAxes {

void setValueRange(QValueAxis *axis, double max)
{
    if (!(max > 0)) {
        setCountRange(axis, 0);
        return;
    }
    // A step of 1, 2, 2.5 or 5 times a power of ten, about five steps up to a little above max.
    const double raw = max * 1.1 / 5;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * power;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * power >= raw) {
            step = m * power;
            break;
        }
    const int steps = std::max(1, int(std::ceil(max * 1.1 / step - 1e-9)));
    axis->setRange(0, steps * step);
    axis->setTickCount(steps + 1);
    // As many decimals as the step has: 0.25 needs two, 2.5 one, 5 none.
    int decimals = 0;
    while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

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
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

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

QString timeAxisFormat(const DateRange &range)
{
    if (range.days() > 92)
        return LocaleFormat::monthYearFormat();
    return range.from.year() != range.to.year() ? LocaleFormat::dayMonthYearFormat() : LocaleFormat::dayMonthFormat();
}

QString barLabel(const QDate &start, Bucket bucket, const DateRange &range)
{
    switch (bucket) {
    case Bucket::Day:
        return range.from.year() != range.to.year() ? LocaleFormat::dayMonthYear(start) : LocaleFormat::dayMonth(start);
    case Bucket::Month:
        return LocaleFormat::monthYear(start);
    case Bucket::Week:
        break;
    }
    return bucketText(start, bucket);
}

QColor seriesColour(int n)
{
    // Qt's light theme colours, which read well on a dark background too.
    static const QRgb colours[] = {0x209fdf, 0x99ca53, 0xf6a625, 0x6d5fd5, 0xbf593e};
    return QColor(colours[std::abs(n) % int(std::size(colours))]);
}

QColor partialColour(const QColor &colour)
{
    QColor faded = colour;
    faded.setAlphaF(0.4);
    return faded;
}

void applyTheme(QChart *chart, bool dark)
{
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    colourSeries(chart);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void followPalette(QChart *chart, const QPalette &palette)
{
    applyTheme(chart, isDark(palette));
    const QColor text = palette.color(QPalette::WindowText);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
    }
}

void colourSeries(QChart *chart)
{
    int n = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                set->setColor(seriesColour(n));
                set->setBorderColor(seriesColour(n));
                set->setSelectedColor(partialColour(seriesColour(n)));
                ++n;
            }
        } else if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            QColor fill = seriesColour(n);
            area->setBorderColor(fill);
            fill.setAlphaF(0.6);
            area->setColor(fill);
            ++n;
        } else if (auto *line = qobject_cast<QXYSeries *>(series)) {
            line->setColor(seriesColour(n++));
        }
    }
}

} // namespace doo::ChartAxes
