#include "Checks.h"
#include "DatabaseTestCase.h"
#include "WorkflowTestHelpers.h"

#include "domain/Clock.h"
#include "db/Query.h"
#include "repositories/WorkflowRepository.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace doo;
using namespace doo::test;

class TestWorkflowExecutions : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestWorkflowExecutions() { useFixedClock(kStart); }

private Q_SLOTS:
    void executeRecordsRun();
    void executeFillsTimes();
    void duplicateRunIsConflict();
    void executionsNewestFirst();
    void dueWorkflows();
    void stats();
    void invalidExecution_data();
    void invalidExecution();
};

void TestWorkflowExecutions::executeRecordsRun()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t.db(), UserContext::of(u));
    const auto w = repo.create(sample(QStringLiteral("Runs")));
    CHECK_OK(w);

    WorkflowExecution e = run(ExecutionStatus::Failed, kStart.addSecs(-600), 2, 12.5);
    e.error = QStringLiteral("the mail server did not answer");
    e.output = QStringLiteral("{\"created\": [\"a\", \"b\"], \"retries\": 3}");
    const auto recorded = repo.execute(w->id, e);
    CHECK_OK(recorded);
    QVERIFY(!recorded->id.isEmpty());
    QCOMPARE(recorded->workflowId, w->id);
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 1);

    const auto list = repo.executions(w->id);
    CHECK_OK(list);
    QCOMPARE(list->size(), 1);
    const WorkflowExecution &stored = list->first();
    QCOMPARE(stored.id, recorded->id);
    QCOMPARE(stored.workflowId, w->id);
    QCOMPARE(stored.status, ExecutionStatus::Failed);
    QCOMPARE(stored.scheduledFor, kStart.addSecs(-600));
    QCOMPARE(stored.startedAt, kStart.addSecs(-595));
    QCOMPARE(stored.finishedAt, kStart.addSecs(-535));
    QCOMPARE(stored.error, e.error);
    QCOMPARE(json(stored.output), json(e.output));
    QVERIFY(json(stored.output).isObject());
    QCOMPARE(stored.tasksCreated, 2);
    QCOMPARE(stored.minutesSaved, 12.5);

    const auto after = repo.findById(w->id);
    CHECK_OK(after);
    QCOMPARE(after->lastRunAt, kStart.addSecs(-595));
    // Recording a run is not an edit: someone editing the workflow does not get a conflict.
    QCOMPARE(after->version, 1);

    // A run without error, output or finish time stores NULLs and reads back empty.
    WorkflowExecution bare;
    bare.status = ExecutionStatus::Running;
    bare.scheduledFor = kStart;
    bare.startedAt = kStart.addSecs(1);
    CHECK_OK(repo.execute(w->id, bare));
    const auto both = repo.executions(w->id);
    CHECK_OK(both);
    QCOMPARE(both->size(), 2);
    QCOMPARE(both->first().status, ExecutionStatus::Running);
    QVERIFY(both->first().error.isEmpty());
    QVERIFY(both->first().output.isEmpty());
    QVERIFY(!both->first().finishedAt.isValid());
    Query nulls(t.db());
    QVERIFY(nulls.exec(QStringLiteral("SELECT count(*) FROM workflow_execution WHERE error IS NULL AND output IS NULL "
                                      "AND finished_at IS NULL")));
    QVERIFY(nulls.next());
    QCOMPARE(nulls.value(0).toInt(), 1);
    QCOMPARE(must(repo.findById(w->id)).lastRunAt, kStart.addSecs(1));

    QCOMPARE(repo.execute(QStringLiteral("no-such-id"), bare).error().kind, Error::Kind::NotFound);
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 2);
}

