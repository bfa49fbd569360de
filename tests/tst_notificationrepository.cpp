#include "Checks.h"
#include "ClockGuard.h"
#include "DatabaseTestCase.h"

#include "domain/Clock.h"
#include "repositories/NotificationRepository.h"
#include "repositories/TaskRepository.h"

#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

Notification note(const QString &title, NotificationType type = NotificationType::Info, const QString &userId = {})
{
    Notification n;
    n.title = title;
    n.type = type;
    n.userId = userId;
    return n;
}

QStringList titles(const QList<Notification> &notifications)
{
    QStringList out;
    for (const Notification &n : notifications)
        out << n.title;
    return out;
}

const QDateTime kStart(QDate(2026, 3, 10), QTime(9, 30, 15, 250), Qt::UTC);

} // namespace

class TestNotificationRepository : public DatabaseTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void createAndFind();
    void listOrderAndFilters();
    void readState();
    void remove();
    void scoping();
    void invalidNotificationsWriteNothing();
    void links();
};

void TestNotificationRepository::createAndFind()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::User);
    ClockGuard guard(kStart);
    NotificationRepository repo(t.db(), UserContext::of(user));

    Notification input = note(QStringLiteral("  Report ready  "), NotificationType::WorkflowComplete, other.id);
    input.message = QStringLiteral("The weekly report was sent.");
    const auto created = repo.create(input);
    CHECK_OK(created);
    QVERIFY(!created->id.isEmpty());
    QCOMPARE(created->userId, user.id); // a USER's notifications are their own
    QCOMPARE(created->title, QStringLiteral("Report ready"));
    QCOMPARE(created->createdAt, kStart);
    QVERIFY(!created->isRead);

    const auto found = repo.findById(created->id);
    CHECK_OK(found);
    QCOMPARE(found->id, created->id);
    QCOMPARE(found->userId, user.id);
    QCOMPARE(found->type, NotificationType::WorkflowComplete);
    QCOMPARE(found->title, QStringLiteral("Report ready"));
    QCOMPARE(found->message, QStringLiteral("The weekly report was sent."));
    QVERIFY(found->taskId.isEmpty());
    QVERIFY(found->workflowId.isEmpty());
    QVERIFY(found->consultationId.isEmpty());
    QVERIFY(!found->isRead);
    QCOMPARE(found->createdAt, kStart);

    Notification read = note(QStringLiteral("Already seen"));
    read.isRead = true;
    const auto createdRead = repo.create(read);
    QVERIFY(createdRead.ok());
    QVERIFY(repo.findById(createdRead->id)->isRead);
    QCOMPARE(t.rowCount(QStringLiteral("notification")), 2);

    const auto missing = repo.findById(QStringLiteral("no-such-id"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestNotificationRepository::listOrderAndFilters()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    ClockGuard guard(kStart);
    NotificationRepository repo(t.db(), UserContext::of(user));

    QVERIFY(repo.create(note(QStringLiteral("n1"), NotificationType::Info)).ok());
    guard.clock.advanceSecs(60);
    const auto n2 = repo.create(note(QStringLiteral("n2"), NotificationType::Warning));
    QVERIFY(n2.ok());
    guard.clock.advanceSecs(60);
    const auto n3 = repo.create(note(QStringLiteral("n3"), NotificationType::Info));
    const auto n4 = repo.create(note(QStringLiteral("n4"), NotificationType::TaskDue)); // same instant as n3
    QVERIFY(n3.ok() && n4.ok());
    // Newest first; equal times by id.
    const QStringList newest = n3->id < n4->id ? QStringList{QStringLiteral("n3"), QStringLiteral("n4")}
                                               : QStringList{QStringLiteral("n4"), QStringLiteral("n3")};

    const auto all = repo.list();
    CHECK_OK(all);
    QCOMPARE(titles(*all), (newest + QStringList{QStringLiteral("n2"), QStringLiteral("n1")}));

    NotificationFilter info;
    info.type = NotificationType::Info;
    QCOMPARE(titles(*repo.list(info)), (QStringList{QStringLiteral("n3"), QStringLiteral("n1")}));

    QVERIFY(repo.markRead(n2->id).ok());
    NotificationFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(titles(*repo.list(unread)), newest + QStringList{QStringLiteral("n1")});
    NotificationFilter unreadWarnings = unread;
    unreadWarnings.type = NotificationType::Warning;
    QVERIFY(repo.list(unreadWarnings)->isEmpty());

    NotificationFilter page;
    page.limit = 2;
    page.offset = 1;
    QCOMPARE(titles(*repo.list(page)), (QStringList{newest.at(1), QStringLiteral("n2")}));
    page.limit = 0; // clamped to 1
    page.offset = -5; // clamped to 0
    QCOMPARE(titles(*repo.list(page)), QStringList{newest.at(0)});
    page.limit = 1000000; // clamped to 1000
    page.offset = 3;
    QCOMPARE(titles(*repo.list(page)), QStringList{QStringLiteral("n1")});
}

void TestNotificationRepository::readState()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::User);
    NotificationRepository repo(t.db(), UserContext::of(user));
    NotificationRepository otherRepo(t.db(), UserContext::of(other));

    const auto n1 = repo.create(note(QStringLiteral("n1")));
    QVERIFY(n1.ok());
    QVERIFY(repo.create(note(QStringLiteral("n2"))).ok());
    QVERIFY(repo.create(note(QStringLiteral("n3"))).ok());
    QVERIFY(otherRepo.create(note(QStringLiteral("theirs"))).ok());
    QCOMPARE(*repo.unreadCount(), 3);

    QVERIFY(repo.markRead(n1->id).ok());
    QCOMPARE(*repo.unreadCount(), 2);
    QVERIFY(repo.findById(n1->id)->isRead);
    QVERIFY(repo.markRead(n1->id, false).ok());
    QCOMPARE(*repo.unreadCount(), 3);
    QVERIFY(!repo.findById(n1->id)->isRead);
    QVERIFY(repo.markRead(n1->id).ok());
    QVERIFY(repo.markRead(n1->id).ok()); // already read: still fine
    QCOMPARE(*repo.unreadCount(), 2);

    const Status missing = repo.markRead(QStringLiteral("no-such-id"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);

    const auto changed = repo.markAllRead();
    CHECK_OK(changed);
    QCOMPARE(*changed, 2); // only the rows that changed
    QCOMPARE(*repo.unreadCount(), 0);
    QCOMPARE(*otherRepo.unreadCount(), 1); // someone else's inbox is untouched
    QCOMPARE(*repo.markAllRead(), 0);
}

