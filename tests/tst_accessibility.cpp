#include "AccessibleNames.h"
#include "Checks.h"
#include "DatabaseTestCase.h"

#include "AddPersonDialog.h"
#include "BoardWidget.h"
#include "ConnectionDialog.h"
#include "ConsultationActionDialog.h"
#include "ConsultationDeleteDialog.h"
#include "ConsultationDialog.h"
#include "MainWindow.h"
#include "OnboardingDialog.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "TaskDialog.h"
#include "WorkflowEditorDialog.h"
#include "WorkflowsView.h"
#include "exchange/Seeder.h"
#include "itemmodels/PreferencesIntents.h"
#include "itemmodels/TaskBoard.h"
#include "itemmodels/TaskColumnModel.h"
#include "itemmodels/WorkflowIntents.h"
#include "repositories/TaskRepository.h"
#include "secrets/MemorySecretStore.h"

#include <QApplication>
#include <QListView>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace doo;
using namespace doo::test;

// Every control without a visible text label has an accessible name — in the window's views and
// in the dialogs of the main flows; and those flows work with key events alone.
class TestAccessibility : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestAccessibility() : DatabaseTestCase(QStringLiteral("director@example.com")) { }

private:
    // Presses a key where the keyboard focus is, as a user would.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(static_cast<QWidget *>(nullptr), key, modifiers);
    }
    static void type(const QString &text) { QTest::keyClicks(static_cast<QWidget *>(nullptr), text); }
    // Runs `steps` once a modal dialog is up: the key that opens it with exec() comes next and
    // returns when the steps have closed it.
    static void whenModal(std::function<void(QWidget *)> steps)
    {
        auto *poll = new QTimer;
        QObject::connect(poll, &QTimer::timeout, poll, [poll, steps] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || !modal->isActiveWindow() || !modal->isAncestorOf(QApplication::focusWidget()))
                return;
            poll->stop();
            poll->deleteLater();
            steps(modal);
            // A failed step must not leave the test waiting on a dialog nobody closes.
            if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && dialog->isVisible()) {
                qWarning("The steps left %s open", qPrintable(describe(dialog)));
                dialog->done(QDialog::Rejected);
            }
        });
        poll->start(20);
    }
    // After a dialog closes, a desktop's window manager activates the window below it; the
    // offscreen platform has none, so the test does that part. The focus the window gives back is
    // the one it kept (QWidget::focusWidget), which the callers check first.
    static bool reactivate(QWidget *window)
    {
        if (!window->isActiveWindow())
            QApplication::setActiveWindow(window);
        return QTest::qWaitFor([window] { return window->isActiveWindow(); });
    }
    static QStringList tasksTitled(TaskRepository &tasks, const QString &title, std::optional<TaskStatus> status = {})
    {
        TaskFilter filter;
        filter.status = status;
        const auto found = tasks.list(filter);
        QStringList ids;
        for (const Task &task : found ? *found : QList<Task>())
            if (task.title == title)
                ids << task.id;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("DirectorOfOneTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    }
    void init()
    {
        QSettings().clear();
        DatabaseTestCase::init();
    }
    void cleanupTestCase() { QSettings().clear(); }

    void everyViewNamesItsControls();
    void everyDialogNamesItsControls();
    void boardColumnsAndCardsSpeak();
    void mainFlowsByKeyboardAlone();
};

void TestAccessibility::everyViewNamesItsControls()
{
    auto &t = database();
    QVERIFY(Seeder::seed(t.db(), defaultUser()));
    MainWindow w(t.db(), defaultUser());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // Every page of the window's stack is walked, shown or not; each view once more when shown.
    QStringList unnamed = unnamedControls(&w);
    for (const QString &view : w.views()) {
        QVERIFY(w.showView(view));
        unnamed += unnamedControls(&w);
    }
    // An ADMIN also has the Data view, and on PostgreSQL the Team page.
    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    MainWindow adminWindow(t.db(), admin);
    adminWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&adminWindow));
    QVERIFY(adminWindow.views().contains(QStringLiteral("data")));
    unnamed += unnamedControls(&adminWindow);
    unnamed.removeDuplicates();
    for (const QString &control : std::as_const(unnamed))
        qWarning("no accessible name: %s", qPrintable(control));
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("\n") + unnamed.join(QLatin1Char('\n'))));
}

