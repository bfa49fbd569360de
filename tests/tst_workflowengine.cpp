// The workflow engine: every action, dry runs, retries, approvals, events, due tasks and crash
// recovery, on SQLite and PostgreSQL.

#include "Checks.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "domain/Clock.h"
#include "ReportDrawing.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/NotificationRepository.h"
#include "repositories/TaskRepository.h"
#include "workflow/ReportWriter.h"
#include "workflow/WorkflowEngine.h"
#include "workflow/WorkflowScheduler.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {
// A Wednesday; 11:00 in Berlin.
const QDateTime kNow(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC);
const QString kManual = QStringLiteral("{\"type\":\"manual\"}");

} // namespace

class TestWorkflowEngine : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestWorkflowEngine() : DatabaseTestCase(QStringLiteral("d@example.com"), UserRole::Director) { }

private Q_SLOTS:
    // PDF reports are drawn by the window's drawing, as in the program.
    void initTestCase() { ReportWriter::setPdfDrawing(&m_drawing); }
    void cleanupTestCase() { ReportWriter::setPdfDrawing(nullptr); }
    void init()
    {
        m_clock.set(kNow);
        Clock::setInstance(&m_clock);
        DatabaseTestCase::init();
    }
    void cleanup()
    {
        DatabaseTestCase::cleanup();
        Clock::setInstance(nullptr);
    }

    void createTask();
    void updateTasks();
    void notify();
    void reportsAndExports();
    void pdfReportNeedsADrawing();
    void dryRunWritesNothing();
    void failingActionRetriedThenFailed();
    void transientFailureTakesEffectOnce();
    void approval_data();
    void approval();
    void taskEvents();
    void eventChainsStop();
    void consultationEvent();
    void dueSoonTrigger();
    void taskDueNotifications();
    void interruptedRunsClosed();

private:
    FixedClock m_clock{kNow};
    const ReportDrawing m_drawing{};
};

void TestWorkflowEngine::createTask()
{
    auto &t = database();
    const User &u = defaultUser();
    setTimeZone(t.db(), u, QStringLiteral("Europe/Berlin"));
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Weekly report"), kManual,
                               (QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Report {week} ({weekday} {date})\","
                                               "\"description\":\"By {workflow.name} at {time}\",\"priority\":\"HIGH\","
                                               "\"due_in_days\":2,\"tags\":[\"report\",\"weekly\"]}]")),
                               30);
    CHECK_OK(w);
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    const auto e = scheduler.runNow(*w);
    CHECK_OK(e);
    QCOMPARE(e->status, ExecutionStatus::Success);
    QCOMPARE(e->tasksCreated, 1);
    QCOMPARE(e->minutesSaved, 30.0);
    QCOMPARE(e->attempts, 1);
    QVERIFY(e->triggerKey.startsWith(QLatin1String("manual:")));

    TaskRepository tasks(t.db(), UserContext::of(u));
    const auto all = must(tasks.list());
    QCOMPARE(all.size(), 1);
    const Task &task = all.first();
    QCOMPARE(task.title, QStringLiteral("Report 2026-W10 (Wednesday 2026-03-04)"));
    QCOMPARE(task.description, QStringLiteral("By Weekly report at 11:00"));
    QCOMPARE(task.priority, Priority::High);
    QCOMPARE(task.status, TaskStatus::Todo);
    QCOMPARE(task.tags, (QStringList{QStringLiteral("report"), QStringLiteral("weekly")}));
    QCOMPARE(task.workflowId, w->id);
    QCOMPARE(task.executionId, e->id);
    // Due by the end of Friday in Berlin (CET, UTC+1).
    QCOMPARE(task.dueDate, QDateTime(QDate(2026, 3, 6), QTime(22, 59, 59), Qt::UTC));

    // Analytics of today: 0.5 hours, one task; one WORKFLOW_COMPLETE notification.
    QCOMPARE(scalar(t.db(), QStringLiteral("SELECT time_saved FROM analytics WHERE user_id = ?"), {u.id}).toDouble(), 0.5);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT tasks_automated FROM analytics WHERE user_id = ?"), {u.id}), 1);
    QCOMPARE(count(t.db(),
                   QStringLiteral("SELECT count(*) FROM notification WHERE type = 'WORKFLOW_COMPLETE' AND workflow_id = ?"),
                   {w->id}),
             1);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM execution_change WHERE execution_id = ? AND change = 'created'"),
                   {e->id}),
             1);
    const auto stored = must(ExecutionRepository(t.db(), UserContext::of(u)).findById(e->id));
    QCOMPARE(stored.status, ExecutionStatus::Success);
    QVERIFY(stored.finishedAt.isValid());
    const QJsonObject output = QJsonDocument::fromJson(stored.output.toUtf8()).object();
    QCOMPARE(output.value(QStringLiteral("effects")).toArray().size(), 1);
}

