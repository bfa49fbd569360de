#include "Checks.h"
#include "EngineTestHelpers.h"
#include "DatabaseTestCase.h"
#include "domain/EnglishPlurals.h"
#include "db/Query.h"
#include "repositories/NotificationRepository.h"

#include "DryRunPanel.h"
#include "MainWindow.h"
#include "WorkflowEditorDialog.h"
#include "WorkflowHistoryPanel.h"
#include "WorkflowsView.h"
#include "repositories/TaskRepository.h"
#include "itemmodels/ExecutionListModel.h"
#include "itemmodels/WorkflowFilterProxy.h"
#include "itemmodels/WorkflowListModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace doo;
using namespace doo::test;

// The Workflows view offscreen: real widgets over a real database on both backends, found by
// objectName; the editor and confirmations answered through the view's seams.
class TestWorkflowsView : public DatabaseTestCase
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestDatabase *t = nullptr;
        User user;
        QUndoStack undo;
        std::unique_ptr<WorkflowsView> view;

        WorkflowRepository repo() { return WorkflowRepository(t->db(), UserContext::of(user)); }
        void trigger(const char *name) const
        {
            auto *action = view->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QVERIFY2(action->isEnabled(), name);
            action->trigger();
        }
        // The text of a column, top to bottom, as the table shows it.
        QString column(int c) const
        {
            QStringList out;
            QAbstractItemModel *m = view->table()->model();
            for (int r = 0; r < m->rowCount(); ++r)
                out << m->index(r, c).data().toString();
            return out.join(QLatin1Char('|'));
        }
        QString rowText(const QString &name) const
        {
            QAbstractItemModel *m = view->table()->model();
            for (int r = 0; r < m->rowCount(); ++r) {
                if (m->index(r, 0).data().toString() != name)
                    continue;
                QStringList cells;
                for (int c = 0; c < m->columnCount(); ++c)
                    cells << m->index(r, c).data().toString();
                return cells.join(QLatin1Char('|'));
            }
            return {};
        }
        Workflow add(const QString &name, WorkflowType type, const QString &trigger, const QString &actions, bool active = true)
        {
            Workflow w;
            w.name = name;
            w.type = type;
            w.trigger = trigger;
            w.actions = actions;
            w.isActive = active;
            w.estimatedMinutesSaved = 30;
            auto created = repo().create(w);
            if (!created)
                qFatal("create failed: %s", qPrintable(created.error().text()));
            return *created;
        }
    };

    static std::unique_ptr<Fixture> makeFixture(TestDatabase &t)
    {
        auto f = std::make_unique<Fixture>();
        f->t = &t;
        f->user = f->t->addUser(QStringLiteral("me@example.com"), UserRole::Director);
        return f;
    }
    static void open(Fixture &f)
    {
        f.view = std::make_unique<WorkflowsView>(f.t->db(), f.user, &f.undo);
        f.view->resize(1200, 800);
        f.view->show();
    }
    static QString notifyActions(const char *title)
    {
        return QStringLiteral("[{\"type\":\"notify\",\"title\":\"%1\"}]").arg(QLatin1String(title));
    }
    static const QString kManual;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installEnglishPlurals()); // "1 task created", as the window shows it
    }

    void listShowsSortsAndFilters();
    void toggleActiveWritesTheDatabase();
    void deleteAndUndo();
    void runNowCreatesAnExecution();
    void newFromTemplateEditAndDuplicate();
    void historyFilterAndDetail();
    void dryRunListsEffects();
    void approveAndRejectThroughButtons();
    void undoRunThroughButton();
    void versionsDiffAndRestore();
    void mainWindowHostsTheView();
    void timesInTheUsersZone();
    void germanHoursAndTimes();
};

const QString TestWorkflowsView::kManual = QStringLiteral("{\"type\":\"manual\"}");

