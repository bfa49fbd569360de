// Undo of a whole workflow run, approvals decided through the API and the list of all runs, on
// SQLite and PostgreSQL.

#include "Checks.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "domain/Clock.h"
#include "repositories/AnalyticsRepository.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/TaskRepository.h"
#include "repositories/UserRepository.h"
#include "workflow/Approvals.h"
#include "workflow/RunUndo.h"
#include "workflow/WorkflowScheduler.h"

#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {
// A Wednesday, noon UTC (the same calendar day in every zone from UTC-11 to UTC+11).
const QDateTime kNow(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC);
const QString kManual = QStringLiteral("{\"type\":\"manual\"}");

// Every task row without updated_at and version (which an undo moves on), and every tag row.
QStringList snapshot(Database &db)
{
    QStringList rows;
    {
        Query q(db);
        if (!q.exec(QStringLiteral("SELECT id, user_id, workflow_id, execution_id, title, description, priority, status, "
                                   "position, due_date, tags, created_at, completed_at FROM task ORDER BY id")))
            return {QStringLiteral("query failed")};
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < 13; ++i)
                cols << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            rows << cols.join(QLatin1Char('|'));
        }
    }
    Query tags(db);
    if (!tags.exec(QStringLiteral("SELECT task_id, tag, tag_key FROM task_tag ORDER BY task_id, tag_key")))
        return {QStringLiteral("query failed")};
    while (tags.next())
        rows << QStringLiteral("tag:%1|%2|%3").arg(tags.value(0).toString(), tags.value(1).toString(), tags.value(2).toString());
    return rows;
}

Task addTask(TaskRepository &tasks, const QString &title, TaskStatus status, Priority priority, const QStringList &tags = {},
             const QDateTime &due = {})
{
    Task t;
    t.title = title;
    t.status = status;
    t.priority = priority;
    t.tags = tags;
    t.dueDate = due;
    return must(tasks.create(t));
}

QStringList summaries(const QList<RunChange> &changes)
{
    QStringList list;
    for (const RunChange &c : changes)
        list << c.summary;
    return list;
}
} // namespace

class TestRunUndo : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestRunUndo() : DatabaseTestCase(QStringLiteral("d@example.com"), UserRole::Director) { useFixedClock(kNow); }

private Q_SLOTS:
    void undoRestoresExactState();
    void refusals();
    void analyticsNeverBelowZero();
    void analyticsDayIsTheOwners();
    void approvals_data();
    void approvals();
    void approvalTaskGone();
    void allExecutions();
};

