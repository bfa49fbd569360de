#include "Checks.h"
#include "DatabaseTestCase.h"

#include "domain/Clock.h"
#include "db/Query.h"
#include "domain/TaskJson.h"
#include "repositories/TaskRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace doo;
using namespace doo::test;

class TestTaskRepository : public DatabaseTestCase
{
    Q_OBJECT

private:
    static Task makeTask(const QString &title, TaskStatus status = TaskStatus::Todo, QStringList tags = {})
    {
        Task t;
        t.title = title;
        t.status = status;
        t.tags = tags;
        return t;
    }
    static QStringList titles(TaskRepository &repo, TaskStatus status)
    {
        TaskFilter f;
        f.status = status;
        QStringList result;
        const auto tasks = repo.list(f);
        if (!tasks)
            qFatal("%s", qPrintable(tasks.error().text()));
        for (const Task &t : *tasks)
            result << t.title;
        return result;
    }
    static QString idOf(TaskRepository &repo, const QString &title)
    {
        const auto tasks = repo.list();
        for (const Task &t : *tasks)
            if (t.title == title)
                return t.id;
        return {};
    }

private Q_SLOTS:
    void createAndFind();
    void createAppendsToColumnEnd();
    void validationWritesNothing();
    void updateAndConflict();
    void removeTask();
    void moveWithinColumn();
    void moveAcrossColumnsRecordsHistory();
    void moveSeveralAndRenumber();
    void moveWithKnownNeighbours();
    void moveUnknownTaskChangesNothing();
    void filters();
    void fullTextSearch();
    void pagingInsideColumn();
    void bulkInsert();
    void bulkInsertIsAllOrNothing();
    void userScoping();
    void unicodeTagsAndSearchAgreeOnBothBackends();
    void columnCountsFollowEveryWrite();
    void allTags();
    void listJsonMatchesList();
};

void TestTaskRepository::createAndFind()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    Task task = makeTask(QStringLiteral("  Prepare budget  "), TaskStatus::Todo,
                         {QStringLiteral("finance"), QStringLiteral(" q3 "), QStringLiteral("Finance")});
    task.description = QStringLiteral("Numbers for the board — with ünïcödé");
    task.priority = Priority::Urgent;
    task.dueDate = QDateTime(QDate(2026, 12, 1), QTime(17, 30, 0, 250), Qt::UTC);
    const auto created = repo.create(task);
    CHECK_OK(created);
    QCOMPARE(created->title, QStringLiteral("Prepare budget"));
    QCOMPARE(created->tags, (QStringList{QStringLiteral("finance"), QStringLiteral("q3")}));
    QCOMPARE(created->userId, me.id);

    const auto found = repo.findById(created->id);
    CHECK_OK(found);
    QCOMPARE(found->title, QStringLiteral("Prepare budget"));
    QCOMPARE(found->description, task.description);
    QCOMPARE(found->priority, Priority::Urgent);
    QCOMPARE(found->status, TaskStatus::Todo);
    QCOMPARE(found->dueDate, task.dueDate);
    QCOMPARE(found->tags, created->tags);
    QCOMPARE(found->version, 1);
    QVERIFY(found->createdAt.isValid());
    QVERIFY(!found->completedAt.isValid());
    QCOMPARE(t.rowCount(QStringLiteral("task_tag")), 2);

    const auto history = repo.history(created->id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QVERIFY(!history->first().fromStatus.has_value());
    QCOMPARE(history->first().toStatus, TaskStatus::Todo);

    QCOMPARE(repo.findById(QStringLiteral("nope")).error().kind, Error::Kind::NotFound);
}

void TestTaskRepository::createAppendsToColumnEnd()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    for (const char *title : {"a", "b", "c"})
        QVERIFY(repo.create(makeTask(QString::fromLatin1(title))).ok());
    QVERIFY(repo.create(makeTask(QStringLiteral("done"), TaskStatus::Completed)).ok());
    QCOMPARE(titles(repo, TaskStatus::Todo), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    const auto done = repo.findById(idOf(repo, QStringLiteral("done")));
    QVERIFY(done->completedAt.isValid());
}