void TestWorkflowsView::listShowsSortsAndFilters()
{
    auto &t = database();
    auto f = makeFixture(t);
    const Workflow weekly =
        f->add(QStringLiteral("Weekly report"), WorkflowType::Reporting,
               QStringLiteral("{\"type\":\"schedule\",\"at\":\"weekly on monday at 09:00\"}"), notifyActions("Report"));
    f->add(QStringLiteral("Alpha triage"), WorkflowType::TaskAutomation,
           QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 08:30\"}"), notifyActions("Triage"), false);
    f->add(QStringLiteral("Zed reminder"), WorkflowType::Notification,
           QStringLiteral("{\"type\":\"event\",\"event\":\"task.due_soon\",\"within_hours\":24}"), notifyActions("Due"));
    const QDateTime at(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    CHECK_OK(f->repo().execute(weekly.id, run(ExecutionStatus::Success, at, 1, 30)));
    CHECK_OK(f->repo().execute(weekly.id, run(ExecutionStatus::Success, at.addDays(7), 1, 30)));
    CHECK_OK(f->repo().execute(weekly.id, run(ExecutionStatus::Success, at.addDays(14), 1, 30)));
    CHECK_OK(f->repo().execute(weekly.id, run(ExecutionStatus::Failed, at.addDays(21))));
    open(*f);
    QAbstractItemModelTester modelTester(f->view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(f->view->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(f->column(WorkflowListModel::Name), QStringLiteral("Alpha triage|Weekly report|Zed reminder"));
    const QString next = QLocale().toString(weekly.nextRunAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    QCOMPARE(f->rowText(QStringLiteral("Weekly report")),
             QStringLiteral("Weekly report|Reporting|Every Monday at 09:00|On|%1|Failed|75%|1.5 h").arg(next));
    QCOMPARE(f->rowText(QStringLiteral("Alpha triage")),
             QStringLiteral("Alpha triage|Task automation|Every day at 08:30|Off|Off|Never run|—|0.0 h"));
    QCOMPARE(f->rowText(QStringLiteral("Zed reminder")),
             QStringLiteral("Zed reminder|Notification|When a task is due within 24 hours|On|On its event|Never run|—|0.0 h"));

    // Sorting by the header's columns.
    QTableView *table = f->view->table();
    table->sortByColumn(WorkflowListModel::Name, Qt::DescendingOrder);
    QCOMPARE(f->column(WorkflowListModel::Name), QStringLiteral("Zed reminder|Weekly report|Alpha triage"));
    table->sortByColumn(WorkflowListModel::SuccessRate, Qt::DescendingOrder);
    QCOMPARE(f->column(WorkflowListModel::Name).section(QLatin1Char('|'), 0, 0), QStringLiteral("Weekly report"));
    table->sortByColumn(WorkflowListModel::Active, Qt::AscendingOrder);
    QCOMPARE(f->column(WorkflowListModel::Name).section(QLatin1Char('|'), 0, 0), QStringLiteral("Alpha triage"));
    table->sortByColumn(WorkflowListModel::Name, Qt::AscendingOrder);

    // Filters: text (name, description, frequency), type, on/off; they combine.
    auto *search = f->view->findChild<QLineEdit *>(QStringLiteral("workflowSearch"));
    auto *type = f->view->findChild<QComboBox *>(QStringLiteral("workflowTypeFilter"));
    auto *active = f->view->findChild<QComboBox *>(QStringLiteral("workflowActiveFilter"));
    search->setText(QStringLiteral("TRIAGE"));
    QCOMPARE(f->column(WorkflowListModel::Name), QStringLiteral("Alpha triage"));
    search->setText(QStringLiteral("monday"));
    QCOMPARE(f->column(WorkflowListModel::Name), QStringLiteral("Weekly report"));
    search->clear();
    type->setCurrentIndex(type->findData(QStringLiteral("NOTIFICATION")));
    QCOMPARE(f->column(WorkflowListModel::Name), QStringLiteral("Zed reminder"));
    type->setCurrentIndex(0);
    active->setCurrentIndex(active->findData(QStringLiteral("off")));
    QCOMPARE(f->column(WorkflowListModel::Name), QStringLiteral("Alpha triage"));
    active->setCurrentIndex(active->findData(QStringLiteral("on")));
    search->setText(QStringLiteral("e"));
    QCOMPARE(f->column(WorkflowListModel::Name), QStringLiteral("Weekly report|Zed reminder"));
    type->setCurrentIndex(type->findData(QStringLiteral("REPORTING")));
    QCOMPARE(f->column(WorkflowListModel::Name), QStringLiteral("Weekly report"));
}

void TestWorkflowsView::toggleActiveWritesTheDatabase()
{
    auto &t = database();
    auto f = makeFixture(t);
    const Workflow w = f->add(QStringLiteral("Daily"), WorkflowType::Reporting,
                              QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 09:00\"}"), notifyActions("x"));
    open(*f);
    QSignalSpy changed(f->view.get(), &WorkflowsView::workflowsChanged);
    QVERIFY(f->view->selectWorkflow(w.id));
    auto *toggle = f->view->findChild<QAction *>(QStringLiteral("actionToggleWorkflow"));
    QCOMPARE(toggle->text(), QStringLiteral("Disable"));
    f->trigger("actionToggleWorkflow");
    QCOMPARE(f->repo().findById(w.id)->isActive, false);
    QCOMPARE(f->rowText(QStringLiteral("Daily")).section(QLatin1Char('|'), 3, 4), QStringLiteral("Off|Off"));
    QCOMPARE(toggle->text(), QStringLiteral("Enable"));
    QCOMPARE(changed.count(), 1);

    // A click on the switch in the Active column switches it back on.
    QTableView *table = f->view->table();
    const QModelIndex cell = table->model()->index(0, WorkflowListModel::Active);
    const QRect rect = table->visualRect(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 16, rect.center().y()));
    const auto back = f->repo().findById(w.id);
    QCOMPARE(back->isActive, true);
    QVERIFY(back->nextRunAt.isValid());
    QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(changed.count(), 2);
}

void TestWorkflowsView::deleteAndUndo()
{
    auto &t = database();
    auto f = makeFixture(t);
    f->add(QStringLiteral("Keep"), WorkflowType::Reporting, kManual, notifyActions("k"));
    Workflow gone =
        f->add(QStringLiteral("Gone"), WorkflowType::DataSync,
               QStringLiteral("{\"type\":\"interval\",\"minutes\":45,\"catch_up\":false}"),
               QStringLiteral("[{\"type\":\"export_data\",\"kind\":\"tasks\",\"format\":\"json\",\"folder\":\"~/Out\"}]"), false);
    // A history to lose: a replaced definition, two runs (one with its undo record), a task and a
    // notification that point at it.
    gone.description = QStringLiteral("Second thoughts");
    gone = must(f->repo().update(gone));
    const QDateTime at(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    const WorkflowExecution first = must(f->repo().execute(gone.id, run(ExecutionStatus::Success, at, 1, 30)));
    must(f->repo().execute(gone.id, run(ExecutionStatus::Failed, at.addDays(1))));
    Task made;
    made.title = QStringLiteral("Made by Gone");
    made = must(TaskRepository(f->t->db(), UserContext::of(f->user)).create(made));
    Query link(f->t->db());
    QVERIFY(link.exec(QStringLiteral("UPDATE task SET workflow_id = ?, execution_id = ? WHERE id = ?"),
                      {gone.id, first.id, made.id}));
    QVERIFY(link.exec(QStringLiteral("INSERT INTO execution_change (execution_id, task_id, change) VALUES (?, ?, 'created')"),
                      {first.id, made.id}));
    Notification note;
    note.userId = f->user.id;
    note.title = QStringLiteral("Gone ran");
    note.workflowId = gone.id;
    note = must(NotificationRepository(f->t->db(), UserContext::of(f->user)).create(note));
    auto snapshotCounts = [&] {
        return QStringList{
            QString::number(
                count(f->t->db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE workflow_id = ?"), {gone.id})),
            QString::number(
                count(f->t->db(), QStringLiteral("SELECT count(*) FROM workflow_version WHERE workflow_id = ?"), {gone.id})),
            QString::number(
                count(f->t->db(), QStringLiteral("SELECT count(*) FROM execution_change WHERE execution_id = ?"), {first.id})),
            QString::number(count(f->t->db(),
                                  QStringLiteral("SELECT count(*) FROM task WHERE workflow_id = ? AND execution_id = ?"),
                                  {gone.id, first.id})),
            QString::number(
                count(f->t->db(), QStringLiteral("SELECT count(*) FROM notification WHERE workflow_id = ?"), {gone.id})),
        }
            .join(QLatin1Char(' '));
    };
    QCOMPARE(snapshotCounts(), QStringLiteral("2 1 1 1 1"));

    open(*f);
    QVERIFY(f->view->selectWorkflow(gone.id));
    f->trigger("actionDeleteWorkflow");
    QCOMPARE(f->t->rowCount(QStringLiteral("workflow")), 1);
    QCOMPARE(f->column(WorkflowListModel::Name), QStringLiteral("Keep"));
    QCOMPARE(snapshotCounts(), QStringLiteral("0 0 0 0 0"));
    QCOMPARE(f->t->rowCount(QStringLiteral("task")), 1); // the task stays, unlinked
    QVERIFY(f->undo.canUndo());

    f->undo.undo(); // Ctrl+Z: back as it was, under its id, with its history
    QCOMPARE(f->t->rowCount(QStringLiteral("workflow")), 2);
    QCOMPARE(f->column(WorkflowListModel::Name), QStringLiteral("Gone|Keep"));
    const Workflow back = f->view->currentWorkflow();
    QCOMPARE(back.id, gone.id);
    QCOMPARE(back.name, QStringLiteral("Gone"));
    QCOMPARE(back.description, QStringLiteral("Second thoughts"));
    QCOMPARE(back.type, WorkflowType::DataSync);
    QCOMPARE(QJsonDocument::fromJson(back.trigger.toUtf8()), QJsonDocument::fromJson(gone.trigger.toUtf8()));
    QCOMPARE(QJsonDocument::fromJson(back.actions.toUtf8()), QJsonDocument::fromJson(gone.actions.toUtf8()));
    QCOMPARE(back.isActive, false);
    QCOMPARE(back.estimatedMinutesSaved, 30.0);
    QCOMPARE(back.frequency, QStringLiteral("Every 45 minutes"));
    QCOMPARE(back.version, gone.version);
    QCOMPARE(back.createdAt, gone.createdAt);
    QCOMPARE(snapshotCounts(), QStringLiteral("2 1 1 1 1"));
    QCOMPARE(f->view->history()->executions()->rowCount(), 2);
    QCOMPARE(must(f->repo().executions(gone.id)).last().scheduledFor, at); // times come back exact
    QCOMPARE(must(f->repo().versions(gone.id)).size(), 1);

    f->undo.redo();
    QCOMPARE(f->t->rowCount(QStringLiteral("workflow")), 1);
    QCOMPARE(snapshotCounts(), QStringLiteral("0 0 0 0 0"));
    f->undo.undo();
    QCOMPARE(f->t->rowCount(QStringLiteral("workflow")), 2);
    QCOMPARE(snapshotCounts(), QStringLiteral("2 1 1 1 1"));
}

void TestWorkflowsView::runNowCreatesAnExecution()
{
    auto &t = database();
    auto f = makeFixture(t);
    const Workflow w = f->add(QStringLiteral("By hand"), WorkflowType::TaskAutomation, kManual,
                              QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Made by a run\"}]"));
    open(*f);
    QSignalSpy messages(f->view.get(), &WorkflowsView::statusMessage);
    QVERIFY(f->view->selectWorkflow(w.id));
    f->trigger("actionRunWorkflow");
    QCOMPARE(count(f->t->db(), QStringLiteral("SELECT count(*) FROM workflow_execution WHERE workflow_id = ? AND status = ?"),
                   {w.id, QStringLiteral("SUCCESS")}),
             1);
    QCOMPARE(count(f->t->db(), QStringLiteral("SELECT count(*) FROM task WHERE title = ? AND workflow_id = ?"),
                   {QStringLiteral("Made by a run"), w.id}),
             1);
    QCOMPARE(f->rowText(QStringLiteral("By hand")).section(QLatin1Char('|'), 5, 7), QStringLiteral("Succeeded|100%|0.5 h"));
    QCOMPARE(f->view->history()->executions()->rowCount(), 1);
    // The table's last-run status in the runs list's colour.
    QAbstractItemModel *table = f->view->table()->model();
    QAbstractItemModel *runs = f->view->history()->executions();
    QVariant lastRunColour;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->index(r, 0).data().toString() == QLatin1String("By hand"))
            lastRunColour = table->index(r, 5).data(Qt::ForegroundRole);
    QVERIFY(lastRunColour.isValid());
    QCOMPARE(lastRunColour, runs->index(0, ExecutionListModel::Status).data(Qt::ForegroundRole));
    QCOMPARE(messages.last().first().toString(), QStringLiteral("\"By hand\" ran: 1 task created"));
}

void TestWorkflowsView::newFromTemplateEditAndDuplicate()
{
    auto &t = database();
    auto f = makeFixture(t);
    open(*f);
    QSignalSpy changed(f->view.get(), &WorkflowsView::workflowsChanged);
    // One template per type, under New.
    auto *menu = f->view->findChild<QMenu *>(QStringLiteral("menuNewFromTemplate"));
    QVERIFY(menu);
    for (const QString &type : enumNames<WorkflowType>())
        QVERIFY2(f->view->findChild<QAction *>(QStringLiteral("actionTemplate_") + type), qPrintable(type));

    QString shownName;
    f->view->setEditorRunner([&](WorkflowEditorDialog &d) {
        shownName = d.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text();
        d.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        return d.result() == QDialog::Accepted;
    });
    f->view->findChild<QAction *>(QStringLiteral("actionTemplate_TASK_AUTOMATION"))->trigger();
    QCOMPARE(shownName, QStringLiteral("Daily triage of overdue reviews"));
    auto list = f->repo().findByUserId(f->user.id);
    QCOMPARE(list->size(), 1);
    const Workflow made = list->first();
    QCOMPARE(made.type, WorkflowType::TaskAutomation);
    QCOMPARE(made.frequency, QStringLiteral("Every day at 08:30"));
    QCOMPARE(made.estimatedMinutesSaved, 10.0);
    QCOMPARE(f->view->currentWorkflow().id, made.id);
    QCOMPARE(changed.count(), 1);

    // Edit: the form's name changed and saved.
    f->view->setEditorRunner([](WorkflowEditorDialog &d) {
        auto *name = d.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setText(QStringLiteral("Morning triage"));
        Q_EMIT name->textEdited(name->text());
        d.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        return true;
    });
    f->trigger("actionEditWorkflow");
    QCOMPARE(f->repo().findById(made.id)->name, QStringLiteral("Morning triage"));
    QCOMPARE(f->repo().findById(made.id)->version, 2);
    QCOMPARE(f->rowText(QStringLiteral("Morning triage")).section(QLatin1Char('|'), 1, 2),
             QStringLiteral("Task automation|Every day at 08:30"));
    // Cancelled without changes: nothing written.
    f->view->setEditorRunner([](WorkflowEditorDialog &d) {
        d.reject();
        return false;
    });
    f->trigger("actionEditWorkflow");
    QCOMPARE(f->repo().findById(made.id)->version, 2);

    // Duplicate: a switched-off copy.
    f->trigger("actionDuplicateWorkflow");
    QCOMPARE(f->column(WorkflowListModel::Name), QStringLiteral("Morning triage|Morning triage (copy)"));
    QCOMPARE(f->view->currentWorkflow().name, QStringLiteral("Morning triage (copy)"));
    QCOMPARE(f->view->currentWorkflow().isActive, false);
    QCOMPARE(f->view->currentWorkflow().actions, made.actions);
}

void TestWorkflowsView::historyFilterAndDetail()
{
    auto &t = database();
    auto f = makeFixture(t);
    const Workflow a = f->add(QStringLiteral("A"), WorkflowType::Reporting, kManual, notifyActions("a"));
    const Workflow b = f->add(QStringLiteral("B"), WorkflowType::Reporting, kManual, notifyActions("b"));
    const QDateTime at(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    WorkflowExecution ok = run(ExecutionStatus::Success, at, 1, 30);
    ok.output = QStringLiteral("{\"effects\":[{\"action\":0,\"kind\":\"create_task\",\"summary\":\"Create task \\\"Plan\\\" "
                               "(HIGH)\"}],\"files\":[\"/tmp/reports/week.pdf\"],\"tasksChanged\":0}");
    CHECK_OK(f->repo().execute(a.id, ok));
    WorkflowExecution failed = run(ExecutionStatus::Failed, at.addDays(1));
    failed.error = QStringLiteral("actions[0].folder: cannot create the folder /nope");
    CHECK_OK(f->repo().execute(a.id, failed));
    CHECK_OK(f->repo().execute(b.id, run(ExecutionStatus::Success, at.addDays(2))));
    open(*f);
    WorkflowHistoryPanel *history = f->view->history();
    QAbstractItemModelTester tester(history->executions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(f->view->selectWorkflow(a.id));
    QSortFilterProxyModel *runs = history->executionProxy();
    QCOMPARE(runs->rowCount(), 2);
    // Newest first; the detail pane shows the selected run.
    QCOMPARE(runs->index(0, ExecutionListModel::Status).data().toString(), QStringLiteral("Failed"));
    QCOMPARE(runs->index(0, ExecutionListModel::ErrorText).data().toString(),
             QStringLiteral("actions[0].folder: cannot create the folder /nope"));
    QCOMPARE(runs->index(0, ExecutionListModel::Duration).data().toString(), QStringLiteral("1 min 0 s"));
    QVERIFY(history->detailText().contains(QLatin1String("cannot create the folder /nope")));
    history->setStatusFilter(QStringLiteral("SUCCESS"));
    QCOMPARE(runs->rowCount(), 1);
    history->table()->setCurrentIndex(runs->index(0, 0));
    QVERIFY2(history->detailText().contains(QLatin1String("Create task \"Plan\" (HIGH)")), qPrintable(history->detailText()));
    QVERIFY(history->detailText().contains(QLatin1String("/tmp/reports/week.pdf")));
    QCOMPARE(runs->index(0, ExecutionListModel::TasksCreated).data().toInt(), 1);
    // All workflows: B's run too, with the workflow column shown.
    history->showAllWorkflows(true);
    QCOMPARE(runs->rowCount(), 2);
    QVERIFY(!history->table()->isColumnHidden(ExecutionListModel::WorkflowName));
    QCOMPARE(runs->index(0, ExecutionListModel::WorkflowName).data().toString(), QStringLiteral("B"));
    history->setStatusFilter(QString());
    QCOMPARE(runs->rowCount(), 3);
    history->setStatusFilter(QStringLiteral("FAILED"));
    QCOMPARE(runs->rowCount(), 1);
    history->showAllWorkflows(false);
    QVERIFY(history->table()->isColumnHidden(ExecutionListModel::WorkflowName));
    QCOMPARE(runs->rowCount(), 1);
}

void TestWorkflowsView::dryRunListsEffects()
{
    auto &t = database();
    auto f = makeFixture(t);
    const Workflow w = f->add(QStringLiteral("Say hello"), WorkflowType::Notification, kManual,
                              QStringLiteral("[{\"type\":\"notify\",\"notification_type\":\"SUCCESS\",\"title\":\"Hello\"},"
                                             "{\"type\":\"create_task\",\"title\":\"Wave\",\"priority\":\"LOW\"}]"));
    open(*f);
    QVERIFY(f->view->selectWorkflow(w.id));
    f->trigger("actionDryRunWorkflow");
    auto *panel = f->view->findChild<DryRunPanel *>(QStringLiteral("dryRunPanel"));
    QVERIFY(panel);
    QCOMPARE(panel->effects(),
             QStringList({QStringLiteral("Notification · Notify (Success): Hello"),
                          QStringLiteral("New task · Create task \"Wave\" (Low)")}));
    QCOMPARE(f->t->rowCount(QStringLiteral("notification")), 0);
    QCOMPARE(f->t->rowCount(QStringLiteral("task")), 0);
    QCOMPARE(f->t->rowCount(QStringLiteral("workflow_execution")), 0);
}

void TestWorkflowsView::mainWindowHostsTheView()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("window@example.com"), UserRole::Director);
    MainWindow window(t.db(), user);
    QSignalSpy changed(&window, &MainWindow::workflowsChanged);
    QVERIFY(window.showView(QStringLiteral("workflows")));
    WorkflowsView *view = window.workflowsView();
    QVERIFY(view);
    QCOMPARE(window.findChild<QWidget *>(QStringLiteral("workflowsPage")), view);
    QVERIFY(!window.findChild<QWidget *>(QStringLiteral("comingCaption"))
            || !view->isAncestorOf(window.findChild<QWidget *>(QStringLiteral("comingCaption"))));
    auto *menu = window.findChild<QAction *>(QStringLiteral("menuWorkflow"));
    QVERIFY(menu && menu->isEnabled());
    QVERIFY(window.showView(QStringLiteral("board")));
    QVERIFY(!menu->isEnabled());
    // A workflow saved in the view reaches the window's signal (the scheduler's re-arm).
    view->setEditorRunner([](WorkflowEditorDialog &d) {
        d.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        return true;
    });
    view->newFromTemplate(WorkflowType::Reporting);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(t.rowCount(QStringLiteral("workflow")), 1);
    // Ctrl+Z of the window takes a deleted workflow back.
    view->deleteWorkflow();
    QCOMPARE(t.rowCount(QStringLiteral("workflow")), 0);
    window.undoStack()->undo();
    QCOMPARE(t.rowCount(QStringLiteral("workflow")), 1);
}

void TestWorkflowsView::approveAndRejectThroughButtons()
{
    auto &t = database();
    auto f = makeFixture(t);
    const Workflow w = f->add(QStringLiteral("Sign-off"), WorkflowType::Approval, kManual,
                              QStringLiteral("[{\"type\":\"request_approval\",\"title\":\"Approve the plan\"},"
                                             "{\"type\":\"create_task\",\"title\":\"Hand over\"}]"));
    open(*f);
    WorkflowHistoryPanel *history = f->view->history();
    auto *list = history->approvalsList();
    auto *approve = history->findChild<QPushButton *>(QStringLiteral("approveButton"));
    auto *reject = history->findChild<QPushButton *>(QStringLiteral("rejectButton"));
    QCOMPARE(list->count(), 0);
    QVERIFY(!approve->isEnabled());

    // Two runs wait; approving the newest runs the rest of the workflow.
    QVERIFY(f->view->selectWorkflow(w.id));
    f->trigger("actionRunWorkflow");
    f->trigger("actionRunWorkflow");
    QCOMPARE(list->count(), 2);
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("Sign-off — “Approve the plan”, waiting since ")),
             qPrintable(list->item(0)->text()));
    QCOMPARE(f->rowText(QStringLiteral("Sign-off")).section(QLatin1Char('|'), 5, 5), QStringLiteral("Waiting for approval"));
    const QString first = list->item(0)->data(Qt::UserRole).toString();
    list->setCurrentRow(0);
    approve->click();
    const QString statusSql = QStringLiteral("SELECT status FROM workflow_execution WHERE id = ?");
    QCOMPARE(scalar(f->t->db(), statusSql, {first}).toString(), QStringLiteral("SUCCESS"));
    QCOMPARE(count(f->t->db(), QStringLiteral("SELECT count(*) FROM task WHERE title = ?"), {QStringLiteral("Hand over")}), 1);
    QCOMPARE(list->count(), 1);

    // Rejecting the other cancels it; nothing more is created.
    const QString second = list->item(0)->data(Qt::UserRole).toString();
    list->setCurrentRow(0);
    reject->click();
    QCOMPARE(scalar(f->t->db(), statusSql, {second}).toString(), QStringLiteral("CANCELLED"));
    QCOMPARE(count(f->t->db(), QStringLiteral("SELECT count(*) FROM task WHERE title = ?"), {QStringLiteral("Hand over")}), 1);
    QCOMPARE(list->count(), 0);
    QVERIFY(!approve->isEnabled() && !reject->isEnabled());
}

