#include "Checks.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "itemmodels/OnboardingIntents.h"
#include "itemmodels/ConsultationIntents.h"
#include "itemmodels/ConsultationTableModel.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/UserRepository.h"
#include "workflow/RunUndo.h"
#include "workflow/WorkflowEngine.h"
#include "itemmodels/WorkflowIntents.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace doo;
using namespace doo::test;

namespace {

const QString kManual = QStringLiteral("{\"type\":\"manual\"}");

Consultation request(const QString &name)
{
    Consultation c;
    c.name = name;
    c.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.com");
    return c;
}

} // namespace

// The intents objects the views go through (ConsultationIntents, WorkflowIntents,
// OnboardingIntents), on both backends: the transaction that spans several repository calls,
// refusals that write nothing, and the undo step of a delete.
class TestIntents : public DatabaseTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void linkedTaskIsOneTransaction();
    void consultationRefusalsChangeNothing();
    void staleAfterAChangeElsewhere();
    void workflowSaveDuplicateRestore();
    void workflowDeleteIsAnUndoStep();
    void runNowAndUndoRun();
    void onboarding();
};

void TestIntents::linkedTaskIsOneTransaction()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    const User other = t.addUser(QStringLiteral("o@example.com"), UserRole::Director);
    ConsultationIntents intents(t.db(), UserContext::of(u));
    const Consultation mine = must(intents.requestConsultation(request(QStringLiteral("Ada"))));

    const Task made = must(intents.addLinkedTask(mine.id, QStringLiteral("Follow up with Ada")));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE id = ? AND consultation_id = ?"), {made.id, mine.id}),
             1);
    const ConsultationDetail detail = must(intents.detail(mine.id));
    QCOMPARE(detail.consultation.id, mine.id);
    QCOMPARE(detail.tasks.size(), 1);
    QCOMPARE(detail.tasks.first().title, QStringLiteral("Follow up with Ada"));
    QVERIFY(!detail.history.isEmpty());

    // Someone else's consultation: the link is refused, and the task made before it rolls back.
    const Consultation theirs =
        must(ConsultationRepository(t.db(), UserContext::of(other)).create(request(QStringLiteral("Zed"))));
    const auto refused = intents.addLinkedTask(theirs.id, QStringLiteral("Not mine"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::NotFound);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = ?"), {QStringLiteral("Not mine")}), 0);
    // An invalid title: nothing written either.
    QVERIFY(!intents.addLinkedTask(mine.id, QStringLiteral("   ")));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE consultation_id = ?"), {mine.id}), 1);
}

void TestIntents::consultationRefusalsChangeNothing()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    ConsultationIntents intents(t.db(), UserContext::of(u));
    const Consultation c = must(intents.requestConsultation(request(QStringLiteral("Bea"))));
    const QDateTime when(QDate(2031, 3, 5), QTime(10, 0), Qt::UTC);

    QCOMPARE(intents.completeConsultation(c.id, QStringLiteral("done")).error().kind, Error::Kind::Validation); // not scheduled
    QCOMPARE(intents.rescheduleConsultation(c.id, when).error().kind, Error::Kind::Validation);
    QCOMPARE(must(intents.consultation(c.id)).status, ConsultationStatus::Pending);

    QCOMPARE(must(intents.scheduleConsultation(c.id, when)).status, ConsultationStatus::Scheduled);
    QCOMPARE(must(intents.rescheduleConsultation(c.id, when.addDays(1))).scheduledDate, when.addDays(1));
    QCOMPARE(must(intents.overlapping(when.addDays(1), QString())).size(), 1);
    QVERIFY(must(intents.overlapping(when.addDays(1), c.id)).isEmpty());
    QCOMPARE(must(intents.completeConsultation(c.id, QStringLiteral("Went well"))).status, ConsultationStatus::Completed);
    QVERIFY(!intents.cancelConsultation(c.id, QStringLiteral("too late")));
    QCOMPARE(must(intents.stats()).total, 1);
}

void TestIntents::staleAfterAChangeElsewhere()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    ConsultationIntents intents(t.db(), UserContext::of(u));
    intents.reload();
    QCOMPARE(intents.model()->rowCount(), 0);
    QVERIFY(!intents.isStale());
    CHECK_OK(ConsultationRepository(t.db(), UserContext::of(u)).create(request(QStringLiteral("Cy")))); // the command line, say
    QVERIFY(intents.isStale());
    intents.reload();
    QVERIFY(!intents.isStale());
    QCOMPARE(intents.model()->rowCount(), 1);
}