void TestRunUndo::undoRestoresExactState()
{
    auto &t = database();
    const User &u = defaultUser();
    setTimeZone(t.db(), u, QStringLiteral("UTC"));
    const UserContext ctx = UserContext::of(u);
    TaskRepository tasks(t.db(), ctx);
    clock().set(kNow.addDays(-2));
    const Task memo =
        addTask(tasks, QStringLiteral("Old memo"), TaskStatus::Completed, Priority::Medium, {QStringLiteral("old")});
    clock().set(kNow.addDays(-1));
    const Task budget =
        addTask(tasks, QStringLiteral("Draft budget"), TaskStatus::Todo, Priority::High, {QStringLiteral("finance")});
    const Task supplier = addTask(tasks, QStringLiteral("Call supplier"), TaskStatus::Todo, Priority::Low, {},
                                  QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC));
    const Task gone = addTask(tasks, QStringLiteral("Gone soon"), TaskStatus::Todo, Priority::Medium);
    const Task contract = addTask(tasks, QStringLiteral("Review contract"), TaskStatus::InProgress, Priority::Medium);
    addTask(tasks, QStringLiteral("Untouched"), TaskStatus::Review, Priority::Medium);
    clock().set(kNow);
    CHECK_OK(AnalyticsRepository(t.db(), ctx).upsertToday(2.0, 3));
    const QStringList before = snapshot(t.db());

    // The memo is changed twice (back to TODO, then with the others to REVIEW); the contract is completed.
    const auto w = addWorkflow(
        t.db(), u, QStringLiteral("Tidy up"), kManual,
        QStringLiteral("[{\"type\":\"update_tasks\",\"filter\":{\"tag\":\"old\"},\"set\":{\"status\":\"TODO\"}},"
                       "{\"type\":\"update_tasks\",\"filter\":{\"status\":\"TODO\"},"
                       "\"set\":{\"status\":\"REVIEW\",\"priority\":\"URGENT\",\"add_tags\":[\"triaged\"],\"due_in_days\":3}},"
                       "{\"type\":\"update_tasks\",\"filter\":{\"status\":\"IN_PROGRESS\"},\"set\":{\"status\":\"COMPLETED\"}},"
                       "{\"type\":\"create_task\",\"title\":\"Weekly sync\",\"tags\":[\"meeting\"]}]"),
        30);
    CHECK_OK(w);
    WorkflowScheduler scheduler(t.db(), ctx);
    const auto run = scheduler.runNow(*w);
    CHECK_OK(run);
    QCOMPARE(run->status, ExecutionStatus::Success);
    QCOMPARE(run->tasksCreated, 1);
    QCOMPARE(must(tasks.findById(budget.id)).status, TaskStatus::Review);
    QCOMPARE(must(tasks.findById(contract.id)).status, TaskStatus::Completed);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT time_saved FROM analytics WHERE user_id = ?"), {u.id}).toDouble(), 2.5);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT tasks_automated FROM analytics WHERE user_id = ?"), {u.id}), 10); // 3 + 1 + 6

    // After the run: someone renames the contract and deletes one task.
    clock().set(kNow.addSecs(600));
    Task renamed = must(tasks.findById(contract.id));
    renamed.title = QStringLiteral("Review contract v2");
    CHECK_OK(tasks.update(renamed));
    CHECK_OK(tasks.remove(gone.id));

    RunUndo undo(t.db(), ctx);
    const auto preview = must(undo.undoPreview(run->id));
    QCOMPARE(summaries(preview),
             (QStringList{
                 QStringLiteral("Put task \"Old memo\" back: status Completed, priority Medium, due none, tags [old]"),
                 QStringLiteral("Put task \"Draft budget\" back: status To do, priority High, due none, tags [finance]"),
                 QStringLiteral("Put task \"Call supplier\" back: status To do, priority Low, due 2026-03-10, tags []"),
                 QStringLiteral("Task \"Gone soon\" was deleted since the run; it stays deleted"),
                 QStringLiteral("Put task \"Review contract\" back: title \"Review contract\", status In progress "
                                "(changed since the run)"),
                 QStringLiteral("Delete task \"Weekly sync\""),
             }));
    QCOMPARE(preview.at(0).taskId, memo.id);
    QCOMPARE(preview.at(0).change, QStringLiteral("updated"));
    QCOMPARE(preview.at(2).taskId, supplier.id);
    QVERIFY(preview.at(3).missing);
    QVERIFY(!preview.at(0).missing);
    QVERIFY(preview.at(4).changedSince);
    QVERIFY(!preview.at(1).changedSince);
    QCOMPARE(preview.at(5).change, QStringLiteral("created"));
    QCOMPARE(preview.at(5).title, QStringLiteral("Weekly sync"));
    // The preview wrote nothing.
    QCOMPARE(must(tasks.findById(budget.id)).status, TaskStatus::Review);

    clock().set(kNow.addSecs(3600));
    const auto undone = undo.undoRun(run->id);
    CHECK_OK(undone);
    QCOMPARE(undone->undoneAt, kNow.addSecs(3600));
    QCOMPARE(undone->workflowName, QStringLiteral("Tidy up"));
    QCOMPARE(must(ExecutionRepository(t.db(), ctx).findById(run->id)).undoneAt, kNow.addSecs(3600));

    // Every task exactly as before the run (the deleted one stays deleted), the created one gone.
    QStringList expected = before;
    expected.removeIf(
        [&gone](const QString &row) { return row.startsWith(gone.id) || row.startsWith(QStringLiteral("tag:") + gone.id); });
    QCOMPARE(snapshot(t.db()), expected);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = 'Weekly sync'")), 0);
    // Versions moved on (open editors notice); the board counts follow.
    QCOMPARE(must(tasks.findById(budget.id)).version, 3);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT n FROM task_count WHERE user_id = ? AND status = 'TODO'"), {u.id}), 2);
    QCOMPARE(count(t.db(),
                   QStringLiteral("SELECT count(*) FROM task_history WHERE task_id = ? AND from_status = 'REVIEW' "
                                  "AND to_status = 'TODO'"),
                   {budget.id}),
             1);

    // The analytics day as before the run; stats leave the run out.
    const auto day = must(AnalyticsRepository(t.db(), ctx).getByDateRange(QDate(2026, 3, 4), QDate(2026, 3, 4)));
    QCOMPARE(day.size(), 1);
    QCOMPARE(day.first().timeSaved, 2.0);
    QCOMPARE(day.first().tasksAutomated, 3);
    QCOMPARE(day.first().efficiencyScore, 25.0);
    const auto stats = must(WorkflowRepository(t.db(), ctx).getStats());
    QCOMPARE(stats.hoursSaved, 0.0);
    QCOMPARE(stats.tasksCreated, 0);

    // A second undo is refused, and so is its preview.
    const auto again = undo.undoRun(run->id);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QVERIFY2(again.error().message.contains(QLatin1String("already undone")), qPrintable(again.error().message));
    QVERIFY(!undo.undoPreview(run->id));
    QCOMPARE(snapshot(t.db()), expected);
}

