// The Analytics page offscreen: every chart holds the expected series, summary cards, the empty
// state, the light/dark theme following the palette, hover values, and the PNG, CSV and PDF exports
// (the PDF read back with pdftotext).

#include "DashboardTestHelpers.h"
#include "DatabaseTestCase.h"

#include "AnalyticsPage.h"
#include "DashboardCharts.h"
#include "domain/EnglishPlurals.h"
#include "itemmodels/DashboardModel.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QProcess>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace doo;
using namespace doo::test;

namespace {

QStringList points(const QXYSeries *series)
{
    QStringList out;
    for (const QPointF &p : series->points())
        out << QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date().toString(Qt::ISODate) + QLatin1Char('=')
                + QString::number(p.y());
    return out;
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> out;
    for (int i = 0; i < set->count(); ++i)
        out << set->at(i);
    return out;
}

QAbstractBarSeries *bars(DashboardCharts *charts, DashboardCharts::Chart chart)
{
    return qobject_cast<QAbstractBarSeries *>(charts->view(chart)->chart()->series().value(0));
}

QLineSeries *line(DashboardCharts *charts, DashboardCharts::Chart chart)
{
    QAbstractSeries *s = charts->view(chart)->chart()->series().value(0);
    if (auto *area = qobject_cast<QAreaSeries *>(s))
        return area->upperSeries();
    return qobject_cast<QLineSeries *>(s);
}

QStringList categories(DashboardCharts *charts, DashboardCharts::Chart chart)
{
    const auto axes = charts->view(chart)->chart()->axes();
    for (QAbstractAxis *axis : axes)
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            return c->categories();
    return {};
}

QString cardText(QWidget *page, const char *key, const char *label)
{
    QWidget *card = page->findChild<QWidget *>(QStringLiteral("card_") + QString::fromLatin1(key));
    return card ? card->findChild<QLabel *>(QString::fromLatin1(label))->text() : QString();
}

} // namespace

class TestAnalyticsPage : public DatabaseTestCase
{
    Q_OBJECT

    // A week of figures, two tasks, one workflow run (UTC user).
    static User fill(TestDatabase &t)
    {
        const User u = t.addUser(QStringLiteral("dana@example.com"), UserRole::Director);
        setZone(t.db(), u.id, QStringLiteral("UTC"));
        addDay(t.db(), u.id, date("2026-03-30"), 2, 3, 25, 4);
        addDay(t.db(), u.id, date("2026-03-31"), 4, 5, 50, 4);
        addDay(t.db(), u.id, date("2026-04-02"), 1, 1, 12.5, 5);
        addTask(t.db(), u.id, utc("2026-03-30T08:00:00Z"), utc("2026-03-31T08:00:00Z"), utc("2026-03-30T20:00:00Z"));
        addTask(t.db(), u.id, utc("2026-04-01T08:00:00Z"), {}, {}, 2048);
        const QString w = addWorkflowRow(t.db(), u.id, QStringLiteral("Weekly report"));
        addExecution(t.db(), w, utc("2026-03-31T09:00:00Z"), "SUCCESS", 90, 1);
        return u;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installEnglishPlurals()); // "1 run", as the window shows it
    }
    void chartsHoldTheSeries();
    void emptyRangeAndTheme();
    void exports();
};

