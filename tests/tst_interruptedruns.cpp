// Workflow runs under crashes, on SQLite and PostgreSQL with the real engine and scheduler: the
// due time of a run interrupted by a crash runs again once (never twice, not after a second
// interruption), a run on another computer is dead only when its heartbeat is old, and finish()
// records the outcome of RUNNING runs only.

#include "Checks.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "domain/Clock.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/WorkflowRepository.h"
#include "workflow/WorkflowEngine.h"
#include "workflow/WorkflowScheduler.h"

#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {
// Monday 2 March 2026, 07:00 UTC = 08:00 in Berlin (CET).
const QDateTime kMonday(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC);
const QDateTime kDue(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC); // 09:00 in Berlin
const QDateTime kNextDue = kDue.addDays(1);
const QString kDaily = QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 09:00\"}");
const QString kDailyNoCatchUp = QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 09:00\",\"catch_up\":false}");
const QString kCreate = QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Daily {date}\"}]");
const QString kManual = QStringLiteral("{\"type\":\"manual\"}");
const QString kOtherHost = QStringLiteral("other-computer:4242:77");

// A process of this computer that no longer exists: what a crashed scheduler leaves as runner.
QString deadRunner()
{
    return QSysInfo::machineHostName() + QStringLiteral(":999999999:1");
}
} // namespace

class TestInterruptedRuns : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestInterruptedRuns() : DatabaseTestCase(QStringLiteral("d@example.com")) { useFixedClock(kMonday); }

private Q_SLOTS:
    void interruptedDueTimeRunsAgainOnce();
    void secondInterruptionIsNotRunAgain();
    void oneProcessClaimsTheRerun();
    void lateRerunSkippedWithoutCatchUp();
    void staleHeartbeatIsReclaimed();
    void schedulerRenewsItsHeartbeat();
    void finishOnlyRunningRuns();
    void runClosedElsewhereCommitsNothing();

private:
    UserContext ctx() const { return UserContext::of(defaultUser()); }
    Workflow daily(const QString &trigger = kDaily)
    {
        setTimeZone(database().db(), defaultUser(), QStringLiteral("Europe/Berlin"));
        const auto w = addWorkflow(database().db(), defaultUser(), QStringLiteral("Daily"), trigger, kCreate);
        if (!w)
            qFatal("workflow: %s", qPrintable(w.error().text()));
        return *w;
    }
    // What a scheduler killed in the middle of the run due at kDue leaves behind: the claim
    // committed (next due time moved on, a RUNNING execution), nothing of the run itself.
    WorkflowExecution crashedRun(const Workflow &w)
    {
        clock().set(kDue.addSecs(20));
        return must(ExecutionRepository(database().db(), ctx()).claimTimed(w, kDue, kNextDue, deadRunner()));
    }
    int tasks() { return count(database().db(), QStringLiteral("SELECT count(*) FROM task WHERE title LIKE 'Daily%'")); }
    int runs(const QString &workflowId)
    {
        return count(database().db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE workflow_id = ?"),
                     {workflowId});
    }
    int rerunOf(const QString &executionId)
    {
        return count(database().db(), QStringLiteral("SELECT rerun FROM workflow_execution WHERE id = ?"), {executionId});
    }
};

void TestInterruptedRuns::interruptedDueTimeRunsAgainOnce()
{
    const Workflow w = daily();
    const WorkflowExecution crashed = crashedRun(w);
    QCOMPARE(tasks(), 0);

    clock().set(kDue.addSecs(90)); // restarted a minute later
    {
        WorkflowScheduler scheduler(database().db(), ctx());
        CHECK_OK(scheduler.start());
        scheduler.stop();
    }
    ExecutionRepository executions(database().db(), ctx());
    const auto closed = must(executions.findById(crashed.id));
    QCOMPARE(closed.status, ExecutionStatus::Failed);
    QVERIFY(closed.error.startsWith(QLatin1String("interrupted")));
    QCOMPARE(rerunOf(crashed.id), 2);
    QCOMPARE(runs(w.id), 2);
    QCOMPARE(tasks(), 1);
    const QString rerunKey = QStringLiteral("rerun:at:2026-03-02T08:00:00.000Z");
    const QString rerunId =
        scalar(database().db(), QStringLiteral("SELECT id FROM workflow_execution WHERE trigger_key = ?"), {rerunKey}).toString();
    const auto rerun = must(executions.findById(rerunId));
    QCOMPARE(rerun.status, ExecutionStatus::Success);
    QCOMPARE(rerun.scheduledFor, kDue);
    QCOMPARE(rerun.tasksCreated, 1);
    QCOMPARE(must(WorkflowRepository(database().db(), ctx()).findById(w.id)).nextRunAt, kNextDue);

    // Started again (and a pass later): the due time is not run a third time.
    clock().set(kDue.addSecs(300));
    WorkflowScheduler again(database().db(), ctx());
    CHECK_OK(again.start());
    CHECK_OK(again.runPass());
    again.stop();
    QCOMPARE(runs(w.id), 2);
    QCOMPARE(tasks(), 1);
    QVERIFY(must(executions.pendingReruns()).isEmpty());
}

