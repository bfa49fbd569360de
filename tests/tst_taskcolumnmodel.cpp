#include "StatementLog.h"
#include "DatabaseTestCase.h"

#include "itemmodels/ChangeWatcher.h"
#include "itemmodels/TaskBoard.h"
#include "itemmodels/TaskColumnModel.h"
#include "db/Query.h"
#include "repositories/TaskRepository.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace doo;
using namespace doo::test;

// The board's column models over a real database, driven through the model API that views use
// (mimeData/dropMimeData), with undo and redo.
class TestTaskColumnModel : public DatabaseTestCase
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestDatabase *t = nullptr;
        User user;
        QUndoStack undo;
        std::unique_ptr<TaskBoard> board;
        QList<QAbstractItemModelTester *> testers;

        TaskColumnModel *col(TaskStatus s) const { return board->column(s); }
        QString titles(TaskStatus s) const
        {
            QStringList result;
            for (int i = 0; i < col(s)->rowCount(); ++i)
                result << col(s)->index(i).data().toString();
            return result.join(QLatin1Char(','));
        }
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
        QString id(const QString &title) const
        {
            for (int s = 0; s < kTaskStatusCount; ++s) {
                auto *c = col(static_cast<TaskStatus>(s));
                for (int i = 0; i < c->rowCount(); ++i)
                    if (c->index(i).data().toString() == title)
                        return c->idAt(i);
            }
            return {};
        }
        // A drag of these rows of `from` dropped on `to` before `row`, as a view would do it.
        bool drop(TaskStatus from, const QList<int> &rows, TaskStatus to, int row)
        {
            QModelIndexList indexes;
            for (int r : rows)
                indexes << col(from)->index(r);
            std::unique_ptr<QMimeData> mime(col(from)->mimeData(indexes));
            if (!col(to)->canDropMimeData(mime.get(), Qt::MoveAction, row, 0, QModelIndex()))
                return false;
            col(to)->dropMimeData(mime.get(), Qt::MoveAction, row, 0, QModelIndex());
            return true;
        }
    };

    static std::unique_ptr<Fixture> makeFixture(TestDatabase &t, const QStringList &todo, const QStringList &review = {},
                                                bool withTesters = true)
    {
        auto f = std::make_unique<Fixture>();
        f->t = &t;
        f->user = f->t->addUser(QStringLiteral("me@example.com"), UserRole::Director);
        TaskRepository repo(f->t->db(), UserContext::of(f->user));
        QList<Task> tasks;
        for (const QString &title : todo) {
            Task task;
            task.title = title;
            tasks << task;
        }
        for (const QString &title : review) {
            Task task;
            task.title = title;
            task.status = TaskStatus::Review;
            tasks << task;
        }
        if (!repo.bulkInsert(tasks))
            qFatal("bulkInsert failed");
        f->board = std::make_unique<TaskBoard>(f->t->db(), UserContext::of(f->user), &f->undo);
        for (int s = 0; withTesters && s < kTaskStatusCount; ++s)
            f->testers << new QAbstractItemModelTester(f->col(static_cast<TaskStatus>(s)),
                                                       QAbstractItemModelTester::FailureReportingMode::QtTest, f->board.get());
        f->board->reload();
        return f;
    }

private Q_SLOTS:
    void loadsPagesNotEverything();
    void dropWithinColumn();
    void dropAcrossColumnsAndUndo();
    void dropIsOneCallAndUndoIsExactOnASharedDatabase();
    void multiCardDropKeepsOrder();
    void foreignMimeIsRefused();
    void createEditDeleteUndo();
    void filtersAndCounts();
    void changesElsewhereAppear();
};

void TestTaskColumnModel::loadsPagesNotEverything()
{
    auto &t = database();
    QStringList many;
    for (int i = 0; i < 250; ++i)
        many << QStringLiteral("t%1").arg(i, 3, 10, QLatin1Char('0'));
    // No model tester here: it fetches everything to check it, and this test is about not doing so.
    auto f = makeFixture(t, many, {}, false);
    TaskColumnModel *todo = f->col(TaskStatus::Todo);
    QCOMPARE(todo->totalCount(), 250);
    QCOMPARE(todo->rowCount(), TaskColumnModel::kPageSize);
    QVERIFY(todo->canFetchMore(QModelIndex()));
    todo->fetchMore(QModelIndex());
    todo->fetchMore(QModelIndex());
    QCOMPARE(todo->rowCount(), 250);
    QVERIFY(!todo->canFetchMore(QModelIndex()));
    QCOMPARE(todo->index(249).data().toString(), QStringLiteral("t249"));
    QCOMPARE(todo->index(100).data().toString(), QStringLiteral("t100"));
    QCOMPARE(f->col(TaskStatus::Review)->rowCount(), 0);
}

