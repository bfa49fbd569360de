#include "Checks.h"
#include "ClockGuard.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "domain/Clock.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/TaskRepository.h"
#include "workflow/WorkflowScheduler.h"

#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

const QDateTime kT0(QDate(2031, 3, 4), QTime(9, 0), Qt::UTC); // a Tuesday

Consultation request(const QString &name)
{
    Consultation c;
    c.name = name;
    c.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.com");
    return c;
}

QStringList bookingsOf(const QList<Consultation> &list)
{
    QStringList ids;
    for (const Consultation &c : list)
        ids << c.bookingId;
    return ids;
}

} // namespace

// Reschedule, no-show, history, overlaps, weekly counts, linked tasks and the workflow events of
// status changes, on both backends.
class TestConsultationFlow : public DatabaseTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void rescheduleOnlyWhenScheduled();
    void noShow();
    void historyInOrder();
    void overlaps();
    void requestsPerWeek();
    void linkedTasks();
    void deleteChecksVersionAndOwner();
    void statusChangesRunWorkflows();
};

void TestConsultationFlow::rescheduleOnlyWhenScheduled()
{
    auto &t = database();
    ClockGuard guard(kT0);
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(u));
    const Consultation a = must(repo.create(request(QStringLiteral("Ada"))));

    const auto early = repo.reschedule(a.id, kT0.addDays(2));
    QVERIFY(!early.ok());
    QCOMPARE(early.error().field, QStringLiteral("status"));
    QCOMPARE(early.error().message, QStringLiteral("the consultation is \"Pending\" and cannot be rescheduled"));

    CHECK_OK(repo.schedule(a.id, kT0.addDays(2)));
    const auto twice = repo.schedule(a.id, kT0.addDays(3));
    QCOMPARE(twice.error().message,
             QStringLiteral("the consultation is \"Scheduled\" and cannot be scheduled again; reschedule it"));
    const Consultation moved = must(repo.reschedule(a.id, kT0.addDays(4)));
    QCOMPARE(moved.scheduledDate, kT0.addDays(4));
    QCOMPARE(moved.status, ConsultationStatus::Scheduled);
    QCOMPARE(moved.version, 3);
    QCOMPARE(repo.reschedule(a.id, QDateTime()).error().field, QStringLiteral("scheduledDate"));

    CHECK_OK(repo.complete(a.id, QStringLiteral("done")));
    const auto late = repo.reschedule(a.id, kT0.addDays(5));
    QCOMPARE(late.error().message, QStringLiteral("the consultation is \"Completed\" and cannot be rescheduled"));
    QCOMPARE(must(repo.findById(a.id)).scheduledDate, kT0.addDays(4));
}

void TestConsultationFlow::noShow()
{
    auto &t = database();
    ClockGuard guard(kT0);
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(u));
    const Consultation a = must(repo.create(request(QStringLiteral("Ada"))));

    QCOMPARE(repo.markNoShow(a.id).error().message, QStringLiteral("the consultation is \"Pending\" and cannot be a no-show"));
    CHECK_OK(repo.schedule(a.id, kT0.addSecs(7200)));
    const auto tooEarly = repo.markNoShow(a.id);
    QCOMPARE(tooEarly.error().field, QStringLiteral("status"));
    QCOMPARE(tooEarly.error().message,
             QStringLiteral("the consultation starts at 2031-03-04T11:00:00Z; it can be a no-show only once it has started"));
    QCOMPARE(must(repo.findById(a.id)).status, ConsultationStatus::Scheduled);

    guard.clock.advanceSecs(7200); // the start itself
    const Consultation missed = must(repo.markNoShow(a.id));
    QCOMPARE(missed.status, ConsultationStatus::Cancelled);
    QVERIFY(missed.noShow);
    QCOMPARE(missed.cancellationReason, QStringLiteral("no-show"));
    const Consultation stored = must(repo.findById(a.id));
    QVERIFY(stored.noShow);
    QCOMPARE(stored.version, 3);
    QCOMPARE(repo.markNoShow(a.id).error().message, QStringLiteral("the consultation is \"Cancelled\" and cannot be a no-show"));
    QCOMPARE(repo.complete(a.id).error().message, QStringLiteral("the consultation is \"Cancelled\" and cannot be completed"));
    const ConsultationStats stats = must(repo.getStats());
    QCOMPARE(stats.noShows, 1);
    QCOMPARE(stats.cancelled, 1);
    QCOMPARE(stats.noShowRate, 1.0);
}