void TestWorkflowsView::undoRunThroughButton()
{
    auto &t = database();
    auto f = makeFixture(t);
    TaskRepository tasks(f->t->db(), UserContext::of(f->user));
    Task review;
    review.title = QStringLiteral("Old review");
    review.status = TaskStatus::Review;
    review.priority = Priority::Low;
    const Task before = must(tasks.create(review));
    const Workflow w = f->add(QStringLiteral("Shake up"), WorkflowType::TaskAutomation, kManual,
                              QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Fresh\"},"
                                             "{\"type\":\"update_tasks\",\"filter\":{\"status\":\"REVIEW\"},"
                                             "\"set\":{\"status\":\"TODO\",\"priority\":\"HIGH\"}}]"));
    open(*f);
    QVERIFY(f->view->selectWorkflow(w.id));
    f->trigger("actionRunWorkflow");
    QCOMPARE(tasks.findById(before.id)->status, TaskStatus::Todo);
    QCOMPARE(f->t->rowCount(QStringLiteral("task")), 2);

    WorkflowHistoryPanel *history = f->view->history();
    QCOMPARE(history->executionProxy()->rowCount(), 1);
    history->table()->setCurrentIndex(history->executionProxy()->index(0, 0));
    auto *undo = history->findChild<QPushButton *>(QStringLiteral("undoRunButton"));
    QVERIFY(undo->isEnabled());

    // Declined: nothing changes.
    QStringList shown;
    QString question;
    bool answer = false;
    history->setConfirmUndo([&](const QString &q, const QStringList &lines) {
        question = q;
        shown = lines;
        return answer;
    });
    undo->click();
    QCOMPARE(shown,
             QStringList({QStringLiteral("Delete task \"Fresh\""),
                          QStringLiteral("Put task \"Old review\" back: status Review, priority Low")}));
    QVERIFY(question.contains(QLatin1String("2 tasks")));
    QCOMPARE(tasks.findById(before.id)->status, TaskStatus::Todo);

    // Confirmed: the exact prior state, the run marked undone, its minutes out of the list.
    answer = true;
    undo->click();
    const Task after = must(tasks.findById(before.id));
    QCOMPARE(after.status, TaskStatus::Review);
    QCOMPARE(after.priority, Priority::Low);
    QCOMPARE(after.position, before.position);
    QCOMPARE(f->t->rowCount(QStringLiteral("task")), 1);
    QCOMPARE(history->executionProxy()->index(0, ExecutionListModel::Status).data().toString(),
             QStringLiteral("Succeeded (undone)"));
    QVERIFY(!undo->isEnabled());
    QVERIFY(history->detailText().contains(QLatin1String("Undone on ")));
    QCOMPARE(f->rowText(QStringLiteral("Shake up")).section(QLatin1Char('|'), 7, 7), QStringLiteral("0.0 h"));
}

