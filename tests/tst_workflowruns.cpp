#include "Checks.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"
#include "domain/EnglishPlurals.h"
#include "repositories/TaskRepository.h"

#include "BoardWidget.h"
#include "DryRunPanel.h"
#include "MainWindow.h"
#include "WorkflowHistoryPanel.h"
#include "WorkflowsView.h"
#include "itemmodels/ExecutionListModel.h"
#include "itemmodels/TaskColumnModel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QUndoStack>

using namespace doo;
using namespace doo::test;

// The runs under the Workflows table, offscreen over a real database on both backends and the
// real engine: Retry of a failed run, a run's tasks opening their cards, the Tasks column, the
// effects in the board's words, whole minutes, and an open dry-run window after Run now.
class TestWorkflowRuns : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestWorkflowRuns() : DatabaseTestCase(QStringLiteral("director@example.com")) { }

private:
    static const QString kManual;

    Workflow add(const QString &name, const QString &actions, double minutes = 30)
    {
        auto created = addWorkflow(database().db(), defaultUser(), name, kManual, actions, minutes);
        if (!created)
            qFatal("create failed: %s", qPrintable(created.error().text()));
        return *created;
    }
    Task addTask(const QString &title, TaskStatus status)
    {
        Task t;
        t.title = title;
        t.status = status;
        t.userId = defaultUser().id;
        auto created = TaskRepository(database().db(), UserContext::of(defaultUser())).create(t);
        if (!created)
            qFatal("task failed: %s", qPrintable(created.error().text()));
        return *created;
    }
    static void trigger(WorkflowsView &view, const char *name)
    {
        auto *action = view.findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action && action->isEnabled(), name);
        action->trigger();
    }
    // Selects the run of the runs table whose status is `status` (the newest first).
    static bool selectRun(WorkflowHistoryPanel *history, ExecutionStatus status)
    {
        QTableView *table = history->table();
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex index = table->model()->index(r, ExecutionListModel::Status);
            if (index.data(ExecutionListModel::StatusRole).toString() == toString(status)) {
                table->setCurrentIndex(index);
                return true;
            }
        }
        return false;
    }
    static QString cell(WorkflowHistoryPanel *history, int column, int role = Qt::DisplayRole)
    {
        const QModelIndex current = history->table()->currentIndex();
        return current.sibling(current.row(), column).data(role).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installEnglishPlurals());
    }

    void retryRunsAFailedRunAgain();
    void retryGoesThroughRunNow();
    void runTasksOpenTheirCards();
    void tasksMinutesAndBoardWords();
    void storedNamesInTheBoardsWords();
    void dryRunPlansAgainAfterRunNow();
};

const QString TestWorkflowRuns::kManual = QStringLiteral("{\"type\":\"manual\"}");

