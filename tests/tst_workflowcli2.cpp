// `director-of-one workflow runs|undo-run|versions|restore|approve|reject` as processes, on
// SQLite and PostgreSQL.

#include "Checks.h"
#include "CliRunner.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"
#include "FaultDisk.h"

#include "db/Query.h"
#include "db/Transaction.h"
#include "repositories/TaskRepository.h"
#include "workflow/WorkflowScheduler.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {
const QString kManual = QStringLiteral("{\"type\":\"manual\"}");

using Run = CliRun;

// Runs the program as `u`; its standard input is a pipe (not a terminal) that is closed at once.
Run cli(const TestDatabase &t, const User &u, const QStringList &arguments)
{
    CliRunner runner(t, u.email);
    runner.setEnv(QStringLiteral("TZ"), QStringLiteral("UTC"));
    runner.setEnv(QStringLiteral("XDG_RUNTIME_DIR"), QString()); // as for root in a container or a cron job
    runner.timeoutMs = 180000;
    return runner.run(arguments);
}

QStringList args(const QString &command, const QStringList &rest = {})
{
    return QStringList{QStringLiteral("workflow"), command} + rest;
}
} // namespace

class TestWorkflowCli2 : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestWorkflowCli2() : DatabaseTestCase(QStringLiteral("d@example.com"), UserRole::Director) { }

private Q_SLOTS:
    void initTestCase()
    {
        if (!CliRunner::available())
            QSKIP("DOO_CLI is not set; run through ctest");
    }

    void undoRun();
    void versionsAndRestore();
    void approveAndReject();
    void approvalKilledHalfWay();
    void timesInTheUsersZone();

private:
    void killApproveAtRowLock(TestDatabase &t, const User &u, const Workflow &w, const WorkflowExecution &waiting);
};

void TestWorkflowCli2::undoRun()
{
    auto &t = database();
    const User &u = defaultUser();
    const UserContext ctx = UserContext::of(u);
    TaskRepository tasks(t.db(), ctx);
    Task draft;
    draft.title = QStringLiteral("Draft budget");
    draft.priority = Priority::High;
    draft = must(tasks.create(draft));
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Tidy"), kManual,
                               QStringLiteral("[{\"type\":\"update_tasks\",\"filter\":{\"status\":\"TODO\"},"
                                              "\"set\":{\"status\":\"REVIEW\",\"priority\":\"URGENT\"}},"
                                              "{\"type\":\"create_task\",\"title\":\"Weekly sync\"}]"),
                               30);
    CHECK_OK(w);
    const auto e = WorkflowScheduler(t.db(), ctx).runNow(*w);
    CHECK_OK(e);
    QCOMPARE(e->status, ExecutionStatus::Success);

    // Not a terminal and no --yes: the preview, exit 1, nothing changed.
    const Run asked = cli(t, u, args(QStringLiteral("undo-run"), {e->id.left(8)}));
    QCOMPARE(asked.exitCode, 1);
    QVERIFY2(asked.out.contains(QLatin1String("  Put task \"Draft budget\" back: status To do, priority High\n")),
             qPrintable(asked.out));
    QVERIFY2(asked.out.contains(QLatin1String("  Delete task \"Weekly sync\"\n")), qPrintable(asked.out));
    QVERIFY2(asked.err.contains(QLatin1String("pass --yes")), qPrintable(asked.err));
    QCOMPARE(must(tasks.findById(draft.id)).status, TaskStatus::Review);
    const Run previewJson = cli(t, u, args(QStringLiteral("undo-run"), {e->id, QStringLiteral("--json")}));
    QCOMPARE(previewJson.exitCode, 1);
    QCOMPARE(previewJson.json().array().size(), 2);
    QCOMPARE(previewJson.json().array().at(1).toObject().value(QStringLiteral("change")).toString(), QStringLiteral("created"));

    const Run done = cli(t, u, args(QStringLiteral("undo-run"), {e->id.left(12), QStringLiteral("--yes")}));
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    QCOMPARE(done.out, QStringLiteral("Undid run %1 of \"Tidy\": 1 task deleted, 1 put back.\n").arg(e->id.left(8)));
    const Task back = must(tasks.findById(draft.id));
    QCOMPARE(back.status, TaskStatus::Todo);
    QCOMPARE(back.priority, Priority::High);
    QCOMPARE(back.position, draft.position);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task")), 1);

    const Run again = cli(t, u, args(QStringLiteral("undo-run"), {e->id, QStringLiteral("--yes")}));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("already undone")), qPrintable(again.err));
    const Run tooShort = cli(t, u, args(QStringLiteral("undo-run"), {e->id.left(7), QStringLiteral("--yes")}));
    QCOMPARE(tooShort.exitCode, 1);
    QVERIFY2(tooShort.err.contains(QLatin1String("too short")), qPrintable(tooShort.err));
    QCOMPARE(cli(t, u, args(QStringLiteral("undo-run"))).exitCode, 2);
    QCOMPARE(cli(t, u, args(QStringLiteral("runs"), {QStringLiteral("--yes")})).exitCode, 2);

    // All runs: the undone one with its workflow's name.
    const Run listed = cli(t, u, args(QStringLiteral("runs"), {QStringLiteral("--json")}));
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray runs = listed.json().array();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.at(0).toObject().value(QStringLiteral("workflowName")).toString(), QStringLiteral("Tidy"));
    QVERIFY(!runs.at(0).toObject().value(QStringLiteral("undoneAt")).toString().isEmpty());
    const Run text = cli(t, u, args(QStringLiteral("runs")));
    QVERIFY2(text.out.contains(QLatin1String("Succeeded")) && text.out.contains(QLatin1String("undone"))
                 && text.out.contains(QLatin1String("Tidy")),
             qPrintable(text.out));
    const Run failed =
        cli(t, u, args(QStringLiteral("runs"), {QStringLiteral("--status"), QStringLiteral("FAILED"), QStringLiteral("--json")}));
    QCOMPARE(failed.exitCode, 0);
    QCOMPARE(failed.json().array().size(), 0);
    QCOMPARE(cli(t, u, args(QStringLiteral("runs"), {QStringLiteral("--status"), QStringLiteral("DONE")})).exitCode, 2);
}