void TestWorkflowExecutions::executeFillsTimes()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t.db(), UserContext::of(u));
    const auto w = repo.create(sample(QStringLiteral("Manual")));
    CHECK_OK(w);

    clock().advanceSecs(30);
    WorkflowExecution e;
    e.status = ExecutionStatus::Success;
    const auto recorded = repo.execute(w->id, e);
    CHECK_OK(recorded);
    QCOMPARE(recorded->startedAt, kStart.addSecs(30));
    QCOMPARE(recorded->scheduledFor, kStart.addSecs(30));

    WorkflowExecution started;
    started.startedAt = kStart.addSecs(-100);
    const auto second = repo.execute(w->id, started);
    CHECK_OK(second);
    QCOMPARE(second->scheduledFor, kStart.addSecs(-100));

    const auto list = repo.executions(w->id);
    CHECK_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).scheduledFor, kStart.addSecs(30));
    QCOMPARE(list->at(1).scheduledFor, kStart.addSecs(-100));
}

void TestWorkflowExecutions::duplicateRunIsConflict()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t.db(), UserContext::of(u));
    const auto w = repo.create(sample(QStringLiteral("Once per slot")));
    CHECK_OK(w);
    const QDateTime slot = kStart.addSecs(-3600);
    CHECK_OK(repo.execute(w->id, run(ExecutionStatus::Success, slot, 1, 5)));

    WorkflowExecution again = run(ExecutionStatus::Failed, slot);
    again.startedAt = kStart; // a later start for the same slot
    const auto duplicate = repo.execute(w->id, again);
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().kind, Error::Kind::Conflict);
    QVERIFY2(duplicate.error().message.contains(QLatin1String("already recorded")), qPrintable(duplicate.error().message));
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 1);
    const auto list = repo.executions(w->id);
    CHECK_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().status, ExecutionStatus::Success);
    QCOMPARE(must(repo.findById(w->id)).lastRunAt, slot.addSecs(5)); // not moved by the refused run
    if (t.db().type() == DbType::PostgreSQL) {
        // The refused INSERT's prepared statement was freed, not left behind in the session
        // (the statements that worked stay prepared for reuse).
        Query prepared(t.db());
        QVERIFY(prepared.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements "
                                             "WHERE statement LIKE '%INSERT INTO workflow_execution%'"))
                && prepared.next());
        QCOMPARE(prepared.value(0).toInt(), 0);
    }

    // The failed statement left no broken transaction behind: the next run is recorded.
    CHECK_OK(repo.execute(w->id, run(ExecutionStatus::Success, slot.addSecs(60))));
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 2);

    // The same slot of another workflow is a different run.
    const auto other = repo.create(sample(QStringLiteral("Other")));
    CHECK_OK(other);
    CHECK_OK(repo.execute(other->id, run(ExecutionStatus::Success, slot)));
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 3);
}

void TestWorkflowExecutions::executionsNewestFirst()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t.db(), UserContext::of(u));
    const auto w = repo.create(sample(QStringLiteral("Ordered")));
    const auto other = repo.create(sample(QStringLiteral("Other")));
    CHECK_OK(w);
    CHECK_OK(other);
    // Recorded out of order, one of them on the day before.
    for (int hours : {-5, -1, -30, -2})
        CHECK_OK(repo.execute(w->id, run(ExecutionStatus::Success, kStart.addSecs(hours * 3600))));
    CHECK_OK(repo.execute(other->id, run(ExecutionStatus::Success, kStart)));

    const auto all = repo.executions(w->id);
    CHECK_OK(all);
    QList<QDateTime> starts;
    for (const WorkflowExecution &e : *all) {
        starts << e.startedAt;
        QCOMPARE(e.workflowId, w->id);
    }
    const QList<QDateTime> expected{kStart.addSecs(-3600 + 5), kStart.addSecs(-7200 + 5), kStart.addSecs(-18000 + 5),
                                    kStart.addSecs(-108000 + 5)};
    QCOMPARE(starts, expected);

    const auto two = repo.executions(w->id, 2);
    CHECK_OK(two);
    QCOMPARE(two->size(), 2);
    QCOMPARE(two->at(0).startedAt, expected.at(0));
    QCOMPARE(two->at(1).startedAt, expected.at(1));
}

