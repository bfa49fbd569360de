#include "DatabaseTestCase.h"

#include "itemmodels/ChangeWatcher.h"
#include "DataView.h"
#include "itemmodels/AdminTableModel.h"
#include "MainWindow.h"
#include "OnboardingDialog.h"
#include "ConsultationsWidget.h"
#include "WorkflowsView.h"
#include "itemmodels/ConsultationFilterProxy.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/TaskRepository.h"
#include "repositories/WorkflowRepository.h"
#include "itemmodels/WorkflowListModel.h"
#include "repositories/UserRepository.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSqlTableModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace doo;
using namespace doo::test;

class TestMainWindow : public DatabaseTestCase
{
    Q_OBJECT

private:
    static User localProfile(TestDatabase &t)
    {
        auto user = UserRepository::ensureLocalProfile(t.db());
        if (!user)
            qFatal("%s", qPrintable(user.error().text()));
        return *user;
    }
    template<typename T>
    static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    static QString addTask(TaskRepository &tasks, const QString &title)
    {
        Task task;
        task.title = title;
        auto created = tasks.create(task);
        if (!created)
            qFatal("%s", qPrintable(created.error().text()));
        return created->id;
    }
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DirectorOfOneTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }
    void init()
    {
        QSettings().clear();
        DatabaseTestCase::init();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void navigationAndMenus();
    void dataViewOnlyForAdmin();
    void statusBarTexts();
    void geometryAndViewAreRestored();
    void windowFitsTheScreen();

    void onboardingRefusesInvalidInput();
    void onboardingSaves();
    void onboardingDuplicateEmailWritesNothing();

    void dataViewListsRows();
    void dataViewRefusesInvalidEdit();
    void changesElsewhereShowInTheOpenView();
};

void TestMainWindow::navigationAndMenus()
{
    auto &t = database();
    MainWindow w(t.db(), localProfile(t));
    auto *nav = child<QListWidget>(&w, "navigation");
    auto *stack = w.findChild<QStackedWidget *>();
    QVERIFY(nav && stack && nav->count() == 5);
    QCOMPARE(w.currentView(), QStringLiteral("board"));
    QCOMPARE(stack->currentWidget(), child<QWidget>(&w, "boardPage"));

    nav->setCurrentRow(2);
    QVERIFY(w.currentView() == QStringLiteral("consultations") && stack->currentIndex() == 2);

    const QStringList views{QStringLiteral("board"), QStringLiteral("workflows"), QStringLiteral("consultations"),
                            QStringLiteral("analytics"), QStringLiteral("notifications")};
    for (const QString &view : views) {
        QVERIFY(w.showView(view) && w.currentView() == view);
        QCOMPARE(stack->currentIndex(), nav->currentRow());
    }
    QVERIFY(!w.showView(QStringLiteral("kanban")));
    QVERIFY(!w.showView(QStringLiteral("data"))); // not an admin
    QCOMPARE(w.currentView(), QStringLiteral("notifications"));

    // The View menu: one checkable, exclusive action per view, Ctrl+1…
    QAction *workflows = child<QAction>(&w, "actionView_workflows");
    QAction *board = child<QAction>(&w, "actionView_board");
    QVERIFY(workflows && board && !child<QAction>(&w, "actionView_data"));
    QCOMPARE(workflows->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    workflows->trigger();
    QCOMPARE(w.currentView(), QStringLiteral("workflows"));
    QVERIFY(workflows->isChecked() && !board->isChecked());
    w.showView(QStringLiteral("board"));
    QVERIFY(board->isChecked() && !workflows->isChecked());

    // Menus; Undo/Redo from the window's undo stack with the standard shortcuts.
    QStringList menus;
    for (QAction *a : w.menuBar()->actions())
        menus << a->text().remove(QLatin1Char('&'));
    QCOMPARE(menus, QStringLiteral("File Edit View Task Workflow Help").split(QLatin1Char(' ')));
    QAction *undo = child<QAction>(&w, "actionUndo");
    QAction *redo = child<QAction>(&w, "actionRedo");
    QVERIFY(undo && redo && !undo->isEnabled()); // empty stack
    QVERIFY(qobject_cast<QMenu *>(undo->associatedObjects().value(0)));
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));
    QCOMPARE(child<QAction>(&w, "actionQuit")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
}

