#include "Checks.h"
#include "DashboardTestHelpers.h"
#include "DatabaseTestCase.h"

#include "repositories/NotificationRepository.h"
#include "repositories/PreferenceRepository.h"
#include "workflow/BudgetAlerts.h"

#include <QLocale>
#include <QTest>

using namespace doo;
using namespace doo::test;

// BUDGET_ALERT against the weekly target of hours saved (Preferences::weeklyTargetHours), on a
// fixed clock in the user's zone (Europe/Berlin; the week of Monday 2026-06-08, whose last working
// day is Friday 2026-06-12, ending at 17:00 local, 15:00 UTC).
class TestBudgetAlert : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestBudgetAlert() : DatabaseTestCase(QStringLiteral("me@example.com"), UserRole::Director)
    {
        useFixedClock(utc("2026-06-12T16:00:00Z")); // Friday 18:00 in Berlin
    }

private:
    Database &db() { return database().db(); }
    UserContext ctx() const { return UserContext::of(defaultUser()); }

    void prepare(double target, double hoursPerDay)
    {
        QVERIFY(setZone(db(), defaultUser().id, QStringLiteral("Europe/Berlin")));
        CHECK_OK(PreferenceRepository(db(), ctx()).change([target](Preferences &p) { p.weeklyTargetHours = target; }));
        for (QDate d = date("2026-06-08"); d <= date("2026-06-12"); d = d.addDays(1))
            QVERIFY(addDay(db(), defaultUser().id, d, hoursPerDay, 1, 10, 1));
        QVERIFY(addDay(db(), defaultUser().id, date("2026-06-07"), 50, 1, 10, 1)); // the week before
    }
    QList<Notification> alerts()
    {
        NotificationFilter filter;
        filter.type = NotificationType::BudgetAlert;
        const auto found = NotificationRepository(db(), ctx()).list(filter);
        return found ? *found : QList<Notification>();
    }
    static QString hours(double h) { return QLocale().toString(h, 'f', 1); }

