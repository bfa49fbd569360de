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

class TestWorkflowRepository : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestWorkflowRepository() { useFixedClock(kStart); }

private Q_SLOTS:
    void createAndFindRoundTrip();
    void findByUserId();
    void updateAndStaleVersion();
    void toggleActiveTwice();
    void removeCascadesExecutions();
    void invalidWorkflow_data();
    void invalidWorkflow();
    void scoping();
};

void TestWorkflowRepository::createAndFindRoundTrip()
{
    auto &t = database();
    const User owner = t.addUser(QStringLiteral("owner@example.com"), UserRole::Director);
    const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::Director);
    WorkflowRepository repo(t.db(), UserContext::of(owner));

    Workflow input = sample(QStringLiteral("  Weekly report  "));
    input.type = WorkflowType::DataSync;
    input.isActive = false;
    input.frequency = QStringLiteral("  weekly "); // replaced by the trigger in words
    input.userId = other.id; // not an ADMIN: ignored
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
    QCOMPARE(found->frequency, QStringLiteral("Every Monday at 09:00"));
    QCOMPARE(found->isActive, false);
    QCOMPARE(found->estimatedMinutesSaved, 37.5);
    QCOMPARE(found->nextRunAt, kStart.addDays(7));
    QVERIFY(!found->lastRunAt.isValid());
    QCOMPARE(found->createdAt, kStart);
    QCOMPARE(found->updatedAt, kStart);
    QCOMPARE(found->version, 1);
    QCOMPARE(t.rowCount(QStringLiteral("workflow")), 1);

    // A workflow without actions is refused: the definition is validated strictly.
    Workflow minimal;
    minimal.name = QStringLiteral("Minimal");
    const auto noActions = repo.create(minimal);
    QVERIFY(!noActions);
    QCOMPARE(noActions.error().field, QStringLiteral("actions"));
    QCOMPARE(t.rowCount(QStringLiteral("workflow")), 1);

    // A name and one action: the defaults (no description, a manual trigger) are stored.
    minimal.actions = QStringLiteral("[{\"type\":\"notify\",\"title\":\"Ping\"}]");
    const auto bare = repo.create(minimal);
    CHECK_OK(bare);
    const auto bareFound = repo.findById(bare->id);
    CHECK_OK(bareFound);
    QCOMPARE(bareFound->description, QString());
    QCOMPARE(bareFound->frequency, QStringLiteral("Manually"));
    QCOMPARE(bareFound->type, WorkflowType::TaskAutomation);
    QCOMPARE(json(bareFound->trigger), json(QStringLiteral("{\"type\":\"manual\"}")));
    QCOMPARE(json(bareFound->actions), json(minimal.actions));
    QVERIFY(!bareFound->nextRunAt.isValid());
    QCOMPARE(bareFound->estimatedMinutesSaved, 0.0);

    const auto missing = repo.findById(QStringLiteral("no-such-id"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestWorkflowRepository::findByUserId()
{
    auto &t = database();
    const User a = t.addUser(QStringLiteral("a@example.com"), UserRole::Director);
    const User b = t.addUser(QStringLiteral("b@example.com"), UserRole::Director);
    WorkflowRepository repoA(t.db(), UserContext::of(a));
    WorkflowRepository repoB(t.db(), UserContext::of(b));
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
    auto &t = database();
    const User u = t.addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t.db(), UserContext::of(u));
    const auto created = repo.create(sample(QStringLiteral("Invoices")));
    CHECK_OK(created);

    clock().advanceSecs(90);
    Workflow changed = *created;
    changed.name = QStringLiteral(" Invoices v2 ");
    changed.description = QStringLiteral("Now with reminders");
    changed.type = WorkflowType::Notification;
    changed.trigger = QStringLiteral("{\"type\":\"event\",\"event\":\"task.due_soon\",\"within_hours\":24}");
    changed.actions = QStringLiteral("[{\"type\":\"notify\",\"title\":\"Due: {task.title}\"},"
                                     "{\"type\":\"create_task\",\"title\":\"Call\"}]");
    changed.frequency = QStringLiteral("On overdue invoices"); // replaced by the trigger in words
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
    QCOMPARE(saved->frequency, QStringLiteral("When a task is due within 24 hours"));
    QCOMPARE(saved->isActive, false);
    QCOMPARE(saved->estimatedMinutesSaved, 12.25);
    QVERIFY(!saved->nextRunAt.isValid());
    QCOMPARE(saved->createdAt, kStart);
    QCOMPARE(saved->updatedAt, kStart.addSecs(90));
    QCOMPARE(saved->userId, u.id);
    QCOMPARE(saved->version, 2);

    // Someone still holding version 1 saves: refused, the row stays as it was.
    clock().advanceSecs(60);
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
    auto &t = database();
    const User u = t.addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t.db(), UserContext::of(u));
    const auto created = repo.create(sample(QStringLiteral("Toggle me")));
    CHECK_OK(created);
    QVERIFY(created->isActive);

    clock().advanceSecs(10);
    const auto off = repo.toggleActive(created->id);
    CHECK_OK(off);
    QCOMPARE(off->isActive, false);
    QCOMPARE(off->version, 2);
    auto stored = repo.findById(created->id);
    CHECK_OK(stored);
    QCOMPARE(stored->isActive, false);
    QCOMPARE(stored->version, 2);
    QCOMPARE(stored->updatedAt, kStart.addSecs(10));

    clock().advanceSecs(10);
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
    auto &t = database();
    const User u = t.addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t.db(), UserContext::of(u));
    const auto doomed = repo.create(sample(QStringLiteral("Doomed")));
    const auto kept = repo.create(sample(QStringLiteral("Kept")));
    CHECK_OK(doomed);
    CHECK_OK(kept);
    CHECK_OK(repo.execute(doomed->id, run(ExecutionStatus::Success, kStart)));
    CHECK_OK(repo.execute(doomed->id, run(ExecutionStatus::Failed, kStart.addSecs(3600))));
    CHECK_OK(repo.execute(kept->id, run(ExecutionStatus::Success, kStart)));
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 3);

    const Status removed = repo.remove(doomed->id);
    CHECK_OK(removed);
    QCOMPARE(repo.findById(doomed->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(t.rowCount(QStringLiteral("workflow")), 1);
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 1);
    const auto left = repo.executions(kept->id);
    CHECK_OK(left);
    QCOMPARE(left->size(), 1);

    QCOMPARE(repo.remove(doomed->id).error().kind, Error::Kind::NotFound);
}