void TestMainWindow::dataViewOnlyForAdmin()
{
    auto &t = database();
    const User director = t.addUser(QStringLiteral("director@example.com"), UserRole::Director);
    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    {
        MainWindow w(t.db(), director);
        QCOMPARE(child<QListWidget>(&w, "navigation")->count(), 5);
        QVERIFY(!w.views().contains(QStringLiteral("data")));
        QVERIFY(!w.findChild<DataView *>());
    }
    MainWindow w(t.db(), admin);
    // On PostgreSQL an ADMIN also has the Team page (tst_teampage), after Data.
    const bool team = t.db().type() == DbType::PostgreSQL;
    QCOMPARE(child<QListWidget>(&w, "navigation")->count(), team ? 7 : 6);
    QCOMPARE(w.views().contains(QStringLiteral("team")), team);
    QVERIFY(w.showView(QStringLiteral("data")));
    QCOMPARE(w.currentView(), QStringLiteral("data"));
    auto *data = child<DataView>(&w, "dataPage");
    QVERIFY(data && w.findChild<QStackedWidget *>()->currentWidget() == data);
    QCOMPARE(child<QAction>(&w, "actionView_data")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_6));
    QCOMPARE(data->model()->rowCount(), 2); // both users
}

void TestMainWindow::statusBarTexts()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("ann@example.com"), UserRole::Manager);
    MainWindow w(t.db(), user);
    QVERIFY(!t.db().url().display().isEmpty());
    QCOMPARE(child<QLabel>(&w, "statusBackend")->text(), t.db().url().display());
    const QString who = child<QLabel>(&w, "statusUser")->text();
    QVERIFY2(who.contains(QStringLiteral("ann@example.com")) && who.contains(QStringLiteral("Manager")), qPrintable(who));
    auto *state = child<QLabel>(&w, "statusConnection");
    QCOMPARE(state->text(), QStringLiteral("Connected"));
    QVERIFY(w.changeWatcher());
    Q_EMIT w.changeWatcher()->connectionChanged(false);
    QCOMPARE(state->text(),
             t.db().type() == DbType::PostgreSQL ? QStringLiteral("Reconnecting…") : QStringLiteral("Connection lost"));
    Q_EMIT w.changeWatcher()->connectionChanged(true);
    QCOMPARE(state->text(), QStringLiteral("Connected"));
}

void TestMainWindow::geometryAndViewAreRestored()
{
    auto &t = database();
    const User user = localProfile(t);
    {
        MainWindow w(t.db(), user);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(931, 617);
        QTRY_COMPARE(w.size(), QSize(931, 617));
        QVERIFY(w.showView(QStringLiteral("analytics")));
        QVERIFY(w.close());
    }
    QCOMPARE(QSettings().value(QStringLiteral("window/view")).toString(), QStringLiteral("analytics"));
    QVERIFY(!QSettings().value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    MainWindow again(t.db(), user);
    QCOMPARE(again.currentView(), QStringLiteral("analytics"));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTRY_COMPARE(again.size(), QSize(931, 617));
    // What GuiStart does with --view: it wins over the saved view.
    QVERIFY(again.showView(QStringLiteral("notifications")));
    QCOMPARE(again.currentView(), QStringLiteral("notifications"));
}

// On a 1366×768 screen (the offscreen platform with that screen and window frames, set up in
// tests/CMakeLists.txt) the window's default size (1200×760) and a window saved on a bigger screen both
// come up inside the screen's available area, title bar included.
void TestMainWindow::windowFitsTheScreen()
{
    auto &t = database();
    const User user = localProfile(t);
    QSettings().remove(QStringLiteral("window/geometry"));
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QCOMPARE(available.height(), 768);
    auto fits = [&](QWidget &w) { return available.contains(w.frameGeometry()); };
    {
        MainWindow w(t.db(), user);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(fits(w),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(w.frameGeometry().x())
                                .arg(w.frameGeometry().y())
                                .arg(w.frameGeometry().width())
                                .arg(w.frameGeometry().height())));
        // Saved larger than this screen (as on a bigger one) and partly off it.
        w.setGeometry(300, 200, 1600, 1000);
        QTRY_COMPARE(w.size(), QSize(1600, 1000));
        QVERIFY(w.close());
    }
    MainWindow again(t.db(), user);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY2(fits(again),
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                            .arg(again.frameGeometry().x())
                            .arg(again.frameGeometry().y())
                            .arg(again.frameGeometry().width())
                            .arg(again.frameGeometry().height())));
}

void TestMainWindow::onboardingRefusesInvalidInput()
{
    auto &t = database();
    const User user = localProfile(t);
    OnboardingDialog dialog(t.db(), user);
    auto *name = child<QLineEdit>(&dialog, "nameEdit");
    auto *email = child<QLineEdit>(&dialog, "emailEdit");
    auto *problem = child<QLabel>(&dialog, "validationLabel");
    auto *continueButton = child<QPushButton>(&dialog, "continueButton");
    QVERIFY(name && email && problem && continueButton);
    QVERIFY(child<QLineEdit>(&dialog, "companyEdit") && child<QLineEdit>(&dialog, "departmentEdit"));
    QVERIFY(name->text() == user.name && email->text() == user.email); // prefilled
    QVERIFY(continueButton->isEnabled() && problem->text().isEmpty());

    name->setText(QStringLiteral("   "));
    QVERIFY(!continueButton->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("Name")), qPrintable(problem->text()));
    name->setText(QStringLiteral("Jane Doe"));
    QVERIFY(continueButton->isEnabled());

    email->setText(QStringLiteral("jane at example"));
    QVERIFY(!continueButton->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("not a valid email")), qPrintable(problem->text()));
    QVERIFY(!dialog.save());
    auto stored = UserRepository::findByEmail(t.db(), user.email);
    QVERIFY(stored && !stored->onboardingCompleted);
}

