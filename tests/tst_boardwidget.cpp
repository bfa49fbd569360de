#include "ClockGuard.h"
#include "DatabaseTestCase.h"
#include "PaintedTexts.h"

#include "BoardWidget.h"
#include "TaskDialog.h"
#include "itemmodels/TaskBoard.h"
#include "itemmodels/TaskColumnModel.h"
#include "repositories/TaskRepository.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPaintEngine>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace doo;
using namespace doo::test;

namespace {
// Restores the program's locale however a test ends.
struct LocaleGuard
{
    explicit LocaleGuard(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleGuard() { QLocale::setDefault(previous); }
    QLocale previous = QLocale();
};
} // namespace

// The board widget offscreen: real widgets over a real database, found by objectName; dialogs
// answered through the board's dialog seam.
class TestBoardWidget : public DatabaseTestCase
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestDatabase *t = nullptr;
        User user;
        QUndoStack undo;
        std::unique_ptr<BoardWidget> board;

        QString dbTitles(TaskStatus s) const
        {
            TaskRepository repo(t->db(), UserContext::of(user));
            TaskFilter f;
            f.status = s;
            const auto tasks = repo.list(f);
            QStringList result;
            for (const Task &task : *tasks)
                result << task.title;
            return result.join(QLatin1Char(','));
        }
        QString shown(TaskStatus s) const
        {
            QStringList result;
            auto *model = board->board()->column(s);
            for (int i = 0; i < model->rowCount(); ++i)
                result << model->index(i).data().toString();
            return result.join(QLatin1Char(','));
        }
        void select(TaskStatus s, int row) const
        {
            QListView *view = board->columnView(s);
            view->setFocus();
            view->setCurrentIndex(view->model()->index(row, 0));
        }
        void trigger(const char *name) const
        {
            auto *action = board->findChild<QAction *>(QString::fromLatin1(name));
            QVERIFY2(action, name);
            action->trigger();
        }
        QString header(TaskStatus s) const { return board->findChild<QLabel *>(QStringLiteral("header_") + toString(s))->text(); }
    };

    static std::unique_ptr<Fixture> makeFixture(TestDatabase &t, const QList<Task> &tasks)
    {
        auto f = std::make_unique<Fixture>();
        f->t = &t;
        f->user = f->t->addUser(QStringLiteral("me@example.com"), UserRole::Director);
        TaskRepository repo(f->t->db(), UserContext::of(f->user));
        if (!tasks.isEmpty() && !repo.bulkInsert(tasks))
            qFatal("bulkInsert failed");
        f->board = std::make_unique<BoardWidget>(f->t->db(), f->user, &f->undo);
        f->board->resize(1200, 700);
        f->board->show();
        return f;
    }
    static Task task(const QString &title, TaskStatus status = TaskStatus::Todo, Priority priority = Priority::Medium,
                     QStringList tags = {})
    {
        Task t;
        t.title = title;
        t.status = status;
        t.priority = priority;
        t.tags = tags;
        return t;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void columnsAndCounts();
    void createEditDuplicateDeleteThroughDialogs();
    void invalidDialogInputWritesNothing();
    void keyboardMoves();
    void filtersCombineAndCountsFollow();
    void wipLimitMarksColumn();
    void failedMoveShowsErrorAndRestores();
    void germanCardShowsGermanDueDate();
    void newSearchScrollsColumnsToTheTop();
    void emptyColumnsSayWhy();
    void searchWithoutResultSaysSo();
    void addCardCreatesInItsColumn();
    void contextMenuActsOnTheClickedCard();
    void contextMenuFromTheKeyboard();
    void taskActionsFollowTheSelection();
    void escapeClearsTheSearch();
    void screenshot();
};

