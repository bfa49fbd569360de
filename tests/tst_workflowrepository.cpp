#include "TestDatabase.h"

#include "Clock.h"
#include "db/Query.h"
#include "repositories/WorkflowRepository.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace doo;
using namespace doo::test;

namespace {

const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 15, 30, 123), Qt::UTC);

QJsonDocument json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8());
}

Workflow sample(const QString &name)
{
    Workflow w;
    w.name = name;
    w.description = QStringLiteral("Collects the numbers of the week");
    w.type = WorkflowType::Reporting;
    w.trigger = QStringLiteral("{\"type\": \"schedule\", \"cron\": \"0 9 * * 1\", \"tz\": \"Europe/Berlin\"}");
    w.actions = QStringLiteral("[{\"type\": \"create_task\", \"title\": \"Weekly report\", \"due_in_days\": 2}]");
    w.frequency = QStringLiteral("Every Monday at 9:00");
    w.isActive = true;
    w.estimatedMinutesSaved = 37.5;
    w.nextRunAt = kStart.addDays(7);
    return w;
}

WorkflowExecution run(ExecutionStatus status, const QDateTime &at, int tasks = 0, double minutes = 0)
{
    WorkflowExecution e;
    e.status = status;
    e.scheduledFor = at;
    e.startedAt = at.addSecs(5);
    e.finishedAt = at.addSecs(65);
    e.tasksCreated = tasks;
    e.minutesSaved = minutes;
    return e;
}

// Fails the calling test with the error's text when `result` is not ok (evaluated once).
#define CHECK_OK(result)                                                                             \
    do {                                                                                             \
        const auto &checked_ = (result);                                                             \
        QVERIFY2(checked_.ok(), qPrintable(checked_.error().text()));                                \
    } while (false)

// The value of a result that must be ok; records a failure (and gives a default value) when not.
template<typename T>
T must(doo::Result<T> result, const char *file = __builtin_FILE(), int line = __builtin_LINE())
{
    if (!result) {
        QTest::qFail(qPrintable(result.error().text()), file, line);
        return T();
    }
    return result.takeValue();
}

} // namespace

class TestWorkflowRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock.set(kStart);
        Clock::setInstance(&m_clock);
    }
    void cleanup() { Clock::setInstance(nullptr); }

    void createAndFindRoundTrip_data() { TestDatabase::addBackendRows(); }
    void createAndFindRoundTrip();
    void findByUserId_data() { TestDatabase::addBackendRows(); }
    void findByUserId();
    void updateAndStaleVersion_data() { TestDatabase::addBackendRows(); }
    void updateAndStaleVersion();
    void toggleActiveTwice_data() { TestDatabase::addBackendRows(); }
    void toggleActiveTwice();
    void removeCascadesExecutions_data() { TestDatabase::addBackendRows(); }
    void removeCascadesExecutions();
    void executeRecordsRun_data() { TestDatabase::addBackendRows(); }
    void executeRecordsRun();
    void executeFillsTimes_data() { TestDatabase::addBackendRows(); }
    void executeFillsTimes();
    void duplicateRunIsConflict_data() { TestDatabase::addBackendRows(); }
    void duplicateRunIsConflict();
    void executionsNewestFirst_data() { TestDatabase::addBackendRows(); }
    void executionsNewestFirst();
    void dueWorkflows_data() { TestDatabase::addBackendRows(); }
    void dueWorkflows();
    void stats_data() { TestDatabase::addBackendRows(); }
    void stats();
    void invalidWorkflow_data();
    void invalidWorkflow();
    void invalidExecution_data();
    void invalidExecution();
    void scoping_data() { TestDatabase::addBackendRows(); }
    void scoping();

private:
    FixedClock m_clock{kStart};
};