void TestAccessibility::everyDialogNamesItsControls()
{
    auto &t = database();
    QVERIFY(Seeder::seed(t.db(), defaultUser()));
    const UserContext ctx = UserContext::of(defaultUser());
    TaskRepository tasks(t.db(), ctx);
    const auto stored = tasks.list(TaskFilter());
    QVERIFY(stored && !stored->isEmpty());
    PreferencesIntents preferences(t.db(), ctx);
    CHECK_OK(preferences.reload());
    WorkflowIntents workflows(t.db(), ctx, nullptr);
    MemorySecretStore keychain;
    MemorySecretStore session;
    MainWindow window(t.db(), defaultUser());

    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<TaskDialog>(Task(), QStringList(), QList<TaskHistoryEntry>()));
    TaskHistoryEntry entry;
    entry.taskId = stored->first().id;
    entry.changedAt = QDateTime::currentDateTimeUtc();
    dialogs.push_back(std::make_unique<TaskDialog>(stored->first(), QStringList(), QList<TaskHistoryEntry>{entry}));
    dialogs.push_back(std::make_unique<WorkflowEditorDialog>(workflows));
    dialogs.push_back(std::make_unique<SettingsDialog>(&preferences, t.url()));
    dialogs.push_back(std::make_unique<ConsultationDialog>());
    Consultation request;
    request.bookingId = QStringLiteral("DO-2031-000001");
    request.name = QStringLiteral("Ada");
    dialogs.push_back(std::make_unique<ConsultationDeleteDialog>(request));
    for (auto kind : {ConsultationActionDialog::Kind::Schedule, ConsultationActionDialog::Kind::Reschedule,
                      ConsultationActionDialog::Kind::Complete, ConsultationActionDialog::Kind::Cancel})
        dialogs.push_back(std::make_unique<ConsultationActionDialog>(kind, QStringLiteral("Ada"), QDateTime::currentDateTimeUtc(),
                                                                     [](const QDateTime &) { return QString(); }));
    dialogs.push_back(std::make_unique<ConnectionDialog>(&keychain, &session));
    dialogs.push_back(std::make_unique<OnboardingDialog>(t.db(), defaultUser()));
    dialogs.push_back(std::make_unique<ShortcutsDialog>(&window));
    dialogs.push_back(std::make_unique<AddPersonDialog>([](const TeamIntents::NewPerson &) { return Result<User>(User()); }));

    QStringList unnamed;
    for (const auto &dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        for (const QString &control : unnamedControls(dialog.get()))
            unnamed << control + QStringLiteral(" — ") + dialog->objectName();
        dialog->hide();
    }
    for (const QString &control : std::as_const(unnamed))
        qWarning("no accessible name: %s", qPrintable(control));
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("\n") + unnamed.join(QLatin1Char('\n'))));
}

void TestAccessibility::boardColumnsAndCardsSpeak()
{
    auto &t = database();
    TaskRepository tasks(t.db(), UserContext::of(defaultUser()));
    Task task;
    task.title = QStringLiteral("Budget review");
    task.priority = Priority::Urgent;
    task.dueDate = QDateTime(QDate(2026, 3, 4), QTime(9, 0), Qt::UTC);
    task.tags = QStringList{QStringLiteral("finance")};
    CHECK_OK(tasks.create(task));
    Task second;
    second.title = QStringLiteral("Second");
    CHECK_OK(tasks.create(second));
    MainWindow w(t.db(), defaultUser());
    QListView *todo = w.board()->columnView(TaskStatus::Todo);
    QTRY_COMPARE(todo->model()->rowCount(), 2);
    // The column says what it is and how many cards it holds, and follows the count.
    QAccessibleInterface *column = QAccessible::queryAccessibleInterface(todo);
    QCOMPARE(column->text(QAccessible::Name), displayName(TaskStatus::Todo) + QStringLiteral(" column, 2 cards"));
    QCOMPARE(QAccessible::queryAccessibleInterface(w.board()->columnView(TaskStatus::Completed))->text(QAccessible::Name),
             displayName(TaskStatus::Completed) + QStringLiteral(" column, 0 cards"));
    // A card: its title as the name; priority, due date and tags as the description.
    const int row = todo->model()->index(0, 0).data().toString() == task.title ? 0 : 1;
    const QModelIndex card = todo->model()->index(row, 0);
    QCOMPARE(card.data(Qt::AccessibleTextRole).toString(), task.title);
    const QString description = card.data(Qt::AccessibleDescriptionRole).toString();
    QVERIFY2(description.contains(displayName(Priority::Urgent)), qPrintable(description));
    QVERIFY2(description.contains(QLocale().toString(task.dueDate.toLocalTime().date(), QLocale::ShortFormat)),
             qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("finance")), qPrintable(description));
    // What a screen reader reads for the card's cell of the list.
    QAccessibleInterface *cell = column->child(row);
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Name), task.title);
    Task third;
    third.title = QStringLiteral("Third");
    CHECK_OK(tasks.create(third));
    w.board()->board()->reload();
    QTRY_COMPARE(column->text(QAccessible::Name), displayName(TaskStatus::Todo) + QStringLiteral(" column, 3 cards"));
}