void TestBoardWidget::columnsAndCounts()
{
    auto &t = database();
    auto f =
        makeFixture(t, {task(QStringLiteral("a")), task(QStringLiteral("b")), task(QStringLiteral("r"), TaskStatus::Review)});
    for (int s = 0; s < kTaskStatusCount; ++s)
        QVERIFY(f->board->findChild<QListView *>(QStringLiteral("column_") + toString(static_cast<TaskStatus>(s))));
    QVERIFY(f->header(TaskStatus::Todo).contains(QLatin1String("To do")));
    QVERIFY(f->header(TaskStatus::Todo).endsWith(QLatin1String("2")));
    QVERIFY(f->header(TaskStatus::Review).endsWith(QLatin1String("1")));
    QVERIFY(f->header(TaskStatus::Completed).endsWith(QLatin1String("0")));
    QCOMPARE(f->shown(TaskStatus::Todo), QStringLiteral("a,b"));
    QVERIFY(!f->board->columnView(TaskStatus::Todo)->uniformItemSizes()); // a card is as tall as its title
    int separators = 0;
    for (QAction *a : f->board->taskActions())
        separators += a->isSeparator() ? 1 : 0;
    QCOMPARE(f->board->taskActions().size() - separators, 12); // ten actions, Move To ▸ and Priority ▸
    QCOMPARE(separators, 4);
}

void TestBoardWidget::createEditDuplicateDeleteThroughDialogs()
{
    auto &t = database();
    auto f = makeFixture(t, {task(QStringLiteral("a"))});
    f->board->setDialogRunner([](TaskDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Call the auditor"));
        dialog.findChild<QLineEdit *>(QStringLiteral("tagsEdit"))->setText(QStringLiteral("finance, q3"));
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        return dialog.result() == QDialog::Accepted;
    });
    f->select(TaskStatus::Todo, 0);
    f->trigger("actionNewTask");
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,Call the auditor"));
    QCOMPARE(f->shown(TaskStatus::Todo), QStringLiteral("a,Call the auditor"));
    QVERIFY(f->header(TaskStatus::Todo).endsWith(QLatin1String("2")));

    // Edit the selected (new) card: the dialog shows its fields, the runner changes the title.
    f->board->setDialogRunner([](TaskDialog &dialog) {
        auto *title = dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        if (title->text() != QLatin1String("Call the auditor"))
            return false;
        title->setText(QStringLiteral("Call the auditor today"));
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        return dialog.result() == QDialog::Accepted;
    });
    f->trigger("actionEditTask");
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,Call the auditor today"));

    f->board->setDialogRunner([](TaskDialog &dialog) {
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        return dialog.result() == QDialog::Accepted;
    });
    f->trigger("actionDuplicateTask");
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,Call the auditor today,Call the auditor today (copy)"));
    TaskRepository repo(f->t->db(), UserContext::of(f->user));
    TaskFilter tagged;
    tagged.tag = QStringLiteral("q3");
    QCOMPARE(*repo.count(tagged), 2);

    f->select(TaskStatus::Todo, 0);
    f->trigger("actionDeleteTask");
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("Call the auditor today,Call the auditor today (copy)"));
    f->undo.undo();
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,Call the auditor today,Call the auditor today (copy)"));
    f->undo.undo(); // duplicate
    f->undo.undo(); // edit
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,Call the auditor"));
    f->undo.undo(); // create
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a"));
    QCOMPARE(f->shown(TaskStatus::Todo), QStringLiteral("a"));
}

void TestBoardWidget::invalidDialogInputWritesNothing()
{
    auto &t = database();
    auto f = makeFixture(t, {});
    bool saveEnabled = true;
    QString reason;
    f->board->setDialogRunner([&](TaskDialog &dialog) {
        dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QString(201, QLatin1Char('x')));
        saveEnabled = dialog.findChild<QWidget *>(QStringLiteral("saveButton"))->isEnabled();
        reason = dialog.findChild<QLabel *>(QStringLiteral("validationLabel"))->text();
        return false; // the user can only cancel
    });
    f->trigger("actionNewTask");
    QVERIFY(!saveEnabled);
    QVERIFY2(reason.contains(QLatin1String("200")), qPrintable(reason));
    QCOMPARE(f->t->rowCount(QStringLiteral("task")), 0);
    QCOMPARE(f->undo.count(), 0);
}