void TestInterruptedRuns::secondInterruptionIsNotRunAgain()
{
    const Workflow w = daily();
    const WorkflowExecution crashed = crashedRun(w);
    clock().set(kDue.addSecs(60));
    WorkflowScheduler recovering(database().db(), ctx());
    QCOMPARE(must(recovering.recoverInterrupted()), 1);
    ExecutionRepository executions(database().db(), ctx());
    const auto pending = must(executions.pendingReruns());
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().id, crashed.id);
    // The second run of the due time crashes as well.
    const auto second = must(executions.claimRerun(w, pending.first(), deadRunner()));
    QCOMPARE(second.triggerKey, QStringLiteral("rerun:") + crashed.triggerKey);

    clock().set(kDue.addSecs(120));
    WorkflowScheduler scheduler(database().db(), ctx());
    CHECK_OK(scheduler.start());
    scheduler.stop();
    QCOMPARE(must(executions.findById(second.id)).status, ExecutionStatus::Failed);
    QCOMPARE(rerunOf(second.id), 0);
    QVERIFY(must(executions.pendingReruns()).isEmpty());
    QCOMPARE(runs(w.id), 2);
    QCOMPARE(tasks(), 0);
    // The next due time runs as usual.
    clock().set(kNextDue.addSecs(10));
    CHECK_OK(scheduler.runPass());
    QCOMPARE(tasks(), 1);
    QCOMPARE(runs(w.id), 3);
}

void TestInterruptedRuns::oneProcessClaimsTheRerun()
{
    const Workflow w = daily();
    crashedRun(w);
    WorkflowScheduler recovering(database().db(), ctx());
    QCOMPARE(must(recovering.recoverInterrupted()), 1);
    auto second = database().openSecond(QStringLiteral("second"));
    QVERIFY(second);
    ExecutionRepository here(database().db(), ctx());
    ExecutionRepository there(*second, ctx());
    const auto seenHere = must(here.pendingReruns());
    const auto seenThere = must(there.pendingReruns());
    QCOMPARE(seenHere.size(), 1);
    QCOMPARE(seenThere.size(), 1);
    CHECK_OK(here.claimRerun(w, seenHere.first(), WorkflowScheduler::runnerId()));
    const auto lost = there.claimRerun(w, seenThere.first(), QStringLiteral("elsewhere:1:1"));
    QVERIFY(!lost);
    QCOMPARE(lost.error().kind, Error::Kind::Conflict);
    QCOMPARE(runs(w.id), 2);
}

void TestInterruptedRuns::lateRerunSkippedWithoutCatchUp()
{
    const Workflow w = daily(kDailyNoCatchUp);
    const WorkflowExecution crashed = crashedRun(w);
    clock().set(kDue.addSecs(3 * 3600)); // restarted three hours later: the workflow skips missed runs
    WorkflowScheduler scheduler(database().db(), ctx());
    CHECK_OK(scheduler.start());
    scheduler.stop();
    QCOMPARE(rerunOf(crashed.id), 3);
    QCOMPARE(runs(w.id), 1);
    QCOMPARE(tasks(), 0);
}

void TestInterruptedRuns::staleHeartbeatIsReclaimed()
{
    const auto w = addWorkflow(database().db(), defaultUser(), QStringLiteral("Long"), kManual,
                               QStringLiteral("[{\"type\":\"notify\",\"title\":\"x\"}]"));
    CHECK_OK(w);
    ExecutionRepository executions(database().db(), ctx());
    const QDateTime start = kMonday;
    const auto elsewhere = executions.claim(*w, QStringLiteral("manual:elsewhere"), start, 0, kOtherHost);
    CHECK_OK(elsewhere);
    QCOMPARE(must(executions.findById(elsewhere->id)).heartbeatAt, start);
    WorkflowScheduler scheduler(database().db(), ctx());

    // Two hours later, the other computer still says it runs: started long ago, but alive.
    clock().set(start.addSecs(2 * 3600 - 120));
    CHECK_OK(executions.beat(kOtherHost));
    clock().set(start.addSecs(2 * 3600));
    QCOMPARE(must(executions.findById(elsewhere->id)).heartbeatAt, start.addSecs(2 * 3600 - 120));
    QVERIFY(!WorkflowScheduler::isGone(must(executions.findById(elsewhere->id))));
    QCOMPARE(must(scheduler.recoverInterrupted()), 0);
    QCOMPARE(must(executions.findById(elsewhere->id)).status, ExecutionStatus::Running);

    // Its heartbeat stops: once older than the limit, the run is dead.
    clock().set(start.addSecs(2 * 3600 - 120 + WorkflowScheduler::kStaleHeartbeatSecs - 10));
    QCOMPARE(must(scheduler.recoverInterrupted()), 0);
    clock().set(start.addSecs(2 * 3600 - 120 + WorkflowScheduler::kStaleHeartbeatSecs + 10));
    QCOMPARE(must(scheduler.recoverInterrupted()), 1);
    const auto closed = must(executions.findById(elsewhere->id));
    QCOMPARE(closed.status, ExecutionStatus::Failed);
    QVERIFY(closed.error.contains(kOtherHost));
    QCOMPARE(rerunOf(elsewhere->id), 0); // run by hand: not run again by itself
}