void TestTaskRepository::validationWritesNothing()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    const auto empty = repo.create(makeTask(QStringLiteral("   ")));
    QCOMPARE(empty.error().kind, Error::Kind::Validation);
    QCOMPARE(empty.error().field, QStringLiteral("title"));
    const auto longTitle = repo.create(makeTask(QString(201, QLatin1Char('x'))));
    QCOMPARE(longTitle.error().field, QStringLiteral("title"));
    QVERIFY(longTitle.error().message.contains(QLatin1String("200")));
    const auto badTag = repo.create(makeTask(QStringLiteral("ok"), TaskStatus::Todo, {QString(51, QLatin1Char('t'))}));
    QCOMPARE(badTag.error().field, QStringLiteral("tags"));
    Task longDescription = makeTask(QStringLiteral("ok"));
    longDescription.description = QString(10001, QLatin1Char('d'));
    QCOMPARE(repo.create(longDescription).error().field, QStringLiteral("description"));
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("task_history")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("task_tag")), 0);

    // An update that fails validation leaves the saved row as it was.
    auto saved = repo.create(makeTask(QStringLiteral("keep me"), TaskStatus::Todo, {QStringLiteral("x")}));
    QVERIFY(saved.ok());
    Task bad = *saved;
    bad.title.clear();
    bad.tags = {QStringLiteral("y")};
    QCOMPARE(repo.update(bad).error().field, QStringLiteral("title"));
    const auto after = repo.findById(saved->id);
    QCOMPARE(after->title, QStringLiteral("keep me"));
    QCOMPARE(after->tags, QStringList{QStringLiteral("x")});
    QCOMPARE(after->version, 1);
}

void TestTaskRepository::updateAndConflict()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    const auto created = repo.create(makeTask(QStringLiteral("draft"), TaskStatus::Todo, {QStringLiteral("a")}));
    QVERIFY(created.ok());
    QVERIFY(repo.create(makeTask(QStringLiteral("review 1"), TaskStatus::Review)).ok());

    Task edit = *created;
    edit.title = QStringLiteral("final");
    edit.tags = {QStringLiteral("b"), QStringLiteral("c")};
    edit.status = TaskStatus::Review;
    const auto updated = repo.update(edit);
    CHECK_OK(updated);
    QCOMPARE(updated->version, 2);
    QCOMPARE(titles(repo, TaskStatus::Review), (QStringList{QStringLiteral("review 1"), QStringLiteral("final")}));
    QCOMPARE(t.rowCount(QStringLiteral("task_tag")), 2);
    QCOMPARE(repo.history(created->id)->size(), 2);

    // The first copy is stale now.
    Task stale = *created;
    stale.title = QStringLiteral("lost update");
    const auto conflict = repo.update(stale);
    QCOMPARE(conflict.error().kind, Error::Kind::Conflict);
    QCOMPARE(repo.findById(created->id)->title, QStringLiteral("final"));

    Task done = *updated;
    done.status = TaskStatus::Completed;
    const auto completed = repo.update(done);
    QVERIFY(completed->completedAt.isValid());
    Task reopened = *completed;
    reopened.status = TaskStatus::Todo;
    QVERIFY(!repo.update(reopened)->completedAt.isValid());
}

void TestTaskRepository::removeTask()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    const auto created = repo.create(makeTask(QStringLiteral("gone soon"), TaskStatus::Todo, {QStringLiteral("x")}));
    QVERIFY(repo.remove(created->id).ok());
    QCOMPARE(repo.findById(created->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(t.rowCount(QStringLiteral("task_tag")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("task_history")), 0);
    TaskFilter f;
    f.text = QStringLiteral("gone");
    QCOMPARE(*repo.count(f), 0);
    QCOMPARE(repo.remove(created->id).error().kind, Error::Kind::NotFound);
}

void TestTaskRepository::moveWithinColumn()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    for (const char *title : {"a", "b", "c", "d"})
        QVERIFY(repo.create(makeTask(QString::fromLatin1(title))).ok());
    // d to the top, a to the bottom, c between d and b.
    QVERIFY(repo.move({idOf(repo, QStringLiteral("d"))}, TaskStatus::Todo, 0).ok());
    QCOMPARE(titles(repo, TaskStatus::Todo).join(QString()), QStringLiteral("dabc"));
    QVERIFY(repo.move({idOf(repo, QStringLiteral("a"))}, TaskStatus::Todo, 99).ok()); // clamped
    QCOMPARE(titles(repo, TaskStatus::Todo).join(QString()), QStringLiteral("dbca"));
    QVERIFY(repo.move({idOf(repo, QStringLiteral("c"))}, TaskStatus::Todo, 1).ok());
    QCOMPARE(titles(repo, TaskStatus::Todo).join(QString()), QStringLiteral("dcba"));
    // A move inside the column is not a status change.
    QCOMPARE(t.rowCount(QStringLiteral("task_history")), 4);
}