void TestWorkflowEngine::updateTasks()
{
    auto &t = database();
    const User &u = defaultUser();
    TaskRepository tasks(t.db(), UserContext::of(u));
    auto add = [&](const QString &title, TaskStatus status, const QDateTime &due) {
        Task task;
        task.title = title;
        task.status = status;
        task.dueDate = due;
        return must(tasks.create(task));
    };
    const Task overdueReview = add(QStringLiteral("Overdue review"), TaskStatus::Review, kNow.addDays(-2));
    const Task futureReview = add(QStringLiteral("Future review"), TaskStatus::Review, kNow.addDays(3));
    const Task overdueTodo = add(QStringLiteral("Overdue todo"), TaskStatus::Todo, kNow.addDays(-2));
    const auto w =
        addWorkflow(t.db(), u, QStringLiteral("Triage"), kManual,
                    QStringLiteral("[{\"type\":\"update_tasks\",\"filter\":{\"status\":\"REVIEW\",\"overdue\":true},"
                                   "\"set\":{\"status\":\"TODO\",\"priority\":\"URGENT\",\"add_tags\":[\"triaged\"]}}]"));
    CHECK_OK(w);
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    const auto e = scheduler.runNow(*w);
    CHECK_OK(e);
    QCOMPARE(e->status, ExecutionStatus::Success);
    QCOMPARE(e->tasksCreated, 0);

    const Task moved = must(tasks.findById(overdueReview.id));
    QCOMPARE(moved.status, TaskStatus::Todo);
    QCOMPARE(moved.priority, Priority::Urgent);
    QCOMPARE(moved.tags, QStringList{QStringLiteral("triaged")});
    QCOMPARE(must(tasks.findById(futureReview.id)).status, TaskStatus::Review);
    QCOMPARE(must(tasks.findById(overdueTodo.id)).priority, Priority::Medium);
    // The change keeps the task as it was, for undoing the run.
    const QString before =
        scalar(t.db(), QStringLiteral("SELECT before FROM execution_change WHERE execution_id = ? AND task_id = ?"),
               {e->id, overdueReview.id})
            .toString();
    QCOMPARE(QJsonDocument::fromJson(before.toUtf8()).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("REVIEW"));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT tasks_automated FROM analytics WHERE user_id = ?"), {u.id}), 1);
    // A second run finds nothing left to change.
    const auto again = scheduler.runNow(*w);
    CHECK_OK(again);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM execution_change WHERE execution_id = ?"), {again->id}), 0);
}

void TestWorkflowEngine::notify()
{
    auto &t = database();
    const User &u = defaultUser();
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Budget"), kManual,
                               QStringLiteral("[{\"type\":\"notify\",\"notification_type\":\"BUDGET_ALERT\","
                                              "\"title\":\"Budget check {month}\",\"message\":\"Look at {date}\"}]"));
    CHECK_OK(w);
    const auto e = WorkflowScheduler(t.db(), UserContext::of(u)).runNow(*w);
    CHECK_OK(e);
    QCOMPARE(e->status, ExecutionStatus::Success);
    const auto list = must(NotificationRepository(t.db(), UserContext::of(u)).list());
    bool found = false;
    for (const Notification &n : list) {
        if (n.type == NotificationType::BudgetAlert) {
            found = true;
            QCOMPARE(n.title, QStringLiteral("Budget check 2026-03"));
            QCOMPARE(n.workflowId, w->id);
        }
    }
    QVERIFY(found);
}

