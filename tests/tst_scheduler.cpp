// The scheduler's timing with a fake clock: first due times, one run per due time, catch-up
// and skip of missed runs, intervals, the armed timer and two schedulers on one database.

#include "Checks.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "domain/Clock.h"
#include "repositories/TaskRepository.h"
#include "repositories/UserRepository.h"
#include "repositories/WorkflowRepository.h"
#include "workflow/SchedulerThread.h"
#include "workflow/WorkflowScheduler.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {
// Monday 2 March 2026, 07:00 UTC = 08:00 in Berlin (CET).
const QDateTime kMonday(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC);
const QString kNotify = QStringLiteral("[{\"type\":\"notify\",\"title\":\"Ran {date} {time}\"}]");

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}
} // namespace

class TestScheduler : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestScheduler() { useFixedClock(kMonday); }

private Q_SLOTS:
    void dailyRunsOncePerDueTime();
    void missedRunsCatchUpOnce();
    void missedRunsSkipped();
    void pauseHoldsRunsUntilResumed();
    void intervalKeepsPhase();
    void timerFollowsEarliestDueTime();
    void dstNightInBerlin();
    void twoSchedulersOneRun();
    void disabledWorkflowDoesNotRun();
    void schedulerThreadRunsByHand();
    void timeZoneChangeRetimes();
    void retryWaitBlocksNothing();
    void schedulerThreadRunsWhileRetryWaits();

private:
    int runs(TestDatabase &t, const QString &workflowId)
    {
        return count(t.db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE workflow_id = ?"), {workflowId});
    }
};

void TestScheduler::dailyRunsOncePerDueTime()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    setTimeZone(t.db(), u, QStringLiteral("Europe/Berlin"));
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Standup"),
                               QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 09:00\"}"), kNotify);
    CHECK_OK(w);
    QCOMPARE(w->nextRunAt, utc(3, 2, 8)); // 09:00 CET
    QCOMPARE(w->frequency, QStringLiteral("Every day at 09:00"));
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    CHECK_OK(scheduler.runPass());
    QCOMPARE(runs(t, w->id), 0); // not yet due
    clock().set(utc(3, 2, 8, 0).addSecs(20));
    const auto pass = scheduler.runPass();
    CHECK_OK(pass);
    QCOMPARE(pass->size(), 1);
    QCOMPARE(pass->first().scheduledFor, utc(3, 2, 8));
    QCOMPARE(pass->first().triggerKey, QStringLiteral("at:2026-03-02T08:00:00.000Z"));
    QCOMPARE(pass->first().status, ExecutionStatus::Success);
    CHECK_OK(scheduler.runPass());
    QCOMPARE(runs(t, w->id), 1);
    const auto after = must(WorkflowRepository(t.db(), UserContext::of(u)).findById(w->id));
    QCOMPARE(after.nextRunAt, utc(3, 3, 8));
    QCOMPARE(after.lastRunAt, utc(3, 2, 8).addSecs(20));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM notification WHERE title = 'Ran 2026-03-02 09:00'")), 1);
}

void TestScheduler::missedRunsCatchUpOnce()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    setTimeZone(t.db(), u, QStringLiteral("Europe/Berlin"));
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Daily"),
                               QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 09:00\"}"), kNotify);
    CHECK_OK(w);
    // The app was closed for five days: at start, one catch-up run, then the regular time.
    clock().set(utc(3, 7, 12));
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    CHECK_OK(scheduler.start());
    scheduler.stop();
    QCOMPARE(runs(t, w->id), 1);
    QCOMPARE(
        scalar(t.db(), QStringLiteral("SELECT trigger_key FROM workflow_execution WHERE workflow_id = ?"), {w->id}).toString(),
        QStringLiteral("at:2026-03-02T08:00:00.000Z"));
    QCOMPARE(must(WorkflowRepository(t.db(), UserContext::of(u)).findById(w->id)).nextRunAt, utc(3, 8, 8));
    CHECK_OK(scheduler.runPass());
    QCOMPARE(runs(t, w->id), 1);
}

void TestScheduler::missedRunsSkipped()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    setTimeZone(t.db(), u, QStringLiteral("Europe/Berlin"));
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Only on time"),
                               QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 09:00\",\"catch_up\":false}"), kNotify);
    CHECK_OK(w);
    clock().set(utc(3, 7, 12));
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    CHECK_OK(scheduler.runPass());
    QCOMPARE(runs(t, w->id), 0);
    QCOMPARE(must(WorkflowRepository(t.db(), UserContext::of(u)).findById(w->id)).nextRunAt, utc(3, 8, 8));
    // On time (within the grace period) it runs.
    clock().set(utc(3, 8, 8, 3));
    CHECK_OK(scheduler.runPass());
    QCOMPARE(runs(t, w->id), 1);
}