void TestTaskRepository::moveAcrossColumnsRecordsHistory()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    for (const char *title : {"a", "b"})
        QVERIFY(repo.create(makeTask(QString::fromLatin1(title))).ok());
    for (const char *title : {"x", "y"})
        QVERIFY(repo.create(makeTask(QString::fromLatin1(title), TaskStatus::InProgress)).ok());
    const QString a = idOf(repo, QStringLiteral("a"));
    QVERIFY(repo.move({a}, TaskStatus::InProgress, 1).ok());
    QCOMPARE(titles(repo, TaskStatus::InProgress).join(QString()), QStringLiteral("xay"));
    QCOMPARE(titles(repo, TaskStatus::Todo).join(QString()), QStringLiteral("b"));
    QVERIFY(repo.move({a}, TaskStatus::Completed, 0).ok());
    const auto done = repo.findById(a);
    QCOMPARE(done->status, TaskStatus::Completed);
    QVERIFY(done->completedAt.isValid());
    QCOMPARE(done->version, 3);
    const auto history = repo.history(a);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(1).fromStatus, std::optional<TaskStatus>(TaskStatus::Todo));
    QCOMPARE(history->at(1).toStatus, TaskStatus::InProgress);
    QCOMPARE(history->at(2).toStatus, TaskStatus::Completed);
}

void TestTaskRepository::moveSeveralAndRenumber()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    for (const char *title : {"a", "b", "c", "d", "e"})
        QVERIFY(repo.create(makeTask(QString::fromLatin1(title))).ok());
    // Squeeze the gap between a and b until there is no room: the column gets renumbered.
    Query squeeze(t.db());
    QVERIFY(squeeze.exec(QStringLiteral("UPDATE task SET position = position - 1023 WHERE title = ?"), {QStringLiteral("b")}));
    const QStringList moved{idOf(repo, QStringLiteral("e")), idOf(repo, QStringLiteral("d"))};
    QVERIFY(repo.move(moved, TaskStatus::Todo, 1).ok());
    QCOMPARE(titles(repo, TaskStatus::Todo).join(QString()), QStringLiteral("aedbc"));
    Query positions(t.db());
    QVERIFY(positions.exec(QStringLiteral("SELECT position FROM task ORDER BY position")));
    qint64 expected = TaskRepository::kPositionGap;
    while (positions.next()) {
        QCOMPARE(positions.value(0).toLongLong(), expected);
        expected += TaskRepository::kPositionGap;
    }
    // Several cards into another column keep their given order.
    const QStringList pair{idOf(repo, QStringLiteral("c")), idOf(repo, QStringLiteral("a"))};
    QVERIFY(repo.move(pair, TaskStatus::Review, 0).ok());
    QCOMPARE(titles(repo, TaskStatus::Review).join(QString()), QStringLiteral("ca"));
    QCOMPARE(titles(repo, TaskStatus::Todo).join(QString()), QStringLiteral("edb"));
    QCOMPARE(repo.move({pair.first(), pair.first()}, TaskStatus::Todo, 0).error().kind, Error::Kind::Validation);
}

