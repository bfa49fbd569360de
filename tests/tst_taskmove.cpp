// TaskRepository::move with the neighbours known (a drop on the board): on PostgreSQL one call of
// the task_move function (migration 008) in autocommit, on SQLite the program's statements. The
// edge cases, on both backends: stale neighbours are ignored, completion times to and from
// COMPLETED, several tasks in one drop, history rows, the caller's transaction, scoping, and the
// placements before and after that the move returns (renumbering included).
#include "Checks.h"
#include "StatementLog.h"
#include "DatabaseTestCase.h"

#include "domain/Clock.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "repositories/TaskRepository.h"

#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

const QDateTime kCreated(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
const QDateTime kDropped(QDate(2026, 3, 2), QTime(10, 30, 15, 250), Qt::UTC);
const QDateTime kLater(QDate(2026, 3, 3), QTime(8, 0), Qt::UTC);

} // namespace

class TestTaskMove : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestTaskMove() : DatabaseTestCase(QStringLiteral("me@example.com"), UserRole::Director) { }

private:
    FixedClock m_clock{kCreated};

    static QString add(TaskRepository &repo, const QString &title, TaskStatus status = TaskStatus::Todo)
    {
        Task t;
        t.title = title;
        t.status = status;
        const auto created = repo.create(t);
        if (!created)
            qFatal("%s", qPrintable(created.error().text()));
        return created->id;
    }
    static Task task(TaskRepository &repo, const QString &id) { return *repo.findById(id); }
    static QString titles(TaskRepository &repo, TaskStatus status)
    {
        TaskFilter f;
        f.status = status;
        QString result;
        const auto tasks = repo.list(f);
        if (!tasks)
            qFatal("%s", qPrintable(tasks.error().text()));
        for (const Task &t : *tasks)
            result += t.title;
        return result;
    }
    // "title STATUS position" per placement, for comparing what move() returned.
    static QString describe(TaskRepository &repo, const QList<TaskPlacement> &placements)
    {
        QStringList parts;
        for (const TaskPlacement &p : placements)
            parts << QStringLiteral("%1 %2 %3").arg(task(repo, p.id).title, toString(p.status)).arg(p.position);
        return parts.join(QStringLiteral(", "));
    }
    static TaskRepository::Neighbours between(std::optional<qint64> before, std::optional<qint64> after)
    {
        return TaskRepository::Neighbours{before, after};
    }

private Q_SLOTS:
    void init()
    {
        Clock::setInstance(&m_clock);
        DatabaseTestCase::init();
    }
    void cleanup()
    {
        DatabaseTestCase::cleanup();
        Clock::setInstance(nullptr);
        m_clock.set(kCreated);
    }

    void staleNeighboursFallBack();
    void toAndFromCompleted();
    void severalTasksInOneDrop();
    void oneStatementOrTheCallersTransaction();
    void scopeAndOwners();
    void returnsThePlacementsBeforeAndAfter();
};

