// The dashboard's data on both backends: buckets (a week crossing a new year, ISO week 53),
// summaries with the previous range, task flow in the user's time zone across a DST change, hours
// per workflow from executions, the consultation funnel, and the chart tables.

#include "Checks.h"
#include "ClockGuard.h"
#include "DashboardTestHelpers.h"
#include "DatabaseTestCase.h"
#include "WorkflowTestHelpers.h"

#include "domain/Clock.h"
#include "itemmodels/ChartTableModel.h"
#include "repositories/DashboardLoader.h"
#include "repositories/DashboardQueries.h"
#include "itemmodels/DashboardModel.h"
#include "repositories/ConsultationRepository.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

// "label hours tasks score active" per point.
QStringList describe(const QList<AnalyticsPoint> &points, Bucket bucket)
{
    QStringList out;
    for (const AnalyticsPoint &p : points)
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(bucketLabel(p.start, bucket))
                   .arg(p.timeSaved)
                   .arg(p.tasksAutomated)
                   .arg(p.efficiencyScore, 0, 'f', 4)
                   .arg(p.activeWorkflows);
    return out;
}

// The year's turn: Sunday 2026-12-27 ends ISO week 52; 2026-12-28 .. 2027-01-03 is 2026-W53.
void addYearEnd(Database &db, const QString &userId)
{
    addDay(db, userId, date("2026-12-27"), 1.0, 1, 12.5, 3);
    addDay(db, userId, date("2026-12-28"), 2.0, 2, 25, 4);
    addDay(db, userId, date("2026-12-31"), 4.0, 3, 50, 4);
    addDay(db, userId, date("2027-01-01"), 0.5, 1, 6.25, 5);
    addDay(db, userId, date("2027-01-03"), 1.5, 2, 18.75, 5);
    addDay(db, userId, date("2027-01-04"), 8.0, 4, 100, 6);
}

} // namespace

class TestDashboardQueries : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestDashboardQueries() : DatabaseTestCase(QStringLiteral("dana@example.com"), UserRole::Director) { }

private Q_SLOTS:
    void ranges();
    void weekCrossingTheYear();
    void summaryWithPrevious();
    void taskFlowAcrossDst();
    void workflowsAndConsultations();
    void chartTables();
    void emptyAndInvalidRanges();
};

void TestDashboardQueries::ranges()
{
    const QDate today = date("2026-11-25");
    QCOMPARE(DateRange::preset(DateRange::Preset::Days7, today, {}).from, date("2026-11-19"));
    QCOMPARE(DateRange::preset(DateRange::Preset::Days30, today, {}).from, date("2026-10-27"));
    QCOMPARE(DateRange::preset(DateRange::Preset::Days90, today, {}).from, date("2026-08-28"));
    QCOMPARE(DateRange::preset(DateRange::Preset::Year, today, {}).from, date("2025-11-26"));
    QCOMPARE(DateRange::preset(DateRange::Preset::All, today, date("2021-03-04")).from, date("2021-03-04"));
    QCOMPARE(DateRange::preset(DateRange::Preset::All, today, {}).from, today);
    const DateRange r{date("2026-11-01"), date("2026-11-30")};
    QCOMPARE(r.days(), 30);
    QCOMPARE(r.previous().from, date("2026-10-02"));
    QCOMPARE(r.previous().to, date("2026-10-31"));
    // Years 1 to 9999: the range before one near the first day is cut there, or has no day.
    QCOMPARE(DateRange({date("0001-01-03"), date("0001-01-12")}).previous().from, date("0001-01-01"));
    QCOMPARE(DateRange({date("0001-01-03"), date("0001-01-12")}).previous().to, date("0001-01-02"));
    QVERIFY(DateRange({date("0001-01-01"), date("0001-01-05")}).previous().to < DateRange::firstDay());
    QVERIFY(DateRange({date("0001-01-01"), date("9999-12-31")}).validate().ok());
    QCOMPARE(DateRange({QDate(0, 12, 31), date("0001-01-05")}).validate().error().field, QStringLiteral("from"));
    QCOMPARE(DateRange({date("0001-01-05"), QDate(10000, 1, 1)}).validate().error().field, QStringLiteral("to"));
    QCOMPARE(DateRange({date("0001-01-05"), date("0001-01-04")}).validate().error().field, QStringLiteral("to"));
    QCOMPARE(toString(r.autoBucket()), QStringLiteral("day"));
    QCOMPARE(toString((DateRange{date("2026-01-01"), date("2026-02-01")}).autoBucket()), QStringLiteral("week")); // 32 days
    QCOMPARE(toString((DateRange{date("2024-01-01"), date("2024-12-31")}).autoBucket()), QStringLiteral("week")); // 366 days
    QCOMPARE(toString((DateRange{date("2024-01-01"), date("2025-01-01")}).autoBucket()), QStringLiteral("month"));
    QCOMPARE(bucketLabel(date("2027-01-03"), Bucket::Week), QStringLiteral("2026-W53"));
    QCOMPARE(bucketLabel(date("2027-01-04"), Bucket::Week), QStringLiteral("2027-W01"));
    QCOMPARE(bucketLabel(date("2026-12-29"), Bucket::Month), QStringLiteral("2026-12"));
    QCOMPARE(changeText(3.5, 2.0), QStringLiteral("+75.0%"));
    QCOMPARE(changeText(1.0, 4.0), QStringLiteral("-75.0%"));
    QCOMPARE(changeText(2.0, 2.0), QStringLiteral("no change"));
    QCOMPARE(changeText(2.0, 0.0), QStringLiteral("new"));
    QCOMPARE(changeText(0.0, 0.0), QStringLiteral("–"));
}

