// One definition of hours saved: the Hours saved card, the hours series and the per-workflow bars
// (the same DashboardData feeds the PDF report and the command line) add up to the same figure,
// for the sample data and for runs made by the engine (one of them undone, one near midnight in
// the owner's time zone), on both backends.

#include "Checks.h"
#include "ClockGuard.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "exchange/Seeder.h"
#include "repositories/DashboardLoader.h"
#include "repositories/UserRepository.h"
#include "workflow/ReportWriter.h"
#include "workflow/RunUndo.h"
#include "workflow/WorkflowScheduler.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace doo;
using namespace doo::test;

namespace {

double sumOfBars(const DashboardData &data)
{
    double sum = 0;
    for (const WorkflowHours &w : data.workflows)
        sum += w.hoursSaved;
    return sum;
}

double sumOfSeries(const DashboardData &data)
{
    double sum = 0;
    for (const AnalyticsPoint &p : data.series)
        sum += p.timeSaved;
    return sum;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

} // namespace

class TestHoursSaved : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestHoursSaved() : DatabaseTestCase(QStringLiteral("dana@example.com"), UserRole::Director) { }

private:
    // Card, series and bars of every preset range up to today agree; `thirtyDays` gets the 30 days' card.
    void checkAgreement(const QDate &today, double *thirtyDays)
    {
        for (auto preset :
             {DateRange::Preset::Days7, DateRange::Preset::Days30, DateRange::Preset::Days90, DateRange::Preset::Year}) {
            const DateRange range = DateRange::preset(preset, today, {});
            const auto data =
                DashboardLoader::load(database().db(), UserContext::of(defaultUser()), range, range.autoBucket(), 1000);
            if (!data) {
                QFAIL(qPrintable(data.error().text()));
            }
            const QString where = range.from.toString(Qt::ISODate) + QStringLiteral("..") + range.to.toString(Qt::ISODate);
            QVERIFY2(
                near(sumOfBars(*data), data->current.hoursSaved),
                qPrintable(
                    QStringLiteral("%1: bars %2 h, card %3 h").arg(where).arg(sumOfBars(*data)).arg(data->current.hoursSaved)));
            QVERIFY2(near(sumOfSeries(*data), data->current.hoursSaved),
                     qPrintable(QStringLiteral("%1: series %2 h, card %3 h")
                                    .arg(where)
                                    .arg(sumOfSeries(*data))
                                    .arg(data->current.hoursSaved)));
            // The report a generate_report action writes, for the same days in the owner's zone.
            const QTimeZone zone = *UserRepository::timeZoneOf(database().db(), defaultUser().id);
            const auto csv = ReportWriter::report(database().db(), UserContext::of(defaultUser()), QStringLiteral("Report"),
                                                  QDateTime(range.from, QTime(0, 0), zone).toUTC(),
                                                  QDateTime(range.to.addDays(1), QTime(0, 0), zone).toUTC().addMSecs(-1),
                                                  QStringLiteral("csv"));
            QVERIFY2(csv, csv ? "" : qPrintable(csv.error().text()));
            double reported = -1;
            for (const QByteArray &line : csv->split('\n'))
                if (line.startsWith("Time saved,Hours,"))
                    reported = line.mid(17).trimmed().toDouble();
            QVERIFY2(
                std::abs(reported - data->current.hoursSaved) < 0.005,
                qPrintable(QStringLiteral("%1: report %2 h, card %3 h").arg(where).arg(reported).arg(data->current.hoursSaved)));
            if (preset == DateRange::Preset::Days30)
                *thirtyDays = data->current.hoursSaved;
        }
    }

private Q_SLOTS:
    void seededData();
    void engineRuns();
};

void TestHoursSaved::seededData()
{
    const QDateTime now(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    ClockGuard clock(now);
    setTimeZone(database().db(), defaultUser(), QStringLiteral("America/New_York"));
    CHECK_OK(Seeder::seed(database().db(), defaultUser()));
    double card = -1;
    checkAgreement(now.toTimeZone(QTimeZone("America/New_York")).date(), &card);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(card > 0, "the sample data saves time in the last 30 days");
}

void TestHoursSaved::engineRuns()
{
    auto &t = database();
    const User &u = defaultUser();
    setTimeZone(t.db(), u, QStringLiteral("Europe/Berlin"));
    const QString noAction = QStringLiteral("[{\"type\":\"notify\",\"title\":\"Hello\",\"message\":\"Hi\"}]");
    const QString manual = QStringLiteral("{\"type\":\"manual\"}");
    const auto report = addWorkflow(t.db(), u, QStringLiteral("Weekly report"), manual, noAction, 45);
    const auto triage = addWorkflow(t.db(), u, QStringLiteral("Daily triage"), manual, noAction, 90);
    CHECK_OK(report);
    CHECK_OK(triage);
    QString undoneId;
    // 23:30 UTC is already the next day in Berlin: the runs there count on Berlin's calendar day.
    for (const QDateTime &at :
         {QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC), QDateTime(QDate(2026, 12, 5), QTime(23, 30), Qt::UTC),
          QDateTime(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC)}) {
        ClockGuard clock(at);
        WorkflowScheduler scheduler(t.db(), UserContext::of(u));
        CHECK_OK(scheduler.runNow(*report));
        const auto e = scheduler.runNow(*triage);
        CHECK_OK(e);
        QCOMPARE(e->status, ExecutionStatus::Success);
        undoneId = e->id;
    }
    {
        ClockGuard clock(QDateTime(QDate(2026, 12, 6), QTime(13, 0), Qt::UTC));
        CHECK_OK(RunUndo(t.db(), UserContext::of(u)).undoRun(undoneId)); // gives its 1.5 h back
    }
    ClockGuard clock(QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC));
    double card = -1;
    checkAgreement(QDate(2026, 12, 7), &card);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(card, 3 * 0.75 + 2 * 1.5);
    // The range 2026-12-06 only: the 23:30 UTC runs of the 5th and the 12:00 run of the 6th.
    const auto day = DashboardLoader::load(t.db(), UserContext::of(u), {QDate(2026, 12, 6), QDate(2026, 12, 6)}, Bucket::Day, 10);
    CHECK_OK(day);
    QCOMPARE(day->current.hoursSaved, 2 * 0.75 + 1.5);
    QCOMPARE(sumOfBars(*day), 2 * 0.75 + 1.5);
}

QTEST_GUILESS_MAIN(TestHoursSaved)
#include "tst_hourssaved.moc"