void TestWorkflowCli2::versionsAndRestore()
{
    auto &t = database();
    const User &u = defaultUser();
    WorkflowRepository repo(t.db(), UserContext::of(u));
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Weekly report"), kManual,
                               QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Report\"}]"), 20);
    CHECK_OK(w);
    Workflow edit = *w;
    edit.name = QStringLiteral("Monthly report");
    edit.estimatedMinutesSaved = 45;
    CHECK_OK(repo.update(edit));

    const Run listed = cli(t, u, args(QStringLiteral("versions"), {w->id.left(8), QStringLiteral("--json")}));
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray versions = listed.json().array();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.at(0).toObject().value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(versions.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Weekly report"));
    QCOMPARE(versions.at(0).toObject().value(QStringLiteral("estimatedMinutesSaved")).toDouble(), 20.0);
    const Run text = cli(t, u, args(QStringLiteral("versions"), {QStringLiteral("Monthly report")}));
    QVERIFY2(text.out.contains(QLatin1String("Workflow Monthly report is at version 2.")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("Weekly report  (Manually; 1 action)")), qPrintable(text.out));

    const Run restored = cli(t, u, args(QStringLiteral("restore"), {w->id, QStringLiteral("1"), QStringLiteral("--json")}));
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(restored.json().object().value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(restored.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("Weekly report"));
    QCOMPARE(must(repo.findById(w->id)).estimatedMinutesSaved, 20.0);
    QCOMPARE(must(repo.versions(w->id)).size(), 2);

    const Run missing = cli(t, u, args(QStringLiteral("restore"), {w->id, QStringLiteral("7")}));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("no saved version 7")), qPrintable(missing.err));
    QCOMPARE(cli(t, u, args(QStringLiteral("restore"), {w->id, QStringLiteral("seven")})).exitCode, 2);
    QCOMPARE(cli(t, u, args(QStringLiteral("restore"), {w->id})).exitCode, 2);
    QCOMPARE(must(repo.findById(w->id)).version, 3);
}