void TestWorkflowEngine::pdfReportNeedsADrawing()
{
    auto &t = database();
    const User &u = defaultUser();
    const UserContext ctx = UserContext::of(u);
    const QString title = QStringLiteral("Weekly");
    ReportWriter::setPdfDrawing(nullptr);
    const auto refused = ReportWriter::report(t.db(), ctx, title, kNow.addDays(-7), kNow, QStringLiteral("pdf"));
    ReportWriter::setPdfDrawing(&m_drawing);
    QVERIFY(!refused);
    QVERIFY2(refused.error().text().startsWith(QLatin1String("PDF reports need the graphical libraries")),
             qPrintable(refused.error().text()));
    const auto csv = ReportWriter::report(t.db(), ctx, title, kNow.addDays(-7), kNow, QStringLiteral("csv"));
    CHECK_OK(csv); // CSV never needs one
    const auto drawn = ReportWriter::report(t.db(), ctx, title, kNow.addDays(-7), kNow, QStringLiteral("pdf"));
    CHECK_OK(drawn);
    QVERIFY(drawn->startsWith("%PDF-"));
}

void TestWorkflowEngine::reportsAndExports()
{
    auto &t = database();
    const User &u = defaultUser();
    TaskRepository tasks(t.db(), UserContext::of(u));
    Task formula;
    formula.title = QStringLiteral("=HYPERLINK(\"x\")");
    CHECK_OK(tasks.create(formula));
    Task plain;
    plain.title = QStringLiteral("Plain, with comma");
    CHECK_OK(tasks.create(plain));
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("out/reports"));
    const auto w =
        addWorkflow(t.db(), u, QStringLiteral("Weekly Report!"), kManual,
                    QStringLiteral("[{\"type\":\"generate_report\",\"period\":\"week\",\"format\":\"csv\",\"folder\":\"%1\"},"
                                   "{\"type\":\"generate_report\",\"period\":\"month\",\"format\":\"pdf\",\"folder\":\"%1\"},"
                                   "{\"type\":\"export_data\",\"kind\":\"tasks\",\"format\":\"csv\",\"folder\":\"%1\"},"
                                   "{\"type\":\"export_data\",\"kind\":\"tasks\",\"format\":\"json\",\"folder\":\"%1\"}]")
                        .arg(folder));
    CHECK_OK(w);
    const auto e = WorkflowScheduler(t.db(), UserContext::of(u)).runNow(*w);
    CHECK_OK(e);
    QCOMPARE(e->status, ExecutionStatus::Success);
    const QString stamp = kNow.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    QFile csv(QStringLiteral("%1/weekly-report-%2.csv").arg(folder, stamp));
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csv.fileName()));
    const QByteArray report = csv.readAll();
    QVERIFY2(report.contains("Tasks,Created,2\r\n"), report.constData());
    QVERIFY(report.contains("Workflow runs,Runs,1\r\n")); // this run, still RUNNING while it reports
    QVERIFY2(report.contains("Open now,To do,"), report.constData()); // the report's statuses as a person reads them
    QFile pdf(QStringLiteral("%1/weekly-report-%2.pdf").arg(folder, stamp));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF-"));
    QFile exported(QStringLiteral("%1/tasks-%2.csv").arg(folder, stamp));
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray rows = exported.readAll();
    QVERIFY(rows.startsWith("id,title,description,status,priority,due_date,tags,created_at\r\n"));
    QVERIFY2(rows.contains(",\"'=HYPERLINK(\"\"x\"\")\","), rows.constData()); // neutralised and quoted
    QVERIFY(rows.contains(",\"Plain, with comma\","));
    QVERIFY2(rows.contains(",TODO,MEDIUM,"), rows.constData()); // the export keeps the stored names
    QFile asJson(QStringLiteral("%1/tasks-%2.json").arg(folder, stamp));
    QVERIFY(asJson.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(asJson.readAll()).array().size(), 2);
    // The output names the files.
    const auto stored = must(ExecutionRepository(t.db(), UserContext::of(u)).findById(e->id));
    QCOMPARE(QJsonDocument::fromJson(stored.output.toUtf8()).object().value(QStringLiteral("files")).toArray().size(), 4);
}

