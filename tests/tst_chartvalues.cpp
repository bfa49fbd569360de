// The Analytics charts offscreen, through real mouse events: hovering a point or a bar shows its
// value; a bucket only partly in the range is marked as partial; long ranges show years; an empty
// chart has whole-number ticks; the cards' comparisons read as sentences, coloured only when
// there is something to compare with; a dark palette keeps the series colours of the light one,
// and a palette changed while the program runs repaints the cards and every chart's axis labels.

#include "DashboardTestHelpers.h"
#include "DatabaseTestCase.h"

#include "AnalyticsPage.h"
#include "ChartAxes.h"
#include "ConsultationStatsPanel.h"
#include "DashboardCharts.h"
#include "domain/EnglishPlurals.h"
#include "itemmodels/DashboardModel.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHelpEvent>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

using namespace doo;
using namespace doo::test;

namespace {

// Moves the mouse over `value` (in the series' coordinates) of a chart, as a user would: mouse
// move events to the chart's viewport (QTest::mouseMove would go through QCursor::setPos, whose
// events the offscreen platform gives to whatever window is at that point, the tool tip's too).
void hover(QChartView *view, QAbstractSeries *series, const QPointF &value)
{
    QChart *chart = view->chart();
    const QPoint at = view->mapFromScene(chart->mapToScene(chart->mapToPosition(value, series)));
    for (const QPoint &p : {QPoint(1, 1), at}) { // from outside the plot, so that hover enters
        QMouseEvent move(QEvent::MouseMove, p, view->viewport()->mapToGlobal(p), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
    }
}

QString cardText(QWidget *page, const char *key, const char *label)
{
    QWidget *card = page->findChild<QWidget *>(QStringLiteral("card_") + QString::fromLatin1(key));
    return card ? card->findChild<QLabel *>(QString::fromLatin1(label))->text() : QString();
}

} // namespace

class TestChartValues : public DatabaseTestCase
{
    Q_OBJECT

    // A week of figures and two workflows' runs (UTC user).
    static User fill(TestDatabase &t)
    {
        const User u = t.addUser(QStringLiteral("dana@example.com"), UserRole::Director);
        setZone(t.db(), u.id, QStringLiteral("UTC"));
        addDay(t.db(), u.id, date("2026-03-30"), 2, 3, 25, 4);
        addDay(t.db(), u.id, date("2026-03-31"), 3.5, 5, 43.75, 4);
        addDay(t.db(), u.id, date("2026-04-02"), 1, 1, 12.5, 5);
        const QString report = addWorkflowRow(t.db(), u.id, QStringLiteral("Weekly report"));
        const QString triage = addWorkflowRow(t.db(), u.id, QStringLiteral("Daily triage"));
        addExecution(t.db(), report, utc("2026-03-30T09:00:00Z"), "SUCCESS", 120, 1);
        addExecution(t.db(), triage, utc("2026-03-31T09:00:00Z"), "SUCCESS", 210, 0);
        addExecution(t.db(), triage, utc("2026-04-02T09:00:00Z"), "SUCCESS", 60, 0);
        return u;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installEnglishPlurals());
    }
    void hoverShowsValues();
    void partialBucketsAxesAndWords();
    void axisLabelsDiffer();
    void darkPalette();
    void paletteChangedAtRunTime();
};

void TestChartValues::hoverShowsValues()
{
    auto &t = database();
    const User u = fill(t);
    AnalyticsPage page(t.db(), u);
    page.resize(1366, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setCustomRange(date("2026-03-30"), date("2026-04-05"));
    DashboardCharts *charts = page.charts();

    QChartView *workflows = charts->view(DashboardCharts::WorkflowHours);
    QAbstractSeries *bars = workflows->chart()->series().value(0);
    // Least first: Weekly report (2 h) at index 0, Daily triage (4.5 h) at index 1.
    hover(workflows, bars, QPointF(2.25, 1));
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Daily triage: 4.5 h saved in 2 runs"));
    hover(workflows, bars, QPointF(1, 0));
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Weekly report: 2.0 h saved in 1 run"));

    QChartView *hours = charts->view(DashboardCharts::HoursSaved);
    hover(hours, hours->chart()->series().value(0), QPointF(DashboardModel::timeOf(date("2026-03-31")), 3.5));
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("31 Mar: 3.5 h saved"));

    QChartView *efficiency = charts->view(DashboardCharts::Efficiency);
    hover(efficiency, efficiency->chart()->series().value(0), QPointF(DashboardModel::timeOf(date("2026-04-02")), 12.5));
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("2 Apr: 12.5%"));

    QChartView *tasks = charts->view(DashboardCharts::TasksAutomated);
    hover(tasks, tasks->chart()->series().value(0), QPointF(1, 2.5));
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("31 Mar: 5 tasks automated"));

    // The mouse rests: the tool tip event keeps the value instead of hiding it.
    const QPoint at = tasks->viewport()->mapFromGlobal(QCursor::pos());
    QHelpEvent rest(QEvent::ToolTip, at, QCursor::pos());
    QApplication::sendEvent(tasks->viewport(), &rest);
    QCOMPARE(QToolTip::text(), QStringLiteral("31 Mar: 5 tasks automated"));
}