void TestTaskMove::staleNeighboursFallBack()
{
    auto &t = database();
    const User &me = defaultUser();
    TaskRepository repo(t.db(), UserContext::of(me));
    const QString a = add(repo, QStringLiteral("a")), b = add(repo, QStringLiteral("b"));
    add(repo, QStringLiteral("c"));
    const QString d = add(repo, QStringLiteral("d")); // positions 1024, 2048, 3072, 4096
    m_clock.set(kDropped);

    // a and c are not adjacent (b lies between): the general path puts d at index 1, after a.
    QVERIFY(repo.move({d}, TaskStatus::Todo, 1, between(1024, 3072)).ok());
    QCOMPARE(titles(repo, TaskStatus::Todo), QStringLiteral("adbc"));
    QCOMPARE(task(repo, d).position, 1536);
    QCOMPARE(task(repo, d).version, 2); // written once
    // A neighbour that is no card at all (the card was moved away meanwhile).
    QVERIFY(repo.move({b}, TaskStatus::InProgress, 0, between(std::nullopt, 5000)).ok());
    QCOMPARE(titles(repo, TaskStatus::InProgress), QStringLiteral("b"));
    QCOMPARE(task(repo, b).position, 1024);
    // A card was put on top of the "after" neighbour meanwhile: the top of the column is above it.
    QVERIFY(repo.move({a}, TaskStatus::Todo, 0, between(std::nullopt, 3072)).ok());
    QCOMPARE(titles(repo, TaskStatus::Todo), QStringLiteral("adc"));
    QCOMPARE(task(repo, a).position, 512); // a gap above the top card d (1536), not right above c
    QCOMPARE(task(repo, a).version, 2);
    // One history row per status change, none for the fallbacks' failed first try.
    QCOMPARE(t.rowCount(QStringLiteral("task_history")), 4 + 1);

    if (t.url().type == DbType::PostgreSQL) {
        // The function itself ignores stale neighbours (d lies between 512 and 3072) and places
        // the task by its index, between a and d, returning where it was and where it is.
        Query q(t.db());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM task_move(CAST(? AS text[]), CAST(? AS text), 'TODO', 1, 512, 3072, 1024, "
                                      "CAST(? AS timestamptz))"),
                       {QStringLiteral("{%1}").arg(b), me.id, Database::toDb(kLater)}));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), b);
        QCOMPARE(q.value(1).toString(), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(q.value(2).toLongLong(), 1024);
        QCOMPARE(q.value(3).toString(), QStringLiteral("TODO"));
        QCOMPARE(q.value(4).toLongLong(), 1024);
        QVERIFY(q.value(5).isNull());
        QVERIFY(!q.next());
        QCOMPARE(titles(repo, TaskStatus::Todo), QStringLiteral("abdc"));
        QCOMPARE(task(repo, b).version, 3);
        QCOMPARE(task(repo, b).updatedAt, kLater);
        QCOMPARE(t.rowCount(QStringLiteral("task_history")), 6);
    }
}

void TestTaskMove::toAndFromCompleted()
{
    auto &t = database();
    const User &me = defaultUser();
    TaskRepository repo(t.db(), UserContext::of(me));
    const QString x = add(repo, QStringLiteral("x"));
    const QString y = add(repo, QStringLiteral("y"), TaskStatus::Completed); // completed at kCreated, position 1024
    const QString z = add(repo, QStringLiteral("z"), TaskStatus::Completed); // 2048
    m_clock.set(kDropped);

    // Into COMPLETED: completed now.
    QVERIFY(repo.move({x}, TaskStatus::Completed, 1, between(1024, 2048)).ok());
    Task moved = task(repo, x);
    QCOMPARE(moved.status, TaskStatus::Completed);
    QCOMPARE(moved.position, 1536);
    QCOMPARE(moved.completedAt, kDropped);
    QCOMPARE(moved.updatedAt, kDropped);
    QCOMPARE(moved.version, 2);
    // Inside COMPLETED: the completion time stays.
    m_clock.set(kLater);
    QVERIFY(repo.move({z}, TaskStatus::Completed, 0, between(std::nullopt, 1024)).ok());
    QCOMPARE(titles(repo, TaskStatus::Completed), QStringLiteral("zyx"));
    QCOMPARE(task(repo, z).completedAt, kCreated);
    QCOMPARE(task(repo, z).updatedAt, kLater);
    QCOMPARE(repo.history(z)->size(), 1);
    // Out of COMPLETED: the completion time goes. (y by the general path into the empty column,
    // then x after it.)
    QVERIFY(repo.move({y}, TaskStatus::Todo, 0, between(std::nullopt, std::nullopt)).ok());
    QCOMPARE(task(repo, y).position, 1024);
    QVERIFY(repo.move({x}, TaskStatus::Todo, 1, between(1024, std::nullopt)).ok());
    QCOMPARE(titles(repo, TaskStatus::Todo), QStringLiteral("yx"));
    QCOMPARE(task(repo, x).position, 2048);
    QVERIFY(!task(repo, x).completedAt.isValid());
    QVERIFY(!task(repo, y).completedAt.isValid());
    QCOMPARE(task(repo, x).version, 3);
    const auto history = repo.history(x);
    QCOMPARE(history->size(), 3); // created, -> COMPLETED, -> TODO
    QCOMPARE(history->at(1).fromStatus, std::optional<TaskStatus>(TaskStatus::Todo));
    QCOMPARE(history->at(1).toStatus, TaskStatus::Completed);
    QCOMPARE(history->at(1).changedAt, kDropped);
    QCOMPARE(history->at(2).fromStatus, std::optional<TaskStatus>(TaskStatus::Completed));
    QCOMPARE(history->at(2).toStatus, TaskStatus::Todo);
    QCOMPARE(history->at(2).changedAt, kLater);
}