void TestWorkflowEngine::dryRunWritesNothing()
{
    auto &t = database();
    const User &u = defaultUser();
    TaskRepository tasks(t.db(), UserContext::of(u));
    Task review;
    review.title = QStringLiteral("Stuck");
    review.status = TaskStatus::Review;
    review.dueDate = kNow.addDays(-1);
    review = must(tasks.create(review));
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("never"));
    const auto w =
        addWorkflow(t.db(), u, QStringLiteral("Everything"), kManual,
                    QStringLiteral("[{\"type\":\"create_task\",\"title\":\"New {date}\"},"
                                   "{\"type\":\"update_tasks\",\"filter\":{\"status\":\"REVIEW\"},\"set\":{\"status\":\"TODO\"}},"
                                   "{\"type\":\"notify\",\"title\":\"Hello\"},"
                                   "{\"type\":\"generate_report\",\"format\":\"csv\",\"folder\":\"%1\"},"
                                   "{\"type\":\"request_approval\",\"title\":\"Approve?\"},"
                                   "{\"type\":\"create_task\",\"title\":\"After approval\"}]")
                        .arg(folder));
    CHECK_OK(w);
    const QStringList tables = {QStringLiteral("task"),      QStringLiteral("notification"), QStringLiteral("workflow_execution"),
                                QStringLiteral("analytics"), QStringLiteral("task_history"), QStringLiteral("execution_change")};
    QList<int> before;
    for (const QString &table : tables)
        before << t.rowCount(table);
    const auto plan = WorkflowEngine(t.db(), UserContext::of(u)).dryRun(*w);
    CHECK_OK(plan);
    QStringList kinds;
    for (const PlannedEffect &e : plan->effects)
        kinds << e.kind;
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("create_task"), QStringLiteral("update_task"), QStringLiteral("notify"),
                          QStringLiteral("write_file"), QStringLiteral("request_approval"), QStringLiteral("wait"),
                          QStringLiteral("create_task")}));
    QCOMPARE(plan->effects.at(0).summary, QStringLiteral("Create task \"New 2026-03-04\" (Medium)"));
    QVERIFY(plan->effects.at(1).summary.contains(QLatin1String("Stuck")));
    for (int i = 0; i < tables.size(); ++i)
        QCOMPARE(t.rowCount(tables.at(i)), before.at(i));
    QVERIFY(!QFile::exists(folder));
    QCOMPARE(must(tasks.findById(review.id)).status, TaskStatus::Review);
}

void TestWorkflowEngine::failingActionRetriedThenFailed()
{
    auto &t = database();
    const User &u = defaultUser();
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Broken"), kManual,
                               QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Must not stay\"},"
                                              "{\"type\":\"generate_report\",\"format\":\"csv\",\"folder\":\"%1/sub\"}]")
                                   .arg(blocker.fileName()));
    CHECK_OK(w);
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    scheduler.setRetryBase(1);
    const auto e = scheduler.runNowAndWait(*w); // the command line's way: waits 1, 2 and 4 ms
    CHECK_OK(e);
    QCOMPARE(e->status, ExecutionStatus::Failed);
    QCOMPARE(e->attempts, WorkflowEngine::kMaxAttempts);
    QVERIFY2(e->error.startsWith(QLatin1String("actions[1].folder: ")), qPrintable(e->error));
    QVERIFY(e->error.contains(QLatin1String("(failed 4 times)")));
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0); // the first action was rolled back with the rest
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM notification WHERE type = 'ERROR' AND workflow_id = ?"), {w->id}),
             1);
    QCOMPARE(t.rowCount(QStringLiteral("analytics")), 0);
    const auto stored = must(ExecutionRepository(t.db(), UserContext::of(u)).findById(e->id));
    QCOMPARE(stored.status, ExecutionStatus::Failed);
    QCOMPARE(stored.attempts, 4);
}