void TestMainWindow::onboardingSaves()
{
    auto &t = database();
    const User user = localProfile(t);
    QVERIFY(!user.onboardingCompleted);
    OnboardingDialog dialog(t.db(), user);
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral(" Jane Doe "));
    child<QLineEdit>(&dialog, "emailEdit")->setText(QStringLiteral("Jane@Example.com"));
    child<QLineEdit>(&dialog, "companyEdit")->setText(QStringLiteral("Acme"));
    child<QLineEdit>(&dialog, "departmentEdit")->setText(QStringLiteral("Operations"));
    const auto saved = dialog.save();
    QVERIFY2(saved, qPrintable(saved.error().text()));
    QVERIFY(dialog.savedUser().onboardingCompleted);

    auto stored = UserRepository(t.db(), UserContext::of(user)).findById(user.id);
    QVERIFY(stored && stored->onboardingCompleted);
    QCOMPARE(stored->name, QStringLiteral("Jane Doe"));
    QCOMPARE(stored->email, QStringLiteral("jane@example.com"));
    QCOMPARE(stored->company, QStringLiteral("Acme"));
    QCOMPARE(stored->department, QStringLiteral("Operations"));
    QCOMPARE(stored->role, UserRole::Director);
    QCOMPARE(stored->version, user.version + 1);
}

void TestMainWindow::onboardingDuplicateEmailWritesNothing()
{
    auto &t = database();
    const User user = localProfile(t);
    t.addUser(QStringLiteral("taken@example.com"), UserRole::User);
    OnboardingDialog dialog(t.db(), user);
    child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("Jane"));
    child<QLineEdit>(&dialog, "emailEdit")->setText(QStringLiteral("taken@example.com"));
    auto *problem = child<QLabel>(&dialog, "validationLabel");
    QVERIFY(child<QPushButton>(&dialog, "continueButton")->isEnabled()); // valid until the database says no
    QVERIFY(!dialog.save());
    QVERIFY2(problem->text().contains(QStringLiteral("taken@example.com is already used")), qPrintable(problem->text()));
    QCOMPARE(dialog.result(), 0); // still open: not accepted

    auto stored = UserRepository(t.db(), UserContext::of(user)).findById(user.id);
    QVERIFY(stored && !stored->onboardingCompleted);
    QVERIFY(stored->email == user.email && stored->name == user.name && stored->version == user.version);
}

void TestMainWindow::dataViewListsRows()
{
    auto &t = database();
    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    TaskRepository tasks(t.db(), UserContext::of(admin));
    for (int i = 0; i < 3; ++i)
        addTask(tasks, QStringLiteral("Task %1").arg(i));
    DataView view(t.db());
    QCOMPARE(view.entity(), QStringLiteral("users"));
    QCOMPARE(view.model()->tableName(), QStringLiteral("app_user"));
    QCOMPARE(view.model()->rowCount(), 1);

    auto *combo = child<QComboBox>(&view, "entityCombo");
    QCOMPARE(combo->count(), 7);
    combo->setCurrentIndex(combo->findData(QStringLiteral("tasks")));
    QCOMPARE(view.model()->tableName(), QStringLiteral("task"));
    QCOMPARE(view.model()->rowCount(), 3);
    QVERIFY(child<QLabel>(&view, "rowCountLabel")->text().contains(QLatin1Char('3')));
    QVERIFY(view.setEntity(QStringLiteral("executions")));
    QCOMPARE(view.model()->tableName(), QStringLiteral("workflow_execution"));
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(!view.setEntity(QStringLiteral("secrets")));
}