void TestWorkflowRuns::retryRunsAFailedRunAgain()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the report's folder should be
    file.close();
    const Workflow w =
        add(QStringLiteral("Nightly report"),
            QStringLiteral("[{\"type\":\"generate_report\",\"format\":\"csv\",\"folder\":\"%1/out\"}]").arg(blocker));
    QUndoStack undo;
    WorkflowsView view(database().db(), defaultUser(), &undo);
    view.resize(1200, 800);
    view.show();
    QVERIFY(view.selectWorkflow(w.id));
    trigger(view, "actionRunWorkflow");
    const QString runs = QStringLiteral("SELECT count(*) FROM workflow_execution WHERE workflow_id = ? AND status = ?");
    QCOMPARE(count(database().db(), runs, {w.id, QStringLiteral("FAILED")}), 1);

    WorkflowHistoryPanel *history = view.history();
    auto *retry = history->findChild<QPushButton *>(QStringLiteral("retryRunButton"));
    QVERIFY(retry);
    QVERIFY(selectRun(history, ExecutionStatus::Failed));
    QVERIFY(retry->isEnabled());

    // The cause is gone: Retry makes a new run, through the engine, that succeeds.
    QVERIFY(QFile::remove(blocker));
    QSignalSpy messages(&view, &WorkflowsView::statusMessage);
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(count(database().db(), runs, {w.id, QStringLiteral("FAILED")}), 1);
    QCOMPARE(count(database().db(), runs, {w.id, QStringLiteral("SUCCESS")}), 1);
    QVERIFY(QDir(dir.filePath(QStringLiteral("blocker/out"))).exists());
    QCOMPARE(history->table()->model()->rowCount(), 2); // the runs table shows the new run
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.first().first().toString(), QStringLiteral("Running \"Nightly report\"…"));

    // Only a failed run can be retried.
    QVERIFY(selectRun(history, ExecutionStatus::Success));
    QVERIFY(!retry->isEnabled());
    history->retryRun();
    QCOMPARE(count(database().db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE workflow_id = ?"), {w.id}), 2);
}

void TestWorkflowRuns::retryGoesThroughRunNow()
{
    // The window hands Run now to its scheduler thread: Retry goes the same way, for the run's
    // workflow even when another one is selected in the table.
    const Workflow failing = add(QStringLiteral("Failing"), QStringLiteral("[{\"type\":\"notify\",\"title\":\"x\"}]"));
    const Workflow other = add(QStringLiteral("Other"), QStringLiteral("[{\"type\":\"notify\",\"title\":\"y\"}]"));
    CHECK_OK(WorkflowRepository(database().db(), UserContext::of(defaultUser()))
                 .execute(failing.id, run(ExecutionStatus::Failed, QDateTime::currentDateTimeUtc().addSecs(-60))));
    QUndoStack undo;
    WorkflowsView view(database().db(), defaultUser(), &undo);
    QStringList started;
    view.setRunInBackground([&started](const Workflow &w) { started << w.id; });
    view.show();
    view.history()->showAllWorkflows(true);
    QVERIFY(view.selectWorkflow(other.id));
    QVERIFY(selectRun(view.history(), ExecutionStatus::Failed));
    QTest::mouseClick(view.history()->findChild<QPushButton *>(QStringLiteral("retryRunButton")), Qt::LeftButton);
    QCOMPARE(started, QStringList{failing.id});
    trigger(view, "actionRunWorkflow");
    QCOMPARE(started, QStringList({failing.id, other.id}));
}

void TestWorkflowRuns::runTasksOpenTheirCards()
{
    const Task review = addTask(QStringLiteral("Check the minutes"), TaskStatus::Review);
    const Workflow w = add(QStringLiteral("Triage"),
                           QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Call the printer\"},"
                                          "{\"type\":\"update_tasks\",\"filter\":{\"status\":\"REVIEW\"},"
                                          "\"set\":{\"status\":\"IN_PROGRESS\"}}]"));
    MainWindow window(database().db(), defaultUser());
    window.resize(1366, 740);
    window.show();
    QVERIFY(window.showView(QStringLiteral("workflows")));
    WorkflowsView *view = window.workflowsView();
    QVERIFY(view->selectWorkflow(w.id));
    trigger(*view, "actionRunWorkflow");
    const QString created =
        scalar(database().db(), QStringLiteral("SELECT id FROM task WHERE title = ?"), {QStringLiteral("Call the printer")})
            .toString();
    QVERIFY(!created.isEmpty());
    WorkflowHistoryPanel *history = view->history();
    QVERIFY(selectRun(history, ExecutionStatus::Success));

    // The changed task's effect is a link: a click on it shows its card on the board.
    auto *detail = history->findChild<QTextBrowser *>(QStringLiteral("executionDetail"));
    QVERIFY(detail);
    QTextCursor link;
    for (QTextBlock b = detail->document()->begin(); b.isValid() && link.isNull(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorHref() == QStringLiteral("doo-task:") + review.id) {
                link = QTextCursor(detail->document());
                link.setPosition(it.fragment().position() + 1);
                break;
            }
    QVERIFY2(!link.isNull(), qPrintable(detail->toHtml()));
    QSignalSpy opened(view, &WorkflowsView::openTask);
    const QPoint at = detail->cursorRect(link).center();
    QTest::mouseClick(detail->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), review.id);
    QCOMPARE(window.currentView(), QStringLiteral("board"));
    auto selected = [&window](TaskStatus status) {
        QStringList ids;
        for (const QModelIndex &i : window.board()->columnView(status)->selectionModel()->selectedIndexes())
            ids << i.data(TaskColumnModel::IdRole).toString();
        return ids;
    };
    QCOMPARE(selected(TaskStatus::InProgress), QStringList{review.id});

    // A double-click on the run opens the first task it made.
    QVERIFY(window.showView(QStringLiteral("workflows")));
    QTableView *runs = history->table();
    const QRect row = runs->visualRect(runs->currentIndex());
    QTest::mouseClick(runs->viewport(), Qt::LeftButton, {}, row.center()); // a double-click's first press
    QTest::mouseDClick(runs->viewport(), Qt::LeftButton, {}, row.center());
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.last().first().toString(), created);
    QCOMPARE(window.currentView(), QStringLiteral("board"));
    QCOMPARE(selected(TaskStatus::Todo), QStringList{created});
}