void TestWorkflowExecutions::dueWorkflows()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("u@example.com"), UserRole::Director);
    const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::Director);
    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    WorkflowRepository repo(t.db(), UserContext::of(u));
    const QDateTime now = kStart;
    auto add = [&](WorkflowRepository &r, const QString &name, bool active, const QDateTime &next) {
        Workflow w = sample(name);
        w.isActive = active;
        w.nextRunAt = next;
        return r.create(w);
    };
    CHECK_OK(add(repo, QStringLiteral("future"), true, now.addSecs(60)));
    CHECK_OK(add(repo, QStringLiteral("one hour ago"), true, now.addSecs(-3600)));
    CHECK_OK(add(repo, QStringLiteral("inactive"), false, now.addSecs(-7200)));
    CHECK_OK(add(repo, QStringLiteral("exactly now"), true, now));
    CHECK_OK(add(repo, QStringLiteral("never scheduled"), true, QDateTime()));
    CHECK_OK(add(repo, QStringLiteral("two days ago"), true, now.addDays(-2)));
    CHECK_OK(add(repo, QStringLiteral("a millisecond late"), true, now.addMSecs(1)));
    WorkflowRepository otherRepo(t.db(), UserContext::of(other));
    CHECK_OK(add(otherRepo, QStringLiteral("someone else's"), true, now.addSecs(-60)));

    auto names = [](const QList<Workflow> &list) {
        QStringList n;
        for (const Workflow &w : list)
            n << w.name;
        return n;
    };
    const auto due = repo.getDueWorkflows(now);
    CHECK_OK(due);
    QCOMPARE(names(*due),
             (QStringList{QStringLiteral("two days ago"), QStringLiteral("one hour ago"), QStringLiteral("exactly now")}));

    const auto first = repo.getDueWorkflows(now, 2);
    CHECK_OK(first);
    QCOMPARE(names(*first), (QStringList{QStringLiteral("two days ago"), QStringLiteral("one hour ago")}));

    WorkflowRepository adminRepo(t.db(), UserContext::of(admin));
    const auto everyone = adminRepo.getDueWorkflows(now);
    CHECK_OK(everyone);
    QCOMPARE(names(*everyone),
             (QStringList{QStringLiteral("two days ago"), QStringLiteral("one hour ago"), QStringLiteral("someone else's"),
                          QStringLiteral("exactly now")}));

    const auto early = repo.getDueWorkflows(now.addDays(-3));
    CHECK_OK(early);
    QVERIFY(early->isEmpty());
}