void TestMainWindow::dataViewRefusesInvalidEdit()
{
    auto &t = database();
    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    TaskRepository tasks(t.db(), UserContext::of(admin));
    addTask(tasks, QStringLiteral("First"));
    const QString secondId = addTask(tasks, QStringLiteral("Second"));

    DataView view(t.db());
    view.show();
    QVERIFY(view.setEntity(QStringLiteral("tasks")));
    QSqlTableModel *model = view.model();
    const int status = model->fieldIndex(QStringLiteral("status"));
    const int title = model->fieldIndex(QStringLiteral("title"));
    auto *save = child<QPushButton>(&view, "saveButton");
    auto *error = child<QLabel>(&view, "dataError");
    QVERIFY(status >= 0 && title >= 0 && save && error);
    QVERIFY(!save->isEnabled());

    // Every row gets a valid title edit; the second row's status is not a status.
    int secondRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->setData(model->index(row, title), QStringLiteral("Renamed %1").arg(row)));
        if (model->data(model->index(row, 0)).toString() == secondId)
            secondRow = row;
    }
    QVERIFY(secondRow >= 0);
    QVERIFY(model->setData(model->index(secondRow, status), QStringLiteral("DOING")));
    QVERIFY(save->isEnabled());
    QVERIFY(!child<QComboBox>(&view, "entityCombo")->isEnabled());

    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("refused")), qPrintable(error->text()));
    const auto failed = view.save(); // again: the edits are still there to refuse
    QVERIFY(!failed && failed.error().kind == Error::Kind::Constraint);

    // Nothing written; everything typed still pending.
    const auto stored = tasks.list();
    QVERIFY(stored && stored->size() == 2);
    for (const Task &task : *stored) {
        QVERIFY(task.title == QLatin1String("First") || task.title == QLatin1String("Second"));
        QCOMPARE(task.status, TaskStatus::Todo);
    }
    QVERIFY(view.hasUnsavedChanges());
    QCOMPARE(model->data(model->index(secondRow, status)).toString(), QStringLiteral("DOING"));
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->data(model->index(row, title)).toString(), QStringLiteral("Renamed %1").arg(row));
        QVERIFY(model->isDirty(model->index(row, title)));
    }

    // Corrected, the same edits save.
    QVERIFY(model->setData(model->index(secondRow, status), QStringLiteral("REVIEW")));
    const auto ok = view.save();
    QVERIFY2(ok, qPrintable(ok.error().text()));
    QVERIFY(!error->isVisible() && !view.hasUnsavedChanges());
    const auto after = tasks.findById(secondId);
    QVERIFY(after && after->status == TaskStatus::Review && after->title.startsWith(QLatin1String("Renamed")));
}

// Another connection (as the command line, another window or a colleague would) adds workflows,
// a run and a consultation: the open view shows them without F5 (SQLite: the watcher's
// PRAGMA data_version; PostgreSQL: migration 007's notices), a hidden one when it is opened.
void TestMainWindow::changesElsewhereShowInTheOpenView()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("ann@example.com"), UserRole::Director);
    MainWindow w(t.db(), user);
    w.show();
    QVERIFY(w.showView(QStringLiteral("workflows")));
    WorkflowsView *workflows = w.workflowsView();
    QCOMPARE(workflows->model()->rowCount(), 0);

    auto elsewhere = t.openSecond(QStringLiteral("elsewhere"));
    QVERIFY(elsewhere);
    WorkflowRepository theirs(*elsewhere, UserContext::of(user));
    Workflow made;
    made.name = QStringLiteral("Made elsewhere");
    made.trigger = QStringLiteral("{\"type\":\"manual\"}");
    made.actions = QStringLiteral("[{\"type\":\"notify\",\"title\":\"Hi\"}]");
    made = *theirs.create(made);
    QTRY_COMPARE_WITH_TIMEOUT(workflows->model()->rowCount(), 1, 10000);
    QCOMPARE(workflows->model()->index(0, WorkflowListModel::LastStatus).data().toString(), QStringLiteral("Never run"));
    WorkflowExecution ran;
    ran.status = ExecutionStatus::Success;
    ran.scheduledFor = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    ran.startedAt = ran.scheduledFor;
    ran.finishedAt = ran.scheduledFor.addSecs(60);
    QVERIFY(theirs.execute(made.id, ran).ok());
    QTRY_COMPARE_WITH_TIMEOUT(workflows->model()->index(0, WorkflowListModel::LastStatus).data().toString(),
                              QStringLiteral("Succeeded"), 10000);

    QVERIFY(w.showView(QStringLiteral("consultations")));
    auto *consultations = child<ConsultationsWidget>(&w, "consultationsPage");
    const int before = consultations->proxy()->rowCount();
    Consultation request;
    request.name = QStringLiteral("Dana Client");
    request.email = QStringLiteral("dana@example.com");
    request.company = QStringLiteral("Acme");
    QVERIFY(ConsultationRepository(*elsewhere, UserContext::of(user)).create(request).ok());
    QTRY_COMPARE_WITH_TIMEOUT(consultations->proxy()->rowCount(), before + 1, 10000);

    // While another view is open the Workflows view is hidden: it reads again when shown.
    Workflow second = made;
    second.id.clear();
    second.name = QStringLiteral("Also made elsewhere");
    QVERIFY(theirs.create(second).ok());
    QVERIFY(w.showView(QStringLiteral("workflows")));
    QCOMPARE(workflows->model()->rowCount(), 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