void TestChartValues::partialBucketsAxesAndWords()
{
    auto &t = database();
    const User u = fill(t);
    AnalyticsPage page(t.db(), u);
    page.resize(1366, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    DashboardCharts *charts = page.charts();

    // Wednesday to Wednesday by week: the first and the last week are only partly in the range.
    page.setCustomRange(date("2026-03-25"), date("2026-04-01"));
    page.findChild<QComboBox *>(QStringLiteral("bucketCombo"))->setCurrentIndex(2);
    QCOMPARE(toString(page.model()->data().bucket), QStringLiteral("week"));
    QChartView *tasks = charts->view(DashboardCharts::TasksAutomated);
    auto *bars = qobject_cast<QAbstractBarSeries *>(tasks->chart()->series().value(0));
    QCOMPARE(bars->barSets().at(0)->count(), 1); // only 2026-W14 has figures
    QVERIFY(bars->barSets().at(0)->isBarSelected(0));
    QVERIFY2(tasks->chart()->title().contains(QStringLiteral("partial week")), qPrintable(tasks->chart()->title()));
    hover(tasks, bars, QPointF(0, 4));
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("Week 14 (partial week): 8 tasks automated"));
    // A whole week is not marked.
    page.setCustomRange(date("2026-03-30"), date("2026-04-05"));
    bars = qobject_cast<QAbstractBarSeries *>(tasks->chart()->series().value(0));
    QVERIFY(!bars->barSets().at(0)->isBarSelected(0));
    QVERIFY(!tasks->chart()->title().contains(QStringLiteral("partial")));

    // The cards compare in sentences; the efficiency score says what it is.
    page.findChild<QComboBox *>(QStringLiteral("bucketCombo"))->setCurrentIndex(0);
    QCOMPARE(cardText(&page, "hoursSaved", "cardChange"), QStringLiteral("Nothing in the previous period"));
    QCOMPARE(cardText(&page, "consultationsCompleted", "cardChange"), QStringLiteral("Nothing in this or the previous period"));
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("card_efficiencyScore"))->toolTip().contains(QStringLiteral("8-hour")));

    // Years on the time axes when the range crosses a new year or is long.
    auto *axis = qobject_cast<QDateTimeAxis *>(charts->view(DashboardCharts::HoursSaved)->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->format(), QStringLiteral("d MMM"));
    page.setCustomRange(date("2025-12-20"), date("2026-01-10"));
    QCOMPARE(axis->format(), QStringLiteral("d MMM yyyy"));
    page.setCustomRange(date("2025-01-01"), date("2026-04-05"));
    QCOMPARE(axis->format(), QStringLiteral("MMM yyyy"));
}

void TestChartValues::axisLabelsDiffer()
{
    // An empty chart and a small one: no two labels of an axis alike (never 0, 0, 0, 1, 1, 1).
    for (double max : {0.0, 0.3, 0.5, 1.0, 2.4, 7.0, 250.0}) {
        QValueAxis axis;
        ChartAxes::setValueRange(&axis, max);
        QVERIFY(axis.max() >= max);
        QStringList labels;
        for (int i = 0; i < axis.tickCount(); ++i) {
            const double v = axis.min() + (axis.max() - axis.min()) * i / (axis.tickCount() - 1);
            labels << QString::asprintf(axis.labelFormat().toLatin1().constData(), v);
        }
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
        if (max == 0.0)
            QCOMPARE(labels, (QStringList{QStringLiteral("0"), QStringLiteral("1")}));
    }
}

void TestChartValues::darkPalette()
{
    auto &t = database();
    const User u = fill(t);
    AnalyticsPage page(t.db(), u);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setCustomRange(date("2026-03-30"), date("2026-04-05"));
    DashboardCharts *charts = page.charts();
    auto colourOf = [charts](DashboardCharts::Chart chart) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(charts->view(chart)->chart()->series().value(0));
        return bars->barSets().at(0)->color();
    };
    const QColor lightBars = colourOf(DashboardCharts::WorkflowHours);
    auto *area = qobject_cast<QAreaSeries *>(charts->view(DashboardCharts::HoursSaved)->chart()->series().value(0));
    const QColor lightArea = area->borderColor();
    ConsultationStatsPanel consultations;
    consultations.resize(900, 300);
    consultations.setStats({}, {{date("2026-03-30"), 3}, {date("2026-04-06"), 5}});
    consultations.show();

    const QPalette before = QApplication::palette();
    QPalette dark = before;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QTRY_VERIFY(charts->isDark());
    QCOMPARE(colourOf(DashboardCharts::WorkflowHours), lightBars);
    QCOMPARE(area->borderColor(), lightArea);
    QCOMPARE(consultations.findChild<QChartView *>(QStringLiteral("requestsChart"))->chart()->theme(), QChart::ChartThemeDark);
    // The cards' captions are whole or elided with the whole text in their tool tip, never cut.
    for (QLabel *caption : page.findChildren<QLabel *>(QStringLiteral("cardCaption")))
        QVERIFY2(caption->text().endsWith(QChar(0x2026))
                     ? !caption->toolTip().isEmpty()
                     : caption->fontMetrics().horizontalAdvance(caption->text()) <= caption->contentsRect().width(),
                 qPrintable(caption->text()));
    const QString folder = qEnvironmentVariable("DOO_SCREENSHOTS");
    if (!folder.isEmpty()) {
        page.grab().save(folder + QStringLiteral("/analytics-dark.png"));
        consultations.grab().save(folder + QStringLiteral("/consultations-dark.png"));
    }
    QApplication::setPalette(before);
    QTRY_VERIFY(!charts->isDark());
    if (!folder.isEmpty())
        page.grab().save(folder + QStringLiteral("/analytics-light.png"));
}