void TestWorkflowRepository::invalidWorkflow_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("actions");
    QTest::addColumn<double>("estimate");
    QTest::addColumn<QString>("field");
    const QString okName = QStringLiteral("Valid");
    const QString okDescription = QStringLiteral("fine");
    const QString okTrigger = QStringLiteral("{\"type\":\"manual\"}");
    const QString okActions = QStringLiteral("[{\"type\":\"notify\",\"title\":\"Check\"}]");
    QTest::newRow("empty name") << QStringLiteral("   ") << okDescription << okTrigger << okActions << 1.0
                                << QStringLiteral("name");
    QTest::newRow("trigger not an object") << okName << okDescription << QStringLiteral("[1, 2]") << okActions << 1.0
                                           << QStringLiteral("trigger");
    QTest::newRow("actions not an array") << okName << okDescription << okTrigger << QStringLiteral("{\"type\":\"x\"}") << 1.0
                                          << QStringLiteral("actions");
    QTest::newRow("invalid JSON") << okName << okDescription << QStringLiteral("{\"type\": ") << okActions << 1.0
                                  << QStringLiteral("trigger");
    QTest::newRow("no actions") << okName << okDescription << okTrigger << QStringLiteral("[]") << 1.0
                                << QStringLiteral("actions");
    QTest::newRow("old trigger format") << okName << okDescription
                                        << QStringLiteral("{\"type\":\"schedule\",\"cron\":\"0 9 * * 1\"}") << okActions << 1.0
                                        << QStringLiteral("trigger.cron");
    QTest::newRow("bad schedule") << okName << okDescription
                                  << QStringLiteral("{\"type\":\"schedule\",\"at\":\"daily at 25:00\"}") << okActions << 1.0
                                  << QStringLiteral("trigger.at");
    QTest::newRow("action value") << okName << okDescription << okTrigger
                                  << QStringLiteral("[{\"type\":\"notify\",\"title\":\"t\"},"
                                                    "{\"type\":\"create_task\",\"title\":\"t\",\"due_in_days\":-1}]")
                                  << 1.0 << QStringLiteral("actions[1].due_in_days");
    QTest::newRow("negative estimate") << okName << okDescription << okTrigger << okActions << -0.5
                                       << QStringLiteral("estimatedMinutesSaved");
    QTest::newRow("not a number estimate") << okName << okDescription << okTrigger << okActions
                                           << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("estimatedMinutesSaved");
    QTest::newRow("too-long description") << okName << QString(2001, QLatin1Char('d')) << okTrigger << okActions << 1.0
                                          << QStringLiteral("description");
}

void TestWorkflowRepository::invalidWorkflow()
{
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(QString, trigger);
    QFETCH(QString, actions);
    QFETCH(double, estimate);
    QFETCH(QString, field);
    auto &t = database();
    const User u = t.addUser(QStringLiteral("u@example.com"), UserRole::Director);
    WorkflowRepository repo(t.db(), UserContext::of(u));
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
    QCOMPARE(t.rowCount(QStringLiteral("workflow")), 0);

    // The same change to an existing workflow is refused and changes nothing.
    const auto original = repo.create(sample(QStringLiteral("Original")));
    CHECK_OK(original);
    clock().advanceSecs(5);
    const auto updated = repo.update(apply(*original));
    QVERIFY(!updated);
    QCOMPARE(updated.error().kind, Error::Kind::Validation);
    QCOMPARE(updated.error().field, field);
    QCOMPARE(t.rowCount(QStringLiteral("workflow")), 1);
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

void TestWorkflowRepository::scoping()
{
    auto &t = database();
    const User owner = t.addUser(QStringLiteral("owner@example.com"), UserRole::User);
    const User intruder = t.addUser(QStringLiteral("intruder@example.com"), UserRole::User);
    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    WorkflowRepository mine(t.db(), UserContext::of(owner));
    WorkflowRepository theirs(t.db(), UserContext::of(intruder));
    WorkflowRepository all(t.db(), UserContext::of(admin));

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
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 1);

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
    CHECK_OK(removed);
    QCOMPARE(mine.findById(w->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 0);
}

QTEST_GUILESS_MAIN(TestWorkflowRepository)
#include "tst_workflowrepository.moc"