void TestTaskColumnModel::dropWithinColumn()
{
    auto &t = database();
    auto f = makeFixture(t, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
    // d dragged to the top: the model shows it at once, the database follows from the event loop.
    QVERIFY(f->drop(TaskStatus::Todo, {3}, TaskStatus::Todo, 0));
    QCOMPARE(f->titles(TaskStatus::Todo), QStringLiteral("d,a,b,c"));
    QTRY_COMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("d,a,b,c"));
    // a dropped below c (row 4 = after the last card; a itself does not count).
    QVERIFY(f->drop(TaskStatus::Todo, {1}, TaskStatus::Todo, 4));
    QCOMPARE(f->titles(TaskStatus::Todo), QStringLiteral("d,b,c,a"));
    QTRY_COMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("d,b,c,a"));
    f->undo.undo();
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("d,a,b,c"));
    QCOMPARE(f->titles(TaskStatus::Todo), QStringLiteral("d,a,b,c"));
    f->undo.undo();
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,b,c,d"));
    f->undo.redo();
    f->undo.redo();
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("d,b,c,a"));
    QCOMPARE(f->titles(TaskStatus::Todo), QStringLiteral("d,b,c,a"));
}

void TestTaskColumnModel::dropAcrossColumnsAndUndo()
{
    auto &t = database();
    auto f = makeFixture(t, {QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("x"), QStringLiteral("y")});
    QSignalSpy reviewCount(f->col(TaskStatus::Review), &TaskColumnModel::totalCountChanged);
    QVERIFY(f->drop(TaskStatus::Todo, {0}, TaskStatus::Review, 1));
    QCOMPARE(f->titles(TaskStatus::Review), QStringLiteral("x,a,y"));
    QCOMPARE(f->titles(TaskStatus::Todo), QStringLiteral("b"));
    QCOMPARE(f->col(TaskStatus::Review)->totalCount(), 3);
    QCOMPARE(f->col(TaskStatus::Todo)->totalCount(), 1);
    QCOMPARE(reviewCount.count(), 1);
    QTRY_COMPARE(f->dbTitles(TaskStatus::Review), QStringLiteral("x,a,y"));
    TaskRepository repo(f->t->db(), UserContext::of(f->user));
    QCOMPARE(repo.history(f->id(QStringLiteral("a")))->size(), 2);
    f->undo.undo();
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,b"));
    QCOMPARE(f->dbTitles(TaskStatus::Review), QStringLiteral("x,y"));
    QCOMPARE(f->titles(TaskStatus::Todo), QStringLiteral("a,b"));
    QCOMPARE(f->col(TaskStatus::Review)->totalCount(), 2);
    f->undo.redo();
    QCOMPARE(f->titles(TaskStatus::Review), QStringLiteral("x,a,y"));
}

void TestTaskColumnModel::dropIsOneCallAndUndoIsExactOnASharedDatabase()
{
    auto &t = database();
    auto f = makeFixture(t, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                         {QStringLiteral("x"), QStringLiteral("y")});
    TaskRepository repo(f->t->db(), UserContext::of(f->user));
    const QString a = f->id(QStringLiteral("a"));
    const QString b = f->id(QStringLiteral("b"));
    const bool postgres = f->t->url().type == DbType::PostgreSQL;

    // The drop's write is one repository call: on PostgreSQL one statement, on SQLite one
    // transaction; no reads of the placements before or after it (the change watcher's counter
    // reads aside).
    {
        StatementLog log;
        QVERIFY(f->drop(TaskStatus::Todo, {0}, TaskStatus::Review, 1));
        QTRY_VERIFY(StatementLog::statements()
                        .join(QLatin1Char('\n'))
                        .contains(postgres ? QLatin1String("task_move(") : QLatin1String("COMMIT")));
        QStringList written;
        for (const QString &statement : std::as_const(StatementLog::statements()))
            if (!statement.contains(QLatin1String("app_counter")) && !statement.contains(QLatin1String("data_version")))
                written << statement;
        if (postgres) {
            QCOMPARE(written.size(), 1);
        } else {
            QVERIFY2(written.first().startsWith(QLatin1String("BEGIN")), qPrintable(written.first()));
            QVERIFY2(written.last().startsWith(QLatin1String("COMMIT")), qPrintable(written.last()));
            QCOMPARE(written.filter(QStringLiteral("BEGIN")).size(), 1);
        }
    }
    QCOMPARE(f->dbTitles(TaskStatus::Review), QStringLiteral("x,a,y"));
    QCOMPARE(repo.findById(a)->position, 1536);

    // Meanwhile another connection to the same database moves another card.
    auto elsewhere = f->t->openSecond(QStringLiteral("elsewhere"));
    QVERIFY(elsewhere);
    TaskRepository theirs(*elsewhere, UserContext::of(f->user));
    QVERIFY(theirs.move({b}, TaskStatus::Review, 0).ok());

    // Undo puts back exactly the card the drop moved, where the drop found it; the other stays.
    f->undo.undo();
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,c"));
    QCOMPARE(f->dbTitles(TaskStatus::Review), QStringLiteral("b,x,y"));
    const auto back = repo.placements({a});
    QVERIFY(back.ok());
    QCOMPARE(back->first().status, TaskStatus::Todo);
    QCOMPARE(back->first().position, 1024);
    QCOMPARE(f->titles(TaskStatus::Todo), QStringLiteral("a,c"));
    // Redo: exactly where the drop put it.
    f->undo.redo();
    QCOMPARE(f->dbTitles(TaskStatus::Review), QStringLiteral("b,x,a,y"));
    QCOMPARE(repo.findById(a)->position, 1536);
    QCOMPARE(repo.findById(a)->status, TaskStatus::Review);
}