void TestTaskMove::severalTasksInOneDrop()
{
    auto &t = database();
    const User &me = defaultUser();
    TaskRepository repo(t.db(), UserContext::of(me));
    add(repo, QStringLiteral("r"), TaskStatus::Review); // 1024
    const QString s = add(repo, QStringLiteral("s"), TaskStatus::Review); // 2048
    add(repo, QStringLiteral("u"), TaskStatus::Review); // 3072
    const QString a = add(repo, QStringLiteral("a"));
    const QString p = add(repo, QStringLiteral("p"), TaskStatus::InProgress);
    const QString c = add(repo, QStringLiteral("c"), TaskStatus::Completed);
    m_clock.set(kDropped);

    // Four cards from four columns (s from the target column itself) between r and u, in the
    // given order: positions 1024 + 2048 / 5 * k.
    QVERIFY(repo.move({p, s, c, a}, TaskStatus::Review, 1, between(1024, 3072)).ok());
    QCOMPARE(titles(repo, TaskStatus::Review), QStringLiteral("rpscau"));
    QCOMPARE(task(repo, p).position, 1433);
    QCOMPARE(task(repo, s).position, 1842);
    QCOMPARE(task(repo, c).position, 2251);
    QCOMPARE(task(repo, a).position, 2660);
    for (const QString &id : {p, s, c, a}) {
        QCOMPARE(task(repo, id).version, 2);
        QCOMPARE(task(repo, id).updatedAt, kDropped);
        QVERIFY(!task(repo, id).completedAt.isValid());
    }
    QCOMPARE(titles(repo, TaskStatus::Todo), QString());
    // History: three status changes, none for s.
    QCOMPARE(t.rowCount(QStringLiteral("task_history")), 6 + 3);
    QCOMPARE(repo.history(s)->size(), 1);
    const std::pair<QString, TaskStatus> changes[] = {
        {p, TaskStatus::InProgress}, {c, TaskStatus::Completed}, {a, TaskStatus::Todo}};
    for (const auto &[id, from] : changes) {
        const auto history = repo.history(id);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().fromStatus, std::optional<TaskStatus>(from));
        QCOMPARE(history->last().toStatus, TaskStatus::Review);
        QCOMPARE(history->last().changedAt, kDropped);
    }
    // The kept column counts follow.
    TaskFilter review;
    review.status = TaskStatus::Review;
    QCOMPARE(*repo.count(review), 6);
}

