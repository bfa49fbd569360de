#pragma once

#include "domain/DashboardData.h"

#include <QColor>
#include <QList>
#include <QString>

class QBarCategoryAxis;
class QChart;
class QPalette;
class QValueAxis;

namespace doo::ChartAxes {

// A value axis from 0 to a little above `max`, with labels as precise as its ticks (0, 0.2, 0.4 …
// rather than 0, 0, 0, 1, 1, 1); an empty chart goes from 0 to 1 in whole numbers.
void setValueRange(QValueAxis *axis, double max);
// Counts: whole numbers on every tick (0..5 with six ticks rather than 0, 1.25, 2.5, ...; 0..10 by 2).
void setCountRange(QValueAxis *axis, double max);
// Category labels must be unique on an axis: long ones are shortened and repeated ones numbered.
void setCategories(QBarCategoryAxis *axis, const QStringList &texts, bool horizontal);

// The date format of a time axis over `range`: day and month; with the year when the range
// crosses a new year; month and year for ranges over three months.
QString timeAxisFormat(const DateRange &range);
// A bucket's short label under a bar, in the time axes' style and the locale: "30 Mar", "Week 14",
// "Mar 2026" (domain/LocaleFormat).
QString barLabel(const QDate &start, Bucket bucket, const DateRange &range);

// The series colours, the same in the light and the dark theme (the dark theme's own are another
// set): the n-th series of a chart gets seriesColour(n).
QColor seriesColour(int n);
// The colour of a bucket only partly in the range: the series colour, faded.
QColor partialColour(const QColor &colour);
// Applies the light or dark theme to `chart` and gives its series the fixed colours.
void applyTheme(QChart *chart, bool dark);
// A palette whose window is dark.
bool isDark(const QPalette &palette);
// The chart in `palette`: the light or dark theme as isDark() says, the fixed series colours, and
// its background, title, legend and every axis's labels and title in the palette's colours (a
// theme's own label colour may be unreadable on the window's background). Call it again after
// adding an axis: a new axis gets the theme's colours.
void followPalette(QChart *chart, const QPalette &palette);
// Gives the chart's series (bar sets included, which model mappers make anew) the fixed colours.
void colourSeries(QChart *chart);

} // namespace doo::ChartAxes