void TestWorkflowCli2::approveAndReject()
{
    auto &t = database();
    const User &u = defaultUser();
    const UserContext ctx = UserContext::of(u);
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Budget"), kManual,
                               QStringLiteral("[{\"type\":\"request_approval\",\"title\":\"Approve the budget\"},"
                                              "{\"type\":\"create_task\",\"title\":\"Send the budget\"}]"));
    CHECK_OK(w);
    WorkflowScheduler scheduler(t.db(), ctx);
    const auto first = scheduler.runNow(*w);
    const auto second = scheduler.runNow(*w);
    CHECK_OK(first);
    CHECK_OK(second);
    const Run waiting = cli(
        t, u, args(QStringLiteral("runs"), {QStringLiteral("--status"), QStringLiteral("waiting"), QStringLiteral("--json")}));
    QCOMPARE(waiting.exitCode, 0);
    QCOMPARE(waiting.json().array().size(), 2);

    const Run approved = cli(t, u, args(QStringLiteral("approve"), {first->id.left(8), QStringLiteral("--json")}));
    QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
    QCOMPARE(approved.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = 'Send the budget'")), 1);
    const Run rejected = cli(t, u, args(QStringLiteral("reject"), {second->id}));
    QVERIFY2(rejected.exitCode == 0, qPrintable(rejected.err));
    QVERIFY2(rejected.out.startsWith(QLatin1String("Rejected; the run of \"Budget\" stopped:\n")), qPrintable(rejected.out));
    QVERIFY2(rejected.out.contains(QLatin1String("Cancelled")), qPrintable(rejected.out));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = 'Send the budget'")), 1);
    QCOMPARE(
        count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE id = ? AND status = 'CANCELLED'"), {second->waitingTaskId}),
        1);

    const Run again = cli(t, u, args(QStringLiteral("approve"), {first->id}));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("not waiting for an approval")), qPrintable(again.err));
    const Run unknown = cli(t, u, args(QStringLiteral("reject"), {QStringLiteral("ffffffff")}));
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("no workflow run")), qPrintable(unknown.err));
}