void TestAnalyticsPage::chartsHoldTheSeries()
{
    auto &t = database();
    const User u = fill(t);
    AnalyticsPage page(t.db(), u);
    page.resize(1100, 900);
    page.setCustomRange(date("2026-03-30"), date("2026-04-05"));
    DashboardCharts *charts = page.charts();

    QCOMPARE(points(line(charts, DashboardCharts::HoursSaved)),
             (QStringList{QStringLiteral("2026-03-30=2"), QStringLiteral("2026-03-31=4"), QStringLiteral("2026-04-02=1")}));
    QCOMPARE(points(line(charts, DashboardCharts::Efficiency)),
             (QStringList{QStringLiteral("2026-03-30=25"), QStringLiteral("2026-03-31=50"), QStringLiteral("2026-04-02=12.5")}));
    QCOMPARE(points(line(charts, DashboardCharts::ActiveWorkflows)),
             (QStringList{QStringLiteral("2026-03-30=4"), QStringLiteral("2026-04-02=4"), QStringLiteral("2026-04-02=5"),
                          QStringLiteral("2026-04-03=5")}));
    QAbstractBarSeries *tasks = bars(charts, DashboardCharts::TasksAutomated);
    QCOMPARE(tasks->count(), 1);
    QCOMPARE(values(tasks->barSets().at(0)), (QList<qreal>{3, 5, 1}));
    QCOMPARE(categories(charts, DashboardCharts::TasksAutomated),
             (QStringList{QStringLiteral("30 Mar"), QStringLiteral("31 Mar"), QStringLiteral("2 Apr")}));
    QAbstractBarSeries *workflows = bars(charts, DashboardCharts::WorkflowHours);
    QCOMPARE(values(workflows->barSets().at(0)), (QList<qreal>{1.5}));
    QCOMPARE(categories(charts, DashboardCharts::WorkflowHours), QStringList{QStringLiteral("Weekly report")});
    QAbstractBarSeries *flow = bars(charts, DashboardCharts::TaskFlow);
    QCOMPARE(flow->count(), 2);
    QCOMPARE(flow->barSets().at(0)->label(), QStringLiteral("Created"));
    QCOMPARE(values(flow->barSets().at(0)), (QList<qreal>{2}));
    QCOMPARE(values(flow->barSets().at(1)), (QList<qreal>{1}));
    QVERIFY2(
        charts->view(DashboardCharts::TaskFlow)->chart()->title().contains(QStringLiteral("lead time 24.0 h, cycle time 12.0 h")),
        qPrintable(charts->view(DashboardCharts::TaskFlow)->chart()->title()));
    QCOMPARE(values(bars(charts, DashboardCharts::Funnel)->barSets().at(0)), (QList<qreal>{0, 0, 0, 0}));

    QCOMPARE(cardText(&page, "hoursSaved", "cardValue"), QStringLiteral("7.0 h"));
    QCOMPARE(cardText(&page, "hoursSaved", "cardChange"), QStringLiteral("Nothing in the previous period"));
    QCOMPARE(cardText(&page, "efficiencyScore", "cardValue"), QStringLiteral("29.2%"));
    QCOMPARE(cardText(&page, "tasksCompleted", "cardValue"), QStringLiteral("1"));

    // Weeks instead of days: one point for the whole week.
    page.findChild<QComboBox *>(QStringLiteral("bucketCombo"))->setCurrentIndex(2);
    QCOMPARE(points(line(charts, DashboardCharts::HoursSaved)), QStringList{QStringLiteral("2026-03-30=7")});
    QCOMPARE(categories(charts, DashboardCharts::TasksAutomated), QStringList{QStringLiteral("Week 14")});

    // "By day" over more than 400 days is drawn by week, and says so.
    page.setCustomRange(date("2025-01-01"), date("2026-04-05"));
    page.findChild<QComboBox *>(QStringLiteral("bucketCombo"))->setCurrentIndex(1);
    QCOMPARE(toString(page.model()->data().bucket), QStringLiteral("week"));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("analyticsMessage"))->text(),
             QStringLiteral("Too many days for one chart: showing weeks."));
    page.setCustomRange(date("2026-03-30"), date("2026-04-05"));
    QCOMPARE(toString(page.model()->data().bucket), QStringLiteral("day"));

    // Hovering shows the value.
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.findChild<QComboBox *>(QStringLiteral("bucketCombo"))->setCurrentIndex(1);
    Q_EMIT line(charts, DashboardCharts::Efficiency)->hovered(QPointF(DashboardModel::timeOf(date("2026-03-31")), 50), true);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("31 Mar: 50.0%"));
    Q_EMIT line(charts, DashboardCharts::ActiveWorkflows)->hovered(QPointF(DashboardModel::timeOf(date("2026-04-01")), 4), true);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("31 Mar: 4 active workflows"));
    auto *area = qobject_cast<QAreaSeries *>(charts->view(DashboardCharts::HoursSaved)->chart()->series().value(0));
    Q_EMIT area->hovered(QPointF(DashboardModel::timeOf(date("2026-04-02")), 1), true);
    QTRY_COMPARE(QToolTip::text(), QStringLiteral("2 Apr: 1.0 h saved"));
    // Bars answer real mouse moves (tst_chartvalues), not their series' hovered signal.
}