void TestTaskColumnModel::multiCardDropKeepsOrder()
{
    auto &t = database();
    auto f = makeFixture(t, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")},
                         {QStringLiteral("x")});
    // c and a selected (rows given out of order): they travel in board order, a then c.
    QVERIFY(f->drop(TaskStatus::Todo, {2, 0}, TaskStatus::Review, 0));
    QCOMPARE(f->titles(TaskStatus::Review), QStringLiteral("a,c,x"));
    QCOMPARE(f->titles(TaskStatus::Todo), QStringLiteral("b,d"));
    QTRY_COMPARE(f->dbTitles(TaskStatus::Review), QStringLiteral("a,c,x"));
    // Within a column: b and d to the top, keeping their order.
    QVERIFY(f->drop(TaskStatus::Todo, {0, 1}, TaskStatus::Todo, 0));
    QTRY_COMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("b,d"));
    f->undo.undo();
    f->undo.undo();
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,b,c,d"));
    QCOMPARE(f->dbTitles(TaskStatus::Review), QStringLiteral("x"));
}

void TestTaskColumnModel::foreignMimeIsRefused()
{
    auto &t = database();
    auto f = makeFixture(t, {QStringLiteral("a")});
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QVERIFY(!f->col(TaskStatus::Review)->canDropMimeData(&text, Qt::MoveAction, 0, 0, QModelIndex()));
    QMimeData bad;
    bad.setData(TaskColumnModel::kMimeType, QByteArrayLiteral("not-a-uuid"));
    QVERIFY(!f->col(TaskStatus::Review)->dropMimeData(&bad, Qt::MoveAction, 0, 0, QModelIndex()));
    QMimeData unknown;
    unknown.setData(TaskColumnModel::kMimeType, QByteArrayLiteral("0b2c5a9e-1111-4222-8333-944455556666"));
    QVERIFY(f->col(TaskStatus::Review)->canDropMimeData(&unknown, Qt::MoveAction, 0, 0, QModelIndex()));
    QSignalSpy errors(f->board.get(), &TaskBoard::errorOccurred);
    f->col(TaskStatus::Review)->dropMimeData(&unknown, Qt::MoveAction, 0, 0, QModelIndex());
    QTRY_COMPARE(errors.count(), 1);
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a"));
    QCOMPARE(f->titles(TaskStatus::Todo), QStringLiteral("a"));
    QCOMPARE(f->undo.count(), 1);
}