void TestBoardWidget::keyboardMoves()
{
    auto &t = database();
    auto f = makeFixture(t,
                         {task(QStringLiteral("a")), task(QStringLiteral("b")), task(QStringLiteral("c")),
                          task(QStringLiteral("x"), TaskStatus::InProgress)});
    f->select(TaskStatus::Todo, 0);
    f->trigger("actionMoveDown");
    QCOMPARE(f->shown(TaskStatus::Todo), QStringLiteral("b,a,c"));
    QTRY_COMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("b,a,c"));
    f->trigger("actionMoveDown"); // the moved card stays selected
    QTRY_COMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("b,c,a"));
    f->trigger("actionMoveDown"); // already last: nothing happens
    f->trigger("actionMoveRight");
    QCOMPARE(f->shown(TaskStatus::InProgress), QStringLiteral("x,a"));
    QTRY_COMPARE(f->dbTitles(TaskStatus::InProgress), QStringLiteral("x,a"));
    f->trigger("actionMoveUp");
    QTRY_COMPARE(f->dbTitles(TaskStatus::InProgress), QStringLiteral("a,x"));
    f->trigger("actionMoveLeft");
    QTRY_COMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,b,c"));
    f->select(TaskStatus::Todo, 0);
    f->trigger("actionMoveLeft"); // no column left of To do
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,b,c"));
    QCOMPARE(f->undo.count(), 5);
    while (f->undo.canUndo())
        f->undo.undo();
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,b,c"));
    QCOMPARE(f->dbTitles(TaskStatus::InProgress), QStringLiteral("x"));
}

void TestBoardWidget::filtersCombineAndCountsFollow()
{
    auto &t = database();
    auto f = makeFixture(t,
                         {task(QStringLiteral("budget review"), TaskStatus::Todo, Priority::High, {QStringLiteral("finance")}),
                          task(QStringLiteral("budget draft"), TaskStatus::Todo, Priority::Low, {QStringLiteral("finance")}),
                          task(QStringLiteral("hire designer"), TaskStatus::Todo, Priority::High, {QStringLiteral("hiring")}),
                          task(QStringLiteral("budget audit"), TaskStatus::Review, Priority::High)});
    auto *search = f->board->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("budg"));
    QTRY_COMPARE(f->shown(TaskStatus::Todo), QStringLiteral("budget review,budget draft"));
    QVERIFY(f->header(TaskStatus::Todo).endsWith(QLatin1String("2")));
    QCOMPARE(f->shown(TaskStatus::Review), QStringLiteral("budget audit"));

    auto *priority = f->board->findChild<QComboBox *>(QStringLiteral("priorityFilter"));
    priority->setCurrentIndex(priority->findData(int(Priority::High)));
    QCOMPARE(f->shown(TaskStatus::Todo), QStringLiteral("budget review"));
    QVERIFY(f->header(TaskStatus::Todo).endsWith(QLatin1String("1")));

    auto *tag = f->board->findChild<QComboBox *>(QStringLiteral("tagFilter"));
    QVERIFY(tag->findData(QStringLiteral("hiring")) > 0); // choices come from the tags in use
    tag->setCurrentIndex(tag->findData(QStringLiteral("finance")));
    QCOMPARE(f->shown(TaskStatus::Todo), QStringLiteral("budget review"));
    QCOMPARE(f->shown(TaskStatus::Review), QString());

    auto *origin = f->board->findChild<QComboBox *>(QStringLiteral("originFilter"));
    origin->setCurrentIndex(1); // created by a workflow: none here
    QCOMPARE(f->shown(TaskStatus::Todo), QString());
    QVERIFY(f->header(TaskStatus::Todo).endsWith(QLatin1String("0")));

    f->board->findChild<QPushButton *>(QStringLiteral("clearFilters"))->click();
    QCOMPARE(f->shown(TaskStatus::Todo), QStringLiteral("budget review,budget draft,hire designer"));
    QCOMPARE(search->text(), QString());
}