void TestWorkflowRepository::createAndFindRoundTrip()
{
    DOO_OPEN_TEST_DB(t, true);
    const User owner = t->addUser(QStringLiteral("owner@example.com"), UserRole::Director);
    const User other = t->addUser(QStringLiteral("other@example.com"), UserRole::Director);
    WorkflowRepository repo(t->db(), UserContext::of(owner));

    Workflow input = sample(QStringLiteral("  Weekly report  "));
    input.type = WorkflowType::DataSync;
    input.isActive = false;
    input.frequency = QStringLiteral("  weekly ");
    input.userId = other.id;             // not an ADMIN: ignored
    input.lastRunAt = kStart.addDays(-1); // a new workflow has not run
    input.version = 7;
    const auto created = repo.create(input);
    CHECK_OK(created);
    QVERIFY(!created->id.isEmpty());
    QCOMPARE(created->userId, owner.id);
    QCOMPARE(created->name, QStringLiteral("Weekly report"));
    QCOMPARE(created->version, 1);
    QCOMPARE(created->createdAt, kStart);
    QCOMPARE(created->updatedAt, kStart);
    QVERIFY(!created->lastRunAt.isValid());

    const auto found = repo.findById(created->id);
    CHECK_OK(found);
    QCOMPARE(found->id, created->id);
    QCOMPARE(found->userId, owner.id);
    QCOMPARE(found->name, QStringLiteral("Weekly report"));
    QCOMPARE(found->description, input.description);
    QCOMPARE(found->type, WorkflowType::DataSync);
    QCOMPARE(json(found->trigger), json(input.trigger));
    QVERIFY(json(found->trigger).isObject());
    QCOMPARE(json(found->actions), json(input.actions));
    QVERIFY(json(found->actions).isArray());
    QCOMPARE(found->frequency, QStringLiteral("weekly"));
    QCOMPARE(found->isActive, false);
    QCOMPARE(found->estimatedMinutesSaved, 37.5);
    QCOMPARE(found->nextRunAt, kStart.addDays(7));
    QVERIFY(!found->lastRunAt.isValid());
    QCOMPARE(found->createdAt, kStart);
    QCOMPARE(found->updatedAt, kStart);
    QCOMPARE(found->version, 1);
    QCOMPARE(t->rowCount(QStringLiteral("workflow")), 1);

    // Only a name: the defaults (no description, no frequency, a manual trigger, no actions) are stored.
    Workflow minimal;
    minimal.name = QStringLiteral("Minimal");
    const auto bare = repo.create(minimal);
    CHECK_OK(bare);
    const auto bareFound = repo.findById(bare->id);
    CHECK_OK(bareFound);
    QCOMPARE(bareFound->description, QString());
    QCOMPARE(bareFound->frequency, QString());
    QCOMPARE(bareFound->type, WorkflowType::TaskAutomation);
    QCOMPARE(json(bareFound->trigger), json(QStringLiteral("{\"type\":\"manual\"}")));
    QCOMPARE(json(bareFound->actions), json(QStringLiteral("[]")));
    QVERIFY(!bareFound->nextRunAt.isValid());
    QCOMPARE(bareFound->estimatedMinutesSaved, 0.0);

    const auto missing = repo.findById(QStringLiteral("no-such-id"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestWorkflowRepository::findByUserId()
{
    DOO_OPEN_TEST_DB(t, true);
    const User a = t->addUser(QStringLiteral("a@example.com"), UserRole::Director);
    const User b = t->addUser(QStringLiteral("b@example.com"), UserRole::Director);
    WorkflowRepository repoA(t->db(), UserContext::of(a));
    WorkflowRepository repoB(t->db(), UserContext::of(b));
    CHECK_OK(repoA.create(sample(QStringLiteral("beta"))));
    CHECK_OK(repoB.create(sample(QStringLiteral("between"))));
    CHECK_OK(repoA.create(sample(QStringLiteral("alpha"))));
    CHECK_OK(repoA.create(sample(QStringLiteral("gamma"))));

    const auto mine = repoA.findByUserId(a.id);
    CHECK_OK(mine);
    QStringList names;
    for (const Workflow &w : *mine) {
        names << w.name;
        QCOMPARE(w.userId, a.id);
    }
    QCOMPARE(names, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));

    const auto theirs = repoB.findByUserId(b.id);
    CHECK_OK(theirs);
    QCOMPARE(theirs->size(), 1);
    QCOMPARE(theirs->first().name, QStringLiteral("between"));

    const auto nobody = repoA.findByUserId(QStringLiteral("no-such-user"));
    CHECK_OK(nobody);
    QVERIFY(nobody->isEmpty());
}

void TestWorkflowRepository::updateAndStaleVersion()
{
    DOO_OPEN_TEST_DB(t, true);
    const User u = t->addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t->db(), UserContext::of(u));
    const auto created = repo.create(sample(QStringLiteral("Invoices")));
    CHECK_OK(created);

    m_clock.advanceSecs(90);
    Workflow changed = *created;
    changed.name = QStringLiteral(" Invoices v2 ");
    changed.description = QStringLiteral("Now with reminders");
    changed.type = WorkflowType::Notification;
    changed.trigger = QStringLiteral("{\"type\":\"event\",\"event\":\"invoice.overdue\"}");
    changed.actions = QStringLiteral("[{\"type\":\"notify\"},{\"type\":\"create_task\",\"title\":\"Call\"}]");
    changed.frequency = QStringLiteral("On overdue invoices");
    changed.isActive = false;
    changed.estimatedMinutesSaved = 12.25;
    changed.nextRunAt = QDateTime();
    const auto updated = repo.update(changed);
    CHECK_OK(updated);
    QCOMPARE(updated->version, 2);
    QCOMPARE(updated->updatedAt, kStart.addSecs(90));
    QCOMPARE(updated->createdAt, kStart);

    const auto saved = repo.findById(created->id);
    CHECK_OK(saved);
    QCOMPARE(saved->name, QStringLiteral("Invoices v2"));
    QCOMPARE(saved->description, QStringLiteral("Now with reminders"));
    QCOMPARE(saved->type, WorkflowType::Notification);
    QCOMPARE(json(saved->trigger), json(changed.trigger));
    QCOMPARE(json(saved->actions), json(changed.actions));
    QCOMPARE(saved->frequency, QStringLiteral("On overdue invoices"));
    QCOMPARE(saved->isActive, false);
    QCOMPARE(saved->estimatedMinutesSaved, 12.25);
    QVERIFY(!saved->nextRunAt.isValid());
    QCOMPARE(saved->createdAt, kStart);
    QCOMPARE(saved->updatedAt, kStart.addSecs(90));
    QCOMPARE(saved->userId, u.id);
    QCOMPARE(saved->version, 2);

    // Someone still holding version 1 saves: refused, the row stays as it was.
    m_clock.advanceSecs(60);
    Workflow stale = *created;
    stale.name = QStringLiteral("Lost edit");
    const auto conflict = repo.update(stale);
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().kind, Error::Kind::Conflict);
    const auto after = repo.findById(created->id);
    CHECK_OK(after);
    QCOMPARE(after->name, QStringLiteral("Invoices v2"));
    QCOMPARE(after->version, 2);
    QCOMPARE(after->updatedAt, kStart.addSecs(90));

    Workflow ghost = *created;
    ghost.id = QStringLiteral("no-such-id");
    QCOMPARE(repo.update(ghost).error().kind, Error::Kind::NotFound);
}

