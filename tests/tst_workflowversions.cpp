// Versions of a workflow: every saved change of the definition keeps the one it replaced,
// restoring an old one is a new change, and versions are scoped like their workflow; on SQLite
// and PostgreSQL.

#include "Checks.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "domain/Clock.h"
#include "repositories/WorkflowRepository.h"

#include <QJsonObject>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {
const QString kDaily = QStringLiteral("{\"type\": \"schedule\", \"at\": \"daily at 07:30\"}");
const QString kTwoActions = QStringLiteral("[{\"type\": \"create_task\", \"title\": \"Daily check\", \"priority\": \"HIGH\"},"
                                           " {\"type\": \"notify\", \"title\": \"Checked\"}]");

// The definition parts of a version, to compare with a workflow.
void compareDefinition(const WorkflowVersion &v, const Workflow &w)
{
    QCOMPARE(v.name, w.name);
    QCOMPARE(v.description, w.description);
    QCOMPARE(v.type, w.type);
    QCOMPARE(json(v.trigger), json(w.trigger));
    QCOMPARE(json(v.actions), json(w.actions));
    QCOMPARE(v.estimatedMinutesSaved, w.estimatedMinutesSaved);
    QCOMPARE(v.isActive, w.isActive);
}
} // namespace

class TestWorkflowVersions : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestWorkflowVersions() { useFixedClock(kStart); }

private Q_SLOTS:
    void versionsKeptOnEveryChange();
    void failedUpdateKeepsNoVersion();
    void restoreVersion();
    void scoping();
};

void TestWorkflowVersions::versionsKeptOnEveryChange()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    WorkflowRepository repo(t.db(), UserContext::of(u));
    const Workflow v1 = must(repo.create(sample(QStringLiteral("Weekly report"))));
    QVERIFY(must(repo.versions(v1.id)).isEmpty());

    // Change 1 at +1 h: the name.
    clock().set(kStart.addSecs(3600));
    Workflow edit = v1;
    edit.name = QStringLiteral("Weekly numbers");
    const Workflow v2 = must(repo.update(edit));
    QCOMPARE(v2.version, 2);
    auto list = must(repo.versions(v1.id));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).version, 1);
    QCOMPARE(list.at(0).savedAt, kStart.addSecs(3600));
    compareDefinition(list.at(0), v1);

    // Change 2 at +2 h: everything else of the definition.
    clock().set(kStart.addSecs(7200));
    edit = v2;
    edit.description = QStringLiteral("Checks every morning");
    edit.type = WorkflowType::TaskAutomation;
    edit.trigger = kDaily;
    edit.actions = kTwoActions;
    edit.estimatedMinutesSaved = 12.25;
    const Workflow v3 = must(repo.update(edit));
    QCOMPARE(v3.version, 3);
    list = must(repo.versions(v1.id));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).version, 2); // newest first
    QCOMPARE(list.at(0).savedAt, kStart.addSecs(7200));
    compareDefinition(list.at(0), v2);
    QCOMPARE(list.at(1).version, 1);
    compareDefinition(list.at(1), v1);

    // Switching off (through update or toggleActive) and a new due time change no definition.
    edit = v3;
    edit.isActive = false;
    const Workflow v4 = must(repo.update(edit));
    const Workflow v5 = must(repo.toggleActive(v1.id));
    QCOMPARE(v5.version, 5);
    QVERIFY(v5.isActive);
    QCOMPARE(must(repo.versions(v1.id)).size(), 2);
    QCOMPARE(t.rowCount(QStringLiteral("workflow_version")), 2);

    // A change while off keeps that state in its version.
    edit = must(repo.toggleActive(v1.id)); // version 6, off
    QVERIFY(!edit.isActive);
    edit.name = QStringLiteral("Morning check");
    CHECK_OK(repo.update(edit));
    list = must(repo.versions(v1.id));
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).version, 6);
    QCOMPARE(list.at(0).name, QStringLiteral("Weekly numbers"));
    QVERIFY(!list.at(0).isActive);
    QCOMPARE(list.at(0).toJson().value(QStringLiteral("version")).toInt(), 6);
    QCOMPARE(list.at(0).toJson().value(QStringLiteral("trigger")).toObject().value(QStringLiteral("at")).toString(),
             QStringLiteral("daily at 07:30"));
    Q_UNUSED(v4);

    // Deleting the workflow deletes its versions.
    CHECK_OK(repo.remove(v1.id));
    QCOMPARE(t.rowCount(QStringLiteral("workflow_version")), 0);
}