void TestAnalyticsPage::emptyRangeAndTheme()
{
    auto &t = database();
    const User u = fill(t);
    AnalyticsPage page(t.db(), u);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *empty = page.findChild<QLabel *>(QStringLiteral("emptyState"));
    page.setCustomRange(date("2025-01-01"), date("2025-01-31"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("Nothing to show from 2025-01-01 to 2025-01-31")));
    QVERIFY(!page.charts()->view(DashboardCharts::HoursSaved)->isVisible());
    page.setCustomRange(date("2026-03-30"), date("2026-04-05"));
    QVERIFY(!empty->isVisible());
    QVERIFY(page.charts()->view(DashboardCharts::HoursSaved)->isVisible());

    // The charts follow the palette's lightness.
    QPalette dark = page.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x24));
    dark.setColor(QPalette::WindowText, Qt::white);
    page.setPalette(dark);
    QVERIFY(page.charts()->isDark());
    QCOMPARE(page.charts()->view(DashboardCharts::Funnel)->chart()->theme(), QChart::ChartThemeDark);
    QPalette light = page.palette();
    light.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    page.setPalette(light);
    QCOMPARE(page.charts()->view(DashboardCharts::Funnel)->chart()->theme(), QChart::ChartThemeLight);
}

void TestAnalyticsPage::exports()
{
    auto &t = database();
    const User u = fill(t);
    AnalyticsPage page(t.db(), u);
    page.resize(1100, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setCustomRange(date("2026-03-30"), date("2026-04-05"));
    QTemporaryDir dir;
    QStringList asked;
    page.setPathAsker([&](const QString &, const QString &name, const QString &) {
        asked << name;
        return dir.filePath(name);
    });

    // The CSV through the menu: the file name says what and when.
    page.findChild<QAction *>(QStringLiteral("actionExportCsv"))->trigger();
    QCOMPARE(asked, QStringList{QStringLiteral("analytics-series-2026-03-30-2026-04-05.csv")});
    QFile csv(dir.filePath(asked.last()));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(),
             QByteArray("bucket,start,hours_saved,tasks_automated,efficiency_score,active_workflows\r\n"
                        "day,2026-03-30,2.00,3,25.00,4\r\n"
                        "day,2026-03-31,4.00,5,50.00,4\r\n"
                        "day,2026-04-02,1.00,1,12.50,5\r\n"));

    page.findChild<QAction *>(QStringLiteral("actionExportPng_efficiencyScore"))->trigger();
    QCOMPARE(asked.last(), QStringLiteral("analytics-efficiencyScore-2026-03-30-2026-04-05.png"));
    const QImage png(dir.filePath(asked.last()));
    QVERIFY(!png.isNull());
    QCOMPARE(png.size() / png.devicePixelRatio(), page.charts()->view(DashboardCharts::Efficiency)->size());

    page.findChild<QAction *>(QStringLiteral("actionExportPdf"))->trigger();
    const QString pdf = dir.filePath(asked.last());
    QVERIFY(QFile::exists(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY2(text.waitForFinished(30000) && text.exitCode() == 0, "pdftotext (poppler-utils) could not read the PDF");
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    for (const char *expected :
         {"Analytics report", "2026-03-30 to 2026-04-05 (7 days)", "Compared with 2026-03-23 to 2026-03-29", "Hours saved",
          "7.0 h", "Efficiency score", "29.2%", "Tasks completed", "Top workflows", "Weekly report"})
        QVERIFY2(out.contains(QString::fromLatin1(expected)), expected);

    // A file that cannot be written is reported, and nothing else is touched.
    QVERIFY(!page.exportPdf(dir.filePath(QStringLiteral("missing/folder/report.pdf"))));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("analyticsMessage"))->text().contains(QStringLiteral("cannot write")));
}

QTEST_MAIN(TestAnalyticsPage)
#include "tst_analyticspage.moc"