void TestRunUndo::refusals()
{
    auto &t = database();
    const User &u = defaultUser();
    const User other = t.addUser(QStringLiteral("o@example.com"), UserRole::Director);
    const UserContext ctx = UserContext::of(u);
    RunUndo undo(t.db(), ctx);
    auto refused = [&](const QString &id, const char *words) {
        const auto preview = undo.undoPreview(id);
        const auto result = undo.undoRun(id);
        return !preview && !result && preview.error().kind == Error::Kind::Conflict
            && result.error().kind == Error::Kind::Conflict && result.error().message.contains(QLatin1String(words));
    };
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Approve"), kManual,
                               QStringLiteral("[{\"type\":\"request_approval\",\"title\":\"Approve the budget\"},"
                                              "{\"type\":\"create_task\",\"title\":\"Send the budget\"}]"));
    CHECK_OK(w);

    // RUNNING.
    const auto running = ExecutionRepository(t.db(), ctx).claim(*w, QStringLiteral("manual:1"), kNow, 0, QStringLiteral("x:1:1"));
    CHECK_OK(running);
    QVERIFY(refused(running->id, "still running"));
    // FAILED without any change.
    const auto failed = WorkflowRepository(t.db(), ctx).execute(w->id, run(ExecutionStatus::Failed, kNow));
    CHECK_OK(failed);
    QVERIFY(refused(failed->id, "nothing to undo"));
    // WAITING.
    WorkflowScheduler scheduler(t.db(), ctx);
    const auto waiting = scheduler.runNow(*w);
    CHECK_OK(waiting);
    QCOMPARE(waiting->status, ExecutionStatus::Waiting);
    QVERIFY(refused(waiting->id, "approve or reject it first"));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task")), 1);
    // Another user's run is not found.
    const auto theirs = RunUndo(t.db(), UserContext::of(other)).undoRun(waiting->id);
    QVERIFY(!theirs);
    QCOMPARE(theirs.error().kind, Error::Kind::NotFound);

    // Rejected (CANCELLED), but it created its approval task: that can be undone.
    const auto rejected = Approvals(t.db(), ctx).reject(waiting->id);
    CHECK_OK(rejected);
    QCOMPARE(rejected->status, ExecutionStatus::Cancelled);
    const auto changes = must(undo.undoPreview(waiting->id));
    QCOMPARE(summaries(changes), QStringList{QStringLiteral("Delete task \"Approve the budget\" (changed since the run)")});
    CHECK_OK(undo.undoRun(waiting->id));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("analytics")), 0);
}

void TestRunUndo::analyticsNeverBelowZero()
{
    auto &t = database();
    const User &u = defaultUser();
    const UserContext ctx = UserContext::of(u);
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Make one"), kManual,
                               QStringLiteral("[{\"type\":\"create_task\",\"title\":\"One\"}]"), 30);
    CHECK_OK(w);
    const auto e = WorkflowScheduler(t.db(), ctx).runNow(*w);
    CHECK_OK(e);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT efficiency_score FROM analytics WHERE user_id = ?"), {u.id}).toDouble(), 6.25);
    // Someone lowered the day's figures meanwhile.
    Query q(t.db());
    QVERIFY(q.exec(QStringLiteral("UPDATE analytics SET time_saved = 0.25, tasks_automated = 0 WHERE user_id = ?"), {u.id}));
    CHECK_OK(RunUndo(t.db(), ctx).undoRun(e->id));
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT time_saved FROM analytics WHERE user_id = ?"), {u.id}).toDouble(), 0.0);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT tasks_automated FROM analytics WHERE user_id = ?"), {u.id}), 0);
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT efficiency_score FROM analytics WHERE user_id = ?"), {u.id}).toDouble(), 0.0);
}