void TestWorkflowEngine::transientFailureTakesEffectOnce()
{
    auto &t = database();
    const User &u = defaultUser();
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("reports"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Flaky"), kManual,
                               QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Exactly once\"},"
                                              "{\"type\":\"generate_report\",\"format\":\"csv\",\"folder\":\"%1\"}]")
                                   .arg(blocker));
    CHECK_OK(w);
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    scheduler.setRetryBase(400'000); // tries at 0, 400 and 1,200 s: the test moves the clock instead of waiting
    QSignalSpy finished(&scheduler, &WorkflowScheduler::executionFinished);
    const auto first = scheduler.runNow(*w);
    CHECK_OK(first);
    QCOMPARE(first->status, ExecutionStatus::Running); // waiting for its second try
    QCOMPARE(first->attempts, 1);
    QCOMPARE(scheduler.nextRetryAt(), kNow.addSecs(400));
    m_clock.set(scheduler.nextRetryAt());
    CHECK_OK(scheduler.runPass()); // the second try fails too
    QCOMPARE(finished.size(), 0);
    QCOMPARE(scheduler.nextRetryAt(), kNow.addSecs(1200));
    QVERIFY(QFile::remove(blocker)); // the folder can be made from the third try on
    m_clock.set(scheduler.nextRetryAt());
    const auto pass = scheduler.runPass();
    CHECK_OK(pass);
    QCOMPARE(pass->size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(scheduler.retriesWaiting(), 0);
    const WorkflowExecution *e = &pass->first();
    QCOMPARE(finished.first().at(0).value<WorkflowExecution>().id, e->id);
    QCOMPARE(e->status, ExecutionStatus::Success);
    QCOMPARE(e->attempts, 3);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = 'Exactly once'")), 1);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM notification WHERE type = 'ERROR'")), 0);
}

void TestWorkflowEngine::approval_data()
{
    QTest::addColumn<bool>("approve");
    QTest::addRow("approved") << true;
    QTest::addRow("rejected") << false;
}

void TestWorkflowEngine::approval()
{
    QFETCH(bool, approve);
    auto &t = database();
    const User &u = defaultUser();
    const auto w = addWorkflow(t.db(), u, QStringLiteral("Approve budget"), kManual,
                               QStringLiteral("[{\"type\":\"request_approval\",\"title\":\"Approve the budget\"},"
                                              "{\"type\":\"create_task\",\"title\":\"Send the budget\"}]"),
                               20);
    CHECK_OK(w);
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    const auto e = scheduler.runNow(*w);
    CHECK_OK(e);
    QCOMPARE(e->status, ExecutionStatus::Waiting);
    QVERIFY(!e->waitingTaskId.isEmpty());
    QCOMPARE(e->resumeAt, 1);
    TaskRepository tasks(t.db(), UserContext::of(u));
    const Task request = must(tasks.findById(e->waitingTaskId));
    QCOMPARE(request.status, TaskStatus::Review);
    QCOMPARE(request.title, QStringLiteral("Approve the budget"));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = 'Send the budget'")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("analytics")), 0);

    // Undecided: a pass leaves it waiting.
    CHECK_OK(scheduler.runPass());
    QCOMPARE(must(ExecutionRepository(t.db(), UserContext::of(u)).findById(e->id)).status, ExecutionStatus::Waiting);

    CHECK_OK(tasks.move({request.id}, approve ? TaskStatus::Completed : TaskStatus::Cancelled, 0));
    CHECK_OK(scheduler.runPass());
    const auto done = must(ExecutionRepository(t.db(), UserContext::of(u)).findById(e->id));
    QCOMPARE(done.status, approve ? ExecutionStatus::Success : ExecutionStatus::Cancelled);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = 'Send the budget'")), approve ? 1 : 0);
    QCOMPARE(done.tasksCreated, approve ? 2 : 1);
    QCOMPARE(done.minutesSaved, approve ? 20.0 : 0.0);
    QVERIFY(done.waitingTaskId.isEmpty());
    // Another pass does nothing more.
    CHECK_OK(scheduler.runPass());
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = 'Send the budget'")), approve ? 1 : 0);
}