void TestDashboardQueries::weekCrossingTheYear()
{
    auto &t = database();
    const User &u = defaultUser();
    addYearEnd(t.db(), u.id);
    const DateRange range{date("2026-12-27"), date("2027-01-04")};
    const auto weeks = DashboardLoader::load(t.db(), UserContext::of(u), range, Bucket::Week);
    CHECK_OK(weeks);
    QCOMPARE(describe(weeks->series, Bucket::Week),
             (QStringList{QStringLiteral("2026-W52 1 1 12.5000 3"), QStringLiteral("2026-W53 8 8 25.0000 5"),
                          QStringLiteral("2027-W01 8 4 100.0000 6")}));
    QCOMPARE(weeks->series.at(1).start, date("2026-12-28"));
    const auto months = DashboardLoader::load(t.db(), UserContext::of(u), range, Bucket::Month);
    CHECK_OK(months);
    // December: (12.5 + 25 + 50) / 3; January: (6.25 + 18.75 + 100) / 3.
    QCOMPARE(describe(months->series, Bucket::Month),
             (QStringList{QStringLiteral("2026-12 7 6 29.1667 4"), QStringLiteral("2027-01 10 7 41.6667 6")}));
    const auto days = DashboardLoader::load(t.db(), UserContext::of(u), {date("2026-12-31"), date("2027-01-02")}, Bucket::Day);
    CHECK_OK(days);
    QCOMPARE(describe(days->series, Bucket::Day),
             (QStringList{QStringLiteral("2026-12-31 4 3 50.0000 4"), QStringLiteral("2027-01-01 0.5 1 6.2500 5")}));
}

void TestDashboardQueries::summaryWithPrevious()
{
    auto &t = database();
    const User &u = defaultUser();
    const User other = t.addUser(QStringLiteral("olaf@example.com"), UserRole::Director);
    addYearEnd(t.db(), u.id);
    addDay(t.db(), other.id, date("2026-12-30"), 100, 100, 100, 100); // someone else's: never counted
    const auto data = DashboardLoader::load(t.db(), UserContext::of(u), {date("2026-12-28"), date("2027-01-03")}, Bucket::Day);
    CHECK_OK(data);
    const QJsonObject json = data->summaryJson();
    QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-12-28"));
    QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("2027-01-03"));
    QCOMPARE(json.value(QStringLiteral("hoursSaved")).toDouble(), 8.0);
    QCOMPARE(json.value(QStringLiteral("tasksAutomated")).toInt(), 8);
    QCOMPARE(json.value(QStringLiteral("efficiencyScore")).toDouble(), 25.0);
    QCOMPARE(json.value(QStringLiteral("activeWorkflows")).toInt(), 5);
    QCOMPARE(json.value(QStringLiteral("days")).toInt(), 4);
    const QJsonObject previous = json.value(QStringLiteral("previous")).toObject();
    QCOMPARE(previous.value(QStringLiteral("from")).toString(), QStringLiteral("2026-12-21"));
    QCOMPARE(previous.value(QStringLiteral("to")).toString(), QStringLiteral("2026-12-27"));
    QCOMPARE(previous.value(QStringLiteral("hoursSaved")).toDouble(), 1.0);
    QCOMPARE(previous.value(QStringLiteral("efficiencyScore")).toDouble(), 12.5);
    QCOMPARE(previous.value(QStringLiteral("activeWorkflows")).toInt(), 3);
    const QList<SummaryMetric> metrics = summaryMetrics(data->current, data->previous);
    QCOMPARE(metrics.size(), 6);
    QCOMPARE(metrics.at(0).currentText, QStringLiteral("8.0 h"));
    QCOMPARE(changeText(metrics.at(0).current, metrics.at(0).previous), QStringLiteral("+700.0%"));
    QCOMPARE(metrics.at(2).currentText, QStringLiteral("25.0%"));

    // An ADMIN sees everyone's days.
    const User admin = t.addUser(QStringLiteral("root@example.com"), UserRole::Admin);
    const auto all = DashboardLoader::summary(t.db(), UserContext::of(admin), {date("2026-12-28"), date("2027-01-03")});
    CHECK_OK(all);
    QCOMPARE(all->hoursSaved, 108.0);
}