void TestWorkflowRepository::toggleActiveTwice()
{
    DOO_OPEN_TEST_DB(t, true);
    const User u = t->addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t->db(), UserContext::of(u));
    const auto created = repo.create(sample(QStringLiteral("Toggle me")));
    CHECK_OK(created);
    QVERIFY(created->isActive);

    m_clock.advanceSecs(10);
    const auto off = repo.toggleActive(created->id);
    CHECK_OK(off);
    QCOMPARE(off->isActive, false);
    QCOMPARE(off->version, 2);
    auto stored = repo.findById(created->id);
    CHECK_OK(stored);
    QCOMPARE(stored->isActive, false);
    QCOMPARE(stored->version, 2);
    QCOMPARE(stored->updatedAt, kStart.addSecs(10));

    m_clock.advanceSecs(10);
    const auto on = repo.toggleActive(created->id);
    CHECK_OK(on);
    QCOMPARE(on->isActive, true);
    QCOMPARE(on->version, 3);
    stored = repo.findById(created->id);
    CHECK_OK(stored);
    QCOMPARE(stored->isActive, true);
    QCOMPARE(stored->version, 3);
    QCOMPARE(stored->updatedAt, kStart.addSecs(20));
    QCOMPARE(stored->name, QStringLiteral("Toggle me"));

    QCOMPARE(repo.toggleActive(QStringLiteral("no-such-id")).error().kind, Error::Kind::NotFound);
}