void TestWorkflowEngine::taskEvents()
{
    auto &t = database();
    const User &u = defaultUser();
    const auto onCreate =
        addWorkflow(t.db(), u, QStringLiteral("On create"), QStringLiteral("{\"type\":\"event\",\"event\":\"task.created\"}"),
                    QStringLiteral("[{\"type\":\"notify\",\"title\":\"New: {task.title}\"}]"));
    CHECK_OK(onCreate);
    const auto onDone = addWorkflow(
        t.db(), u, QStringLiteral("On review done"),
        QStringLiteral("{\"type\":\"event\",\"event\":\"task.status_changed\",\"from\":\"REVIEW\",\"to\":\"COMPLETED\"}"),
        QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Follow up {task.title}\"}]"));
    CHECK_OK(onDone);
    TaskRepository tasks(t.db(), UserContext::of(u));
    Task task;
    task.title = QStringLiteral("Contract");
    const Task created = must(tasks.create(task));
    // Nothing runs before the scheduler looks; then exactly once.
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 0);
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    CHECK_OK(scheduler.runPass());
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE workflow_id = ?"), {onCreate->id}), 1);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM notification WHERE title = 'New: Contract'")), 1);
    CHECK_OK(scheduler.runPass());
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE workflow_id = ?"), {onCreate->id}), 1);

    CHECK_OK(tasks.move({created.id}, TaskStatus::InProgress, 0)); // not from REVIEW: no run
    CHECK_OK(tasks.move({created.id}, TaskStatus::Review, 0));
    CHECK_OK(tasks.move({created.id}, TaskStatus::Completed, 0));
    CHECK_OK(scheduler.runPass());
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE workflow_id = ?"), {onDone->id}), 1);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = 'Follow up Contract'")), 1);
    // The follow-up task it created raised task.created: "On create" ran for it (depth 1).
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE workflow_id = ? AND depth = 1"),
                   {onCreate->id}),
             1);
    QCOMPARE(t.rowCount(QStringLiteral("workflow_event")), 0);
}

void TestWorkflowEngine::eventChainsStop()
{
    auto &t = database();
    const User &u = defaultUser();
    const QString trigger = QStringLiteral("{\"type\":\"event\",\"event\":\"task.created\"}");
    CHECK_OK(addWorkflow(t.db(), u, QStringLiteral("A"), trigger,
                         QStringLiteral("[{\"type\":\"create_task\",\"title\":\"from A\"}]")));
    CHECK_OK(addWorkflow(t.db(), u, QStringLiteral("B"), trigger,
                         QStringLiteral("[{\"type\":\"create_task\",\"title\":\"from B\"}]")));
    Task task;
    task.title = QStringLiteral("Seed");
    CHECK_OK(TaskRepository(t.db(), UserContext::of(u)).create(task));
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    CHECK_OK(scheduler.runPass());
    // Depth 0: A and B for the person's task; then each reacts to the other's task only, up
    // to depth 3: two runs per depth, eight in all, and the loop ends.
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 8);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT max(depth) FROM workflow_execution")), 3);
    CHECK_OK(scheduler.runPass());
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 8);
    QCOMPARE(t.rowCount(QStringLiteral("workflow_event")), 0);
}

void TestWorkflowEngine::consultationEvent()
{
    auto &t = database();
    const User &u = defaultUser();
    const auto w = addWorkflow(
        t.db(), u, QStringLiteral("Follow-up"), QStringLiteral("{\"type\":\"event\",\"event\":\"consultation.created\"}"),
        QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Call {consultation.name} ({consultation.booking_id})\"}]"));
    CHECK_OK(w);
    Consultation c;
    c.name = QStringLiteral("Ada Lovelace");
    c.email = QStringLiteral("ada@example.com");
    const auto made = ConsultationRepository(t.db(), UserContext::of(u)).create(c);
    CHECK_OK(made);
    CHECK_OK(WorkflowScheduler(t.db(), UserContext::of(u)).runPass());
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = ?"),
                   {QStringLiteral("Call Ada Lovelace (%1)").arg(made->bookingId)}),
             1);
}

void TestWorkflowEngine::dueSoonTrigger()
{
    auto &t = database();
    const User &u = defaultUser();
    const auto w =
        addWorkflow(t.db(), u, QStringLiteral("Reminder"),
                    QStringLiteral("{\"type\":\"event\",\"event\":\"task.due_soon\",\"within_hours\":48}"),
                    QStringLiteral("[{\"type\":\"notify\",\"notification_type\":\"WARNING\",\"title\":\"Soon: {task.title}\"}]"));
    CHECK_OK(w);
    TaskRepository tasks(t.db(), UserContext::of(u));
    Task soon;
    soon.title = QStringLiteral("Soon");
    soon.dueDate = kNow.addSecs(30 * 3600);
    CHECK_OK(tasks.create(soon));
    Task later;
    later.title = QStringLiteral("Later");
    later.dueDate = kNow.addDays(5);
    CHECK_OK(tasks.create(later));
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    CHECK_OK(scheduler.runPass());
    CHECK_OK(scheduler.runPass());
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE workflow_id = ?"), {w->id}), 1);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM notification WHERE title = 'Soon: Soon'")), 1);
    m_clock.set(kNow.addDays(4)); // "Later" is now within 48 hours
    CHECK_OK(scheduler.runPass());
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM notification WHERE title = 'Soon: Later'")), 1);
}