void TestIntents::workflowSaveDuplicateRestore()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    WorkflowIntents intents(t.db(), UserContext::of(u), nullptr);
    Workflow w;
    w.userId = u.id;
    w.name = QStringLiteral("Weekly");
    w.type = WorkflowType::TaskAutomation;
    w.trigger = kManual;
    w.actions = QStringLiteral("[{\"type\":\"create_task\",\"title\":\"One\"}]");
    const Workflow created = must(intents.saveWorkflow(w)); // an empty id: created
    QVERIFY(!created.id.isEmpty());
    Workflow edited = created;
    edited.name = QStringLiteral("Weekly review");
    const Workflow saved = must(intents.saveWorkflow(edited)); // an id: a new version
    QCOMPARE(saved.id, created.id);
    QCOMPARE(saved.version, created.version + 1);
    edited.name = QString(); // invalid: refused, nothing saved
    QVERIFY(!intents.saveWorkflow(edited));

    const Workflow copy = must(intents.duplicateWorkflow(saved, QStringLiteral("Weekly review (copy)")));
    QVERIFY(copy.id != saved.id);
    QCOMPARE(copy.name, QStringLiteral("Weekly review (copy)"));
    QVERIFY(!copy.isActive);

    const QList<WorkflowVersion> versions = must(intents.versions(saved.id));
    QCOMPARE(versions.size(), 1);
    const Workflow restored = must(intents.restoreVersion(saved.id, versions.first().version));
    QCOMPARE(restored.name, QStringLiteral("Weekly"));
    QVERIFY(!intents.restoreVersion(saved.id, 99));
}

void TestIntents::workflowDeleteIsAnUndoStep()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    const Workflow w = must(addWorkflow(t.db(), u, QStringLiteral("Gone"), kManual,
                                        QStringLiteral("[{\"type\":\"create_task\",\"title\":\"One\"}]")));
    QUndoStack undo;
    WorkflowIntents intents(t.db(), UserContext::of(u), &undo);
    QSignalSpy changed(&intents, &WorkflowIntents::workflowsChanged);
    QSignalSpy errors(&intents, &WorkflowIntents::errorOccurred);
    intents.deleteWorkflow(w);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM workflow WHERE id = ?"), {w.id}), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.takeFirst().at(0).toString(), QString());
    QVERIFY(undo.canUndo());
    undo.undo();
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM workflow WHERE id = ?"), {w.id}), 1);
    QCOMPARE(changed.takeFirst().at(0).toString(), w.id);
    QVERIFY(errors.isEmpty());

    // Without an undo stack the delete is done at once and not undoable.
    WorkflowIntents plain(t.db(), UserContext::of(u), nullptr);
    plain.deleteWorkflow(w);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM workflow WHERE id = ?"), {w.id}), 0);
}

void TestIntents::runNowAndUndoRun()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    const Workflow w = must(addWorkflow(t.db(), u, QStringLiteral("Make one"), kManual,
                                        QStringLiteral("[{\"type\":\"create_task\",\"title\":\"One\"}]")));
    WorkflowIntents intents(t.db(), UserContext::of(u), nullptr);
    QCOMPARE(must(intents.dryRun(w)).effects.size(), 1);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = ?"), {QStringLiteral("One")}), 0);
    const WorkflowExecution run = must(intents.runNow(w));
    QCOMPARE(run.status, ExecutionStatus::Success);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = ?"), {QStringLiteral("One")}), 1);
    QCOMPARE(must(intents.undoPreview(run.id)).size(), 1);
    CHECK_OK(intents.undoRun(run.id));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE title = ?"), {QStringLiteral("One")}), 0);
    QVERIFY(!intents.undoRun(run.id)); // refused: already undone
    QVERIFY(must(intents.waitingApprovals()).isEmpty());
    QVERIFY(!intents.approveRun(run.id)); // refused: not waiting
}

void TestIntents::onboarding()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("new@example.com"), UserRole::Director);
    t.addUser(QStringLiteral("taken@example.com"), UserRole::User);
    OnboardingIntents intents(t.db(), UserContext::of(user));

    User invalid = user;
    invalid.email = QStringLiteral("not an email");
    QCOMPARE(intents.completeOnboarding(invalid).error().kind, Error::Kind::Validation);
    User taken = user;
    taken.email = QStringLiteral("taken@example.com");
    QVERIFY(!intents.completeOnboarding(taken));
    auto stored = UserRepository(t.db(), UserContext::of(user)).findById(user.id);
    QVERIFY(stored && !stored->onboardingCompleted && stored->version == user.version);

    User profile = user;
    profile.name = QStringLiteral(" Jane Doe ");
    const User saved = must(intents.completeOnboarding(profile));
    QVERIFY(saved.onboardingCompleted);
    QCOMPARE(saved.name, QStringLiteral("Jane Doe"));
    stored = UserRepository(t.db(), UserContext::of(user)).findById(user.id);
    QVERIFY(stored && stored->onboardingCompleted);
}

QTEST_MAIN(TestIntents)
#include "tst_intents.moc"