void TestWorkflowRepository::removeCascadesExecutions()
{
    DOO_OPEN_TEST_DB(t, true);
    const User u = t->addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t->db(), UserContext::of(u));
    const auto doomed = repo.create(sample(QStringLiteral("Doomed")));
    const auto kept = repo.create(sample(QStringLiteral("Kept")));
    CHECK_OK(doomed);
    CHECK_OK(kept);
    CHECK_OK(repo.execute(doomed->id, run(ExecutionStatus::Success, kStart)));
    CHECK_OK(repo.execute(doomed->id, run(ExecutionStatus::Failed, kStart.addSecs(3600))));
    CHECK_OK(repo.execute(kept->id, run(ExecutionStatus::Success, kStart)));
    QCOMPARE(t->rowCount(QStringLiteral("workflow_execution")), 3);

    const Status removed = repo.remove(doomed->id);
    QVERIFY2(removed.ok(), qPrintable(removed.error().text()));
    QCOMPARE(repo.findById(doomed->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(t->rowCount(QStringLiteral("workflow")), 1);
    QCOMPARE(t->rowCount(QStringLiteral("workflow_execution")), 1);
    const auto left = repo.executions(kept->id);
    CHECK_OK(left);
    QCOMPARE(left->size(), 1);

    QCOMPARE(repo.remove(doomed->id).error().kind, Error::Kind::NotFound);
}

void TestWorkflowRepository::executeRecordsRun()
{
    DOO_OPEN_TEST_DB(t, true);
    const User u = t->addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t->db(), UserContext::of(u));
    const auto w = repo.create(sample(QStringLiteral("Runs")));
    CHECK_OK(w);

    WorkflowExecution e = run(ExecutionStatus::Failed, kStart.addSecs(-600), 2, 12.5);
    e.error = QStringLiteral("the mail server did not answer");
    e.output = QStringLiteral("{\"created\": [\"a\", \"b\"], \"retries\": 3}");
    const auto recorded = repo.execute(w->id, e);
    CHECK_OK(recorded);
    QVERIFY(!recorded->id.isEmpty());
    QCOMPARE(recorded->workflowId, w->id);
    QCOMPARE(t->rowCount(QStringLiteral("workflow_execution")), 1);

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
    Query nulls(t->db());
    QVERIFY(nulls.exec(QStringLiteral("SELECT count(*) FROM workflow_execution WHERE error IS NULL AND output IS NULL "
                                      "AND finished_at IS NULL")));
    QVERIFY(nulls.next());
    QCOMPARE(nulls.value(0).toInt(), 1);
    QCOMPARE(must(repo.findById(w->id)).lastRunAt, kStart.addSecs(1));

    QCOMPARE(repo.execute(QStringLiteral("no-such-id"), bare).error().kind, Error::Kind::NotFound);
    QCOMPARE(t->rowCount(QStringLiteral("workflow_execution")), 2);
}

void TestWorkflowRepository::executeFillsTimes()
{
    DOO_OPEN_TEST_DB(t, true);
    const User u = t->addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t->db(), UserContext::of(u));
    const auto w = repo.create(sample(QStringLiteral("Manual")));
    CHECK_OK(w);

    m_clock.advanceSecs(30);
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

void TestWorkflowRepository::duplicateRunIsConflict()
{
    DOO_OPEN_TEST_DB(t, true);
    const User u = t->addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t->db(), UserContext::of(u));
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
    QCOMPARE(t->rowCount(QStringLiteral("workflow_execution")), 1);
    const auto list = repo.executions(w->id);
    CHECK_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().status, ExecutionStatus::Success);
    QCOMPARE(must(repo.findById(w->id)).lastRunAt, slot.addSecs(5)); // not moved by the refused run
    if (t->db().type() == DbType::PostgreSQL) {
        // The refused INSERT's prepared statement was freed, not left behind in the session
        // (the statements that worked stay prepared for reuse).
        Query prepared(t->db());
        QVERIFY(prepared.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements "
                                             "WHERE statement LIKE '%INSERT INTO workflow_execution%'"))
                && prepared.next());
        QCOMPARE(prepared.value(0).toInt(), 0);
    }

    // The failed statement left no broken transaction behind: the next run is recorded.
    CHECK_OK(repo.execute(w->id, run(ExecutionStatus::Success, slot.addSecs(60))));
    QCOMPARE(t->rowCount(QStringLiteral("workflow_execution")), 2);

    // The same slot of another workflow is a different run.
    const auto other = repo.create(sample(QStringLiteral("Other")));
    CHECK_OK(other);
    CHECK_OK(repo.execute(other->id, run(ExecutionStatus::Success, slot)));
    QCOMPARE(t->rowCount(QStringLiteral("workflow_execution")), 3);
}