void TestTaskRepository::moveWithKnownNeighbours()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    for (const char *title : {"a", "b", "c", "d"})
        QVERIFY(repo.create(makeTask(QString::fromLatin1(title))).ok());
    auto position = [&](const char *title) { return repo.findById(idOf(repo, QString::fromLatin1(title)))->position; };
    // Right neighbours: d goes between a and b.
    QVERIFY(repo.move({idOf(repo, QStringLiteral("d"))}, TaskStatus::Todo, 1,
                      TaskRepository::Neighbours{position("a"), position("b")})
                .ok());
    QCOMPARE(titles(repo, TaskStatus::Todo).join(QString()), QStringLiteral("adbc"));
    // Stale neighbours (a and c are not adjacent): ignored, the index decides.
    QVERIFY(repo.move({idOf(repo, QStringLiteral("b"))}, TaskStatus::Todo, 0,
                      TaskRepository::Neighbours{position("a"), position("c")})
                .ok());
    QCOMPARE(titles(repo, TaskStatus::Todo).join(QString()), QStringLiteral("badc"));
    // Only an "after" neighbour: the top of the column; only a "before": the end.
    QVERIFY(
        repo.move({idOf(repo, QStringLiteral("c"))}, TaskStatus::Todo, 0, TaskRepository::Neighbours{std::nullopt, position("b")})
            .ok());
    QCOMPARE(titles(repo, TaskStatus::Todo).join(QString()), QStringLiteral("cbad"));
    QVERIFY(
        repo.move({idOf(repo, QStringLiteral("c"))}, TaskStatus::Todo, 3, TaskRepository::Neighbours{position("d"), std::nullopt})
            .ok());
    QCOMPARE(titles(repo, TaskStatus::Todo).join(QString()), QStringLiteral("badc"));
    // No room between the neighbours: the column is renumbered with the card after "before".
    Query squeeze(t.db());
    QVERIFY(
        squeeze.exec(QStringLiteral("UPDATE task SET position = ? WHERE title = ?"), {position("b") + 1, QStringLiteral("a")}));
    QVERIFY(repo.move({idOf(repo, QStringLiteral("c"))}, TaskStatus::Todo, 1,
                      TaskRepository::Neighbours{position("b"), position("a")})
                .ok());
    QCOMPARE(titles(repo, TaskStatus::Todo).join(QString()), QStringLiteral("bcad"));

    // Several cards from two columns between known neighbours (one statement on PostgreSQL):
    // positions in the gap in the given order, versions bumped, history only for a status change,
    // the completion time set on entering COMPLETED and kept when already there.
    QVERIFY(repo.create(makeTask(QStringLiteral("x"), TaskStatus::Completed)).ok());
    QVERIFY(repo.create(makeTask(QStringLiteral("y"), TaskStatus::Completed)).ok());
    const Task x = *repo.findById(idOf(repo, QStringLiteral("x")));
    const Task b = *repo.findById(idOf(repo, QStringLiteral("b")));
    QVERIFY(repo.move({b.id, x.id}, TaskStatus::Completed, 0, TaskRepository::Neighbours{std::nullopt, position("y")}).ok());
    QCOMPARE(titles(repo, TaskStatus::Completed).join(QString()), QStringLiteral("bxy"));
    const Task b2 = *repo.findById(b.id), x2 = *repo.findById(x.id);
    QVERIFY(b2.position < x2.position && x2.position < position("y"));
    QCOMPARE(b2.version, b.version + 1);
    QCOMPARE(x2.version, x.version + 1);
    QVERIFY(b2.completedAt.isValid());
    QCOMPARE(x2.completedAt, x.completedAt);
    QCOMPARE(repo.history(b.id)->size(), 2);
    QCOMPARE(repo.history(b.id)->last().fromStatus, std::optional<TaskStatus>(TaskStatus::Todo));
    QCOMPARE(repo.history(x.id)->size(), 1);
    QCOMPARE(titles(repo, TaskStatus::Todo).join(QString()), QStringLiteral("cad"));
    // Back out of COMPLETED: the completion time goes.
    QVERIFY(repo.move({b.id}, TaskStatus::Todo, 0, TaskRepository::Neighbours{std::nullopt, position("c")}).ok());
    QVERIFY(!repo.findById(b.id)->completedAt.isValid());
    QCOMPARE(titles(repo, TaskStatus::Todo).join(QString()), QStringLiteral("bcad"));
}

void TestTaskRepository::moveUnknownTaskChangesNothing()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    for (const char *title : {"a", "b"})
        QVERIFY(repo.create(makeTask(QString::fromLatin1(title))).ok());
    const auto s = repo.move({idOf(repo, QStringLiteral("a")), QStringLiteral("missing")}, TaskStatus::Review, 0);
    QCOMPARE(s.error().kind, Error::Kind::NotFound);
    QCOMPARE(titles(repo, TaskStatus::Todo).join(QString()), QStringLiteral("ab"));
    QVERIFY(titles(repo, TaskStatus::Review).isEmpty());
}

