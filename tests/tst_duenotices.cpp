// TASK_DUE notifications from the scheduler's due check, on both backends: tasks that come due
// together are announced in one notification per user listing them, each task once, also with
// two schedulers at the same moment.

#include "Checks.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "domain/Clock.h"
#include "repositories/NotificationRepository.h"
#include "repositories/TaskRepository.h"
#include "workflow/WorkflowScheduler.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

using namespace doo;
using namespace doo::test;

namespace {
// Monday 2 March 2026, 07:00 UTC = 08:00 in Berlin.
const QDateTime kNow(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC);
} // namespace

class TestDueNotices : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestDueNotices() : DatabaseTestCase(QStringLiteral("d@example.com")) { useFixedClock(kNow); }

private Q_SLOTS:
    void elevenDueTasksOneNotification();
    void singleTaskKeepsItsLink();
    void perUserAndNeverTwice();
    void twoSchedulersAtOnce();

private:
    Task addTask(const User &owner, const QString &title, const QDateTime &due)
    {
        Task task;
        task.title = title;
        task.dueDate = due;
        return must(TaskRepository(database().db(), UserContext::of(owner)).create(task));
    }
    QList<Notification> dueNotifications(const User &owner)
    {
        NotificationFilter filter;
        filter.type = NotificationType::TaskDue;
        return must(NotificationRepository(database().db(), UserContext::of(owner)).list(filter));
    }
    void addEleven()
    {
        // Eight later today (08:00 Berlin now; 09:00 … 16:00), three overdue.
        for (int i = 0; i < 8; ++i)
            addTask(defaultUser(), QStringLiteral("Today %1").arg(i + 1), kNow.addSecs((i + 1) * 3600));
        for (int i = 0; i < 3; ++i)
            addTask(defaultUser(), QStringLiteral("Late %1").arg(i + 1), kNow.addDays(-(i + 1)));
    }
};

void TestDueNotices::elevenDueTasksOneNotification()
{
    auto &t = database();
    setTimeZone(t.db(), defaultUser(), QStringLiteral("Europe/Berlin"));
    addEleven();
    WorkflowScheduler scheduler(t.db(), UserContext::of(defaultUser()));
    QCOMPARE(must(scheduler.notifyDueTasks()), 11);
    const auto notes = dueNotifications(defaultUser());
    QCOMPARE(notes.size(), 1);
    const Notification &n = notes.first();
    QCOMPARE(n.title, QStringLiteral("11 tasks due or overdue"));
    QVERIFY(n.taskId.isEmpty());
    const QStringList lines = n.message.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 11);
    // Earliest first, each with its time as people say it, in the owner's zone.
    QCOMPARE(lines.first(), QStringLiteral("• Late 3 — 3 days overdue"));
    QCOMPARE(lines.at(3), QStringLiteral("• Today 1 — due today 09:00"));
    QCOMPARE(lines.last(), QStringLiteral("• Today 8 — due today 16:00"));
    QCOMPARE(t.rowCount(QStringLiteral("task_due_notice")), 11);

    // A second check adds nothing; a task due later gets its own when it comes due.
    QCOMPARE(must(scheduler.notifyDueTasks()), 0);
    QCOMPARE(dueNotifications(defaultUser()).size(), 1);
    const Task later = addTask(defaultUser(), QStringLiteral("Board meeting"), kNow.addDays(3));
    QCOMPARE(must(scheduler.notifyDueTasks()), 0);
    clock().set(kNow.addDays(2).addSecs(4 * 3600)); // Wednesday 12:00 Berlin: due tomorrow 08:00
    QCOMPARE(must(scheduler.notifyDueTasks()), 1);
    const auto after = dueNotifications(defaultUser());
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.first().title, QStringLiteral("Due: Board meeting"));
    QCOMPARE(after.first().taskId, later.id);
    QCOMPARE(after.first().message, QStringLiteral("\"Board meeting\" is due tomorrow 08:00."));
}

