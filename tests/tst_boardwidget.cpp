#include "ClockGuard.h"
#include "DatabaseTestCase.h"
#include "PaintedTexts.h"

#include "BoardWidget.h"
#include "TaskDialog.h"
#include "itemmodels/TaskBoard.h"
#include "itemmodels/TaskColumnModel.h"
#include "repositories/TaskRepository.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPaintEngine>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QScrollBar>
#include <QTest>
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
    QCOMPARE(f->board->taskActions().size(), 10);
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

QTEST_MAIN(TestBoardWidget)
#include "tst_boardwidget.moc"