void TestTaskMove::oneStatementOrTheCallersTransaction()
{
    auto &t = database();
    const User &me = defaultUser();
    TaskRepository repo(t.db(), UserContext::of(me));
    add(repo, QStringLiteral("a"));
    add(repo, QStringLiteral("b"));
    const QString d = add(repo, QStringLiteral("d"), TaskStatus::Review);
    add(repo, QStringLiteral("e"), TaskStatus::Completed);
    const bool postgres = t.url().type == DbType::PostgreSQL;

    // On PostgreSQL the drop is one statement with no BEGIN or COMMIT around it.
    {
        StatementLog log;
        QVERIFY(repo.move({d}, TaskStatus::Todo, 1, between(1024, 2048)).ok());
        if (postgres) {
            QCOMPARE(StatementLog::statements().size(), 1);
            QVERIFY2(StatementLog::statements().first().contains(QLatin1String("task_move(")),
                     qPrintable(StatementLog::statements().first()));
        } else {
            QVERIFY(StatementLog::statements().size() > 1);
            QVERIFY2(StatementLog::statements().first().startsWith(QLatin1String("BEGIN")),
                     qPrintable(StatementLog::statements().first()));
        }
    }
    QCOMPARE(titles(repo, TaskStatus::Todo), QStringLiteral("adb"));
    QCOMPARE(t.db().transactionDepth(), 0);

    // Inside the caller's transaction the move joins it: rolled back with it, kept with it.
    {
        Transaction tx(t.db());
        QVERIFY(tx.isActive());
        QVERIFY(repo.move({d}, TaskStatus::Completed, 0, between(std::nullopt, 1024)).ok());
        QCOMPARE(titles(repo, TaskStatus::Completed), QStringLiteral("de"));
        QCOMPARE(repo.history(d)->size(), 3);
        tx.rollback();
    }
    QCOMPARE(titles(repo, TaskStatus::Todo), QStringLiteral("adb"));
    QCOMPARE(titles(repo, TaskStatus::Completed), QStringLiteral("e"));
    QCOMPARE(task(repo, d).version, 2);
    QCOMPARE(repo.history(d)->size(), 2);
    {
        Transaction tx(t.db());
        QVERIFY(repo.move({d}, TaskStatus::Todo, 0, between(std::nullopt, 1024)).ok());
        QCOMPARE(t.db().transactionDepth(), 1);
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(titles(repo, TaskStatus::Todo), QStringLiteral("dab"));
    QCOMPARE(task(repo, d).version, 3);
    QCOMPARE(repo.history(d)->size(), 2); // within TODO: no status change
}

void TestTaskMove::scopeAndOwners()
{
    auto &t = database();
    const User &me = defaultUser();
    const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::Director);
    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    TaskRepository mine(t.db(), UserContext::of(me));
    TaskRepository theirs(t.db(), UserContext::of(other));
    TaskRepository all(t.db(), UserContext::of(admin));
    const QString a = add(mine, QStringLiteral("a"));
    add(mine, QStringLiteral("b"));
    const QString o = add(theirs, QStringLiteral("o"));
    const QString o2 = add(theirs, QStringLiteral("p")); // 2048

    // Another user's task is not there for me, with or without the neighbours.
    QCOMPARE(mine.move({o}, TaskStatus::Todo, 0, between(std::nullopt, 1024)).error().kind, Error::Kind::NotFound);
    QCOMPARE(mine.move({a, o}, TaskStatus::Todo, 0, between(std::nullopt, 2048)).error().kind, Error::Kind::NotFound);
    QCOMPARE(mine.move({a, QStringLiteral("missing")}, TaskStatus::Todo, 0, between(std::nullopt, 2048)).error().kind,
             Error::Kind::NotFound);
    // Ids are passed as an array literal: quotes and backslashes are escaped, not an error.
    QCOMPARE(mine.move({a, QStringLiteral("x\",\\y}")}, TaskStatus::Todo, 0, between(std::nullopt, 2048)).error().kind,
             Error::Kind::NotFound);
    // An administrator moves anyone's tasks, but not two users' together.
    QCOMPARE(all.move({a, o}, TaskStatus::Todo, 0, between(std::nullopt, 2048)).error().kind, Error::Kind::Validation);
    QCOMPARE(t.rowCount(QStringLiteral("task_history")), 4);
    QCOMPARE(task(mine, a).version, 1);
    QCOMPARE(task(theirs, o).version, 1);
    // The neighbours are the owner's column, not the administrator's.
    QVERIFY(all.move({o2}, TaskStatus::Todo, 0, between(std::nullopt, 1024)).ok());
    QCOMPARE(titles(theirs, TaskStatus::Todo), QStringLiteral("po"));
    QCOMPARE(task(theirs, o2).position, 0);
    QCOMPARE(task(theirs, o2).version, 2);
    QCOMPARE(titles(mine, TaskStatus::Todo), QStringLiteral("ab"));
}