void TestTaskColumnModel::createEditDeleteUndo()
{
    auto &t = database();
    auto f = makeFixture(t, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    Task fresh;
    fresh.title = QStringLiteral("new");
    fresh.tags = {QStringLiteral("tag")};
    const auto created = f->board->createTask(fresh);
    QVERIFY(created.ok());
    QCOMPARE(f->titles(TaskStatus::Todo), QStringLiteral("a,b,c,new"));

    Task edit = *f->board->repository().findById(f->id(QStringLiteral("b")));
    edit.title = QStringLiteral("B!");
    edit.status = TaskStatus::InProgress;
    QVERIFY(f->board->updateTask(edit).ok());
    QCOMPARE(f->titles(TaskStatus::Todo), QStringLiteral("a,c,new"));
    QCOMPARE(f->titles(TaskStatus::InProgress), QStringLiteral("B!"));

    QVERIFY(f->board->deleteTasks({f->id(QStringLiteral("a")), f->id(QStringLiteral("new"))}).ok());
    QCOMPARE(f->titles(TaskStatus::Todo), QStringLiteral("c"));

    f->undo.undo(); // delete
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,c,new"));
    TaskRepository repo(f->t->db(), UserContext::of(f->user));
    QCOMPARE(repo.findById(f->id(QStringLiteral("new")))->tags, QStringList{QStringLiteral("tag")});
    f->undo.undo(); // edit: b back in its place between a and c
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,b,c,new"));
    QCOMPARE(f->titles(TaskStatus::InProgress), QString());
    f->undo.undo(); // create
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("a,b,c"));
    f->undo.redo();
    f->undo.redo();
    f->undo.redo();
    QCOMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("c"));
    QCOMPARE(f->dbTitles(TaskStatus::InProgress), QStringLiteral("B!"));
    QCOMPARE(f->t->rowCount(QStringLiteral("task")), 2);
}

void TestTaskColumnModel::filtersAndCounts()
{
    auto &t = database();
    auto f = makeFixture(t, {QStringLiteral("budget review"), QStringLiteral("hire designer"), QStringLiteral("budget plan")},
                         {QStringLiteral("budget audit")});
    TaskFilter filter;
    filter.text = QStringLiteral("budg");
    f->board->setFilter(filter);
    QCOMPARE(f->titles(TaskStatus::Todo), QStringLiteral("budget review,budget plan"));
    QCOMPARE(f->col(TaskStatus::Todo)->totalCount(), 2);
    QCOMPARE(f->col(TaskStatus::Review)->totalCount(), 1);
    filter.text.clear();
    f->board->setFilter(filter);
    QCOMPARE(f->col(TaskStatus::Todo)->totalCount(), 3);
}

void TestTaskColumnModel::changesElsewhereAppear()
{
    auto &t = database();
    auto f = makeFixture(t, {QStringLiteral("a")});
    auto other = f->t->openSecond(QStringLiteral("elsewhere"));
    QVERIFY(other);
    TaskRepository elsewhere(*other, UserContext::of(f->user));
    Task task;
    task.title = QStringLiteral("from the command line");
    QVERIFY(elsewhere.create(task).ok());
    f->board->watcher()->poll();
    QCOMPARE(f->titles(TaskStatus::Todo), QStringLiteral("a,from the command line"));
    // Any write to a task counts, not only the program's: here a plain SQL statement.
    Query script(*other);
    QVERIFY(script.exec(QStringLiteral("UPDATE task SET title = ? WHERE title = ?"),
                        {QStringLiteral("renamed"), QStringLiteral("a")}));
    f->board->watcher()->poll();
    QCOMPARE(f->titles(TaskStatus::Todo), QStringLiteral("renamed,from the command line"));
    QVERIFY(script.exec(QStringLiteral("UPDATE task SET title = ? WHERE title = ?"),
                        {QStringLiteral("a"), QStringLiteral("renamed")}));
    f->board->watcher()->poll();
    // A card this board has not loaded yet (dragged from another window) lands where it was dropped.
    Task unseen;
    unseen.title = QStringLiteral("from another window");
    const auto other2 = elsewhere.create(unseen);
    QVERIFY(other2.ok());
    QMimeData foreign;
    foreign.setData(TaskColumnModel::kMimeType, other2->id.toLatin1());
    f->col(TaskStatus::Review)->dropMimeData(&foreign, Qt::MoveAction, 0, 0, QModelIndex());
    QTRY_COMPARE(f->titles(TaskStatus::Review), QStringLiteral("from another window"));
    QCOMPARE(f->dbTitles(TaskStatus::Review), QStringLiteral("from another window"));
    // Our own writes do not count as changes made elsewhere.
    QSignalSpy reloads(f->board.get(), &TaskBoard::reloaded);
    QVERIFY(f->drop(TaskStatus::Todo, {1}, TaskStatus::Todo, 0));
    QTRY_COMPARE(f->dbTitles(TaskStatus::Todo), QStringLiteral("from the command line,a"));
    f->board->watcher()->poll();
    QCOMPARE(reloads.count(), 0);
}

QTEST_GUILESS_MAIN(TestTaskColumnModel)
#include "tst_taskcolumnmodel.moc"