private Q_SLOTS:
    void belowTargetOnTheLastWorkingDay()
    {
        prepare(10, 1.25); // 6.25 of 10 hours
        BudgetAlerts budget(db(), ctx());
        const auto week = budget.week(defaultUser().id);
        CHECK_OK(week);
        QCOMPARE(week->weekStart, date("2026-06-08"));
        QCOMPARE(week->deadline, utc("2026-06-12T15:00:00Z"));
        QCOMPARE(week->hoursSaved, 6.25);
        const auto raised = budget.check(defaultUser().id);
        CHECK_OK(raised);
        QVERIFY(*raised);
        const auto found = alerts();
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().title.contains(hours(3.75)), qPrintable(found.first().title));
        QVERIFY(found.first().message.contains(hours(6.25)));
        QVERIFY(found.first().message.contains(hours(10)));
        // Never twice for the same week, also from a later check.
        clock().advanceSecs(3600);
        QVERIFY(!*budget.check(defaultUser().id));
        QCOMPARE(alerts().size(), 1);
        // The next week has its own alert.
        for (QDate d = date("2026-06-15"); d <= date("2026-06-19"); d = d.addDays(1))
            QVERIFY(addDay(db(), defaultUser().id, d, 1, 1, 10, 1));
        clock().set(utc("2026-06-19T16:00:00Z"));
        QVERIFY(*budget.check(defaultUser().id));
        QCOMPARE(alerts().size(), 2);
    }

    void onTargetNone()
    {
        prepare(10, 2);
        const auto raised = BudgetAlerts(db(), ctx()).check(defaultUser().id);
        CHECK_OK(raised);
        QVERIFY(!*raised);
        QVERIFY(alerts().isEmpty());
    }

    void noTargetNone()
    {
        prepare(0, 0.5);
        QVERIFY(!*BudgetAlerts(db(), ctx()).check(defaultUser().id));
        QVERIFY(alerts().isEmpty());
    }

    void beforeTheEndOfTheLastWorkingDayNone()
    {
        prepare(10, 1);
        clock().set(utc("2026-06-12T14:59:00Z")); // Friday 16:59 in Berlin
        QVERIFY(!*BudgetAlerts(db(), ctx()).check(defaultUser().id));
        clock().set(utc("2026-06-11T16:00:00Z")); // Thursday evening
        QVERIFY(!*BudgetAlerts(db(), ctx()).check(defaultUser().id));
        QVERIFY(alerts().isEmpty());
    }

    // The week starts on the user's day: with Sunday, Friday the 12th is the week's 6th day, past
    // Thursday the 11th at 17:00.
    void weekStartIsTheUsers()
    {
        prepare(10, 1);
        CHECK_OK(PreferenceRepository(db(), ctx()).change([](Preferences &p) { p.weekStart = Qt::Sunday; }));
        Query q(db()); // Sunday the 7th now belongs to this week: 5 hours in all
        QVERIFY(q.exec(QStringLiteral("UPDATE analytics SET time_saved = 0 WHERE date = ?"), {QStringLiteral("2026-06-07")}));
        clock().set(utc("2026-06-12T08:00:00Z"));
        const auto week = BudgetAlerts(db(), ctx()).week(defaultUser().id);
        CHECK_OK(week);
        QCOMPARE(week->weekStart, date("2026-06-07"));
        QCOMPARE(week->deadline, utc("2026-06-11T15:00:00Z"));
        QVERIFY(*BudgetAlerts(db(), ctx()).check(defaultUser().id));
    }

    // On Wednesday, failed runs whose usual saving would have reached the target: an alert at
    // once, naming the workflows and their failures.
    void failuresThatMissTheTarget()
    {
        prepare(10, 0);
        Query fix(db()); // 5 hours on Monday
        QVERIFY(
            fix.exec(QStringLiteral("UPDATE analytics SET time_saved = ? WHERE date = ?"), {5.0, QStringLiteral("2026-06-08")}));
        const QString report = addWorkflowRow(db(), defaultUser().id, QStringLiteral("Weekly report"));
        const QString sync = addWorkflowRow(db(), defaultUser().id, QStringLiteral("Sync"));
        for (const char *at : {"2026-05-04T08:00:00Z", "2026-05-11T08:00:00Z", "2026-05-18T08:00:00Z"})
            QVERIFY(addExecution(db(), report, utc(at), "SUCCESS", 120));
        QVERIFY(addExecution(db(), sync, utc("2026-05-04T08:00:00Z"), "SUCCESS", 30));
        for (const char *at : {"2026-06-08T08:00:00Z", "2026-06-09T08:00:00Z", "2026-06-10T08:00:00Z"})
            QVERIFY(addExecution(db(), report, utc(at), "FAILED", 0));
        QVERIFY(addExecution(db(), sync, utc("2026-06-09T09:00:00Z"), "FAILED", 0));
        clock().set(utc("2026-06-10T10:00:00Z")); // Wednesday
        BudgetAlerts budget(db(), ctx());
        const auto week = budget.week(defaultUser().id);
        CHECK_OK(week);
        QCOMPARE(week->hoursSaved, 5.0);
        QCOMPARE(week->failures.size(), 2);
        QCOMPARE(week->hoursLostToFailures(), 3 * 2.0 + 0.5);
        QVERIFY(*budget.check(defaultUser().id));
        const auto found = alerts();
        QCOMPARE(found.size(), 1);
        const QString message = found.first().message;
        QVERIFY2(message.contains(QLatin1String("Weekly report: 3 failed")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Sync: 1 failed")), qPrintable(message));
        QVERIFY(!*budget.check(defaultUser().id));
    }

    // Failures that would not have reached the target: no alert before the last working day.
    void failuresThatWouldNotHaveReachedItNone()
    {
        prepare(10, 0);
        const QString sync = addWorkflowRow(db(), defaultUser().id, QStringLiteral("Sync"));
        QVERIFY(addExecution(db(), sync, utc("2026-05-04T08:00:00Z"), "SUCCESS", 30));
        QVERIFY(addExecution(db(), sync, utc("2026-06-09T09:00:00Z"), "FAILED", 0));
        clock().set(utc("2026-06-10T10:00:00Z"));
        QVERIFY(!*BudgetAlerts(db(), ctx()).check(defaultUser().id));
        QVERIFY(alerts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBudgetAlert)
#include "tst_budgetalert.moc"