void TestDueNotices::singleTaskKeepsItsLink()
{
    auto &t = database();
    const Task task = addTask(defaultUser(), QStringLiteral("Sign contract"), kNow.addSecs(-2 * 3600));
    WorkflowScheduler scheduler(t.db(), UserContext::of(defaultUser()));
    QCOMPARE(must(scheduler.notifyDueTasks()), 1);
    const auto notes = dueNotifications(defaultUser());
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().title, QStringLiteral("Due: Sign contract"));
    QCOMPARE(notes.first().message, QStringLiteral("\"Sign contract\" is 2 hours overdue."));
    QCOMPARE(notes.first().taskId, task.id);
    // Deleting the notification does not announce the task again.
    CHECK_OK(NotificationRepository(t.db(), UserContext::of(defaultUser())).remove(notes.first().id));
    QCOMPARE(must(scheduler.notifyDueTasks()), 0);
}

void TestDueNotices::perUserAndNeverTwice()
{
    auto &t = database();
    const User other = t.addUser(QStringLiteral("o@example.com"), UserRole::Director);
    const User admin = t.addUser(QStringLiteral("a@example.com"), UserRole::Admin);
    setTimeZone(t.db(), defaultUser(), QStringLiteral("Europe/Berlin"));
    addTask(defaultUser(), QStringLiteral("Mine 1"), kNow.addSecs(3600));
    addTask(defaultUser(), QStringLiteral("Mine 2"), kNow.addSecs(7200));
    addTask(other, QStringLiteral("Theirs 1"), kNow.addSecs(3600));
    addTask(other, QStringLiteral("Theirs 2"), kNow.addSecs(3 * 3600));
    addTask(other, QStringLiteral("Theirs 3"), kNow.addSecs(30 * 3600)); // beyond 24 hours
    // An administrator's scheduler sees everyone's tasks: one notification per owner.
    WorkflowScheduler scheduler(t.db(), UserContext::of(admin));
    QCOMPARE(must(scheduler.notifyDueTasks()), 4);
    QCOMPARE(dueNotifications(defaultUser()).size(), 1);
    QCOMPARE(dueNotifications(defaultUser()).first().title, QStringLiteral("2 tasks due today"));
    QCOMPARE(dueNotifications(other).size(), 1);
    QVERIFY(dueNotifications(other).first().message.contains(QLatin1String("Theirs 2")));
    QVERIFY(!dueNotifications(other).first().message.contains(QLatin1String("Theirs 3")));
    // The user's own scheduler finds nothing left to announce.
    WorkflowScheduler own(t.db(), UserContext::of(defaultUser()));
    QCOMPARE(must(own.notifyDueTasks()), 0);
}

void TestDueNotices::twoSchedulersAtOnce()
{
    auto &t = database();
    addEleven();
    const UserContext ctx = UserContext::of(defaultUser());
    QSemaphore ready, start;
    QString workerError;
    int workerMade = -1;
    const DatabaseUrl url = t.url();
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto db = Database::open(url, QStringLiteral("due-second"));
        ready.release();
        start.acquire();
        if (!db) {
            workerError = db.error().text();
            return;
        }
        WorkflowScheduler b(**db, ctx);
        const auto made = b.notifyDueTasks();
        workerMade = made ? *made : -1;
    }));
    worker->start();
    ready.acquire();
    start.release();
    WorkflowScheduler a(t.db(), ctx);
    const auto made = a.notifyDueTasks();
    worker->wait();
    QVERIFY2(workerError.isEmpty(), qPrintable(workerError));
    // On PostgreSQL both checks succeed (the rows one locks the other skips); SQLite's single
    // writer may turn one away as busy.
    if (t.db().type() == DbType::PostgreSQL) {
        CHECK_OK(made);
        QVERIFY(workerMade >= 0);
        QCOMPARE(*made + workerMade, 11);
    }
    // Whatever either lost is taken up by the next check; no task is announced twice.
    (void)must(a.notifyDueTasks());
    QCOMPARE(t.rowCount(QStringLiteral("task_due_notice")), 11);
    QCOMPARE(count(t.db(),
                   QStringLiteral("SELECT count(*) FROM notification n WHERE n.type = 'TASK_DUE' AND NOT EXISTS "
                                  "(SELECT 1 FROM task_due_notice d WHERE d.notification_id = n.id)")),
             0);
    int listed = 0;
    for (const Notification &n : dueNotifications(defaultUser()))
        listed += n.taskId.isEmpty() ? int(n.message.split(QLatin1Char('\n')).size()) : 1;
    QCOMPARE(listed, 11);
}

QTEST_GUILESS_MAIN(TestDueNotices)
#include "tst_duenotices.moc"