void TestWorkflowsView::versionsDiffAndRestore()
{
    auto &t = database();
    auto f = makeFixture(t);
    const Workflow first = f->add(QStringLiteral("Plan"), WorkflowType::Reporting,
                                  QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 09:00\"}"), notifyActions("Plan"));
    open(*f);
    QVERIFY(f->view->selectWorkflow(first.id));
    WorkflowHistoryPanel *history = f->view->history();
    QCOMPARE(history->versionsList()->count(), 0);

    // An edit through the editor keeps the previous definition as a version.
    f->view->setEditorRunner([](WorkflowEditorDialog &d) {
        auto *name = d.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setText(QStringLiteral("Plan the day"));
        Q_EMIT name->textEdited(name->text());
        auto *time = d.findChild<QWidget *>(QStringLiteral("scheduleTimeEdit"));
        QMetaObject::invokeMethod(time, "setTime", Q_ARG(QTime, QTime(7, 30)));
        d.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        return true;
    });
    f->trigger("actionEditWorkflow");
    QCOMPARE(f->repo().findById(first.id)->name, QStringLiteral("Plan the day"));
    QCOMPARE(history->versionsList()->count(), 1);
    QVERIFY(history->versionsList()->item(0)->text().startsWith(QStringLiteral("Version 1 · replaced ")));
    const QString diff = history->diffText();
    QVERIFY2(diff.contains(QLatin1String("-     \"name\": \"Plan\",")), qPrintable(diff));
    QVERIFY(diff.contains(QLatin1String("+     \"name\": \"Plan the day\",")));
    QVERIFY(diff.contains(QLatin1String("-         \"at\": \"daily at 09:00\",")));
    QVERIFY(diff.contains(QLatin1String("+         \"at\": \"daily at 07:30\",")));
    QVERIFY(diff.contains(QLatin1String("      \"type\": \"REPORTING\",")));

    // Restore brings version 1 back as a new change.
    history->versionsList()->setCurrentRow(0);
    history->findChild<QPushButton *>(QStringLiteral("restoreVersionButton"))->click();
    const Workflow restored = must(f->repo().findById(first.id));
    QCOMPARE(restored.name, QStringLiteral("Plan"));
    QCOMPARE(restored.frequency, QStringLiteral("Every day at 09:00"));
    QCOMPARE(restored.version, 3);
    QCOMPARE(f->column(WorkflowListModel::Name), QStringLiteral("Plan"));
    QCOMPARE(history->versionsList()->count(), 2);
}