// The run is counted on its owner's calendar day and taken back from that day, whatever the
// computer's zone: here the owner's evening (New York) is the next morning where the program runs
// (Tokyo), and the next day's row must not lose the run's figures.
void TestRunUndo::analyticsDayIsTheOwners()
{
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Asia/Tokyo");
    const auto restoreTz = qScopeGuard([&oldTz] {
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
    });
    // 23:30 in New York on 3 March is 13:30 on 4 March in Tokyo.
    clock().set(QDateTime(QDate(2026, 3, 4), QTime(4, 30), Qt::UTC));
    QCOMPARE(Clock::currentUtc().toLocalTime().date(), QDate(2026, 3, 4));
    auto &t = database();
    User u = defaultUser();
    u.timeZone = QStringLiteral("America/New_York");
    const auto saved = UserRepository(t.db(), UserContext::of(u)).update(u);
    CHECK_OK(saved);
    const UserContext ctx = UserContext::of(*saved);
    // The next day of the owner's already has figures (a run at noon there).
    CHECK_OK(AnalyticsRepository(t.db(), ctx).upsertToday(2.0, 3, QDateTime(QDate(2026, 3, 4), QTime(17, 0), Qt::UTC)));
    const auto w = addWorkflow(t.db(), *saved, QStringLiteral("Late one"), kManual,
                               QStringLiteral("[{\"type\":\"create_task\",\"title\":\"One\"}]"), 60);
    CHECK_OK(w);
    const auto e = WorkflowScheduler(t.db(), ctx).runNow(*w);
    CHECK_OK(e);
    auto timeSaved = [&](const QString &day) {
        return scalar(t.db(), QStringLiteral("SELECT time_saved FROM analytics WHERE user_id = ? AND date = ?"), {u.id, day})
            .toDouble();
    };
    QCOMPARE(timeSaved(QStringLiteral("2026-03-03")), 1.0);
    QCOMPARE(timeSaved(QStringLiteral("2026-03-04")), 2.0);
    CHECK_OK(RunUndo(t.db(), ctx).undoRun(e->id));
    QCOMPARE(timeSaved(QStringLiteral("2026-03-03")), 0.0);
    QCOMPARE(timeSaved(QStringLiteral("2026-03-04")), 2.0);
    QCOMPARE(
        count(t.db(), QStringLiteral("SELECT tasks_automated FROM analytics WHERE user_id = ? AND date = '2026-03-04'"), {u.id}),
        3);
}

void TestRunUndo::approvals_data()
{
    QTest::addColumn<bool>("approve");
    QTest::newRow("approve") << true;
    QTest::newRow("reject") << false;
}

void TestRunUndo::approvals()
{
    QFETCH(bool, approve);
    auto &t = database();
    const User &u = defaultUser();
    const User other = t.addUser(QStringLiteral("o@example.com"), UserRole::Director);
    const UserContext ctx = UserContext::of(u);
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Approve budget"), kManual,
                               QStringLiteral("[{\"type\":\"request_approval\",\"title\":\"Approve the budget\"},"
                                              "{\"type\":\"create_task\",\"title\":\"Send the budget\"}]"),
                               20);
    CHECK_OK(w);
    const auto e = WorkflowScheduler(t.db(), ctx).runNow(*w);
    CHECK_OK(e);
    QCOMPARE(e->status, ExecutionStatus::Waiting);

    Approvals approvals(t.db(), ctx);
    const auto waiting = must(approvals.waitingApprovals());
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().id, e->id);
    QCOMPARE(waiting.first().waitingTaskId, e->waitingTaskId);
    QCOMPARE(waiting.first().workflowName, QStringLiteral("Approve budget"));
    QVERIFY(must(Approvals(t.db(), UserContext::of(other)).waitingApprovals()).isEmpty());
    const auto foreign = Approvals(t.db(), UserContext::of(other)).approve(e->id);
    QVERIFY(!foreign);
    QCOMPARE(foreign.error().kind, Error::Kind::NotFound);

    // Decided through the API: the run goes on at once, no scheduler pass needed.
    const auto done = approve ? approvals.approve(e->id) : approvals.reject(e->id);
    CHECK_OK(done);
    QCOMPARE(done->status, approve ? ExecutionStatus::Success : ExecutionStatus::Cancelled);
    QCOMPARE(done->workflowName, QStringLiteral("Approve budget"));
    const auto stored = must(ExecutionRepository(t.db(), ctx).findById(e->id));
    QCOMPARE(stored.status, done->status);
    QVERIFY(stored.waitingTaskId.isEmpty());
    QCOMPARE(stored.tasksCreated, approve ? 2 : 1);
    QCOMPARE(must(TaskRepository(t.db(), ctx).findById(e->waitingTaskId)).status,
             approve ? TaskStatus::Completed : TaskStatus::Cancelled);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = 'Send the budget'")), approve ? 1 : 0);
    QCOMPARE(t.rowCount(QStringLiteral("analytics")), approve ? 1 : 0);
    QVERIFY(must(approvals.waitingApprovals()).isEmpty());

    // Deciding again is refused.
    const auto again = approvals.approve(e->id);
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QVERIFY(!approvals.reject(e->id));
}