void TestWorkflowRuns::tasksMinutesAndBoardWords()
{
    addTask(QStringLiteral("Sign the budget"), TaskStatus::Review);
    addTask(QStringLiteral("Answer the auditor"), TaskStatus::Review);
    const Workflow w = add(QStringLiteral("Back to work"),
                           QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Plan the week\"},"
                                          "{\"type\":\"create_task\",\"title\":\"Book the room\"},"
                                          "{\"type\":\"update_tasks\",\"filter\":{\"status\":\"REVIEW\"},"
                                          "\"set\":{\"status\":\"TODO\",\"priority\":\"HIGH\"}}]"),
                           7.5);
    QUndoStack undo;
    WorkflowsView view(database().db(), defaultUser(), &undo);
    view.show();
    QVERIFY(view.selectWorkflow(w.id));
    trigger(view, "actionRunWorkflow");
    WorkflowHistoryPanel *history = view.history();
    QVERIFY(selectRun(history, ExecutionStatus::Success));
    QCOMPARE(cell(history, ExecutionListModel::TasksCreated), QStringLiteral("4")); // 2 created + 2 changed
    QCOMPARE(cell(history, ExecutionListModel::TasksCreated, Qt::ToolTipRole),
             QStringLiteral("2 tasks created, 2 tasks changed"));
    QCOMPARE(cell(history, ExecutionListModel::MinutesSaved), QStringLiteral("8 min"));
    const QString detail = history->detailText();
    QVERIFY2(detail.contains(QStringLiteral("2 tasks created, 2 changed; 8 min saved.")), qPrintable(detail));
    QVERIFY2(!detail.contains(QStringLiteral("7.5")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Change task \"Sign the budget\": status Review → To do, priority Medium → High")),
             qPrintable(detail));
    QVERIFY2(!detail.contains(QStringLiteral("REVIEW")), qPrintable(detail));
    // Sorting the column sorts by the same count.
    QCOMPARE(history->executions()->data(history->executions()->index(0, ExecutionListModel::TasksCreated),
                                         ExecutionListModel::SortRole),
             QVariant(4));
}

void TestWorkflowRuns::storedNamesInTheBoardsWords()
{
    // A run recorded before the human names wrote the stored ones into its effects.
    const Workflow w = add(QStringLiteral("Old triage"), QStringLiteral("[{\"type\":\"notify\",\"title\":\"x\"}]"));
    WorkflowExecution e = run(ExecutionStatus::Success, QDateTime::currentDateTimeUtc().addDays(-30), 0, 12.4);
    e.output = QStringLiteral("{\"effects\":[{\"action\":0,\"kind\":\"update_task\",\"summary\":"
                              "\"Change task \\\"Plan Q3 REVIEW\\\": status REVIEW → TODO, priority URGENT → LOW\"}],"
                              "\"tasksChanged\":1}");
    CHECK_OK(WorkflowRepository(database().db(), UserContext::of(defaultUser())).execute(w.id, e));
    QUndoStack undo;
    WorkflowsView view(database().db(), defaultUser(), &undo);
    view.show();
    QVERIFY(view.selectWorkflow(w.id));
    QVERIFY(selectRun(view.history(), ExecutionStatus::Success));
    const QString detail = view.history()->detailText();
    // The title is the user's and keeps its words; the statuses and priorities are the board's.
    QVERIFY2(detail.contains(QStringLiteral("Change task \"Plan Q3 REVIEW\": status Review → To do, priority Urgent → Low")),
             qPrintable(detail));
    QCOMPARE(cell(view.history(), ExecutionListModel::TasksCreated), QStringLiteral("1"));
    QCOMPARE(cell(view.history(), ExecutionListModel::MinutesSaved), QStringLiteral("12 min"));
}

void TestWorkflowRuns::dryRunPlansAgainAfterRunNow()
{
    const Task review = addTask(QStringLiteral("Proofread the letter"), TaskStatus::Review);
    const Workflow w = add(QStringLiteral("Reopen reviews"),
                           QStringLiteral("[{\"type\":\"update_tasks\",\"filter\":{\"status\":"
                                          "\"REVIEW\"},\"set\":{\"status\":\"TODO\"}}]"));
    QUndoStack undo;
    WorkflowsView view(database().db(), defaultUser(), &undo);
    view.show();
    QVERIFY(view.selectWorkflow(w.id));
    trigger(view, "actionDryRunWorkflow");
    auto *panel = view.findChild<DryRunPanel *>(QStringLiteral("dryRunPanel"));
    QVERIFY(panel);
    const QStringList before{QStringLiteral("Task change · Change task \"Proofread the letter\": status Review → To do")};
    QCOMPARE(panel->effects(), before);

    // Run now moves the task: the open window says what a run would do now.
    trigger(view, "actionRunWorkflow");
    const QStringList nothing{QStringLiteral("Task change · No task matches the filter")};
    QCOMPARE(panel->effects(), nothing);

    // A run the scheduler thread finished reaches the view as a reload: the window plans again too.
    TaskRepository tasks(database().db(), UserContext::of(defaultUser()));
    auto found = tasks.findById(review.id);
    CHECK_OK(found);
    Task back = *found;
    back.status = TaskStatus::Review;
    CHECK_OK(tasks.update(back));
    view.reload();
    QCOMPARE(panel->effects(), before);
}

QTEST_MAIN(TestWorkflowRuns)
#include "tst_workflowruns.moc"