void TestAccessibility::mainFlowsByKeyboardAlone()
{
    auto &t = database();
    QVERIFY(Seeder::seed(t.db(), defaultUser()));
    TaskRepository tasks(t.db(), UserContext::of(defaultUser()));
    MainWindow w(t.db(), defaultUser());
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    BoardWidget *board = w.board();
    QListView *todo = board->columnView(TaskStatus::Todo);
    QListView *doing = board->columnView(TaskStatus::InProgress);

    // Ctrl+1: the board, with the focus on a column.
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w.currentView(), QStringLiteral("board"));
    QCOMPARE(QApplication::focusWidget(), todo);

    // Ctrl+N opens the task dialog on the title; Tab, Tab reaches the priority; Return saves.
    const QString title = QStringLiteral("Keyboard only task");
    whenModal([title](QWidget *dialog) {
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("titleEdit"));
        type(title);
        press(Qt::Key_Tab); // description
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("priorityCombo"));
        press(Qt::Key_End); // the last priority: Urgent
        press(Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
    });
    press(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    const QStringList created = tasksTitled(tasks, title, TaskStatus::Todo);
    QCOMPARE(created.size(), 1);
    QCOMPARE(tasks.findById(created.first())->priority, Priority::Urgent);
    QCOMPARE(w.focusWidget(), todo);
    QVERIFY(reactivate(&w));
    QCOMPARE(QApplication::focusWidget(), todo);

    // Find it: Ctrl+F, type, Return goes to the first card found.
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("searchEdit"));
    type(title);
    QTRY_COMPARE(todo->model()->rowCount(), 1);
    press(Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), todo);
    QCOMPARE(todo->currentIndex().data(TaskColumnModel::IdRole).toString(), created.first());

    // Ctrl+Right moves it to In progress, where the focus follows it.
    press(Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(tasks.findById(created.first())->status, TaskStatus::InProgress);
    QCOMPARE(QApplication::focusWidget(), doing);
    QCOMPARE(doing->currentIndex().data(TaskColumnModel::IdRole).toString(), created.first());

    // Return opens it; an edit taken back and left with Escape closes at once and changes nothing
    // (with changes left, Escape asks first: tst_taskdialog).
    whenModal([title](QWidget *dialog) {
        auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(edit && edit->text() == title);
        type(QStringLiteral(" changed"));
        press(Qt::Key_A, Qt::ControlModifier);
        type(title);
        press(Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    });
    press(Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(tasks.findById(created.first())->title, title);
    QCOMPARE(w.focusWidget(), doing);
    QVERIFY(reactivate(&w));
    QCOMPARE(QApplication::focusWidget(), doing);

    // Escape in the search clears it and goes back to the cards.
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("searchEdit"));
    press(Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), doing);
    QTRY_VERIFY(todo->model()->rowCount() > 1); // the filter is gone

    // Ctrl+2: the workflows, with the focus on their table; Down selects the next one, Return
    // opens it in the editor, Escape closes it.
    press(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(w.currentView(), QStringLiteral("workflows"));
    QTableView *table = w.workflowsView()->table();
    QCOMPARE(QApplication::focusWidget(), table);
    const int firstRow = table->currentIndex().row();
    press(Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), firstRow + 1);
    const QString chosen = w.workflowsView()->currentWorkflow().name;
    QVERIFY(!chosen.isEmpty());
    QString shownName;
    whenModal([&shownName](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("workflowEditor"));
        shownName = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text();
        press(Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    });
    press(Qt::Key_Return);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(shownName, chosen);
    QCOMPARE(w.focusWidget(), table);
    QVERIFY(reactivate(&w));
    QCOMPARE(QApplication::focusWidget(), table);

    // The other views, each with the focus inside it.
    for (int i = 3; i <= 5; ++i) {
        press(Qt::Key(Qt::Key_0 + i), Qt::ControlModifier);
        QCOMPARE(w.currentView(), w.views().at(i - 1));
        QWidget *page = w.findChild<QStackedWidget *>()->currentWidget();
        QVERIFY2(page->isAncestorOf(QApplication::focusWidget()), qPrintable(w.currentView()));
    }

    // Ctrl+, opens the settings, Escape leaves them.
    press(Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *settings = nullptr;
    QTRY_VERIFY((settings = w.findChild<SettingsDialog *>()) && settings->isActiveWindow());
    QVERIFY(settings->isAncestorOf(QApplication::focusWidget()));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!w.findChild<SettingsDialog *>() || !w.findChild<SettingsDialog *>()->isVisible());
    QVERIFY(w.isAncestorOf(w.focusWidget()));
    QVERIFY(reactivate(&w));

    // Back on the board, the moved card is where it was left.
    press(Qt::Key_1, Qt::ControlModifier);
    QVERIFY(board->isAncestorOf(QApplication::focusWidget()));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