void TestTaskMove::returnsThePlacementsBeforeAndAfter()
{
    auto &t = database();
    const User &me = defaultUser();
    TaskRepository repo(t.db(), UserContext::of(me));
    const QString a = add(repo, QStringLiteral("a")), b = add(repo, QStringLiteral("b")), c = add(repo, QStringLiteral("c"));
    const QString d = add(repo, QStringLiteral("d"));
    const QString x = add(repo, QStringLiteral("x"), TaskStatus::Review);

    // Room between the neighbours: only the moved tasks, in the order asked.
    auto moved = repo.move({d, c}, TaskStatus::Review, 0, between(std::nullopt, 1024));
    CHECK_OK(moved);
    QCOMPARE(describe(repo, moved->before), QStringLiteral("d TODO 4096, c TODO 3072"));
    QCOMPARE(describe(repo, moved->after), QStringLiteral("d REVIEW -1024, c REVIEW 0"));
    QCOMPARE(titles(repo, TaskStatus::Review), QStringLiteral("dcx"));
    // Undo with what the move returned: exactly back.
    QVERIFY(repo.restorePlacements(moved->before).ok());
    QCOMPARE(titles(repo, TaskStatus::Todo), QStringLiteral("abcd"));
    QCOMPARE(task(repo, d).position, 4096);

    // No room between a (1) and b (2): the column is renumbered, and the tasks it shifted come
    // after the moved one, before and after.
    QVERIFY(repo.restorePlacements(
                    {{a, TaskStatus::Todo, 1}, {b, TaskStatus::Todo, 2}, {c, TaskStatus::Todo, 3}, {d, TaskStatus::Todo, 4}})
                .ok());
    moved = repo.move({x}, TaskStatus::Todo, 1, between(1, 2));
    CHECK_OK(moved);
    QCOMPARE(describe(repo, moved->before), QStringLiteral("x REVIEW 1024, a TODO 1, b TODO 2, c TODO 3, d TODO 4"));
    QCOMPARE(describe(repo, moved->after), QStringLiteral("x TODO 2048, a TODO 1024, b TODO 3072, c TODO 4096, d TODO 5120"));
    QCOMPARE(titles(repo, TaskStatus::Todo), QStringLiteral("axbcd"));
    QVERIFY(repo.restorePlacements(moved->before).ok());
    QCOMPARE(titles(repo, TaskStatus::Todo), QStringLiteral("abcd"));
    QCOMPARE(titles(repo, TaskStatus::Review), QStringLiteral("x"));
    QCOMPARE(task(repo, a).position, 1);
    QCOMPARE(task(repo, d).position, 4);
    // Redo with what it returned: exactly the move again.
    QVERIFY(repo.restorePlacements(moved->after).ok());
    QCOMPARE(titles(repo, TaskStatus::Todo), QStringLiteral("axbcd"));
    QCOMPARE(task(repo, x).position, 2048);

    // No room and no neighbours given: by the index; a task already in place is not written.
    QVERIFY(repo.restorePlacements({{a, TaskStatus::Todo, 1024},
                                    {b, TaskStatus::Todo, 2048},
                                    {x, TaskStatus::Todo, 2049},
                                    {c, TaskStatus::Todo, 2050},
                                    {d, TaskStatus::Todo, 5120}})
                .ok());
    moved = repo.move({d}, TaskStatus::Todo, 3);
    CHECK_OK(moved);
    QCOMPARE(describe(repo, moved->before), QStringLiteral("d TODO 5120, x TODO 2049, c TODO 2050"));
    QCOMPARE(describe(repo, moved->after), QStringLiteral("d TODO 4096, x TODO 3072, c TODO 5120"));
    QCOMPARE(titles(repo, TaskStatus::Todo), QStringLiteral("abxdc"));

    // Nothing to move, nothing returned.
    moved = repo.move({}, TaskStatus::Todo, 0);
    QVERIFY(moved.ok());
    QVERIFY(moved->before.isEmpty() && moved->after.isEmpty());
}

QTEST_GUILESS_MAIN(TestTaskMove)
#include "tst_taskmove.moc"