void TestConsultationFlow::historyInOrder()
{
    auto &t = database();
    ClockGuard guard(kT0);
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    const User other = t.addUser(QStringLiteral("o@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(u));
    const Consultation a = must(repo.create(request(QStringLiteral("Ada"))));
    guard.clock.advanceSecs(60);
    CHECK_OK(repo.schedule(a.id, kT0.addDays(1)));
    guard.clock.advanceSecs(60);
    CHECK_OK(repo.reschedule(a.id, kT0.addDays(2)));
    guard.clock.advanceSecs(60);
    CHECK_OK(repo.cancel(a.id, QStringLiteral("budget frozen")));

    const auto history = must(repo.history(a.id));
    QCOMPARE(history.size(), 4);
    QVERIFY(!history.at(0).fromStatus);
    QCOMPARE(history.at(0).toStatus, ConsultationStatus::Pending);
    QCOMPARE(history.at(0).changedAt, kT0);
    QCOMPARE(*history.at(1).fromStatus, ConsultationStatus::Pending);
    QCOMPARE(history.at(1).toStatus, ConsultationStatus::Scheduled);
    QCOMPARE(history.at(2).note, QStringLiteral("moved from 2031-03-05T09:00:00Z"));
    QCOMPARE(history.at(3).toStatus, ConsultationStatus::Cancelled);
    QCOMPARE(history.at(3).note, QStringLiteral("budget frozen"));
    QCOMPARE(history.at(3).changedAt, kT0.addSecs(180));
    // Another user sees nothing of it.
    QCOMPARE(ConsultationRepository(t.db(), UserContext::of(other)).history(a.id).error().kind, Error::Kind::NotFound);
}

void TestConsultationFlow::overlaps()
{
    auto &t = database();
    ClockGuard guard(kT0);
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    const User other = t.addUser(QStringLiteral("o@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(u));
    const QDateTime ten(QDate(2031, 3, 10), QTime(10, 0), Qt::UTC);
    const Consultation a = must(repo.create(request(QStringLiteral("Ada"))));
    const Consultation b = must(repo.create(request(QStringLiteral("Bob"))));
    const Consultation c = must(repo.create(request(QStringLiteral("Cy"))));
    CHECK_OK(repo.schedule(a.id, ten));
    CHECK_OK(repo.schedule(b.id, ten.addSecs(3 * 3600)));
    const Consultation o = must(ConsultationRepository(t.db(), UserContext::of(other)).create(request(QStringLiteral("Other"))));
    CHECK_OK(ConsultationRepository(t.db(), UserContext::of(other)).schedule(o.id, ten));

    QCOMPARE(bookingsOf(must(repo.overlapping(ten.addSecs(30 * 60)))), QStringList{a.bookingId});
    QCOMPARE(bookingsOf(must(repo.overlapping(ten.addSecs(-59 * 60)))), QStringList{a.bookingId});
    QVERIFY(must(repo.overlapping(ten.addSecs(-60 * 60))).isEmpty()); // back to back is fine
    QVERIFY(must(repo.overlapping(ten.addSecs(60 * 60))).isEmpty());
    QCOMPARE(bookingsOf(must(repo.overlapping(ten.addSecs(150 * 60)))), QStringList{b.bookingId});
    QVERIFY(must(repo.overlapping(ten, a.id)).isEmpty()); // not with itself (rescheduling)
    CHECK_OK(repo.cancel(a.id, QStringLiteral("ill")));
    QVERIFY(must(repo.overlapping(ten)).isEmpty()); // only scheduled ones count
    Q_UNUSED(c);
}

void TestConsultationFlow::requestsPerWeek()
{
    auto &t = database();
    ClockGuard guard(QDateTime(QDate(2031, 2, 17), QTime(23, 59), Qt::UTC)); // Monday of the first week
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(u));
    CHECK_OK(repo.create(request(QStringLiteral("Early")))); // week of 02-17
    guard.clock.set(QDateTime(QDate(2031, 2, 16), QTime(23, 59), Qt::UTC)); // Sunday before: outside
    CHECK_OK(repo.create(request(QStringLiteral("Too early"))));
    guard.clock.set(QDateTime(QDate(2031, 3, 2), QTime(23, 59, 59), Qt::UTC)); // Sunday: week of 02-24
    CHECK_OK(repo.create(request(QStringLiteral("Sunday"))));
    guard.clock.set(QDateTime(QDate(2031, 3, 3), QTime(0, 0), Qt::UTC)); // Monday: week of 03-03
    CHECK_OK(repo.create(request(QStringLiteral("Monday"))));
    CHECK_OK(repo.create(request(QStringLiteral("Monday two"))));

    const auto weeks = must(repo.requestsPerWeek(3, kT0));
    QCOMPARE(weeks.size(), 3);
    QCOMPARE(weeks.at(0).weekStart, QDate(2031, 2, 17));
    QCOMPARE(weeks.at(1).weekStart, QDate(2031, 2, 24));
    QCOMPARE(weeks.at(2).weekStart, QDate(2031, 3, 3));
    QCOMPARE(weeks.at(0).requests, 1);
    QCOMPARE(weeks.at(1).requests, 1);
    QCOMPARE(weeks.at(2).requests, 2);
    QCOMPARE(must(repo.requestsPerWeek(1, kT0)).first().requests, 2);
}

void TestConsultationFlow::linkedTasks()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    const User other = t.addUser(QStringLiteral("o@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(u));
    TaskRepository tasks(t.db(), UserContext::of(u));
    const Consultation a = must(repo.create(request(QStringLiteral("Ada"))));
    const Consultation b = must(repo.create(request(QStringLiteral("Bob"))));
    Task task;
    task.title = QStringLiteral("Send the proposal");
    const Task t1 = must(tasks.create(task));
    task.title = QStringLiteral("Book a room");
    const Task t2 = must(tasks.create(task));
    CHECK_OK(repo.linkTask(t1.id, a.id));
    CHECK_OK(repo.linkTask(t2.id, b.id));

    TaskFilter filter;
    filter.consultationId = a.id;
    const auto linked = must(tasks.list(filter));
    QCOMPARE(linked.size(), 1);
    QCOMPARE(linked.first().title, QStringLiteral("Send the proposal"));
    CHECK_OK(repo.linkTask(t1.id, QString())); // unlink
    QVERIFY(must(tasks.list(filter)).isEmpty());

    // Someone else's task or consultation cannot be linked.
    const Consultation theirs = must(ConsultationRepository(t.db(), UserContext::of(other)).create(request(QStringLiteral("Z"))));
    QCOMPARE(repo.linkTask(t1.id, theirs.id).error().kind, Error::Kind::NotFound);
    QCOMPARE(ConsultationRepository(t.db(), UserContext::of(other)).linkTask(t2.id, theirs.id).error().kind,
             Error::Kind::NotFound);
    // Deleting the consultation keeps the task, unlinked.
    Query del(t.db());
    QVERIFY(del.exec(QStringLiteral("DELETE FROM consultation WHERE id = ?"), {b.id}));
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE id = ? AND consultation_id IS NULL"), {t2.id}), 1);
}

void TestConsultationFlow::statusChangesRunWorkflows()
{
    auto &t = database();
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    const QStringList events = {QStringLiteral("scheduled"), QStringLiteral("completed"), QStringLiteral("cancelled")};
    for (const QString &event : events)
        CHECK_OK(
            addWorkflow(t.db(), u, QStringLiteral("On ") + event,
                        QStringLiteral("{\"type\":\"event\",\"event\":\"consultation.%1\"}").arg(event),
                        QStringLiteral("[{\"type\":\"create_task\",\"title\":\"%1: {consultation.booking_id}\"}]").arg(event)));
    ConsultationRepository repo(t.db(), UserContext::of(u));
    const Consultation a = must(repo.create(request(QStringLiteral("Ada"))));
    const Consultation b = must(repo.create(request(QStringLiteral("Bob"))));
    CHECK_OK(repo.schedule(a.id, QDateTime::currentDateTimeUtc().addDays(1)));
    CHECK_OK(repo.reschedule(a.id, QDateTime::currentDateTimeUtc().addDays(2))); // no status change: no event
    CHECK_OK(repo.complete(a.id));
    CHECK_OK(repo.schedule(b.id, QDateTime::currentDateTimeUtc().addSecs(-60)));
    CHECK_OK(repo.markNoShow(b.id));
    CHECK_OK(WorkflowScheduler(t.db(), UserContext::of(u)).runPass());

    TaskRepository tasks(t.db(), UserContext::of(u));
    QStringList titles;
    const auto all = must(tasks.list());
    for (const Task &task : all)
        titles << task.title;
    titles.sort();
    QCOMPARE(titles,
             (QStringList{QStringLiteral("cancelled: ") + b.bookingId, QStringLiteral("completed: ") + a.bookingId,
                          QStringLiteral("scheduled: ") + a.bookingId, QStringLiteral("scheduled: ") + b.bookingId}));
    // A task a consultation event made belongs to that consultation.
    TaskFilter ofA;
    ofA.consultationId = a.id;
    QCOMPARE(must(tasks.list(ofA)).size(), 2);
}

// Deleting takes the request and its history; a stale version is a conflict, another director's
// request is not found; linked tasks stay on the board, unlinked.
void TestConsultationFlow::deleteChecksVersionAndOwner()
{
    auto &t = database();
    ClockGuard guard(kT0);
    const User u = t.addUser(QStringLiteral("d@example.com"), UserRole::Director);
    const User other = t.addUser(QStringLiteral("o@example.com"), UserRole::Director);
    ConsultationRepository repo(t.db(), UserContext::of(u));
    const Consultation a = must(repo.create(request(QStringLiteral("Ada"))));
    CHECK_OK(repo.schedule(a.id, kT0.addDays(1)));
    Task task;
    task.title = QStringLiteral("Prepare Ada's meeting");
    const Task linked = must(TaskRepository(t.db(), UserContext::of(u)).create(task));
    CHECK_OK(repo.linkTask(linked.id, a.id));

    const Status stale = repo.remove(a.id, a.version); // scheduled since: version + 1
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind, Error::Kind::Conflict);
    const Status notTheirs = ConsultationRepository(t.db(), UserContext::of(other)).remove(a.id, a.version + 1);
    QVERIFY(!notTheirs);
    QCOMPARE(notTheirs.error().kind, Error::Kind::NotFound);
    QVERIFY(repo.findById(a.id));

    CHECK_OK(repo.remove(a.id, a.version + 1));
    QCOMPARE(repo.findById(a.id).error().kind, Error::Kind::NotFound);
    QCOMPARE(t.rowCount(QStringLiteral("consultation_history")), 0);
    QCOMPARE(must(TaskRepository(t.db(), UserContext::of(u)).findById(linked.id)).title, linked.title);
    TaskFilter filter;
    filter.consultationId = a.id;
    QVERIFY(must(TaskRepository(t.db(), UserContext::of(u)).list(filter)).isEmpty());
}

QTEST_GUILESS_MAIN(TestConsultationFlow)
#include "tst_consultationflow.moc"