void TestNotificationRepository::remove()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    const User other = t.addUser(QStringLiteral("other@example.com"), UserRole::User);
    NotificationRepository repo(t.db(), UserContext::of(user));
    NotificationRepository otherRepo(t.db(), UserContext::of(other));
    const auto keep = repo.create(note(QStringLiteral("keep")));
    const auto gone = repo.create(note(QStringLiteral("gone")));
    QVERIFY(keep.ok() && gone.ok());

    const Status intrusion = otherRepo.remove(gone->id);
    QVERIFY(!intrusion.ok());
    QCOMPARE(intrusion.error().kind, Error::Kind::NotFound);
    QCOMPARE(t.rowCount(QStringLiteral("notification")), 2);

    const Status removed = repo.remove(gone->id);
    CHECK_OK(removed);
    QCOMPARE(repo.findById(gone->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(titles(*repo.list()), QStringList{QStringLiteral("keep")});
    QCOMPARE(repo.remove(gone->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(t.rowCount(QStringLiteral("notification")), 1);
}

void TestNotificationRepository::scoping()
{
    auto &t = database();
    const User a = t.addUser(QStringLiteral("a@example.com"), UserRole::User);
    const User b = t.addUser(QStringLiteral("b@example.com"), UserRole::User);
    const User admin = t.addUser(QStringLiteral("admin@example.com"), UserRole::Admin);
    ClockGuard guard(kStart);
    NotificationRepository repoA(t.db(), UserContext::of(a));
    NotificationRepository repoB(t.db(), UserContext::of(b));
    NotificationRepository repoAdmin(t.db(), UserContext::of(admin));

    const auto ofA = repoA.create(note(QStringLiteral("for a")));
    QVERIFY(ofA.ok());
    guard.clock.advanceSecs(1);
    const auto ofB = repoAdmin.create(note(QStringLiteral("for b"), NotificationType::Info, b.id)); // an ADMIN may address anyone
    QVERIFY(ofB.ok());
    QCOMPARE(ofB->userId, b.id);
    guard.clock.advanceSecs(1);
    QVERIFY(repoAdmin.create(note(QStringLiteral("for admin"))).ok());

    QCOMPARE(titles(*repoA.list()), QStringList{QStringLiteral("for a")});
    QCOMPARE(titles(*repoB.list()), QStringList{QStringLiteral("for b")});
    QCOMPARE(*repoB.unreadCount(), 1);
    QCOMPARE(repoB.findById(ofA->id).error().kind, Error::Kind::NotFound);
    QCOMPARE(repoB.markRead(ofA->id).error().kind, Error::Kind::NotFound);
    QVERIFY(!repoA.findById(ofA->id)->isRead);

    QCOMPARE(titles(*repoAdmin.list()),
             (QStringList{QStringLiteral("for admin"), QStringLiteral("for b"), QStringLiteral("for a")}));
    QCOMPARE(*repoAdmin.unreadCount(), 3);
    QCOMPARE(repoAdmin.findById(ofA->id)->userId, a.id);
    QVERIFY(repoAdmin.markRead(ofA->id).ok());
    QVERIFY(repoA.findById(ofA->id)->isRead);

    // "Mark all read" is about one's own inbox, also for an ADMIN.
    QCOMPARE(*repoAdmin.markAllRead(), 1);
    QCOMPARE(*repoB.unreadCount(), 1);
    QCOMPARE(*repoAdmin.unreadCount(), 1);
}

void TestNotificationRepository::invalidNotificationsWriteNothing()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    NotificationRepository repo(t.db(), UserContext::of(user));

    Notification twoLinks = note(QStringLiteral("Two links"));
    twoLinks.taskId = QStringLiteral("some-task");
    twoLinks.workflowId = QStringLiteral("some-workflow");
    Notification longMessage = note(QStringLiteral("Long"));
    longMessage.message = QString(2001, QLatin1Char('x'));
    const QList<QPair<Notification, QString>> cases = {
        {twoLinks, QStringLiteral("link")},
        {note(QStringLiteral("   ")), QStringLiteral("title")},
        {note(QString(201, QLatin1Char('t'))), QStringLiteral("title")},
        {longMessage, QStringLiteral("message")},
    };
    for (const auto &[invalid, field] : cases) {
        const auto result = repo.create(invalid);
        QVERIFY2(!result.ok(), qPrintable(field));
        QCOMPARE(result.error().kind, Error::Kind::Validation);
        QCOMPARE(result.error().field, field);
    }
    QCOMPARE(t.rowCount(QStringLiteral("notification")), 0);
}

void TestNotificationRepository::links()
{
    auto &t = database();
    const User user = t.addUser(QStringLiteral("user@example.com"), UserRole::User);
    NotificationRepository repo(t.db(), UserContext::of(user));

    Notification dangling = note(QStringLiteral("Due soon"), NotificationType::TaskDue);
    dangling.taskId = QStringLiteral("no-such-task");
    const auto refused = repo.create(dangling);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Constraint);
    QCOMPARE(t.rowCount(QStringLiteral("notification")), 0);

    // The same notification about a task that exists is stored with its link.
    TaskRepository tasks(t.db(), UserContext::of(user));
    Task task;
    task.title = QStringLiteral("Send the report");
    const auto createdTask = tasks.create(task);
    CHECK_OK(createdTask);
    dangling.taskId = createdTask->id;
    const auto linked = repo.create(dangling);
    CHECK_OK(linked);
    QCOMPARE(repo.findById(linked->id)->taskId, createdTask->id);
    QCOMPARE(t.rowCount(QStringLiteral("notification")), 1);
}

QTEST_GUILESS_MAIN(TestNotificationRepository)
#include "tst_notificationrepository.moc"