void TestBoardWidget::wipLimitMarksColumn()
{
    auto &t = database();
    auto f = makeFixture(t, {task(QStringLiteral("a")), task(QStringLiteral("b")), task(QStringLiteral("c"))});
    auto *header = f->board->findChild<QLabel *>(QStringLiteral("header_TODO"));
    QVERIFY(!header->property("overLimit").toBool());
    f->board->setWipLimit(TaskStatus::Todo, 2);
    QVERIFY(header->property("overLimit").toBool());
    QVERIFY(header->text().contains(QLatin1String("3 / 2")));
    f->select(TaskStatus::Todo, 0);
    f->trigger("actionMoveRight");
    QVERIFY(!header->property("overLimit").toBool());
    f->board->setWipLimit(TaskStatus::Todo, 0);
    QVERIFY(!header->text().contains(QLatin1String(" / ")));
}

void TestBoardWidget::failedMoveShowsErrorAndRestores()
{
    auto &t = database();
    auto f = makeFixture(t, {task(QStringLiteral("a")), task(QStringLiteral("b"))});
    // Someone deletes "a" elsewhere; this board still shows it and tries to move it.
    TaskRepository elsewhere(f->t->db(), UserContext::of(f->user));
    QVERIFY(elsewhere.remove(f->board->board()->column(TaskStatus::Todo)->idAt(0)).ok());
    f->select(TaskStatus::Todo, 0);
    f->trigger("actionMoveRight");
    auto *banner = f->board->findChild<QLabel *>(QStringLiteral("errorBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("no task")), qPrintable(banner->text()));
    QTRY_COMPARE(f->shown(TaskStatus::Todo), QStringLiteral("b"));
    QCOMPARE(f->shown(TaskStatus::InProgress), QString());
}

// The card's due date as the column view's delegate paints it, in the program's locale: German
// day and month order and month abbreviation, no fixed pattern.
void TestBoardWidget::germanCardShowsGermanDueDate()
{
    auto &t = database();
    const LocaleGuard german(QLocale(QStringLiteral("de_DE")));
    const ClockGuard clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    Task due = task(QStringLiteral("Audit"));
    due.dueDate = QDateTime(QDate(2026, 12, 16), QTime(12, 0), Qt::UTC);
    auto f = makeFixture(t, {due});
    QListView *view = f->board->columnView(TaskStatus::Todo);
    QTRY_COMPARE(view->model()->rowCount(), 1);

    TextDevice device;
    QPainter painter(&device);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = QRect(0, 0, 360, view->itemDelegate()->sizeHint(option, view->model()->index(0, 0)).height());
    view->itemDelegate()->paint(&painter, option, view->model()->index(0, 0));
    painter.end();
    QVERIFY2(device.engine.texts.contains(QStringLiteral("Due 16. Dez.")), qPrintable(device.engine.texts.join(u'|')));
}

// A column scrolled down and then searched shows its first result at the top, not the old position.
void TestBoardWidget::newSearchScrollsColumnsToTheTop()
{
    auto &t = database();
    QList<Task> tasks;
    for (int i = 0; i < 60; ++i)
        tasks << task(QStringLiteral("plan item %1").arg(i, 2, 10, QLatin1Char('0')));
    auto f = makeFixture(t, tasks);
    QListView *todo = f->board->columnView(TaskStatus::Todo);
    QTRY_VERIFY(todo->verticalScrollBar()->maximum() > 0);
    todo->verticalScrollBar()->setValue(todo->verticalScrollBar()->maximum());
    QVERIFY(todo->verticalScrollBar()->value() > 0);
    auto *search = f->board->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("plan"));
    QTRY_COMPARE(todo->verticalScrollBar()->value(), 0);
    QCOMPARE(todo->indexAt(QPoint(5, 5)).data().toString(), QStringLiteral("plan item 00"));
}

namespace {
QLabel *emptyState(const BoardWidget &board, TaskStatus status)
{
    return board.findChild<QLabel *>(QStringLiteral("emptyState_") + toString(status));
}

// The texts of a menu's visible entries; a submenu as "Name ▸", a checked entry as "[x] Name".
QStringList entries(const QMenu &menu)
{
    QStringList texts;
    for (QAction *a : menu.actions()) {
        if (!a->isVisible())
            continue;
        QString text = a->isSeparator() ? QStringLiteral("--") : a->text().remove(QLatin1Char('&'));
        if (a->menu())
            text += QStringLiteral(" ▸");
        if (a->isChecked())
            text.prepend(QStringLiteral("[x] "));
        if (!a->isEnabled())
            text += QStringLiteral(" (disabled)");
        texts << text;
    }
    return texts;
}

QAction *entry(const QMenu &menu, const QString &objectName)
{
    for (QAction *a : menu.actions()) {
        if (a->objectName() == objectName)
            return a;
        if (a->menu())
            if (QAction *inner = entry(*a->menu(), objectName))
                return inner;
    }
    return nullptr;
}

void rightClick(QListView *view, int row)
{
    const QPoint pos = view->visualRect(view->model()->index(row, 0)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &event);
}
} // namespace

void TestBoardWidget::emptyColumnsSayWhy()
{
    auto &t = database();
    auto f = makeFixture(t, {task(QStringLiteral("a"))});
    QVERIFY(emptyState(*f->board, TaskStatus::Todo)->isHidden()); // a column with cards says nothing
    QLabel *review = emptyState(*f->board, TaskStatus::Review);
    QVERIFY(review->isVisible());
    QCOMPARE(review->text(), QStringLiteral("Nothing waiting for review"));
    QCOMPARE(emptyState(*f->board, TaskStatus::InProgress)->text(), QStringLiteral("Nothing in progress"));
    QCOMPARE(emptyState(*f->board, TaskStatus::Completed)->text(), QStringLiteral("No completed tasks yet"));
    QCOMPARE(emptyState(*f->board, TaskStatus::Cancelled)->text(), QStringLiteral("No cancelled tasks"));
    // The words cover the column's area and leave clicks and drops to the view.
    QCOMPARE(review->geometry(), f->board->columnView(TaskStatus::Review)->viewport()->rect());
    QVERIFY(review->testAttribute(Qt::WA_TransparentForMouseEvents));
    QCOMPARE(review->foregroundRole(), QPalette::PlaceholderText);

    // The last card leaves: its column says so; it comes back with undo.
    f->select(TaskStatus::Todo, 0);
    f->trigger("actionMoveRight");
    QVERIFY(emptyState(*f->board, TaskStatus::Todo)->isVisible());
    QCOMPARE(emptyState(*f->board, TaskStatus::Todo)->text(), QStringLiteral("No tasks to do"));
    QVERIFY(emptyState(*f->board, TaskStatus::InProgress)->isHidden());
    QTRY_COMPARE(f->dbTitles(TaskStatus::InProgress), QStringLiteral("a"));
    f->undo.undo();
    QTRY_VERIFY(emptyState(*f->board, TaskStatus::Todo)->isHidden());
}

void TestBoardWidget::searchWithoutResultSaysSo()
{
    auto &t = database();
    auto f = makeFixture(t, {task(QStringLiteral("hire designer")), task(QStringLiteral("budget audit"), TaskStatus::Review)});
    auto *noResults = f->board->findChild<QWidget *>(QStringLiteral("noResults"));
    auto *search = f->board->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(noResults->isHidden());
    QTest::keyClicks(search, QStringLiteral("budget"));
    QTRY_COMPARE(f->shown(TaskStatus::Todo), QString());
    QCOMPARE(f->shown(TaskStatus::Review), QStringLiteral("budget audit"));
    QVERIFY(noResults->isHidden()); // something found
    QCOMPARE(emptyState(*f->board, TaskStatus::Todo)->text(), QStringLiteral("No matching tasks"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("zebra"));
    QTRY_VERIFY(noResults->isVisible());
    QCOMPARE(f->board->findChild<QLabel *>(QStringLiteral("noResultsLabel"))->text(), QStringLiteral("No task matches “zebra”."));
    for (TaskStatus status : kBoardColumns)
        QCOMPARE(emptyState(*f->board, status)->text(), QStringLiteral("No matching tasks"));

    QToolButton *clearButton = search->findChild<QToolButton *>();
    QTRY_VERIFY(clearButton->isVisible());
    f->board->findChild<QPushButton *>(QStringLiteral("noResultsClear"))->click();
    QVERIFY(noResults->isHidden());
    QCOMPARE(search->text(), QString());
    QTRY_VERIFY(!clearButton->isVisible()); // the search field's clear button goes with the text
    QCOMPARE(f->shown(TaskStatus::Todo), QStringLiteral("hire designer"));
    QCOMPARE(emptyState(*f->board, TaskStatus::InProgress)->text(), QStringLiteral("Nothing in progress"));

    // A filter without a search text.
    auto *origin = f->board->findChild<QComboBox *>(QStringLiteral("originFilter"));
    origin->setCurrentIndex(1); // created by a workflow: none here
    QVERIFY(noResults->isVisible());
    QCOMPARE(f->board->findChild<QLabel *>(QStringLiteral("noResultsLabel"))->text(),
             QStringLiteral("No task matches these filters."));
}

void TestBoardWidget::addCardCreatesInItsColumn()
{
    auto &t = database();
    auto f = makeFixture(t, {task(QStringLiteral("a")), task(QStringLiteral("r"), TaskStatus::Review)});
    QString shownStatus;
    f->board->setDialogRunner([&shownStatus](TaskDialog &dialog) {
        shownStatus = dialog.findChild<QComboBox *>(QStringLiteral("statusCombo"))->currentText();
        dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Book the venue"));
        dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->click();
        return dialog.result() == QDialog::Accepted;
    });
    f->select(TaskStatus::Todo, 0); // the selection elsewhere does not matter
    for (TaskStatus status : kBoardColumns)
        QVERIFY(f->board->findChild<QPushButton *>(QStringLiteral("addCard_") + toString(status))->isVisible());
    auto *add = f->board->findChild<QPushButton *>(QStringLiteral("addCard_") + toString(TaskStatus::Review));
    QCOMPARE(add->text(), QStringLiteral("+ Add a card"));
    QVERIFY(add->isFlat());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(shownStatus, QStringLiteral("Review"));
    QCOMPARE(f->dbTitles(TaskStatus::Review), QStringLiteral("r,Book the venue"));
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a"));
    QCOMPARE(f->shown(TaskStatus::Review), QStringLiteral("r,Book the venue"));

    // Also in an empty column.
    f->board->findChild<QPushButton *>(QStringLiteral("addCard_") + toString(TaskStatus::Cancelled))->click();
    QCOMPARE(f->dbTitles(TaskStatus::Cancelled), QStringLiteral("Book the venue"));
    QVERIFY(emptyState(*f->board, TaskStatus::Cancelled)->isHidden());
}

void TestBoardWidget::contextMenuActsOnTheClickedCard()
{
    auto &t = database();
    auto f = makeFixture(t,
                         {task(QStringLiteral("a")), task(QStringLiteral("b"), TaskStatus::Todo, Priority::High),
                          task(QStringLiteral("r"), TaskStatus::Review)});
    QStringList shown;
    QStringList moveTo;
    QStringList priorities;
    QString clicked = QStringLiteral("actionMoveTo_") + toString(TaskStatus::Review);
    f->board->setMenuRunner([&](QMenu &menu, const QPoint &) {
        shown = entries(menu);
        moveTo = entries(*entry(menu, QStringLiteral("actionMoveTo"))->menu());
        priorities = entries(*entry(menu, QStringLiteral("actionPriority"))->menu());
        if (QAction *a = entry(menu, clicked))
            a->trigger();
    });
    f->select(TaskStatus::Todo, 0); // a is selected; b is right-clicked
    QListView *todo = f->board->columnView(TaskStatus::Todo);
    rightClick(todo, 1);
    QCOMPARE(shown,
             QStringList({QStringLiteral("Edit task…"), QStringLiteral("Move to ▸"), QStringLiteral("Priority ▸"),
                          QStringLiteral("Duplicate task…"), QStringLiteral("--"), QStringLiteral("Delete task")}));
    QCOMPARE(moveTo,
             QStringList({QStringLiteral("In progress"), QStringLiteral("Review"), QStringLiteral("Completed"),
                          QStringLiteral("Cancelled")}));
    QCOMPARE(
        priorities,
        QStringList({QStringLiteral("Low"), QStringLiteral("Medium"), QStringLiteral("[x] High"), QStringLiteral("Urgent")}));
    // Only the clicked card moved: it was selected by the right-click.
    QCOMPARE(f->shown(TaskStatus::Review), QStringLiteral("r,b"));
    QTRY_COMPARE(f->dbTitles(TaskStatus::Review), QStringLiteral("r,b"));
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a"));
    f->undo.undo();
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,b"));
    QCOMPARE(f->shown(TaskStatus::Todo), QStringLiteral("a,b"));

    // A right-click in a selection keeps it: the priority goes to both cards, one undo step.
    todo->selectAll();
    clicked = QStringLiteral("actionPriority_") + toString(Priority::Urgent);
    rightClick(todo, 0);
    QCOMPARE(priorities,
             QStringList({QStringLiteral("Low"), QStringLiteral("Medium"), QStringLiteral("High"),
                          QStringLiteral("Urgent")})); // two priorities: none checked
    TaskRepository repo(t.db(), UserContext::of(f->user));
    auto urgent = [&repo] {
        TaskFilter filter;
        filter.priority = Priority::Urgent;
        return repo.list(filter)->size();
    };
    QCOMPARE(urgent(), 2);
    QCOMPARE(todo->selectionModel()->selectedIndexes().size(), 2);
    f->undo.undo();
    QCOMPARE(urgent(), 0);
    QCOMPARE(f->board->board()->column(TaskStatus::Todo)->index(1).data(TaskColumnModel::PriorityRole).toInt(),
             int(Priority::High));

    // Delete through the menu: the Task menu's action, undone by Undo.
    todo->selectAll();
    clicked = QStringLiteral("actionDeleteTask");
    rightClick(todo, 0);
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QString()); // the selection: both
    f->undo.undo();
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,b"));

    // A right-click beside the cards shows no menu.
    shown.clear();
    const QPoint below(5, todo->viewport()->height() - 5);
    QContextMenuEvent event(QContextMenuEvent::Mouse, below, todo->viewport()->mapToGlobal(below));
    QApplication::sendEvent(todo->viewport(), &event);
    QVERIFY(shown.isEmpty());
}

void TestBoardWidget::contextMenuFromTheKeyboard()
{
    auto &t = database();
    auto f = makeFixture(t, {task(QStringLiteral("a")), task(QStringLiteral("b"))});
    f->board->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f->board.get()));
    int shown = 0;
    QPoint at;
    f->board->setMenuRunner([&](QMenu &, const QPoint &pos) {
        ++shown;
        at = pos;
    });
    QListView *todo = f->board->columnView(TaskStatus::Todo);
    f->select(TaskStatus::Todo, 1);
    todo->selectionModel()->select(todo->currentIndex(), QItemSelectionModel::Select);
    QTest::keyClick(todo, Qt::Key_F10, Qt::ShiftModifier);
    QCOMPARE(shown, 1);
    QCOMPARE(at, todo->viewport()->mapToGlobal(todo->visualRect(todo->currentIndex()).center())); // at the card
    QTest::keyClick(todo, Qt::Key_Menu);
    QCOMPARE(shown, 2);
}