void TestWorkflowVersions::failedUpdateKeepsNoVersion()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    WorkflowRepository repo(t.db(), UserContext::of(u));
    const Workflow w = must(repo.create(sample(QStringLiteral("Weekly report"))));
    Workflow edit = w;
    edit.name = QStringLiteral("Renamed");
    CHECK_OK(repo.update(edit));
    // Stale version: Conflict, nothing kept.
    edit.name = QStringLiteral("Renamed again");
    const auto stale = repo.update(edit);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    // Invalid definition: refused before anything is written.
    edit = must(repo.findById(w.id));
    edit.actions = QStringLiteral("[{\"type\": \"create_task\"}]");
    const auto invalid = repo.update(edit);
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().kind, Error::Kind::Validation);
    QCOMPARE(must(repo.versions(w.id)).size(), 1);
}

void TestWorkflowVersions::restoreVersion()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    setTimeZone(t.db(), u, QStringLiteral("UTC"));
    WorkflowRepository repo(t.db(), UserContext::of(u));
    Workflow original = sample(QStringLiteral("Weekly report"));
    original.nextRunAt = {}; // timed by the repository: Monday 2026-03-02 09:15:30 -> next Monday 09:00
    const Workflow v1 = must(repo.create(original));
    QCOMPARE(v1.nextRunAt, QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC));
    Workflow edit = v1;
    edit.name = QStringLiteral("Daily check");
    edit.trigger = kDaily;
    edit.actions = kTwoActions;
    edit.estimatedMinutesSaved = 5;
    const Workflow v2 = must(repo.update(edit));
    QCOMPARE(v2.nextRunAt, QDateTime(QDate(2026, 3, 3), QTime(7, 30), Qt::UTC));

    // Wednesday 2026-03-04 10:00: back to version 1; the weekly trigger is timed afresh.
    clock().set(QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC));
    const Workflow restored = must(repo.restoreVersion(v1.id, 1));
    QCOMPARE(restored.version, 3);
    QCOMPARE(restored.name, QStringLiteral("Weekly report"));
    QCOMPARE(restored.description, v1.description);
    QCOMPARE(restored.type, WorkflowType::Reporting);
    QCOMPARE(json(restored.trigger), json(v1.trigger));
    QCOMPARE(json(restored.actions), json(v1.actions));
    QCOMPARE(restored.estimatedMinutesSaved, 37.5);
    QCOMPARE(restored.frequency, QStringLiteral("Every Monday at 09:00"));
    QCOMPARE(restored.nextRunAt, QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC));
    const Workflow stored = must(repo.findById(v1.id));
    QCOMPARE(stored.name, QStringLiteral("Weekly report"));
    QCOMPARE(stored.version, 3);
    QCOMPARE(stored.nextRunAt, QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC));
    QCOMPARE(stored.updatedAt, QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC));

    // The definition it replaced is now version 2; version 1 stays.
    const auto list = must(repo.versions(v1.id));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).version, 2);
    compareDefinition(list.at(0), v2);
    QCOMPARE(list.at(1).version, 1);

    // Restoring keeps the on/off state of now.
    CHECK_OK(repo.toggleActive(v1.id)); // off, version 4
    const Workflow back = must(repo.restoreVersion(v1.id, 2));
    QCOMPARE(back.version, 5);
    QVERIFY(!back.isActive);
    QCOMPARE(back.name, QStringLiteral("Daily check"));
    QCOMPARE(must(repo.versions(v1.id)).first().version, 4);

    // No such version.
    const auto missing = repo.restoreVersion(v1.id, 4711);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::Validation);
    QCOMPARE(missing.error().field, QStringLiteral("version"));
    QCOMPARE(must(repo.findById(v1.id)).version, 5);
}

void TestWorkflowVersions::scoping()
{
    auto &t = database();
    const User owner = t.addUser(QStringLiteral("owner@example.com"), UserRole::Director);
    const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::Director);
    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    WorkflowRepository mine(t.db(), UserContext::of(owner));
    const Workflow w = must(mine.create(sample(QStringLiteral("Weekly report"))));
    Workflow edit = w;
    edit.name = QStringLiteral("Renamed");
    CHECK_OK(mine.update(edit));

    WorkflowRepository theirs(t.db(), UserContext::of(other));
    const auto seen = theirs.versions(w.id);
    QVERIFY(!seen);
    QCOMPARE(seen.error().kind, Error::Kind::NotFound);
    const auto restored = theirs.restoreVersion(w.id, 1);
    QVERIFY(!restored);
    QCOMPARE(restored.error().kind, Error::Kind::NotFound);
    QCOMPARE(must(mine.findById(w.id)).name, QStringLiteral("Renamed"));

    WorkflowRepository admins(t.db(), UserContext::of(admin));
    QCOMPARE(must(admins.versions(w.id)).size(), 1);
    const Workflow back = must(admins.restoreVersion(w.id, 1));
    QCOMPARE(back.name, QStringLiteral("Weekly report"));
    QCOMPARE(back.userId, owner.id);
}

QTEST_GUILESS_MAIN(TestWorkflowVersions)
#include "tst_workflowversions.moc"