void TestRunUndo::approvalTaskGone()
{
    auto &t = database();
    const User &u = defaultUser();
    const UserContext ctx = UserContext::of(u);
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Approve"), kManual,
                               QStringLiteral("[{\"type\":\"request_approval\",\"title\":\"Approve?\"}]"));
    CHECK_OK(w);
    const auto e = WorkflowScheduler(t.db(), ctx).runNow(*w);
    CHECK_OK(e);
    CHECK_OK(TaskRepository(t.db(), ctx).remove(e->waitingTaskId));
    Approvals approvals(t.db(), ctx);
    const auto approved = approvals.approve(e->id);
    QVERIFY(!approved);
    QCOMPARE(approved.error().kind, Error::Kind::Conflict);
    QVERIFY2(approved.error().message.contains(QLatin1String("can only be rejected")), qPrintable(approved.error().message));
    QCOMPARE(must(ExecutionRepository(t.db(), ctx).findById(e->id)).status, ExecutionStatus::Waiting);
    const auto rejected = approvals.reject(e->id);
    CHECK_OK(rejected);
    QCOMPARE(rejected->status, ExecutionStatus::Cancelled);
}

void TestRunUndo::allExecutions()
{
    auto &t = database();
    const User &u = defaultUser();
    const User other = t.addUser(QStringLiteral("o@example.com"), UserRole::Director);
    const User admin = t.addUser(QStringLiteral("a@example.com"), UserRole::Admin);
    const QString note = QStringLiteral("[{\"type\":\"notify\",\"title\":\"Hello\"}]");
    const auto a = addWorkflow(t.db(), u, QStringLiteral("Alpha"), kManual, note);
    const auto b = addWorkflow(t.db(), u, QStringLiteral("Beta"), kManual, note);
    const auto c = addWorkflow(t.db(), other, QStringLiteral("Gamma"), kManual, note);
    CHECK_OK(a);
    CHECK_OK(b);
    CHECK_OK(c);
    WorkflowRepository mine(t.db(), UserContext::of(u));
    const QDateTime day(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    // started at day + 5 s, + 1 h 5 s, ...
    const auto r1 = must(mine.execute(a->id, run(ExecutionStatus::Success, day, 1, 10)));
    const auto r2 = must(mine.execute(b->id, run(ExecutionStatus::Failed, day.addSecs(3600))));
    const auto r3 = must(mine.execute(a->id, run(ExecutionStatus::Success, day.addSecs(7200))));
    CHECK_OK(WorkflowRepository(t.db(), UserContext::of(other)).execute(c->id, run(ExecutionStatus::Success, day)));

    auto ids = [](const QList<WorkflowExecution> &list) {
        QStringList out;
        for (const WorkflowExecution &e : list)
            out << e.id;
        return out;
    };
    ExecutionRepository executions(t.db(), UserContext::of(u));
    const auto all = must(executions.executions());
    QCOMPARE(ids(all), (QStringList{r3.id, r2.id, r1.id}));
    QCOMPARE(all.at(0).workflowName, QStringLiteral("Alpha"));
    QCOMPARE(all.at(1).workflowName, QStringLiteral("Beta"));
    QCOMPARE(all.at(1).toJson().value(QStringLiteral("workflowName")).toString(), QStringLiteral("Beta"));

    ExecutionFilter f;
    f.status = ExecutionStatus::Success;
    QCOMPARE(ids(must(executions.executions(f))), (QStringList{r3.id, r1.id}));
    f = {};
    f.workflowId = b->id;
    QCOMPARE(ids(must(executions.executions(f))), QStringList{r2.id});
    f = {};
    f.from = day.addSecs(3605); // inclusive
    f.to = day.addSecs(7205); // exclusive
    QCOMPARE(ids(must(executions.executions(f))), QStringList{r2.id});
    f = {};
    f.limit = 1;
    f.offset = 1;
    QCOMPARE(ids(must(executions.executions(f))), QStringList{r2.id});

    QCOMPARE(must(ExecutionRepository(t.db(), UserContext::of(admin)).executions()).size(), 4);
    QCOMPARE(must(ExecutionRepository(t.db(), UserContext::of(other)).executions()).size(), 1);
    QCOMPARE(must(executions.idsStartingWith(r2.id.left(8), 5)), QStringList{r2.id});
    QVERIFY(must(ExecutionRepository(t.db(), UserContext::of(other)).idsStartingWith(r2.id.left(8), 5)).isEmpty());
}

QTEST_GUILESS_MAIN(TestRunUndo)
#include "tst_runundo.moc"