void TestWorkflowExecutions::stats()
{
    auto &t = database();
    const User a = t.addUser(QStringLiteral("a@example.com"), UserRole::Director);
    const User b = t.addUser(QStringLiteral("b@example.com"), UserRole::Director);
    const User c = t.addUser(QStringLiteral("c@example.com"), UserRole::User);
    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    WorkflowRepository repoA(t.db(), UserContext::of(a));
    WorkflowRepository repoB(t.db(), UserContext::of(b));

    Workflow idle = sample(QStringLiteral("idle"));
    idle.isActive = false;
    const auto w1 = repoA.create(sample(QStringLiteral("w1")));
    const auto w2 = repoA.create(sample(QStringLiteral("w2")));
    CHECK_OK(w1);
    CHECK_OK(w2);
    CHECK_OK(repoA.create(idle));
    const auto wb = repoB.create(sample(QStringLiteral("wb")));
    CHECK_OK(wb);
    CHECK_OK(repoA.execute(w1->id, run(ExecutionStatus::Success, kStart.addSecs(-100), 2, 30)));
    CHECK_OK(repoA.execute(w1->id, run(ExecutionStatus::Success, kStart.addSecs(-200), 1, 15)));
    CHECK_OK(repoA.execute(w1->id, run(ExecutionStatus::Failed, kStart.addSecs(-300), 4, 99)));
    CHECK_OK(repoA.execute(w2->id, run(ExecutionStatus::Running, kStart.addSecs(-400), 0, 10)));
    CHECK_OK(repoA.execute(w2->id, run(ExecutionStatus::Cancelled, kStart.addSecs(-500), 3, 0)));
    CHECK_OK(repoB.execute(wb->id, run(ExecutionStatus::Success, kStart.addSecs(-600), 7, 600)));

    // A: 3 workflows (2 active); runs: 2 successes (30 + 15 min), 1 failure, 1 running, 1 cancelled.
    const auto sa = repoA.getStats();
    CHECK_OK(sa);
    QCOMPARE(sa->total, 3);
    QCOMPARE(sa->active, 2);
    QCOMPARE(sa->executions, 5);
    QCOMPARE(sa->successful, 2);
    QCOMPARE(sa->failed, 1);
    QCOMPARE(sa->successRate, 2.0 / 3.0);
    QCOMPARE(sa->hoursSaved, 0.75);
    QCOMPARE(sa->tasksCreated, 10);

    // ADMIN: A's plus B's one workflow and one success of 600 minutes and 7 tasks.
    const auto all = WorkflowRepository(t.db(), UserContext::of(admin)).getStats();
    CHECK_OK(all);
    QCOMPARE(all->total, 4);
    QCOMPARE(all->active, 3);
    QCOMPARE(all->executions, 6);
    QCOMPARE(all->successful, 3);
    QCOMPARE(all->failed, 1);
    QCOMPARE(all->successRate, 0.75);
    QCOMPARE(all->hoursSaved, 10.75);
    QCOMPARE(all->tasksCreated, 17);

    const auto none = WorkflowRepository(t.db(), UserContext::of(c)).getStats();
    CHECK_OK(none);
    QCOMPARE(none->total, 0);
    QCOMPARE(none->active, 0);
    QCOMPARE(none->executions, 0);
    QCOMPARE(none->successful, 0);
    QCOMPARE(none->failed, 0);
    QCOMPARE(none->successRate, 0.0);
    QCOMPARE(none->hoursSaved, 0.0);
    QCOMPARE(none->tasksCreated, 0);
}

void TestWorkflowExecutions::invalidExecution_data()
{
    QTest::addColumn<int>("tasks");
    QTest::addColumn<double>("minutes");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative tasks") << -1 << 1.0 << QString() << QString() << QStringLiteral("tasksCreated");
    QTest::newRow("negative minutes") << 0 << -2.0 << QString() << QString() << QStringLiteral("minutesSaved");
    QTest::newRow("infinite minutes") << 0 << std::numeric_limits<double>::infinity() << QString() << QString()
                                      << QStringLiteral("minutesSaved");
    QTest::newRow("too-long error") << 0 << 1.0 << QString(4001, QLatin1Char('e')) << QString() << QStringLiteral("error");
    QTest::newRow("invalid output") << 0 << 1.0 << QString() << QStringLiteral("{\"a\": [1,}") << QStringLiteral("output");
}

void TestWorkflowExecutions::invalidExecution()
{
    QFETCH(int, tasks);
    QFETCH(double, minutes);
    QFETCH(QString, error);
    QFETCH(QString, output);
    QFETCH(QString, field);
    auto &t = database();
    const User u = t.addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t.db(), UserContext::of(u));
    const auto w = repo.create(sample(QStringLiteral("Runs")));
    CHECK_OK(w);

    WorkflowExecution e = run(ExecutionStatus::Success, kStart.addSecs(-60), tasks, minutes);
    e.error = error;
    e.output = output;
    const auto recorded = repo.execute(w->id, e);
    QVERIFY(!recorded);
    QCOMPARE(recorded.error().kind, Error::Kind::Validation);
    QCOMPARE(recorded.error().field, field);
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 0);
    QVERIFY(!must(repo.findById(w->id)).lastRunAt.isValid());

    // The boundary values themselves are accepted.
    WorkflowExecution edge = run(ExecutionStatus::Success, kStart.addSecs(-60), 0, 0);
    edge.error = QString(4000, QLatin1Char('e'));
    edge.output = QStringLiteral("[]");
    CHECK_OK(repo.execute(w->id, edge));
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 1);
}

QTEST_GUILESS_MAIN(TestWorkflowExecutions)
#include "tst_workflowexecutions.moc"