void TestDashboardQueries::taskFlowAcrossDst()
{
    auto &t = database();
    const User &u = defaultUser();
    const User other = t.addUser(QStringLiteral("olaf@example.com"), UserRole::Director);
    // Berlin moves to summer time at 01:00 UTC on Sunday 2026-03-29.
    QVERIFY(setZone(t.db(), u.id, QStringLiteral("Europe/Berlin")));
    Database &db = t.db();
    addTask(db, u.id, utc("2026-03-22T22:30:00Z")); // Sun 22 Mar 23:30 CET: before the range
    addTask(db, u.id, utc("2026-03-22T23:30:00Z")); // Mon 23 Mar 00:30 CET: W13
    addTask(db, u.id, utc("2026-03-28T23:30:00Z"), utc("2026-03-31T08:00:00Z"),
            utc("2026-03-30T08:00:00Z")); // Sun 29 Mar 00:30 CET: W13; lead 56.5 h, cycle 24 h
    addTask(db, u.id, utc("2026-03-29T21:30:00Z"), utc("2026-03-30T09:30:00Z")); // Sun 23:30 CEST: W13; lead 12 h
    addTask(db, u.id, utc("2026-03-29T22:30:00Z")); // Mon 30 Mar 00:30 CEST: W14
    addTask(db, u.id, utc("2026-04-05T22:30:00Z")); // Mon 6 Apr 00:30 CEST: after the range
    addTask(db, other.id, utc("2026-03-25T12:00:00Z"), utc("2026-03-26T12:00:00Z"));

    DashboardQueries queries(db, UserContext::of(u));
    const auto flow = queries.taskFlow(date("2026-03-23"), date("2026-04-05"), Bucket::Week);
    CHECK_OK(flow);
    QCOMPARE(flow->points.size(), 2);
    QCOMPARE(flow->points.at(0).start, date("2026-03-23"));
    QCOMPARE(flow->points.at(0).created, 3);
    QCOMPARE(flow->points.at(0).completed, 0);
    QCOMPARE(flow->points.at(1).start, date("2026-03-30"));
    QCOMPARE(flow->points.at(1).created, 1);
    QCOMPARE(flow->points.at(1).completed, 2);
    QCOMPARE(flow->created, 4);
    QCOMPARE(flow->completed, 2);
    QCOMPARE(flow->averageLeadHours, 34.25);
    QCOMPARE(flow->averageCycleHours, 24.0);

    // Days: Sunday the 29th (23 hours long) holds the two tasks created that local day.
    const auto days = queries.taskFlow(date("2026-03-29"), date("2026-03-30"), Bucket::Day);
    CHECK_OK(days);
    QCOMPARE(days->points.size(), 2);
    QCOMPARE(days->points.at(0).created, 2);
    QCOMPARE(days->points.at(1).created, 1);
    QCOMPARE(days->points.at(1).completed, 1);
    const auto summary = DashboardLoader::summary(db, UserContext::of(u), {date("2026-03-23"), date("2026-04-05")});
    CHECK_OK(summary);
    QCOMPARE(summary->tasksCompleted, 2);
}