void TestBoardWidget::taskActionsFollowTheSelection()
{
    auto &t = database();
    auto f = makeFixture(t, {task(QStringLiteral("a"))});
    QStringList groups;
    QString group;
    for (QAction *a : f->board->taskActions()) {
        if (a->isSeparator()) {
            groups << group;
            group.clear();
        } else {
            group += (group.isEmpty() ? QString() : QStringLiteral(",")) + a->objectName();
        }
    }
    groups << group;
    QCOMPARE(groups,
             QStringList({QStringLiteral("actionNewTask"), QStringLiteral("actionEditTask,actionDuplicateTask"),
                          QStringLiteral("actionMoveTo,actionPriority,actionMoveLeft,actionMoveRight,actionMoveUp,"
                                         "actionMoveDown"),
                          QStringLiteral("actionDeleteTask"), QStringLiteral("actionFind,actionRefresh")}));
    auto enabled = [&f] {
        QStringList names;
        for (QAction *a : f->board->taskActions())
            if (!a->isSeparator() && a->isEnabled())
                names << a->objectName();
        return names.join(QLatin1Char(','));
    };
    QCOMPARE(enabled(), QStringLiteral("actionNewTask,actionFind,actionRefresh")); // nothing selected
    f->select(TaskStatus::Todo, 0);
    QCOMPARE(enabled(),
             QStringLiteral("actionNewTask,actionEditTask,actionDuplicateTask,actionMoveTo,actionPriority,actionMoveLeft,"
                            "actionMoveRight,actionMoveUp,actionMoveDown,actionDeleteTask,actionFind,actionRefresh"));
    f->trigger("actionDeleteTask");
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QString());
    QCOMPARE(enabled(), QStringLiteral("actionNewTask,actionFind,actionRefresh")); // its card is gone
    f->undo.undo();
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a"));
    QCOMPARE(enabled(), QStringLiteral("actionNewTask,actionFind,actionRefresh"));
    f->trigger("actionDeleteTask"); // disabled: nothing happens (its shortcut neither)
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a"));
}

