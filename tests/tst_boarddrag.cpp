#include "DatabaseTestCase.h"

#include "BoardWidget.h"
#include "itemmodels/TaskBoard.h"
#include "itemmodels/TaskColumnModel.h"
#include "repositories/TaskRepository.h"

#include <QApplication>
#include <QDrag>
#include <QGuiApplication>
#include <QListView>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace doo;
using namespace doo::test;

// A card dragged with the mouse from one column of the board to another, through the whole
// stack: a real QDrag under the xcb platform (Xvfb), the views' drop handling, the models, the
// delayed write to the database, and undo.
class TestBoardDrag : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestBoardDrag() : DatabaseTestCase(QStringLiteral("me@example.com"), UserRole::Director) { }

private Q_SLOTS:
    void initTestCase();
    void dragCardAcrossColumns();

private:
    static QString dbTitles(TestDatabase &t, const User &user, TaskStatus status);
    static QString modelTitles(BoardWidget &w, TaskStatus status);
    // Presses on `fromPos` of the source viewport, moves past the start-drag distance so the
    // view starts its QDrag, then — from a timer running inside QDrag::exec's event loop —
    // moves onto `toPos` of the target viewport and releases there.
    static bool dragAndDrop(QListView *from, const QPoint &fromPos, QListView *to, const QPoint &toPos);
};

void TestBoardDrag::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP(
            qPrintable(QStringLiteral("A real drag needs an X server and the xcb platform (QT_QPA_PLATFORM=xcb under xvfb-run); "
                                      "this run uses \"%1\"")
                           .arg(QGuiApplication::platformName())));
}

QString TestBoardDrag::dbTitles(TestDatabase &t, const User &user, TaskStatus status)
{
    TaskRepository repo(t.db(), UserContext::of(user));
    TaskFilter f;
    f.status = status;
    const auto tasks = repo.list(f);
    if (!tasks)
        return QStringLiteral("<error: %1>").arg(tasks.error().text());
    QStringList result;
    for (const Task &task : *tasks)
        result << task.title;
    return result.join(QLatin1Char(','));
}

QString TestBoardDrag::modelTitles(BoardWidget &w, TaskStatus status)
{
    QAbstractItemModel *model = w.columnView(status)->model();
    QStringList result;
    for (int i = 0; i < model->rowCount(); ++i)
        result << model->index(i, 0).data().toString();
    return result.join(QLatin1Char(','));
}

bool TestBoardDrag::dragAndDrop(QListView *from, const QPoint &fromPos, QListView *to, const QPoint &toPos)
{
    QWidget *source = from->viewport();
    QWidget *target = to->viewport();
    const QPoint startGlobal = source->mapToGlobal(fromPos);
    const QPoint endGlobal = target->mapToGlobal(toPos);
    constexpr int kSteps = 8;
    int step = 0;
    bool released = false;

    // QDrag::exec blocks in an event loop of its own until the button goes up, so the rest of
    // the drag is driven from a timer that ticks inside that loop. The view parents its QDrag
    // to itself: while one exists, the drag is running.
    QTimer driver;
    driver.setInterval(20);
    QObject::connect(&driver, &QTimer::timeout, &driver, [&] {
        if (released || !from->findChild<QDrag *>())
            return;
        ++step;
        if (step <= kSteps) {
            const QPoint global = startGlobal + (endGlobal - startGlobal) * step / kSteps;
            QTest::mouseMove(target, target->mapFromGlobal(global));
            return;
        }
        released = true;
        driver.stop();
        QTest::mouseRelease(target, Qt::LeftButton, Qt::NoModifier, toPos);
    });
    driver.start();

    QTest::mousePress(source, Qt::LeftButton, Qt::NoModifier, fromPos);
    const int distance = QApplication::startDragDistance();
    // The first move arms the drag, a later one past the distance starts it (and returns only
    // when the drag is over).
    for (int i = 1; i <= 4 && !released; ++i)
        QTest::mouseMove(source, fromPos + QPoint(0, i * distance));
    if (!QTest::qWaitFor([&] { return released; }, 5000)) {
        driver.stop();
        QTest::mouseRelease(source, Qt::LeftButton, Qt::NoModifier, fromPos);
        return false;
    }
    return true;
}

void TestBoardDrag::dragCardAcrossColumns()
{
    auto &t = database();
    const User &user = defaultUser();
    {
        TaskRepository repo(t.db(), UserContext::of(user));
        QList<Task> tasks;
        for (const QString &title : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
            Task task;
            task.title = title;
            tasks << task;
        }
        for (const QString &title : {QStringLiteral("x"), QStringLiteral("y")}) {
            Task task;
            task.title = title;
            task.status = TaskStatus::Review;
            tasks << task;
        }
        QVERIFY(repo.bulkInsert(tasks).ok());
    }

    QUndoStack undo;
    BoardWidget w(t.db(), user, &undo);
    w.resize(1200, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(modelTitles(w, TaskStatus::Todo), QStringLiteral("a,b,c"));
    QCOMPARE(modelTitles(w, TaskStatus::Review), QStringLiteral("x,y"));

    QListView *todo = w.columnView(TaskStatus::Todo);
    QListView *review = w.columnView(TaskStatus::Review);
    const QRect cardA = todo->visualRect(todo->model()->index(0, 0));
    const QRect cardY = review->visualRect(review->model()->index(1, 0));
    QVERIFY(!cardA.isEmpty());
    QVERIFY(!cardY.isEmpty());
    const QString idA = todo->model()->index(0, 0).data(TaskColumnModel::IdRole).toString();
    // Into the upper half of y's card (not on its edge): a drop above y, between x and y.
    const QPoint dropPoint(cardY.center().x(), cardY.top() + cardY.height() / 4);

    QVERIFY2(dragAndDrop(todo, cardA.center(), review, dropPoint), "the drag never started or never ended");

    // The cards move at once; the database follows from the event loop.
    QCOMPARE(modelTitles(w, TaskStatus::Review), QStringLiteral("x,a,y"));
    QCOMPARE(modelTitles(w, TaskStatus::Todo), QStringLiteral("b,c"));
    QTRY_COMPARE_WITH_TIMEOUT(dbTitles(t, user, TaskStatus::Review), QStringLiteral("x,a,y"), 5000);
    QCOMPARE(dbTitles(t, user, TaskStatus::Todo), QStringLiteral("b,c"));
    QCOMPARE(undo.count(), 1);

    TaskRepository repo(t.db(), UserContext::of(user));
    const auto history = repo.history(idA);
    QVERIFY(history.ok());
    bool moved = false;
    for (const TaskHistoryEntry &entry : *history)
        moved = moved || (entry.fromStatus == TaskStatus::Todo && entry.toStatus == TaskStatus::Review);
    QVERIFY2(moved, "no TODO -> REVIEW entry in the task's history");
    QCOMPARE(repo.findById(idA)->status, TaskStatus::Review);

    undo.undo();
    QCOMPARE(dbTitles(t, user, TaskStatus::Todo), QStringLiteral("a,b,c"));
    QCOMPARE(dbTitles(t, user, TaskStatus::Review), QStringLiteral("x,y"));
    QCOMPARE(modelTitles(w, TaskStatus::Todo), QStringLiteral("a,b,c"));
    QCOMPARE(modelTitles(w, TaskStatus::Review), QStringLiteral("x,y"));
}

QTEST_MAIN(TestBoardDrag)
#include "tst_boarddrag.moc"