void TestDashboardQueries::workflowsAndConsultations()
{
    auto &t = database();
    const User &u = defaultUser();
    const User other = t.addUser(QStringLiteral("olaf@example.com"), UserRole::Director);
    Database &db = t.db();
    QVERIFY(setZone(db, u.id, QStringLiteral("UTC")));
    const QString report = addWorkflowRow(db, u.id, QStringLiteral("Weekly report"));
    const QString budget = addWorkflowRow(db, u.id, QStringLiteral("Budget alert"));
    const QString theirs = addWorkflowRow(db, other.id, QStringLiteral("Their workflow"));
    QVERIFY(addExecution(db, report, utc("2026-05-04T09:00:00Z"), "SUCCESS", 30, 2));
    QVERIFY(addExecution(db, report, utc("2026-05-11T09:00:00Z"), "SUCCESS", 60));
    QVERIFY(addExecution(db, report, utc("2026-05-18T09:00:00Z"), "FAILED", 0));
    QVERIFY(addExecution(db, report, utc("2026-04-30T23:59:00Z"), "SUCCESS", 600)); // April
    QVERIFY(addExecution(db, budget, utc("2026-05-31T23:00:00Z"), "SUCCESS", 120));
    QVERIFY(addExecution(db, theirs, utc("2026-05-20T09:00:00Z"), "SUCCESS", 999));

    DashboardQueries queries(db, UserContext::of(u));
    const auto hours = queries.hoursPerWorkflow(date("2026-05-01"), date("2026-05-31"), 10);
    CHECK_OK(hours);
    QCOMPARE(hours->size(), 2);
    QCOMPARE(hours->at(0).name, QStringLiteral("Budget alert"));
    QCOMPARE(hours->at(0).hoursSaved, 2.0);
    QCOMPARE(hours->at(0).runs, 1);
    QCOMPARE(hours->at(1).name, QStringLiteral("Weekly report"));
    QCOMPARE(hours->at(1).hoursSaved, 1.5);
    QCOMPARE(hours->at(1).runs, 3);
    QCOMPARE(hours->at(1).successful, 2);
    QCOMPARE(hours->at(1).failed, 1);
    QCOMPARE(hours->at(1).tasksCreated, 2);
    const auto top1 = queries.hoursPerWorkflow(date("2026-05-01"), date("2026-05-31"), 1);
    CHECK_OK(top1);
    QCOMPARE(top1->size(), 1);
    const User admin = t.addUser(QStringLiteral("root@example.com"), UserRole::Admin);
    QVERIFY(setZone(db, admin.id, QStringLiteral("UTC")));
    const auto everyone =
        DashboardQueries(db, UserContext::of(admin)).hoursPerWorkflow(date("2026-05-01"), date("2026-05-31"), 10);
    CHECK_OK(everyone);
    QCOMPARE(everyone->size(), 3);

    {
        ClockGuard clock(utc("2026-05-10T10:00:00Z"));
        ConsultationRepository consultations(db, UserContext::of(u));
        auto make = [&consultations](const char *name) {
            Consultation c;
            c.name = QString::fromLatin1(name);
            c.email = QStringLiteral("someone@example.com");
            return must(consultations.create(c));
        };
        make("Pending person");
        const Consultation scheduled = make("Scheduled person");
        const Consultation completed = make("Completed person");
        const Consultation cancelled = make("Cancelled person");
        CHECK_OK(consultations.schedule(scheduled.id, utc("2026-05-12T10:00:00Z")));
        CHECK_OK(consultations.schedule(completed.id, utc("2026-05-12T10:00:00Z")));
        clock.clock.set(utc("2026-06-01T08:00:00Z"));
        CHECK_OK(consultations.complete(completed.id));
        CHECK_OK(consultations.cancel(cancelled.id, QStringLiteral("No budget")));
    }
    const auto funnel = queries.consultationFunnel(date("2026-05-01"), date("2026-05-31"));
    CHECK_OK(funnel);
    QStringList steps;
    for (const FunnelStep &s : *funnel)
        steps << toString(s.status) + QLatin1Char('=') + QString::number(s.count);
    QCOMPARE(steps,
             (QStringList{QStringLiteral("PENDING=1"), QStringLiteral("SCHEDULED=1"), QStringLiteral("COMPLETED=1"),
                          QStringLiteral("CANCELLED=1")}));
    QCOMPARE(must(queries.consultationsCompleted(date("2026-05-01"), date("2026-05-31"))), 0);
    QCOMPARE(must(queries.consultationsCompleted(date("2026-06-01"), date("2026-06-30"))), 1);
    const auto june = queries.consultationFunnel(date("2026-06-01"), date("2026-06-30"));
    CHECK_OK(june);
    for (const FunnelStep &s : *june)
        QCOMPARE(s.count, 0);
}