void TestScheduler::pauseHoldsRunsUntilResumed()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    setTimeZone(t.db(), u, QStringLiteral("Europe/Berlin"));
    const auto caught = addWorkflow(t.db(), u, QStringLiteral("Catches up"),
                                    QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 09:00\"}"), kNotify);
    const auto skipped =
        addWorkflow(t.db(), u, QStringLiteral("Only on time"),
                    QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 09:00\",\"catch_up\":false}"), kNotify);
    CHECK_OK(caught);
    CHECK_OK(skipped);
    // Paused before the start: the first pass waits, and so does the timer.
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    scheduler.setPaused(true);
    clock().set(utc(3, 2, 8).addSecs(30));
    CHECK_OK(scheduler.start());
    QVERIFY(scheduler.isPaused());
    QCOMPARE(runs(t, caught->id), 0);
    // Two days later the pause ends: the scheduler's own catch-up rules decide (one run, or the skip).
    clock().set(utc(3, 4, 12));
    scheduler.setPaused(false);
    QCOMPARE(runs(t, caught->id), 1);
    QCOMPARE(must(WorkflowRepository(t.db(), UserContext::of(u)).findById(skipped->id)).nextRunAt, utc(3, 5, 8));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE workflow_id = ? AND status = 'SUCCESS'"),
                   {skipped->id}),
             0);
    QCOMPARE(scheduler.nextDueAt(), utc(3, 5, 8));
    scheduler.stop();
}

void TestScheduler::intervalKeepsPhase()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    const auto w =
        addWorkflow(t.db(), u, QStringLiteral("Every 30"), QStringLiteral("{\"type\":\"interval\",\"minutes\":30}"), kNotify);
    CHECK_OK(w);
    QCOMPARE(w->nextRunAt, kMonday.addSecs(1800)); // one interval after creation
    QCOMPARE(w->frequency, QStringLiteral("Every 30 minutes"));
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    clock().set(kMonday.addSecs(29 * 60));
    CHECK_OK(scheduler.runPass());
    QCOMPARE(runs(t, w->id), 0);
    clock().set(kMonday.addSecs(31 * 60));
    CHECK_OK(scheduler.runPass());
    QCOMPARE(runs(t, w->id), 1);
    QCOMPARE(must(WorkflowRepository(t.db(), UserContext::of(u)).findById(w->id)).nextRunAt, kMonday.addSecs(3600));
    // Three hours later: one catch-up run, and the phase is kept (on the half hour).
    clock().set(kMonday.addSecs(4 * 3600 + 10 * 60));
    CHECK_OK(scheduler.runPass());
    QCOMPARE(runs(t, w->id), 2);
    QCOMPARE(must(WorkflowRepository(t.db(), UserContext::of(u)).findById(w->id)).nextRunAt, kMonday.addSecs(4 * 3600 + 1800));
}

void TestScheduler::timerFollowsEarliestDueTime()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    setTimeZone(t.db(), u, QStringLiteral("UTC"));
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    CHECK_OK(scheduler.start());
    QVERIFY(!scheduler.nextDueAt().isValid());
    const auto late = addWorkflow(t.db(), u, QStringLiteral("Late"),
                                  QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 18:00\"}"), kNotify);
    CHECK_OK(late);
    scheduler.rearm();
    QCOMPARE(scheduler.nextDueAt(), utc(3, 2, 18));
    const auto early = addWorkflow(t.db(), u, QStringLiteral("Early"),
                                   QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 10:30\"}"), kNotify);
    CHECK_OK(early);
    scheduler.rearm();
    QCOMPARE(scheduler.nextDueAt(), utc(3, 2, 10, 30));
    CHECK_OK(WorkflowRepository(t.db(), UserContext::of(u)).toggleActive(early->id)); // switched off
    scheduler.rearm();
    QCOMPARE(scheduler.nextDueAt(), utc(3, 2, 18));
    scheduler.stop();
}