void TestTaskRepository::filters()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    Query wf(t.db());
    QVERIFY(
        wf.exec(QStringLiteral("INSERT INTO workflow (id, user_id, name, type, trigger_config, actions, created_at, updated_at) "
                               "VALUES ('wf1', ?, 'Triage', 'TASK_AUTOMATION', '{\"type\":\"manual\"}', "
                               "'[{\"type\":\"create_task\",\"title\":\"Triage\"}]', ?, ?)"),
                {me.id, Database::toDb(Clock::currentUtc()), Database::toDb(Clock::currentUtc())}));
    const QDateTime base(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    Task overdue = makeTask(QStringLiteral("overdue"), TaskStatus::Todo, {QStringLiteral("Ops")});
    overdue.dueDate = base.addDays(-2);
    overdue.priority = Priority::High;
    Task soon = makeTask(QStringLiteral("soon"), TaskStatus::InProgress, {QStringLiteral("ops"), QStringLiteral("hr")});
    soon.dueDate = base.addDays(1);
    Task later = makeTask(QStringLiteral("later"), TaskStatus::Todo);
    later.dueDate = base.addDays(30);
    later.priority = Priority::High;
    Task auto1 = makeTask(QStringLiteral("automated"), TaskStatus::Review);
    auto1.workflowId = QStringLiteral("wf1");
    for (const Task &task : {overdue, soon, later, auto1}) {
        const auto created = repo.create(task);
        CHECK_OK(created);
    }

    TaskFilter f;
    f.tag = QStringLiteral("OPS");
    QCOMPARE(*repo.count(f), 2);
    f.priority = Priority::High;
    QCOMPARE(*repo.count(f), 1);
    QCOMPARE(repo.list(f)->first().title, QStringLiteral("overdue"));

    TaskFilter due;
    due.dueFrom = base;
    due.dueBefore = base.addDays(7);
    QCOMPARE(repo.list(due)->first().title, QStringLiteral("soon"));
    QCOMPARE(*repo.count(due), 1);
    TaskFilter before;
    before.dueBefore = base;
    QCOMPARE(*repo.count(before), 1);

    TaskFilter byWorkflow;
    byWorkflow.createdByWorkflow = true;
    QCOMPARE(repo.list(byWorkflow)->first().title, QStringLiteral("automated"));
    byWorkflow.createdByWorkflow = false;
    QCOMPARE(*repo.count(byWorkflow), 3);
    TaskFilter workflowId;
    workflowId.workflowId = QStringLiteral("wf1");
    QCOMPARE(*repo.count(workflowId), 1);

    TaskFilter status;
    status.status = TaskStatus::Todo;
    QCOMPARE(*repo.count(status), 2);
    // Unfiltered lists come in board order: column by column.
    QStringList all;
    const auto tasks = repo.list();
    for (const Task &task : *tasks)
        all << task.title;
    QCOMPARE(
        all,
        (QStringList{QStringLiteral("overdue"), QStringLiteral("later"), QStringLiteral("soon"), QStringLiteral("automated")}));
}

void TestTaskRepository::fullTextSearch()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    Task a = makeTask(QStringLiteral("Quarterly budget review"));
    a.description = QStringLiteral("Send the spreadsheet to finance");
    Task b = makeTask(QStringLiteral("Hire a designer"));
    b.description = QStringLiteral("Budget approved in March");
    Task c = makeTask(QStringLiteral("100% done? check_list"));
    for (const Task &task : {a, b, c})
        QVERIFY(repo.create(task).ok());

    auto search = [&](const QString &text) {
        TaskFilter f;
        f.text = text;
        QStringList found;
        const auto tasks = repo.list(f);
        for (const Task &task : *tasks)
            found << task.title;
        found.sort();
        return found;
    };
    QCOMPARE(search(QStringLiteral("budget")),
             (QStringList{QStringLiteral("Hire a designer"), QStringLiteral("Quarterly budget review")}));
    QCOMPARE(search(QStringLiteral("BUDG")), search(QStringLiteral("budget"))); // prefix, any case
    QCOMPARE(search(QStringLiteral("budget spreadsheet")), QStringList{QStringLiteral("Quarterly budget review")});
    QCOMPARE(search(QStringLiteral("finance")), QStringList{QStringLiteral("Quarterly budget review")});
    QVERIFY(search(QStringLiteral("nothing-like-this")).isEmpty());
    // Query syntax characters are only text.
    QCOMPARE(search(QStringLiteral("\"100% done")), QStringList{QStringLiteral("100% done? check_list")});
    QVERIFY(search(QStringLiteral("*) OR (")).isEmpty());
    // The index follows edits.
    Task edited = *repo.findById(idOf(repo, QStringLiteral("Hire a designer")));
    edited.description = QStringLiteral("Portfolio reviews");
    QVERIFY(repo.update(edited).ok());
    QCOMPARE(search(QStringLiteral("budget")), QStringList{QStringLiteral("Quarterly budget review")});
    QCOMPARE(search(QStringLiteral("portfolio")), QStringList{QStringLiteral("Hire a designer")});
}