void TestDashboardQueries::chartTables()
{
    auto &t = database();
    const User &u = defaultUser();
    QVERIFY(setZone(t.db(), u.id, QStringLiteral("UTC")));
    addYearEnd(t.db(), u.id);
    const QString report = addWorkflowRow(t.db(), u.id, QStringLiteral("=cmd|' /C calc'!A0"));
    QVERIFY(addExecution(t.db(), report, utc("2026-12-29T09:00:00Z"), "SUCCESS", 90));

    DashboardModel model(t.db(), UserContext::of(u));
    QAbstractItemModelTester seriesTester(model.series(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester stepsTester(model.activeSteps(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester flowTester(model.taskFlow(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    CHECK_OK(model.load({date("2026-12-27"), date("2027-01-04")})); // 9 days: by day
    QCOMPARE(toString(model.data().bucket), QStringLiteral("day"));
    QCOMPARE(model.series()->rowCount(), 6);
    QCOMPARE(model.series()->number(1, DashboardModel::HoursSaved), 2.0);
    QCOMPARE(model.series()->data(model.series()->index(3, DashboardModel::Label)).toString(), QStringLiteral("2027-01-01"));
    // Steps: 3 until the 28th, 4 until the 1st, 5 until the 4th, 6 to the end of the 4th.
    QStringList steps;
    for (int r = 0; r < model.activeSteps()->rowCount(); ++r)
        steps << QDateTime::fromMSecsSinceEpoch(qint64(model.activeSteps()->number(r, 0))).date().toString(Qt::ISODate)
                + QLatin1Char('=') + QString::number(model.activeSteps()->number(r, 1));
    QCOMPARE(steps,
             (QStringList{QStringLiteral("2026-12-27=3"), QStringLiteral("2026-12-28=3"), QStringLiteral("2026-12-28=4"),
                          QStringLiteral("2027-01-01=4"), QStringLiteral("2027-01-01=5"), QStringLiteral("2027-01-04=5"),
                          QStringLiteral("2027-01-04=6"), QStringLiteral("2027-01-05=6")}));
    QCOMPARE(model.workflows()->rowCount(), 1);
    QCOMPARE(model.workflows()->number(0, 1), 1.5);
    // The task flow's week labels are display text (LocaleFormat::week); the ISO ids stay in bucketLabel.
    QCOMPARE(model.taskFlow()->columnTexts(0),
             (QStringList{QStringLiteral("Week 52"), QStringLiteral("Week 53"), QStringLiteral("Week 1")}));
    QCOMPARE(model.funnel()->columnTexts(0),
             (QStringList{QStringLiteral("Cancelled"), QStringLiteral("Completed"), QStringLiteral("Scheduled"),
                          QStringLiteral("Pending")}));
    QCOMPARE(QString::fromUtf8(model.seriesCsv()).split(QStringLiteral("\r\n")).mid(0, 3),
             (QStringList{QStringLiteral("bucket,start,hours_saved,tasks_automated,efficiency_score,active_workflows"),
                          QStringLiteral("day,2026-12-27,1.00,1,12.50,3"), QStringLiteral("day,2026-12-28,2.00,2,25.00,4")}));
    CHECK_OK(model.load({date("2026-12-27"), date("2027-01-04")}, Bucket::Week));
    QCOMPARE(model.series()->rowCount(), 3);
    QCOMPARE(model.series()->number(1, DashboardModel::TasksAutomated), 8.0);

    // Over 366 days the task flow is counted by month.
    addTask(t.db(), u.id, utc("2026-01-15T12:00:00Z"));
    CHECK_OK(model.load({date("2026-01-01"), date("2027-01-04")}));
    QCOMPARE(toString(model.data().bucket), QStringLiteral("month"));
    QCOMPARE(toString(model.data().flowBucket), QStringLiteral("month"));
    QCOMPARE(model.taskFlow()->rowCount(), 13);
    QCOMPARE(model.taskFlow()->columnTexts(0).first(), QStringLiteral("Jan 2026"));
    QCOMPARE(model.taskFlow()->number(0, 1), 1.0);
    QCOMPARE(model.data().current.tasksCompleted, 0);
}

void TestDashboardQueries::emptyAndInvalidRanges()
{
    auto &t = database();
    const User &u = defaultUser();
    const auto empty = DashboardLoader::load(t.db(), UserContext::of(u), {date("2026-01-01"), date("2026-01-31")}, Bucket::Day);
    CHECK_OK(empty);
    QVERIFY(empty->isEmpty());
    QCOMPARE(empty->current.hoursSaved, 0.0);
    QCOMPARE(empty->flow.averageLeadHours, -1.0);
    const auto backwards =
        DashboardLoader::load(t.db(), UserContext::of(u), {date("2026-02-01"), date("2026-01-31")}, Bucket::Day);
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().field, QStringLiteral("to"));
    QVERIFY(!must(DashboardQueries(t.db(), UserContext::of(u)).firstDate()).isValid());
    addDay(t.db(), u.id, date("2025-06-01"), 1, 1, 12.5, 1);
    addTask(t.db(), u.id, utc("2024-02-03T12:00:00Z"));
    QCOMPARE(must(DashboardQueries(t.db(), UserContext::of(u)).firstDate()), date("2024-02-03"));
}

QTEST_GUILESS_MAIN(TestDashboardQueries)
#include "tst_dashboardqueries.moc"
