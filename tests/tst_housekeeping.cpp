#include "Checks.h"
#include "DashboardTestHelpers.h"
#include "DatabaseTestCase.h"

#include "repositories/DashboardLoader.h"
#include "repositories/ExecutionRepository.h"
#include "repositories/HousekeepingRepository.h"
#include "repositories/NotificationRepository.h"
#include "repositories/PreferenceRepository.h"
#include "repositories/WorkflowOverviewRepository.h"
#include "repositories/WorkflowRepository.h"
#include "workflow/WorkflowScheduler.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {
const QDateTime kNow = utc("2026-06-10T12:00:00Z"); // default retention: archive before 2025-06-10, purge before 2026-03-12
} // namespace

// Retention (migration 011, HousekeepingRepository, the scheduler's housekeeping): old read
// notifications deleted, old finished runs and histories archived in batches, younger rows and
// runs still going kept, and every figure of the dashboard and the workflow statistics the same
// before and after.
class TestHousekeeping : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestHousekeeping() : DatabaseTestCase(QStringLiteral("me@example.com"), UserRole::Director) { useFixedClock(kNow); }

private:
    UserContext ctx() const { return UserContext::of(defaultUser()); }
    Database &db() { return database().db(); }

    bool exec(const QString &sql, const QVariantList &values)
    {
        Query q(db());
        if (!q.exec(sql, values)) {
            qWarning("%s", qPrintable(q.error().text()));
            return false;
        }
        return true;
    }
    QString addNotification(bool read, const QDateTime &created)
    {
        const QString id = Validation::newId();
        exec(QStringLiteral("INSERT INTO notification (id, user_id, type, title, is_read, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
             {id, defaultUser().id, QStringLiteral("INFO"), QStringLiteral("n"), read, Database::toDb(created)});
        return id;
    }
    // Every figure the window and the command line show, as one text to compare.
    QString figures()
    {
        QJsonObject all;
        const auto data = DashboardLoader::load(db(), ctx(), DateRange{date("2024-01-01"), date("2026-06-10")}, Bucket::Month);
        if (!data)
            return data.error().text();
        all.insert(QStringLiteral("summary"), data->summaryJson());
        QJsonArray workflows;
        for (const WorkflowHours &h : data->workflows)
            workflows << h.toJson();
        all.insert(QStringLiteral("workflows"), workflows);
        all.insert(QStringLiteral("flow"),
                   QStringLiteral("%1/%2/%3/%4")
                       .arg(data->flow.created)
                       .arg(data->flow.completed)
                       .arg(data->flow.averageLeadHours)
                       .arg(data->flow.averageCycleHours));
        const auto stats = WorkflowRepository(db(), ctx()).getStats();
        if (!stats)
            return stats.error().text();
        all.insert(QStringLiteral("stats"), stats->toJson());
        const auto summaries = WorkflowOverviewRepository(db(), ctx()).summaries();
        if (!summaries)
            return summaries.error().text();
        for (auto it = summaries->cbegin(); it != summaries->cend(); ++it)
            all.insert(it.key(),
                       QStringLiteral("%1/%2/%3/%4/%5")
                           .arg(it->executions)
                           .arg(it->successful)
                           .arg(it->failed)
                           .arg(it->minutesSaved)
                           .arg(it->lastStatus ? toString(*it->lastStatus) : QString()));
        return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void archivingKeepsFiguresAndYoungerRows()
    {
        const QString userId = defaultUser().id;
        const QString w = addWorkflowRow(db(), userId, QStringLiteral("Report"));
        QVERIFY(addExecution(db(), w, utc("2025-01-05T09:00:00Z"), "SUCCESS", 30, 2));
        QVERIFY(addExecution(db(), w, utc("2025-02-05T09:00:00Z"), "FAILED", 0));
        QVERIFY(addExecution(db(), w, utc("2026-05-05T09:00:00Z"), "SUCCESS", 45, 1));
        // A run that still waits for an approval since long ago, and one run's task changes.
        QVERIFY(exec(QStringLiteral("INSERT INTO workflow_execution (id, workflow_id, status, trigger_key, scheduled_for, "
                                    "started_at) VALUES ('waiting-run', ?, 'WAITING', 'manual:w', ?, ?)"),
                     {w, Database::toDb(utc("2024-12-01T09:00:00Z")), Database::toDb(utc("2024-12-01T09:00:00Z"))}));
        QVERIFY(exec(QStringLiteral("INSERT INTO execution_change (execution_id, task_id, change) "
                                    "SELECT id, 'some-task', 'created' FROM workflow_execution WHERE minutes_saved = 30"),
                     {}));
        QVERIFY(!addTask(db(), userId, utc("2024-11-01T09:00:00Z"), utc("2025-03-01T09:00:00Z"), utc("2025-01-01T09:00:00Z"))
                     .isEmpty());
        QVERIFY(!addTask(db(), userId, utc("2026-05-01T09:00:00Z"), utc("2026-05-20T09:00:00Z"), utc("2026-05-10T09:00:00Z"))
                     .isEmpty());
        QVERIFY(
            exec(QStringLiteral("INSERT INTO consultation (id, user_id, booking_id, name, email, status, created_at, "
                                "updated_at) VALUES ('c1', ?, 'DO-2025-000001', 'Ann', 'ann@example.org', 'COMPLETED', ?, ?)"),
                 {userId, Database::toDb(utc("2025-01-01T09:00:00Z")), Database::toDb(utc("2025-02-01T09:00:00Z"))}));
        QVERIFY(exec(QStringLiteral("INSERT INTO consultation_history (id, consultation_id, to_status, changed_at) "
                                    "VALUES ('h1', 'c1', 'PENDING', ?), ('h2', 'c1', 'COMPLETED', ?)"),
                     {Database::toDb(utc("2025-01-01T09:00:00Z")), Database::toDb(utc("2025-02-01T09:00:00Z"))}));
        QVERIFY(addDay(db(), userId, date("2025-01-05"), 0.5, 2, 6.25, 1));
        const QString before = figures();
        QVERIFY(before.contains(QLatin1String("Report")));

        HousekeepingRepository repo(db(), ctx());
        const QDateTime cutoff = kNow.addDays(-365);
        const auto runs = repo.archiveRuns(userId, cutoff);
        CHECK_OK(runs);
        QCOMPARE(*runs, 2);
        const auto histories = repo.archiveHistories(userId, cutoff);
        CHECK_OK(histories);
        QCOMPARE(*histories, 3 + 2); // the old task's TODO, IN_PROGRESS and COMPLETED; both consultation rows

        TestDatabase &t = database();
        QCOMPARE(t.rowCount(QStringLiteral("workflow_execution")), 2); // the young run and the waiting one
        QCOMPARE(t.rowCount(QStringLiteral("workflow_execution_archive")), 2);
        QCOMPARE(t.rowCount(QStringLiteral("execution_change")), 0);
        QCOMPARE(t.rowCount(QStringLiteral("execution_change_archive")), 1);
        QCOMPARE(t.rowCount(QStringLiteral("task_history")), 3);
        QCOMPARE(t.rowCount(QStringLiteral("task_history_archive")), 3);
        QCOMPARE(t.rowCount(QStringLiteral("consultation_history_archive")), 2);
        const auto waiting = ExecutionRepository(db(), ctx()).findById(QStringLiteral("waiting-run"));
        CHECK_OK(waiting);
        QCOMPARE(waiting->status, ExecutionStatus::Waiting);

        QCOMPARE(figures(), before);
        // Again: nothing more to do.
        QCOMPARE(*repo.archiveRuns(userId, cutoff), 0);
        QCOMPARE(*repo.archiveHistories(userId, cutoff), 0);
        QCOMPARE(figures(), before);
    }

    void manyRowsGoInSeveralTransactions()
    {
        const QString w = addWorkflowRow(db(), defaultUser().id, QStringLiteral("Busy"));
        const int many = HousekeepingRepository::kBatch * 2 + 17;
        for (int i = 0; i < many; ++i) {
            const QDateTime at = utc("2024-01-01T00:00:00Z").addSecs(i * 60);
            QVERIFY(addExecution(db(), w, at, "SUCCESS", 1));
        }
        const QString before = figures();
        HousekeepingRepository repo(db(), ctx());
        const QDateTime cutoff = kNow.addDays(-365);
        // Each batch is its own transaction of at most kBatch runs.
        QCOMPARE(*repo.archiveRunsBatch(defaultUser().id, cutoff), HousekeepingRepository::kBatch);
        QCOMPARE(database().rowCount(QStringLiteral("workflow_execution_archive")), HousekeepingRepository::kBatch);
        QCOMPARE(figures(), before);
        const auto rest = repo.archiveRuns(defaultUser().id, cutoff);
        CHECK_OK(rest);
        QCOMPARE(*rest, many - HousekeepingRepository::kBatch);
        QCOMPARE(database().rowCount(QStringLiteral("workflow_execution")), 0);
        QCOMPARE(database().rowCount(QStringLiteral("workflow_execution_archive")), many);
        QCOMPARE(figures(), before);
    }

    void purgeDeletesOnlyOldReadNotifications()
    {
        const QString oldRead = addNotification(true, kNow.addDays(-91));
        const QString oldUnread = addNotification(false, kNow.addDays(-200));
        const QString youngRead = addNotification(true, kNow.addDays(-89));
        HousekeepingRepository repo(db(), ctx());
        const auto deleted = repo.purgeReadNotifications(defaultUser().id, kNow.addDays(-90));
        CHECK_OK(deleted);
        QCOMPARE(*deleted, 1);
        NotificationRepository notifications(db(), ctx());
        QVERIFY(!notifications.findById(oldRead));
        CHECK_OK(notifications.findById(oldUnread));
        CHECK_OK(notifications.findById(youngRead));
        QCOMPARE(*repo.purgeReadNotifications(defaultUser().id, kNow.addDays(-90)), 0);
    }

    void anotherUsersRowsAreNotMine()
    {
        const User other = database().addUser(QStringLiteral("other@example.com"), UserRole::User);
        HousekeepingRepository repo(db(), ctx());
        QVERIFY(!repo.purgeReadNotifications(other.id, kNow));
        QVERIFY(!repo.archiveRuns(other.id, kNow));
        const auto users = repo.userIds();
        CHECK_OK(users);
        QCOMPARE(*users, QStringList{defaultUser().id});
    }

    // The scheduler keeps house at most once an hour, by each user's own preferences.
    void schedulerKeepsHouseHourly()
    {
        CHECK_OK(PreferenceRepository(db(), ctx()).change([](Preferences &p) { p.purgeReadAfterDays = 10; }));
        const QString first = addNotification(true, kNow.addDays(-11));
        WorkflowScheduler scheduler(db(), ctx().ownScope());
        CHECK_OK(scheduler.runPass());
        NotificationRepository notifications(db(), ctx());
        QVERIFY(!notifications.findById(first));
        const QString second = addNotification(true, kNow.addDays(-11));
        clock().advanceSecs(30 * 60);
        CHECK_OK(scheduler.runPass());
        CHECK_OK(notifications.findById(second)); // not yet: the last round was half an hour ago
        clock().advanceSecs(31 * 60);
        CHECK_OK(scheduler.runPass());
        QVERIFY(!notifications.findById(second));
    }
};

QTEST_GUILESS_MAIN(TestHousekeeping)
#include "tst_housekeeping.moc"