void TestBoardWidget::escapeClearsTheSearch()
{
    auto &t = database();
    auto f = makeFixture(t, {task(QStringLiteral("budget")), task(QStringLiteral("hire"))});
    f->board->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f->board.get()));
    auto *search = f->board->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QVERIFY(search->isClearButtonEnabled());
    const auto buttons = search->findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 1);
    QToolButton *clearButton = buttons.first();
    QVERIFY(!clearButton->isVisible()); // no text, no clear button
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("budg"));
    QTRY_COMPARE(f->shown(TaskStatus::Todo), QStringLiteral("budget"));
    QTRY_VERIFY(clearButton->isVisible());
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(search->text(), QString());
    QCOMPARE(f->shown(TaskStatus::Todo), QStringLiteral("budget,hire")); // at once, without the search delay
    QVERIFY(!search->hasFocus()); // back to the cards
    QTRY_VERIFY(!clearButton->isVisible());
}

// DOO_SCREENSHOT=1 saves the board at 1366×768, light and dark, with empty columns and with a
// search that finds nothing, as PNGs in the temporary directory, to look at the layout.
void TestBoardWidget::screenshot()
{
    if (qEnvironmentVariableIsEmpty("DOO_SCREENSHOT"))
        QSKIP("set DOO_SCREENSHOT to save screenshots");
    auto &t = database();
    auto f =
        makeFixture(t,
                    {task(QStringLiteral("Draft the Q3 budget proposal"), TaskStatus::Todo, Priority::High),
                     task(QStringLiteral("Call the auditor")), task(QStringLiteral("Review hiring plan"), TaskStatus::Review)});
    f->board->resize(1366, 768);
    QVERIFY(QTest::qWaitForWindowExposed(f->board.get()));
    const QString dir = QDir::temp().absolutePath();
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    for (const auto &[name, palette] : {std::pair{QStringLiteral("light"), light}, std::pair{QStringLiteral("dark"), dark}}) {
        QApplication::setPalette(palette);
        QTest::qWait(50);
        QVERIFY(f->board->grab().save(dir + QStringLiteral("/board-%1.png").arg(name)));
        auto *search = f->board->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->setText(QStringLiteral("zebra"));
        QTRY_VERIFY(f->board->findChild<QWidget *>(QStringLiteral("noResults"))->isVisible());
        QVERIFY(f->board->grab().save(dir + QStringLiteral("/board-nothing-found-%1.png").arg(name)));
        f->board->findChild<QPushButton *>(QStringLiteral("noResultsClear"))->click();
        QMenu menu;
        f->board->setMenuRunner([&menu](QMenu &shown, const QPoint &) {
            for (QAction *a : shown.actions())
                menu.addAction(a);
        });
        rightClick(f->board->columnView(TaskStatus::Todo), 0);
        menu.show();
        QVERIFY(menu.grab().save(dir + QStringLiteral("/board-menu-%1.png").arg(name)));
        menu.hide();
    }
    QApplication::setPalette(light);
}

QTEST_MAIN(TestBoardWidget)
#include "tst_boardwidget.moc"