void TestWorkflowRepository::executionsNewestFirst()
{
    DOO_OPEN_TEST_DB(t, true);
    const User u = t->addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t->db(), UserContext::of(u));
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

void TestWorkflowRepository::dueWorkflows()
{
    DOO_OPEN_TEST_DB(t, true);
    const User u = t->addUser(QStringLiteral("u@example.com"), UserRole::Director);
    const User other = t->addUser(QStringLiteral("other@example.com"), UserRole::Director);
    const User admin = t->addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    WorkflowRepository repo(t->db(), UserContext::of(u));
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
    WorkflowRepository otherRepo(t->db(), UserContext::of(other));
    CHECK_OK(add(otherRepo, QStringLiteral("someone else's"), true, now.addSecs(-60)));

    auto names = [](const QList<Workflow> &list) {
        QStringList n;
        for (const Workflow &w : list)
            n << w.name;
        return n;
    };
    const auto due = repo.getDueWorkflows(now);
    CHECK_OK(due);
    QCOMPARE(names(*due), (QStringList{QStringLiteral("two days ago"), QStringLiteral("one hour ago"),
                                       QStringLiteral("exactly now")}));

    const auto first = repo.getDueWorkflows(now, 2);
    CHECK_OK(first);
    QCOMPARE(names(*first), (QStringList{QStringLiteral("two days ago"), QStringLiteral("one hour ago")}));

    WorkflowRepository adminRepo(t->db(), UserContext::of(admin));
    const auto everyone = adminRepo.getDueWorkflows(now);
    CHECK_OK(everyone);
    QCOMPARE(names(*everyone), (QStringList{QStringLiteral("two days ago"), QStringLiteral("one hour ago"),
                                            QStringLiteral("someone else's"), QStringLiteral("exactly now")}));

    const auto early = repo.getDueWorkflows(now.addDays(-3));
    CHECK_OK(early);
    QVERIFY(early->isEmpty());
}

void TestWorkflowRepository::stats()
{
    DOO_OPEN_TEST_DB(t, true);
    const User a = t->addUser(QStringLiteral("a@example.com"), UserRole::Director);
    const User b = t->addUser(QStringLiteral("b@example.com"), UserRole::Director);
    const User c = t->addUser(QStringLiteral("c@example.com"), UserRole::User);
    const User admin = t->addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    WorkflowRepository repoA(t->db(), UserContext::of(a));
    WorkflowRepository repoB(t->db(), UserContext::of(b));

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
    const auto all = WorkflowRepository(t->db(), UserContext::of(admin)).getStats();
    CHECK_OK(all);
    QCOMPARE(all->total, 4);
    QCOMPARE(all->active, 3);
    QCOMPARE(all->executions, 6);
    QCOMPARE(all->successful, 3);
    QCOMPARE(all->failed, 1);
    QCOMPARE(all->successRate, 0.75);
    QCOMPARE(all->hoursSaved, 10.75);
    QCOMPARE(all->tasksCreated, 17);

    const auto none = WorkflowRepository(t->db(), UserContext::of(c)).getStats();
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

void TestWorkflowRepository::invalidWorkflow_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("actions");
    QTest::addColumn<double>("estimate");
    QTest::addColumn<QString>("field");
    const QString okName = QStringLiteral("Valid");
    const QString okDescription = QStringLiteral("fine");
    const QString okTrigger = QStringLiteral("{\"type\":\"manual\"}");
    const QString okActions = QStringLiteral("[]");
    for (const char *backend : {"sqlite", "postgresql"}) {
        const QString b = QString::fromLatin1(backend);
        auto row = [&](const char *name) { return &QTest::addRow("%s:%s", backend, name); };
        *row("empty name") << b << QStringLiteral("   ") << okDescription << okTrigger << okActions << 1.0
                           << QStringLiteral("name");
        *row("trigger not an object") << b << okName << okDescription << QStringLiteral("[1, 2]") << okActions << 1.0
                                      << QStringLiteral("trigger");
        *row("actions not an array") << b << okName << okDescription << okTrigger << QStringLiteral("{\"type\":\"x\"}")
                                     << 1.0 << QStringLiteral("actions");
        *row("invalid JSON") << b << okName << okDescription << QStringLiteral("{\"type\": ") << okActions << 1.0
                             << QStringLiteral("trigger");
        *row("negative estimate") << b << okName << okDescription << okTrigger << okActions << -0.5
                                  << QStringLiteral("estimatedMinutesSaved");
        *row("not a number estimate") << b << okName << okDescription << okTrigger << okActions
                                      << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("estimatedMinutesSaved");
        *row("too-long description") << b << okName << QString(2001, QLatin1Char('d')) << okTrigger << okActions << 1.0
                                     << QStringLiteral("description");
    }
}