void TestWorkflowEngine::taskDueNotifications()
{
    auto &t = database();
    const User &u = defaultUser();
    const User other = t.addUser(QStringLiteral("o@example.com"), UserRole::Director);
    auto add = [&](const User &owner, const QString &title, const QDateTime &due, TaskStatus status = TaskStatus::Todo) {
        Task task;
        task.title = title;
        task.dueDate = due;
        task.status = status;
        return must(TaskRepository(t.db(), UserContext::of(owner)).create(task));
    };
    add(u, QStringLiteral("In five hours"), kNow.addSecs(5 * 3600));
    add(u, QStringLiteral("Yesterday"), kNow.addDays(-1));
    add(u, QStringLiteral("In three days"), kNow.addDays(3));
    add(u, QStringLiteral("Done already"), kNow.addSecs(3600), TaskStatus::Completed);
    add(u, QStringLiteral("Long ago"), kNow.addDays(-30));
    add(other, QStringLiteral("Someone else's"), kNow.addSecs(3600));
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    QCOMPARE(must(scheduler.notifyDueTasks()), 2);
    QCOMPARE(must(scheduler.notifyDueTasks()), 0); // once per task
    CHECK_OK(scheduler.runPass());
    // The two come due together: one notification naming both, none for the others.
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM notification WHERE type = 'TASK_DUE'")), 1);
    QCOMPARE(count(t.db(),
                   QStringLiteral("SELECT count(*) FROM task_due_notice d JOIN task t ON t.id = d.task_id "
                                  "WHERE t.title IN ('In five hours', 'Yesterday')")),
             2);
    QCOMPARE(t.rowCount(QStringLiteral("task_due_notice")), 2);
    m_clock.set(kNow.addDays(2).addSecs(3600)); // "In three days" is now within 24 hours
    QCOMPARE(must(scheduler.notifyDueTasks()), 1);
}

void TestWorkflowEngine::interruptedRunsClosed()
{
    auto &t = database();
    const User &u = defaultUser();
    const auto w =
        addWorkflow(t.db(), u, QStringLiteral("Crashy"), kManual, QStringLiteral("[{\"type\":\"notify\",\"title\":\"x\"}]"));
    CHECK_OK(w);
    ExecutionRepository executions(t.db(), UserContext::of(u));
    const QString host = QSysInfo::machineHostName();
    const auto dead = executions.claim(*w, QStringLiteral("manual:dead"), kNow, 0, host + QStringLiteral(":999999999:1"));
    const auto alive = executions.claim(*w, QStringLiteral("manual:alive"), kNow, 0, WorkflowScheduler::runnerId());
    m_clock.set(kNow.addSecs(600));
    const auto elsewhereFresh = executions.claim(*w, QStringLiteral("manual:fresh"), kNow, 0, QStringLiteral("other-host:1:1"));
    m_clock.set(kNow.addSecs(2 * 3600));
    CHECK_OK(dead);
    CHECK_OK(alive);
    CHECK_OK(elsewhereFresh);
    m_clock.set(kNow.addSecs(600 + 600)); // ten minutes after the other host's run last beat
    WorkflowScheduler scheduler(t.db(), UserContext::of(u));
    QCOMPARE(must(scheduler.recoverInterrupted()), 1);
    const auto closed = must(executions.findById(dead->id));
    QCOMPARE(closed.status, ExecutionStatus::Failed);
    QVERIFY(closed.error.startsWith(QLatin1String("interrupted")));
    QCOMPARE(must(executions.findById(alive->id)).status, ExecutionStatus::Running);
    QCOMPARE(must(executions.findById(elsewhereFresh->id)).status, ExecutionStatus::Running);
    m_clock.set(kNow.addSecs(2 * 3600)); // its heartbeat too old: the other computer's run counts as dead
    QCOMPARE(must(scheduler.recoverInterrupted()), 1);
    QCOMPARE(must(executions.findById(elsewhereFresh->id)).status, ExecutionStatus::Failed);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM notification WHERE type = 'ERROR'")), 2);
}

QTEST_MAIN(TestWorkflowEngine)
#include "tst_workflowengine.moc"