void TestScheduler::dstNightInBerlin()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    setTimeZone(t.db(), u, QStringLiteral("Europe/Berlin"));
    clock().set(utc(3, 28, 12)); // Saturday; clocks go forward in the night to Sunday 29 March
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Night"),
                               QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 02:30\"}"), kNotify);
    CHECK_OK(w);
    QCOMPARE(w->nextRunAt, utc(3, 29, 1, 30)); // 02:30 does not exist: 03:30 CEST
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    clock().set(utc(3, 29, 1, 31));
    CHECK_OK(scheduler.runPass());
    QCOMPARE(runs(t, w->id), 1);
    QCOMPARE(must(WorkflowRepository(t.db(), UserContext::of(u)).findById(w->id)).nextRunAt, utc(3, 30, 0, 30)); // 02:30 CEST
}

void TestScheduler::twoSchedulersOneRun()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    QList<QString> ids;
    for (int i = 0; i < 20; ++i) {
        const auto w = addWorkflow(t.db(), u, QStringLiteral("W%1").arg(i),
                                   QStringLiteral("{\"type\":\"interval\",\"minutes\":60}"), kNotify);
        CHECK_OK(w);
        ids << w->id;
    }
    auto second = t.openSecond(QStringLiteral("second-scheduler"));
    QVERIFY(second);
    WorkflowScheduler a(t.db(), UserContext::of(u));
    WorkflowScheduler b(*second, UserContext::of(u));
    clock().set(kMonday.addSecs(3600 + 5));
    // Interleaved passes over the same due runs: each due time runs once in all.
    const auto first = a.runPass();
    const auto other = b.runPass();
    CHECK_OK(first);
    CHECK_OK(other);
    QCOMPARE(first->size() + other->size(), 20);
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 20);
    CHECK_OK(b.runPass());
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 20);
}

void TestScheduler::disabledWorkflowDoesNotRun()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    const auto w =
        addWorkflow(t.db(), u, QStringLiteral("Off"), QStringLiteral("{\"type\":\"interval\",\"minutes\":5}"), kNotify);
    CHECK_OK(w);
    WorkflowRepository repo(t.db(), UserContext::of(u));
    CHECK_OK(repo.toggleActive(w->id));
    clock().set(kMonday.addSecs(3600));
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    CHECK_OK(scheduler.runPass());
    QCOMPARE(runs(t, w->id), 0);
    // Switched on again: due one interval from now, not at once for the time it was off.
    const auto on = repo.toggleActive(w->id);
    CHECK_OK(on);
    QCOMPARE(on->nextRunAt, kMonday.addSecs(3600 + 300));
    CHECK_OK(scheduler.runPass());
    QCOMPARE(runs(t, w->id), 0);
}

void TestScheduler::timeZoneChangeRetimes()
{
    auto &t = database();
    User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    setTimeZone(t.db(), u, QStringLiteral("Europe/Berlin"));
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Standup"),
                               QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 09:00\"}"), kNotify);
    CHECK_OK(w);
    QCOMPARE(w->nextRunAt, utc(3, 2, 8)); // 09:00 CET
    UserRepository users(t.db(), UserContext::of(u));
    User changed = must(users.findById(u.id));
    changed.timeZone = QStringLiteral("America/New_York");
    CHECK_OK(users.update(changed));
    // 09:00 in New York (EST, UTC-5) on the same Monday.
    QCOMPARE(must(WorkflowRepository(t.db(), UserContext::of(u)).findById(w->id)).nextRunAt, utc(3, 2, 14));
    User bad = must(users.findById(u.id));
    bad.timeZone = QStringLiteral("Mars/Olympus_Mons");
    const auto refused = users.update(bad);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("timeZone"));
    QCOMPARE(must(users.findById(u.id)).timeZone, QStringLiteral("America/New_York"));
}