void TestTaskRepository::pagingInsideColumn()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    QList<Task> many;
    for (int i = 0; i < 25; ++i)
        many << makeTask(QStringLiteral("task %1").arg(i, 2, 10, QLatin1Char('0')));
    QVERIFY(repo.bulkInsert(many).ok());
    TaskFilter page;
    page.status = TaskStatus::Todo;
    page.limit = 10;
    const auto first = repo.list(page);
    QCOMPARE(first->size(), 10);
    QCOMPARE(first->first().title, QStringLiteral("task 00"));
    page.afterPosition = first->last().position;
    const auto second = repo.list(page);
    QCOMPARE(second->first().title, QStringLiteral("task 10"));
    page.offset = 10;
    page.afterPosition.reset();
    QCOMPARE(repo.list(page)->first().title, QStringLiteral("task 10"));
    QCOMPARE(*repo.count(page), 25);
}

void TestTaskRepository::bulkInsert()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    QVERIFY(repo.create(makeTask(QStringLiteral("existing"))).ok());
    QList<Task> many;
    for (int i = 0; i < 1000; ++i)
        many << makeTask(QStringLiteral("bulk %1").arg(i), i % 2 ? TaskStatus::Todo : TaskStatus::Completed,
                         {QStringLiteral("bulk"), QStringLiteral("n%1").arg(i % 3)});
    const auto inserted = repo.bulkInsert(many);
    CHECK_OK(inserted);
    QCOMPARE(*inserted, 1000);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 1001);
    QCOMPARE(t.rowCount(QStringLiteral("task_tag")), 2000);
    QCOMPARE(t.rowCount(QStringLiteral("task_history")), 1001);
    const QStringList todo = titles(repo, TaskStatus::Todo);
    QCOMPARE(todo.first(), QStringLiteral("existing"));
    QCOMPARE(todo.at(1), QStringLiteral("bulk 1"));
    QCOMPARE(todo.last(), QStringLiteral("bulk 999"));
    TaskFilter f;
    f.text = QStringLiteral("bulk");
    QCOMPARE(*repo.count(f), 1000);
    f.tag = QStringLiteral("n1");
    QCOMPARE(*repo.count(f), 333);
}

void TestTaskRepository::bulkInsertIsAllOrNothing()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    QList<Task> many;
    for (int i = 0; i < 900; ++i)
        many << makeTask(QStringLiteral("bulk %1").arg(i));
    many[3].title.clear();
    const auto invalid = repo.bulkInsert(many);
    QCOMPARE(invalid.error().field, QStringLiteral("tasks[3].title"));
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);
    // A failure in the database half-way (unknown workflow in the last chunk) rolls back every chunk.
    many[3].title = QStringLiteral("fixed");
    many[850].workflowId = QStringLiteral("no-such-workflow");
    const auto refused = repo.bulkInsert(many);
    QCOMPARE(refused.error().kind, Error::Kind::Constraint);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("task_history")), 0);
}

