#include "ConsultationStatsPanel.h"

#include "ChartAxes.h"
#include "domain/LocaleFormat.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QValueAxis>

namespace doo {

namespace {
QString percent(double rate)
{
    return LocaleFormat::percent(rate * 100, 0);
}
} // namespace

ConsultationStatsPanel::ConsultationStatsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("consultationStats"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *figures = new QWidget(this);
    auto *grid = new QGridLayout(figures);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setHorizontalSpacing(18);
    const QList<QPair<QString, QString>> keys = {
        {QStringLiteral("total"), tr("Requests")},          {QStringLiteral("pending"), tr("Pending")},
        {QStringLiteral("scheduled"), tr("Scheduled")},     {QStringLiteral("completed"), tr("Completed")},
        {QStringLiteral("cancelled"), tr("Cancelled")},     {QStringLiteral("completionRate"), tr("Completion rate")},
        {QStringLiteral("noShowRate"), tr("No-show rate")}, {QStringLiteral("averageDays"), tr("Days to meeting")},
    };
    for (int i = 0; i < keys.size(); ++i) {
        auto *box = new QWidget(figures);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(0);
        QLabel *value = addFigure(keys.at(i).first, keys.at(i).second);
        value->setParent(box);
        auto *caption = new QLabel(keys.at(i).second, box);
        caption->setForegroundRole(QPalette::PlaceholderText); // muted, and following a dark palette
        v->addWidget(value);
        v->addWidget(caption);
        grid->addWidget(box, i / 4, i % 4);
    }
    layout->addWidget(figures);

    m_chart = new QChart;
    m_chart->setLocale(QLocale());
    m_chart->setLocalizeNumbers(true);
    m_chart->setTitle(tr("Requests per week"));
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("requestsChart"));
    m_view->setAccessibleName(m_chart->title());
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(170);
    layout->addWidget(m_view, 1);
    m_weeksAxis = new QBarCategoryAxis(m_chart);
    m_countAxis = new QValueAxis(m_chart);
    m_chart->addAxis(m_weeksAxis, Qt::AlignBottom);
    m_chart->addAxis(m_countAxis, Qt::AlignLeft);
    ChartAxes::setCountRange(m_countAxis, 0);
    applyPalette();
}

void ConsultationStatsPanel::applyPalette()
{
    // A dark window gets a dark chart, its axes' labels in the window's text colour, with the
    // Analytics charts' series colours.
    ChartAxes::followPalette(m_chart, palette());
    m_chart->setBackgroundRoundness(0);
    QFont title = m_chart->titleFont(); // bold, as the Analytics charts' titles
    title.setBold(true);
    m_chart->setTitleFont(title);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_weeksAxis), static_cast<QAbstractAxis *>(m_countAxis)}) {
        QFont small = font(); // after the theme, which sets the axes' fonts
        if (small.pointSizeF() > 0)
            small.setPointSizeF(small.pointSizeF() * 0.85);
        axis->setLabelsFont(small);
    }
}

QLabel *ConsultationStatsPanel::addFigure(const QString &key, const QString &)
{
    auto *label = new QLabel(QStringLiteral("–"), this);
    label->setObjectName(QStringLiteral("figure_") + key);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    label->setFont(f);
    m_figures.insert(key, label);
    return label;
}

QString ConsultationStatsPanel::figure(const QString &key) const
{
    const QLabel *label = m_figures.value(key);
    return label ? label->text() : QString();
}

void ConsultationStatsPanel::setStats(const ConsultationStats &s, const QList<WeeklyCount> &weeks)
{
    m_figures.value(QStringLiteral("total"))->setText(LocaleFormat::integer(s.total));
    m_figures.value(QStringLiteral("pending"))->setText(LocaleFormat::integer(s.pending));
    m_figures.value(QStringLiteral("scheduled"))->setText(LocaleFormat::integer(s.scheduled));
    m_figures.value(QStringLiteral("completed"))->setText(LocaleFormat::integer(s.completed));
    m_figures.value(QStringLiteral("cancelled"))->setText(LocaleFormat::integer(s.cancelled));
    m_figures.value(QStringLiteral("completionRate"))->setText(percent(s.completionRate));
    m_figures.value(QStringLiteral("noShowRate"))->setText(percent(s.noShowRate));
    m_figures.value(QStringLiteral("averageDays"))->setText(LocaleFormat::decimal(s.averageDaysToConsultation, 1));

    m_chart->removeAllSeries();
    auto *set = new QBarSet(tr("Requests"));
    QStringList categories;
    int most = 0;
    for (const WeeklyCount &w : weeks) {
        *set << w.requests;
        categories << LocaleFormat::dayMonth(w.weekStart);
        most = std::max(most, w.requests);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    m_chart->addSeries(series);
    series->attachAxis(m_weeksAxis);
    series->attachAxis(m_countAxis);
    ChartAxes::setCategories(m_weeksAxis, categories, false);
    // A quarter's weeks ("30 Mar") fit side by side in this wide, low chart: upright they would
    // take half its height.
    if (categories.size() <= 14)
        m_weeksAxis->setLabelsAngle(0);
    ChartAxes::setCountRange(m_countAxis, most); // whole numbers on every tick
    ChartAxes::colourSeries(m_chart);
    m_bars = int(weeks.size());
}

void ConsultationStatsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

} // namespace doo