void TestScheduler::schedulerThreadRunsByHand()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    const auto w = addWorkflow(t.db(), u, QStringLiteral("By hand"), QStringLiteral("{\"type\":\"manual\"}"), kNotify);
    CHECK_OK(w);
    // The window's scheduler: its own thread and connection; "Run now" is handed to it.
    SchedulerThread thread(t.url(), UserContext::of(u));
    QSignalSpy finished(&thread, &SchedulerThread::executionFinished);
    QSignalSpy failed(&thread, &SchedulerThread::failed);
    thread.start();
    thread.runNow(w->id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("By hand"));
    QCOMPARE(finished.first().at(0).value<WorkflowExecution>().status, ExecutionStatus::Success);
    QCOMPARE(runs(t, w->id), 1);
    thread.runNow(QStringLiteral("no-such-workflow"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
}

void TestScheduler::retryWaitBlocksNothing()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("reports"));
    QVERIFY(QFile(blocker).open(QIODevice::WriteOnly)); // a file where the folder should be
    const auto flaky =
        addWorkflow(t.db(), u, QStringLiteral("Flaky"), QStringLiteral("{\"type\":\"manual\"}"),
                    QStringLiteral("[{\"type\":\"generate_report\",\"format\":\"csv\",\"folder\":\"%1\"}]").arg(blocker));
    const auto quick = addWorkflow(t.db(), u, QStringLiteral("Quick"), QStringLiteral("{\"type\":\"manual\"}"), kNotify);
    const auto onEvent = addWorkflow(t.db(), u, QStringLiteral("On a new task"),
                                     QStringLiteral("{\"type\":\"event\",\"event\":\"task.created\"}"), kNotify);
    CHECK_OK(flaky);
    CHECK_OK(quick);
    CHECK_OK(onEvent);
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    scheduler.setRetryBase(3'600'000); // an hour before the second try: nothing below may wait for it
    scheduler.setPollInterval(10);
    CHECK_OK(scheduler.start());
    QSignalSpy finished(&scheduler, &WorkflowScheduler::executionFinished);

    const auto waiting = scheduler.runNow(*flaky);
    CHECK_OK(waiting);
    QCOMPARE(waiting->status, ExecutionStatus::Running);
    QCOMPARE(waiting->attempts, 1);
    QCOMPARE(scheduler.retriesWaiting(), 1);
    QCOMPARE(scheduler.nextRetryAt(), kMonday.addSecs(3600));
    // Run now of another workflow is served at once.
    const auto other = scheduler.runNow(*quick);
    CHECK_OK(other);
    QCOMPARE(other->status, ExecutionStatus::Success);
    // So is the poll: a new task starts the event workflow.
    Task task;
    task.title = QStringLiteral("New");
    CHECK_OK(TaskRepository(t.db(), UserContext::of(u)).create(task));
    QTRY_COMPARE(runs(t, onEvent->id), 1);
    // And a re-arm; the run still waits, its first try recorded.
    scheduler.rearm();
    QCOMPARE(scheduler.retriesWaiting(), 1);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT status FROM workflow_execution WHERE id = ?"), {waiting->id}).toString(),
             QStringLiteral("RUNNING"));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT attempts FROM workflow_execution WHERE id = ?"), {waiting->id}), 1);

    // When the clock reaches the retry time, the timer tries it again: now the folder can be made.
    QVERIFY(QFile::remove(blocker));
    clock().set(scheduler.nextRetryAt());
    scheduler.rearm();
    QTRY_COMPARE(finished.size(), 3);
    const auto retried = finished.last().at(0).value<WorkflowExecution>();
    QCOMPARE(retried.id, waiting->id);
    QCOMPARE(retried.status, ExecutionStatus::Success);
    QCOMPARE(retried.attempts, 2);
    QCOMPARE(scheduler.retriesWaiting(), 0);
    scheduler.stop();
}

void TestScheduler::schedulerThreadRunsWhileRetryWaits()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("reports"));
    QVERIFY(QFile(blocker).open(QIODevice::WriteOnly));
    const auto flaky =
        addWorkflow(t.db(), u, QStringLiteral("Flaky"), QStringLiteral("{\"type\":\"manual\"}"),
                    QStringLiteral("[{\"type\":\"generate_report\",\"format\":\"csv\",\"folder\":\"%1\"}]").arg(blocker));
    const auto quick = addWorkflow(t.db(), u, QStringLiteral("Quick"), QStringLiteral("{\"type\":\"manual\"}"), kNotify);
    CHECK_OK(flaky);
    CHECK_OK(quick);
    // The window's thread: "Run now" of a second workflow finishes while the first waits for its
    // retry (the back-offs of the first would add up to 7 s).
    QString flakyRun;
    {
        SchedulerThread thread(t.url(), UserContext::of(u));
        QSignalSpy finished(&thread, &SchedulerThread::executionFinished);
        thread.start();
        thread.runNow(flaky->id);
        thread.runNow(quick->id);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Quick"));
        flakyRun =
            scalar(t.db(), QStringLiteral("SELECT id FROM workflow_execution WHERE workflow_id = ?"), {flaky->id}).toString();
    }
    // Stopped before its next try, it is recorded as failed with the tries it had.
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT status FROM workflow_execution WHERE id = ?"), {flakyRun}).toString(),
             QStringLiteral("FAILED"));
    QVERIFY(count(t.db(), QStringLiteral("SELECT attempts FROM workflow_execution WHERE id = ?"), {flakyRun}) >= 1);
}

QTEST_MAIN(TestScheduler)
#include "tst_scheduler.moc"