void TestWorkflowRepository::invalidWorkflow()
{
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(QString, trigger);
    QFETCH(QString, actions);
    QFETCH(double, estimate);
    QFETCH(QString, field);
    DOO_OPEN_TEST_DB(t, true);
    const User u = t->addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t->db(), UserContext::of(u));
    auto apply = [&](Workflow w) {
        w.name = name;
        w.description = description;
        w.trigger = trigger;
        w.actions = actions;
        w.estimatedMinutesSaved = estimate;
        return w;
    };

    const auto created = repo.create(apply(sample(QStringLiteral("ignored"))));
    QVERIFY(!created);
    QCOMPARE(created.error().kind, Error::Kind::Validation);
    QCOMPARE(created.error().field, field);
    QCOMPARE(t->rowCount(QStringLiteral("workflow")), 0);

    // The same change to an existing workflow is refused and changes nothing.
    const auto original = repo.create(sample(QStringLiteral("Original")));
    CHECK_OK(original);
    m_clock.advanceSecs(5);
    const auto updated = repo.update(apply(*original));
    QVERIFY(!updated);
    QCOMPARE(updated.error().kind, Error::Kind::Validation);
    QCOMPARE(updated.error().field, field);
    QCOMPARE(t->rowCount(QStringLiteral("workflow")), 1);
    const auto stored = repo.findById(original->id);
    CHECK_OK(stored);
    QCOMPARE(stored->name, QStringLiteral("Original"));
    QCOMPARE(stored->description, original->description);
    QCOMPARE(json(stored->trigger), json(original->trigger));
    QCOMPARE(json(stored->actions), json(original->actions));
    QCOMPARE(stored->estimatedMinutesSaved, original->estimatedMinutesSaved);
    QCOMPARE(stored->updatedAt, kStart);
    QCOMPARE(stored->version, 1);
}

void TestWorkflowRepository::invalidExecution_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("tasks");
    QTest::addColumn<double>("minutes");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("field");
    for (const char *backend : {"sqlite", "postgresql"}) {
        const QString b = QString::fromLatin1(backend);
        auto row = [&](const char *name) { return &QTest::addRow("%s:%s", backend, name); };
        *row("negative tasks") << b << -1 << 1.0 << QString() << QString() << QStringLiteral("tasksCreated");
        *row("negative minutes") << b << 0 << -2.0 << QString() << QString() << QStringLiteral("minutesSaved");
        *row("infinite minutes") << b << 0 << std::numeric_limits<double>::infinity() << QString() << QString()
                                 << QStringLiteral("minutesSaved");
        *row("too-long error") << b << 0 << 1.0 << QString(4001, QLatin1Char('e')) << QString() << QStringLiteral("error");
        *row("invalid output") << b << 0 << 1.0 << QString() << QStringLiteral("{\"a\": [1,}") << QStringLiteral("output");
    }
}

void TestWorkflowRepository::invalidExecution()
{
    QFETCH(int, tasks);
    QFETCH(double, minutes);
    QFETCH(QString, error);
    QFETCH(QString, output);
    QFETCH(QString, field);
    DOO_OPEN_TEST_DB(t, true);
    const User u = t->addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t->db(), UserContext::of(u));
    const auto w = repo.create(sample(QStringLiteral("Runs")));
    CHECK_OK(w);

    WorkflowExecution e = run(ExecutionStatus::Success, kStart.addSecs(-60), tasks, minutes);
    e.error = error;
    e.output = output;
    const auto recorded = repo.execute(w->id, e);
    QVERIFY(!recorded);
    QCOMPARE(recorded.error().kind, Error::Kind::Validation);
    QCOMPARE(recorded.error().field, field);
    QCOMPARE(t->rowCount(QStringLiteral("workflow_execution")), 0);
    QVERIFY(!must(repo.findById(w->id)).lastRunAt.isValid());

    // The boundary values themselves are accepted.
    WorkflowExecution edge = run(ExecutionStatus::Success, kStart.addSecs(-60), 0, 0);
    edge.error = QString(4000, QLatin1Char('e'));
    edge.output = QStringLiteral("[]");
    CHECK_OK(repo.execute(w->id, edge));
    QCOMPARE(t->rowCount(QStringLiteral("workflow_execution")), 1);
}