void TestChartValues::paletteChangedAtRunTime()
{
    auto &t = database();
    const User u = fill(t);
    AnalyticsPage page(t.db(), u);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *hours = page.findChild<QWidget *>(QStringLiteral("card_hoursSaved"));
    auto *change = hours->findChild<QLabel *>(QStringLiteral("cardChange"));
    // Up against the day before: green, not the text colour.
    page.setCustomRange(date("2026-03-31"), date("2026-04-01"));
    QVERIFY2(!cardText(&page, "hoursSaved", "cardChange").startsWith(QStringLiteral("Nothing")),
             qPrintable(cardText(&page, "hoursSaved", "cardChange")));
    const QColor up = change->palette().color(QPalette::WindowText);
    QVERIFY2(up != page.palette().color(QPalette::WindowText) && up.green() > up.red(), qPrintable(up.name()));
    // Nothing in the previous period is neither good nor bad: the normal text colour.
    page.setCustomRange(date("2026-03-30"), date("2026-04-05"));
    QCOMPARE(cardText(&page, "hoursSaved", "cardChange"), QStringLiteral("Nothing in the previous period"));
    QCOMPARE(change->palette().color(QPalette::WindowText), page.palette().color(QPalette::WindowText));

    ConsultationStatsPanel consultations;
    consultations.resize(900, 300);
    consultations.setStats({}, {{date("2026-03-30"), 3}, {date("2026-04-06"), 5}});
    consultations.show();
    QVERIFY(QTest::qWaitForWindowExposed(&consultations));
    // A point of the card's background, right of its texts.
    auto cardBackground = [hours] {
        const QImage image = hours->grab().toImage();
        return QColor(image.pixel(image.width() - 5, image.height() / 2));
    };
    const QPalette before = QApplication::palette();
    QCOMPARE(cardBackground(), before.color(QPalette::Base));

    QPalette dark = before;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QTRY_VERIFY(page.charts()->isDark());
    QTRY_COMPARE(cardBackground(), dark.color(QPalette::Base));
    QCOMPARE(change->palette().color(QPalette::WindowText), dark.color(QPalette::WindowText));
    // Every chart's axis labels in the window's text colour: readable on the dark chart.
    QList<QChart *> charts{consultations.findChild<QChartView *>(QStringLiteral("requestsChart"))->chart()};
    for (int c = 0; c < DashboardCharts::ChartCount; ++c)
        charts << page.charts()->view(DashboardCharts::Chart(c))->chart();
    for (QChart *chart : std::as_const(charts)) {
        QCOMPARE(chart->theme(), QChart::ChartThemeDark);
        QVERIFY(!chart->axes().isEmpty());
        for (QAbstractAxis *axis : chart->axes())
            QVERIFY2(axis->labelsBrush().color() == dark.color(QPalette::WindowText), qPrintable(chart->title()));
        QCOMPARE(chart->titleBrush().color(), dark.color(QPalette::WindowText));
    }
    // And drawn: light text left of the Consultations chart's plot (the counts) and under it (the weeks).
    QChartView *requests = consultations.findChild<QChartView *>(QStringLiteral("requestsChart"));
    auto lightPixels = [requests](bool left) {
        const QImage image = requests->grab().toImage();
        const QRect plot = requests->mapFromScene(requests->chart()->mapToScene(requests->chart()->plotArea())).boundingRect();
        const QRect strip = left ? QRect(0, plot.top(), plot.left() - 3, plot.height())
                                 : QRect(plot.left(), plot.bottom() + 3, plot.width(), image.height() - plot.bottom() - 3);
        int n = 0;
        for (int y = strip.top(); y <= strip.bottom(); ++y)
            for (int x = strip.left(); x <= strip.right(); ++x)
                n += QColor(image.pixel(x, y)).lightness() > 160;
        return n;
    };
    QTRY_VERIFY(lightPixels(true) > 10);
    QVERIFY(lightPixels(false) > 10);
    // And back.
    QApplication::setPalette(before);
    QTRY_COMPARE(cardBackground(), before.color(QPalette::Base));
    for (QChart *chart : std::as_const(charts))
        for (QAbstractAxis *axis : chart->axes())
            QCOMPARE(axis->labelsBrush().color(), before.color(QPalette::WindowText));
}

QTEST_MAIN(TestChartValues)
#include "tst_chartvalues.moc"