void TestInterruptedRuns::schedulerRenewsItsHeartbeat()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("reports"));
    QVERIFY(QFile(blocker).open(QIODevice::WriteOnly)); // a file where the folder should be: every try fails
    const auto w =
        addWorkflow(database().db(), defaultUser(), QStringLiteral("Flaky"), kManual,
                    QStringLiteral("[{\"type\":\"generate_report\",\"format\":\"csv\",\"folder\":\"%1\"}]").arg(blocker));
    CHECK_OK(w);
    WorkflowScheduler scheduler(database().db(), ctx());
    const auto waiting = scheduler.runNow(*w);
    CHECK_OK(waiting);
    QCOMPARE(waiting->status, ExecutionStatus::Running); // waiting for its next try
    ExecutionRepository executions(database().db(), ctx());
    QCOMPARE(must(executions.findById(waiting->id)).heartbeatAt, kMonday);
    // Its next try, long after: the heartbeat says the run is alive, so no other computer takes it.
    const QDateTime later = kMonday.addSecs(WorkflowScheduler::kStaleHeartbeatSecs + 60);
    clock().set(later);
    CHECK_OK(scheduler.runPass());
    const auto stored = must(executions.findById(waiting->id));
    QCOMPARE(stored.status, ExecutionStatus::Running);
    QCOMPARE(stored.attempts, 2);
    QCOMPARE(stored.heartbeatAt, later);
    WorkflowExecution seenElsewhere = stored;
    seenElsewhere.runner = kOtherHost; // as another computer judges it
    QVERIFY(!WorkflowScheduler::isGone(seenElsewhere));
}

void TestInterruptedRuns::finishOnlyRunningRuns()
{
    const auto w = addWorkflow(database().db(), defaultUser(), QStringLiteral("Once"), kManual, kCreate);
    CHECK_OK(w);
    WorkflowScheduler scheduler(database().db(), ctx());
    const auto done = scheduler.runNow(*w);
    CHECK_OK(done);
    QCOMPARE(done->status, ExecutionStatus::Success);

    // Finishing it again (a late, stale writer) changes nothing and says so.
    WorkflowExecution late = *done;
    late.status = ExecutionStatus::Failed;
    late.error = QStringLiteral("late");
    late.tasksCreated = 7;
    late.finishedAt = done->finishedAt.addSecs(600);
    ExecutionRepository executions(database().db(), ctx());
    const Status refused = executions.finish(late);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    const auto stored = must(executions.findById(done->id));
    QCOMPARE(stored.status, ExecutionStatus::Success);
    QCOMPARE(stored.error, QString());
    QCOMPARE(stored.tasksCreated, 1);
    QCOMPARE(stored.finishedAt, done->finishedAt);

    late.id = QStringLiteral("no-such-run");
    QCOMPARE(executions.finish(late).error().kind, Error::Kind::NotFound);
}

void TestInterruptedRuns::runClosedElsewhereCommitsNothing()
{
    const auto w = addWorkflow(database().db(), defaultUser(), QStringLiteral("Slow"), kManual, kCreate);
    CHECK_OK(w);
    ExecutionRepository executions(database().db(), ctx());
    // A run of another computer whose heartbeat went quiet (it hung) is closed by this one…
    const auto hung = executions.claim(*w, QStringLiteral("manual:hung"), kMonday, 0, kOtherHost);
    CHECK_OK(hung);
    clock().set(kMonday.addSecs(WorkflowScheduler::kStaleHeartbeatSecs + 60));
    QCOMPARE(must(WorkflowScheduler(database().db(), ctx()).recoverInterrupted()), 1);
    // …then the hung run goes on and reaches its end: its transaction rolls back whole.
    WorkflowEngine engine(database().db(), ctx());
    const auto outcome = engine.run(*w, *hung, RunInput());
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind, Error::Kind::Conflict);
    QCOMPARE(tasks(), 0);
    QCOMPARE(count(database().db(), QStringLiteral("SELECT count(*) FROM notification WHERE type = 'WORKFLOW_COMPLETE'")), 0);
    const auto stored = must(executions.findById(hung->id));
    QCOMPARE(stored.status, ExecutionStatus::Failed);
    QVERIFY(stored.error.startsWith(QLatin1String("interrupted")));
}

QTEST_MAIN(TestInterruptedRuns)
#include "tst_interruptedruns.moc"