void TestWorkflowRepository::scoping()
{
    DOO_OPEN_TEST_DB(t, true);
    const User owner = t->addUser(QStringLiteral("owner@example.com"), UserRole::User);
    const User intruder = t->addUser(QStringLiteral("intruder@example.com"), UserRole::User);
    const User admin = t->addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    WorkflowRepository mine(t->db(), UserContext::of(owner));
    WorkflowRepository theirs(t->db(), UserContext::of(intruder));
    WorkflowRepository all(t->db(), UserContext::of(admin));

    Workflow due = sample(QStringLiteral("Private"));
    due.nextRunAt = kStart.addSecs(-60);
    const auto w = mine.create(due);
    CHECK_OK(w);
    CHECK_OK(mine.execute(w->id, run(ExecutionStatus::Success, kStart.addSecs(-60))));

    QCOMPARE(theirs.findById(w->id).error().kind, Error::Kind::NotFound);
    Workflow hijack = *w;
    hijack.name = QStringLiteral("Hijacked");
    QCOMPARE(theirs.update(hijack).error().kind, Error::Kind::NotFound);
    QCOMPARE(theirs.toggleActive(w->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(theirs.execute(w->id, run(ExecutionStatus::Success, kStart)).error().kind, Error::Kind::NotFound);
    QCOMPARE(theirs.executions(w->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(theirs.remove(w->id).error().kind, Error::Kind::NotFound);
    const auto foreign = theirs.findByUserId(owner.id);
    CHECK_OK(foreign);
    QVERIFY(foreign->isEmpty());
    QVERIFY(must(theirs.getDueWorkflows(kStart)).isEmpty());
    QCOMPARE(must(theirs.getStats()).total, 0);
    QCOMPARE(must(theirs.getStats()).executions, 0);

    // Nothing the intruder tried changed anything.
    const auto untouched = mine.findById(w->id);
    CHECK_OK(untouched);
    QCOMPARE(untouched->name, QStringLiteral("Private"));
    QCOMPARE(untouched->isActive, true);
    QCOMPARE(untouched->version, 1);
    QCOMPARE(t->rowCount(QStringLiteral("workflow_execution")), 1);

    // A non-ADMIN cannot create for someone else: the workflow becomes its own.
    Workflow planted = sample(QStringLiteral("Planted"));
    planted.userId = owner.id;
    const auto own = theirs.create(planted);
    CHECK_OK(own);
    QCOMPARE(own->userId, intruder.id);
    QCOMPARE(must(mine.findByUserId(owner.id)).size(), 1);

    // An ADMIN sees and changes everyone's, and creates for a given user.
    CHECK_OK(all.findById(w->id));
    const auto listed = all.findByUserId(owner.id);
    CHECK_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(must(all.getDueWorkflows(kStart)).size(), 1);
    Workflow renamed = *untouched;
    renamed.name = QStringLiteral("Renamed by admin");
    const auto updated = all.update(renamed);
    CHECK_OK(updated);
    QCOMPARE(updated->userId, owner.id);
    CHECK_OK(all.toggleActive(w->id));
    CHECK_OK(all.execute(w->id, run(ExecutionStatus::Success, kStart)));
    QCOMPARE(must(all.executions(w->id)).size(), 2);
    const auto check = mine.findById(w->id);
    CHECK_OK(check);
    QCOMPARE(check->name, QStringLiteral("Renamed by admin"));
    QCOMPARE(check->isActive, false);
    QCOMPARE(check->version, 3);
    Workflow assigned = sample(QStringLiteral("Assigned"));
    assigned.userId = owner.id;
    const auto forOwner = all.create(assigned);
    CHECK_OK(forOwner);
    QCOMPARE(forOwner->userId, owner.id);
    QCOMPARE(must(mine.findByUserId(owner.id)).size(), 2);
    const Status removed = all.remove(w->id);
    QVERIFY2(removed.ok(), qPrintable(removed.error().text()));
    QCOMPARE(mine.findById(w->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(t->rowCount(QStringLiteral("workflow_execution")), 0);
}

QTEST_GUILESS_MAIN(TestWorkflowRepository)
#include "tst_workflowrepository.moc"