void TestTaskRepository::userScoping()
{
    auto &t = database();
    const User alice = t.addUser(QStringLiteral("alice@example.com"), UserRole::User);
    const User bob = t.addUser(QStringLiteral("bob@example.com"), UserRole::Manager);
    const User admin = t.addUser(QStringLiteral("root@example.com"), UserRole::Admin);
    TaskRepository asAlice(t.db(), UserContext::of(alice));
    TaskRepository asBob(t.db(), UserContext::of(bob));
    TaskRepository asAdmin(t.db(), UserContext::of(admin));
    const auto secret = asAlice.create(makeTask(QStringLiteral("alice's secret"), TaskStatus::Todo, {QStringLiteral("private")}));
    QVERIFY(asBob.create(makeTask(QStringLiteral("bob's task"))).ok());

    QCOMPARE(asBob.findById(secret->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(*asBob.count(), 1);
    TaskFilter search;
    search.text = QStringLiteral("secret");
    QCOMPARE(*asBob.count(search), 0);
    QVERIFY(!asBob.allTags()->contains(QStringLiteral("private")));
    Task hijack = *secret;
    hijack.title = QStringLiteral("mine now");
    QCOMPARE(asBob.update(hijack).error().kind, Error::Kind::NotFound);
    QCOMPARE(asBob.move({secret->id}, TaskStatus::Completed, 0).error().kind, Error::Kind::NotFound);
    QCOMPARE(asBob.remove(secret->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(asBob.history(secret->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(asAlice.findById(secret->id)->title, QStringLiteral("alice's secret"));

    QCOMPARE(*asAdmin.count(), 2);
    QVERIFY(asAdmin.findById(secret->id).ok());
    QVERIFY(asAdmin.move({secret->id}, TaskStatus::Review, 0).ok());
    QCOMPARE(asAlice.findById(secret->id)->status, TaskStatus::Review);
    // An admin may create a task for someone else; a user cannot.
    Task forBob = makeTask(QStringLiteral("from admin"));
    forBob.userId = bob.id;
    QCOMPARE(asAdmin.create(forBob)->userId, bob.id);
    Task forAlice = makeTask(QStringLiteral("from bob"));
    forAlice.userId = alice.id;
    QCOMPARE(asBob.create(forAlice)->userId, bob.id);
}

void TestTaskRepository::unicodeTagsAndSearchAgreeOnBothBackends()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    QVERIFY(repo.create(makeTask(QStringLiteral("Ärger mit dem Lieferanten"), TaskStatus::Todo, {QStringLiteral("Ärger")})).ok());
    QVERIFY(repo.create(makeTask(QStringLiteral("Arbeitsplan"), TaskStatus::Todo, {QStringLiteral("arbeit")})).ok());
    TaskFilter tag;
    tag.tag = QStringLiteral("ÄRGER");
    QCOMPARE(*repo.count(tag), 1);
    tag.tag = QStringLiteral("ärger");
    QCOMPARE(*repo.count(tag), 1);
    // Search folds case but keeps accents, the same on SQLite and PostgreSQL.
    TaskFilter search;
    search.text = QStringLiteral("ärg");
    QCOMPARE(*repo.count(search), 1);
    search.text = QStringLiteral("ÄRGER");
    QCOMPARE(*repo.count(search), 1);
    search.text = QStringLiteral("arg");
    QCOMPARE(*repo.count(search), 0);
}

void TestTaskRepository::columnCountsFollowEveryWrite()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::User);
    TaskRepository repo(t.db(), UserContext::of(me));
    TaskRepository theirs(t.db(), UserContext::of(other));
    QList<Task> many;
    for (int i = 0; i < 30; ++i)
        many << makeTask(QStringLiteral("t%1").arg(i), static_cast<TaskStatus>(i % 5));
    QVERIFY(repo.bulkInsert(many).ok());
    QVERIFY(theirs.create(makeTask(QStringLiteral("not mine"), TaskStatus::Review)).ok());
    const auto created = repo.create(makeTask(QStringLiteral("x")));
    QVERIFY(repo.move({created->id}, TaskStatus::Completed, 0).ok());
    Task edited = *repo.findById(created->id);
    edited.status = TaskStatus::Review;
    QVERIFY(repo.update(edited).ok());
    QVERIFY(repo.remove(repo.list()->first().id).ok());
    // One statement that moves many tasks (as an administrator's edit or a workflow would).
    Query bulkUpdate(t.db());
    QVERIFY(bulkUpdate.exec(QStringLiteral("UPDATE task SET status = ? WHERE user_id = ? AND status = ?"),
                            {QStringLiteral("CANCELLED"), me.id, QStringLiteral("TODO")}));
    QVERIFY(bulkUpdate.rowsAffected() > 1);

    // The kept counts equal a real count, per column and in all, and stay scoped.
    for (int s = 0; s < kTaskStatusCount; ++s) {
        TaskFilter column;
        column.status = static_cast<TaskStatus>(s);
        Query real(t.db());
        QVERIFY(real.exec(QStringLiteral("SELECT count(*) FROM task WHERE user_id = ? AND status = ?"),
                          {me.id, toString(*column.status)})
                && real.next());
        QCOMPARE(*repo.count(column), real.value(0).toInt());
    }
    QCOMPARE(*repo.count(), 30);
    QCOMPARE(*theirs.count(), 1);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 31);
}

void TestTaskRepository::allTags()
{
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    TaskRepository repo(t.db(), UserContext::of(me));
    QVERIFY(repo.create(makeTask(QStringLiteral("a"), TaskStatus::Todo, {QStringLiteral("zeta"), QStringLiteral("Alpha")})).ok());
    QVERIFY(repo.create(makeTask(QStringLiteral("b"), TaskStatus::Todo, {QStringLiteral("beta"), QStringLiteral("zeta")})).ok());
    QCOMPARE(*repo.allTags(), (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("zeta")}));
}

// `task list --json` reads rows straight into JSON (on SQLite through the C library): the text
// must be exactly what tasksToJson() writes for list(), whatever the data and the filter.
void TestTaskRepository::listJsonMatchesList()
{
    QFETCH_GLOBAL(QString, backend);
    auto &t = database();
    const User me = t.addUser(QStringLiteral("me@example.com"), UserRole::Director);
    const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::Director);
    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    TaskRepository repo(t.db(), UserContext::of(me));
    TaskRepository theirs(t.db(), UserContext::of(other));
    const TaskStatus statuses[] = {TaskStatus::Review, TaskStatus::Todo, TaskStatus::Completed, TaskStatus::InProgress,
                                   TaskStatus::Cancelled};
    for (int i = 0; i < 15; ++i) {
        Task task = makeTask(QStringLiteral("Task %1 — ünïcödé \"quoted\" back\\slash").arg(i), statuses[i % 5],
                             {QStringLiteral("tag%1").arg(i % 3), QStringLiteral("Ärger \"x\"")});
        task.description = i % 2 ? QStringLiteral("line one\nline\ttwo \x01 end") : QString();
        task.priority = Priority(i % 4);
        if (i % 3 == 0)
            task.dueDate = QDateTime(QDate(2026, 12, 1 + i), QTime(17, 30, 0, 250), Qt::UTC);
        QVERIFY(repo.create(task).ok());
    }
    QVERIFY(repo.create(makeTask(QStringLiteral("plain"), TaskStatus::Todo)).ok());
    QVERIFY(theirs.create(makeTask(QStringLiteral("not mine"), TaskStatus::Todo)).ok());
    // Moves give ties and reorder columns; rows are then neither in insertion nor in position order.
    const auto all = repo.list();
    QVERIFY(all.ok());
    QVERIFY(repo.move({all->at(5).id, all->at(9).id}, TaskStatus::Todo, 0).ok());
    QVERIFY(repo.move({all->at(1).id}, TaskStatus::Review, 1).ok());
    if (backend == QLatin1String("sqlite")) { // text the program does not write itself: read like readTask does
        Query q(t.db());
        QVERIFY(q.exec(QStringLiteral("UPDATE task SET due_date = '2026-03-04 05:06:07', tags = '[ \"a\" , \"b\\\\c\" ]' "
                                      "WHERE title = 'plain'")));
    }
    QList<TaskFilter> filters(6);
    filters[1].status = TaskStatus::Todo;
    filters[2].tag = QStringLiteral("TAG1");
    filters[3].text = QStringLiteral("task");
    filters[4].limit = 4;
    filters[4].offset = 2;
    filters[5].priority = Priority::High;
    for (const TaskFilter &f : std::as_const(filters)) {
        for (TaskRepository *r : {&repo, &theirs}) {
            const auto tasks = r->list(f);
            QVERIFY(tasks.ok());
            const auto json = r->listJson(f);
            CHECK_OK(json);
            QCOMPARE(*json, tasksToJson(*tasks));
        }
    }
    TaskRepository everyone(t.db(), UserContext::of(admin));
    QCOMPARE(*everyone.listJson(), tasksToJson(*everyone.list()));
    QCOMPARE(QJsonDocument::fromJson(*repo.listJson()).array().size(), 16);
}

QTEST_GUILESS_MAIN(TestTaskRepository)
#include "tst_taskrepository.moc"