// `workflow approve` killed half-way: the decision, the claim and the rest of the run are one
// transaction, so a killed program leaves all of it or nothing (the task still to be decided, the
// run WAITING, no task of the rest), and approving again runs it whole. PostgreSQL: the program
// waits for a row another session holds, and is killed there. SQLite: the library doo_faultdisk
// kills it right before its k-th write to the database's files, for k = 1, 2, 3, … (each round a
// fresh waiting run) until it finishes; a decision committed in a transaction of its own before
// the resume would show at a k between the two commits.
void TestWorkflowCli2::approvalKilledHalfWay()
{
    auto &t = database();
    const User &u = defaultUser();
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Budget"), kManual,
                               QStringLiteral("[{\"type\":\"request_approval\",\"title\":\"Approve the budget\"},"
                                              "{\"type\":\"create_task\",\"title\":\"Send the budget\"}]"));
    CHECK_OK(w);
    const auto waitingRun = [&] {
        auto run = WorkflowScheduler(t.db(), UserContext::of(u)).runNow(*w);
        if (run && run->status != ExecutionStatus::Waiting)
            return Result<WorkflowExecution>(Error::make(Error::Kind::Internal, QStringLiteral("the run does not wait")));
        return run;
    };
    const auto rest = [&t](const WorkflowExecution &run) {
        return count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE execution_id = ? AND title = 'Send the budget'"),
                     {run.id});
    };
    // All or nothing after a kill (decidedBeforeKill: all), then approving again ends the run once.
    bool decidedBeforeKill = false;
    const auto checkAllOrNothing = [&](const WorkflowExecution &run) {
        if (t.db().type() == DbType::SQLite)
            QCOMPARE(scalar(t.db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        const auto status = [&] {
            return scalar(t.db(), QStringLiteral("SELECT status FROM workflow_execution WHERE id = ?"), {run.id}).toString();
        };
        const QString taskStatus =
            scalar(t.db(), QStringLiteral("SELECT status FROM task WHERE id = ?"), {run.waitingTaskId}).toString();
        const bool decided = status() == QLatin1String("SUCCESS");
        if (decided) {
            QCOMPARE(taskStatus, QStringLiteral("COMPLETED"));
            QCOMPARE(rest(run), 1);
        } else {
            QCOMPARE(status(), QStringLiteral("WAITING"));
            QCOMPARE(taskStatus, QStringLiteral("REVIEW"));
            QCOMPARE(rest(run), 0);
        }
        const Run again = cli(t, u, args(QStringLiteral("approve"), {run.id, QStringLiteral("--json")}));
        if (decided) {
            QCOMPARE(again.exitCode, 1);
            QVERIFY2(again.err.contains(QLatin1String("not waiting for an approval")), qPrintable(again.err));
        } else {
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
            QCOMPARE(again.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
        }
        QCOMPARE(status(), QStringLiteral("SUCCESS"));
        QCOMPARE(rest(run), 1);
        decidedBeforeKill = decided;
    };

    if (t.db().type() == DbType::PostgreSQL) {
        const auto waiting = waitingRun();
        CHECK_OK(waiting);
        killApproveAtRowLock(t, u, *w, *waiting);
        if (QTest::currentTestFailed())
            return;
        checkAllOrNothing(*waiting);
        if (!QTest::currentTestFailed())
            QVERIFY(!decidedBeforeKill); // killed while waiting for the row, before its commit
        return;
    }

    const QString files = QFileInfo(t.url().path).absolutePath();
    int killedWaiting = 0;
    int killedDecided = 0;
    for (int k = 1;; ++k) {
        QVERIFY2(k <= 500, "the program never finished");
        const auto waiting = waitingRun();
        CHECK_OK(waiting);
        CliRunner runner(t, u.email);
        onFaultDisk(runner, files, QString(), k);
        const Run approving = runner.run(args(QStringLiteral("approve"), {waiting->id}));
        if (approving.exitCode == 0) { // fewer than k writes: the whole run
            QCOMPARE(rest(*waiting), 1);
            qInfo("approving writes %d times to the database's files; killed %d times before its commit, %d after", k - 1,
                  killedWaiting, killedDecided);
            break;
        }
        QVERIFY2(approving.exitCode == -1, qPrintable(approving.err)); // killed, not refused
        checkAllOrNothing(*waiting);
        if (QTest::currentTestFailed())
            return;
        ++(decidedBeforeKill ? killedDecided : killedWaiting);
    }
    // Every write of the commit comes before its end (SQLite writes the commit frame last): each
    // kill up to it left the run waiting. A kill after it (a checkpoint, when the log is long
    // enough) finds the run whole; whether one happens varies from run to run.
    QVERIFY(killedWaiting > 0);
}

// PostgreSQL: `workflow approve` of `waiting` killed while it waits for a lock on the workflow's
// row (the task the rest of the run creates refers to it), held by another session; returns once
// the server has ended the killed program's session.
void TestWorkflowCli2::killApproveAtRowLock(TestDatabase &t, const User &u, const Workflow &w, const WorkflowExecution &waiting)
{
    auto locker = t.openSecond(QStringLiteral("locker"));
    QVERIFY(locker);
    auto lock = std::make_unique<Transaction>(*locker);
    QVERIFY(lock->isActive());
    Query held(*locker);
    QVERIFY(held.exec(QStringLiteral("SELECT id FROM workflow WHERE id = ? FOR UPDATE"), {w.id}) && held.next());

    CliRunner runner(t, u.email);
    std::unique_ptr<QProcess> approving(runner.start(args(QStringLiteral("approve"), {waiting.id})));
    QVERIFY(approving->waitForStarted());
    auto blockedPid = [&t] {
        Query q(t.db());
        return q.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                     "AND wait_event_type = 'Lock'"))
                && q.next()
            ? q.value(0).toInt()
            : 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(blockedPid() != 0, 60000);
    const int pid = blockedPid();
    approving->kill();
    QVERIFY(approving->waitForFinished());
    lock.reset(); // rolled back
    // The server ends the killed program's session, and its transaction with it.
    QTRY_COMPARE_WITH_TIMEOUT(count(t.db(), QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = ?"), {pid}), 0,
                              30000);
}

// Times in the text of `workflow list` and `workflow runs` are the user's (the zone schedules are
// read in), not the computer's (UTC here).
void TestWorkflowCli2::timesInTheUsersZone()
{
    auto &t = database();
    const User &u = defaultUser();
    QCOMPARE(
        cli(t, u,
            {QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("--time-zone"), QStringLiteral("Pacific/Kiritimati")})
            .exitCode,
        0);
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Evening review"),
                               QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 17:00\"}"),
                               QStringLiteral("[{\"type\":\"notify\",\"title\":\"Review\"}]"), 20);
    CHECK_OK(w);
    CHECK_OK(WorkflowRepository(t.db(), UserContext::of(u))
                 .execute(w->id, run(ExecutionStatus::Success, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC), 1, 30)));
    const Run listed = cli(t, u, args(QStringLiteral("list")));
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QCOMPARE(listed.err, QString()); // nothing but what the command says, also without XDG_RUNTIME_DIR
    QVERIFY2(listed.out.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2} 17:00  +Evening review"))),
             qPrintable(listed.out));
    const Run runs = cli(t, u, args(QStringLiteral("runs")));
    QVERIFY2(runs.exitCode == 0, qPrintable(runs.err));
    QVERIFY2(runs.out.contains(QLatin1String("2026-03-02 23:00")), qPrintable(runs.out)); // 09:00 UTC at UTC+14
}

QTEST_GUILESS_MAIN(TestWorkflowCli2)
#include "tst_workflowcli2.moc"