// Next runs and run times read in the user's time zone, the zone schedules are read in — not
// the computer's. Kiritimati (UTC+14, no daylight saving) differs from any test machine's zone.
void TestWorkflowsView::timesInTheUsersZone()
{
    auto &t = database();
    auto f = makeFixture(t);
    Query q(f->t->db());
    QVERIFY(q.exec(QStringLiteral("UPDATE app_user SET time_zone = ? WHERE id = ?"),
                   {QStringLiteral("Pacific/Kiritimati"), f->user.id}));
    f->user.timeZone = QStringLiteral("Pacific/Kiritimati");
    const Workflow daily = f->add(QStringLiteral("Evening review"), WorkflowType::Reporting,
                                  QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 17:00\"}"), notifyActions("Review"));
    CHECK_OK(
        f->repo().execute(daily.id, run(ExecutionStatus::Success, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC), 1, 30)));
    open(*f);
    const QString next = f->rowText(QStringLiteral("Evening review"))
                             .section(QLatin1Char('|'), WorkflowListModel::NextRun, WorkflowListModel::NextRun);
    QVERIFY2(next.endsWith(QLatin1String(" 17:00")), qPrintable(next));
    QVERIFY(f->view->selectWorkflow(daily.id));
    QSortFilterProxyModel *runs = f->view->history()->executionProxy();
    QCOMPARE(runs->rowCount(), 1);
    // 09:00 UTC is 23:00 the same day in Kiritimati.
    QCOMPARE(runs->index(0, ExecutionListModel::Started).data().toString(), QStringLiteral("2026-03-02 23:00"));
}

// With the program's locale German, the list and the history show German figures: a decimal
// comma in the hours saved, German dates with the 24-hour clock, in the user's zone.
void TestWorkflowsView::germanHoursAndTimes()
{
    auto &t = database();
    const QLocale previous;
    QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
    const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
    auto f = makeFixture(t);
    Query q(f->t->db());
    QVERIFY(q.exec(QStringLiteral("UPDATE app_user SET time_zone = ? WHERE id = ?"),
                   {QStringLiteral("Pacific/Kiritimati"), f->user.id}));
    f->user.timeZone = QStringLiteral("Pacific/Kiritimati");
    const Workflow daily = f->add(QStringLiteral("Evening review"), WorkflowType::Reporting,
                                  QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 17:00\"}"), notifyActions("Review"));
    const QDateTime at(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    CHECK_OK(f->repo().execute(daily.id, run(ExecutionStatus::Success, at, 1, 45)));
    CHECK_OK(f->repo().execute(daily.id, run(ExecutionStatus::Success, at.addDays(1), 1, 45)));
    open(*f);
    const QStringList row = f->rowText(QStringLiteral("Evening review")).split(QLatin1Char('|'));
    QCOMPARE(row.value(WorkflowListModel::HoursSaved), QStringLiteral("1,5 h"));
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d\\d 17:00$"))
                 .match(row.value(WorkflowListModel::NextRun))
                 .hasMatch(),
             qPrintable(row.value(WorkflowListModel::NextRun)));
    QVERIFY(f->view->selectWorkflow(daily.id));
    QSortFilterProxyModel *runs = f->view->history()->executionProxy();
    QCOMPARE(runs->rowCount(), 2);
    QStringList started;
    for (int r = 0; r < runs->rowCount(); ++r)
        started << runs->index(r, ExecutionListModel::Started).data().toString();
    started.sort();
    // 09:00 UTC is 23:00 the same day in Kiritimati.
    QCOMPARE(started, (QStringList{QStringLiteral("02.03.26 23:00"), QStringLiteral("03.03.26 23:00")}));
    QCOMPARE(runs->index(0, ExecutionListModel::MinutesSaved).data().toString(), QStringLiteral("45 min"));
}

QTEST_MAIN(TestWorkflowsView)
#include "tst_workflowsview.moc"
