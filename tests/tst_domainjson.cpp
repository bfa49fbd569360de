#include "domain/Analytics.h"
#include "domain/Consultation.h"
#include "domain/Enums.h"
#include "domain/Notification.h"
#include "domain/Task.h"
#include "domain/TaskJson.h"
#include "domain/User.h"
#include "domain/Workflow.h"
#include "core/Names.h"
#include "core/TaskJsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace doo;

namespace {

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const QDateTime kCreated(QDate(2026, 3, 1), QTime(9, 30, 0, 123), Qt::UTC);
const QDateTime kUpdated(QDate(2026, 3, 2), QTime(10, 0, 5, 7), Qt::UTC);

} // namespace

class TestDomainJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fastTaskListJsonEqualsToJson();
    void jsonStringsWithoutQt();
    void namesWithoutQt();
    void userJson();
    void taskJson();
    void consultationJson();
    void workflowJson();
    void workflowExecutionAndStatsJson();
    void analyticsJson();
    void notificationJson();
};

// ---------------------------------------------------------------------------------------------
// JSON

void TestDomainJson::userJson()
{
    User u;
    u.id = QStringLiteral("u-1");
    u.email = QStringLiteral("jane@example.com");
    u.name = QStringLiteral("Jane");
    u.company = QStringLiteral("Acme");
    u.role = UserRole::Manager;
    u.isActive = false;
    u.onboardingCompleted = true;
    u.createdAt = kCreated;
    u.updatedAt = kUpdated;
    const QJsonObject o = u.toJson();
    QCOMPARE(sortedKeys(o),
             sorted({QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("company"),
                     QStringLiteral("department"), QStringLiteral("role"), QStringLiteral("isActive"),
                     QStringLiteral("onboardingCompleted"), QStringLiteral("timeZone"), QStringLiteral("createdAt"),
                     QStringLiteral("updatedAt")}));
    QCOMPARE(o.value(QStringLiteral("timeZone")).toString(), QString());
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("u-1"));
    QCOMPARE(o.value(QStringLiteral("email")).toString(), QStringLiteral("jane@example.com"));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Jane"));
    QCOMPARE(o.value(QStringLiteral("company")).toString(), QStringLiteral("Acme"));
    QVERIFY(o.value(QStringLiteral("department")).isNull());
    QCOMPARE(o.value(QStringLiteral("role")).toString(), QStringLiteral("MANAGER"));
    QCOMPARE(o.value(QStringLiteral("isActive")), QJsonValue(false));
    QCOMPARE(o.value(QStringLiteral("onboardingCompleted")), QJsonValue(true));
    QCOMPARE(o.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2026-03-01T09:30:00.123Z"));
    QCOMPARE(o.value(QStringLiteral("updatedAt")).toString(), QStringLiteral("2026-03-02T10:00:05.007Z"));
}

void TestDomainJson::taskJson()
{
    Task t;
    t.id = QStringLiteral("t-1");
    t.userId = QStringLiteral("u-1");
    t.title = QStringLiteral("Prepare budget");
    t.description = QStringLiteral("for the board");
    t.priority = Priority::Urgent;
    t.status = TaskStatus::InProgress;
    t.position = 3000000000LL;
    t.dueDate = QDateTime(QDate(2026, 12, 1), QTime(17, 30, 0, 250), Qt::UTC);
    t.tags = {QStringLiteral("finance"), QStringLiteral("q3")};
    t.createdAt = kCreated;
    t.updatedAt = kUpdated;
    t.version = 4;
    const QJsonObject o = t.toJson();
    QCOMPARE(sortedKeys(o),
             sorted({QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("workflowId"), QStringLiteral("executionId"),
                     QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("priority"), QStringLiteral("status"),
                     QStringLiteral("position"), QStringLiteral("dueDate"), QStringLiteral("tags"), QStringLiteral("createdAt"),
                     QStringLiteral("updatedAt"), QStringLiteral("completedAt"), QStringLiteral("version")}));
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("t-1"));
    QCOMPARE(o.value(QStringLiteral("userId")).toString(), QStringLiteral("u-1"));
    QVERIFY(o.value(QStringLiteral("workflowId")).isNull());
    QVERIFY(o.value(QStringLiteral("executionId")).isNull());
    QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Prepare budget"));
    QCOMPARE(o.value(QStringLiteral("description")).toString(), QStringLiteral("for the board"));
    QCOMPARE(o.value(QStringLiteral("priority")).toString(), QStringLiteral("URGENT"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(o.value(QStringLiteral("position")).toInteger(), 3000000000LL);
    QCOMPARE(o.value(QStringLiteral("dueDate")).toString(), QStringLiteral("2026-12-01T17:30:00.250Z"));
    QCOMPARE(o.value(QStringLiteral("tags")).toArray(), QJsonArray({QStringLiteral("finance"), QStringLiteral("q3")}));
    QCOMPARE(o.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2026-03-01T09:30:00.123Z"));
    QCOMPARE(o.value(QStringLiteral("updatedAt")).toString(), QStringLiteral("2026-03-02T10:00:05.007Z"));
    QVERIFY(o.value(QStringLiteral("completedAt")).isNull());
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 4);

    t.workflowId = QStringLiteral("w-1");
    t.executionId = QStringLiteral("e-1");
    t.completedAt = kUpdated;
    t.dueDate = QDateTime();
    t.tags.clear();
    const QJsonObject o2 = t.toJson();
    QCOMPARE(o2.value(QStringLiteral("workflowId")).toString(), QStringLiteral("w-1"));
    QCOMPARE(o2.value(QStringLiteral("executionId")).toString(), QStringLiteral("e-1"));
    QCOMPARE(o2.value(QStringLiteral("completedAt")).toString(), QStringLiteral("2026-03-02T10:00:05.007Z"));
    QVERIFY(o2.value(QStringLiteral("dueDate")).isNull());
    QVERIFY(o2.value(QStringLiteral("tags")).isArray());
    QVERIFY(o2.value(QStringLiteral("tags")).toArray().isEmpty());
}

void TestDomainJson::consultationJson()
{
    Consultation c;
    c.id = QStringLiteral("c-1");
    c.userId = QStringLiteral("u-1");
    c.bookingId = QStringLiteral("DO-2026-000123");
    c.name = QStringLiteral("Sam");
    c.email = QStringLiteral("sam@client.example");
    c.department = QStringLiteral("IT");
    c.challenges = QStringLiteral("too many spreadsheets");
    c.status = ConsultationStatus::Scheduled;
    c.scheduledDate = QDateTime(QDate(2026, 4, 2), QTime(14, 0), Qt::UTC);
    c.noShow = true;
    c.createdAt = kCreated;
    c.updatedAt = kUpdated;
    c.version = 2;
    const QJsonObject o = c.toJson();
    QCOMPARE(sortedKeys(o),
             sorted({QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("bookingId"), QStringLiteral("name"),
                     QStringLiteral("email"), QStringLiteral("company"), QStringLiteral("department"),
                     QStringLiteral("challenges"), QStringLiteral("status"), QStringLiteral("scheduledDate"),
                     QStringLiteral("notes"), QStringLiteral("cancellationReason"), QStringLiteral("noShow"),
                     QStringLiteral("createdAt"), QStringLiteral("updatedAt"), QStringLiteral("version")}));
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("c-1"));
    QCOMPARE(o.value(QStringLiteral("userId")).toString(), QStringLiteral("u-1"));
    QCOMPARE(o.value(QStringLiteral("bookingId")).toString(), QStringLiteral("DO-2026-000123"));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Sam"));
    QCOMPARE(o.value(QStringLiteral("email")).toString(), QStringLiteral("sam@client.example"));
    QVERIFY(o.value(QStringLiteral("company")).isNull());
    QCOMPARE(o.value(QStringLiteral("department")).toString(), QStringLiteral("IT"));
    QCOMPARE(o.value(QStringLiteral("challenges")).toString(), QStringLiteral("too many spreadsheets"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("SCHEDULED"));
    QCOMPARE(o.value(QStringLiteral("scheduledDate")).toString(), QStringLiteral("2026-04-02T14:00:00.000Z"));
    QVERIFY(o.value(QStringLiteral("notes")).isNull());
    QVERIFY(o.value(QStringLiteral("cancellationReason")).isNull());
    QCOMPARE(o.value(QStringLiteral("noShow")), QJsonValue(true));
    QCOMPARE(o.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2026-03-01T09:30:00.123Z"));
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 2);

    c.status = ConsultationStatus::Cancelled;
    c.scheduledDate = QDateTime();
    c.notes = QStringLiteral("call back");
    c.cancellationReason = QStringLiteral("budget");
    const QJsonObject o2 = c.toJson();
    QCOMPARE(o2.value(QStringLiteral("status")).toString(), QStringLiteral("CANCELLED"));
    QVERIFY(o2.value(QStringLiteral("scheduledDate")).isNull());
    QCOMPARE(o2.value(QStringLiteral("notes")).toString(), QStringLiteral("call back"));
    QCOMPARE(o2.value(QStringLiteral("cancellationReason")).toString(), QStringLiteral("budget"));

    ConsultationStats stats;
    stats.total = 5;
    stats.pending = 1;
    stats.scheduled = 1;
    stats.completed = 2;
    stats.cancelled = 1;
    stats.noShows = 1;
    stats.completionRate = 2.0 / 3.0;
    stats.noShowRate = 1.0 / 3.0;
    stats.averageDaysToConsultation = 4.5;
    const QJsonObject s = stats.toJson();
    QCOMPARE(sortedKeys(s),
             sorted({QStringLiteral("total"), QStringLiteral("pending"), QStringLiteral("scheduled"), QStringLiteral("completed"),
                     QStringLiteral("cancelled"), QStringLiteral("noShows"), QStringLiteral("completionRate"),
                     QStringLiteral("noShowRate"), QStringLiteral("averageDaysToConsultation")}));
    QCOMPARE(s.value(QStringLiteral("total")).toInt(), 5);
    QCOMPARE(s.value(QStringLiteral("noShows")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("completionRate")).toDouble(), 2.0 / 3.0);
    QCOMPARE(s.value(QStringLiteral("averageDaysToConsultation")).toDouble(), 4.5);
}

void TestDomainJson::workflowJson()
{
    Workflow w;
    w.id = QStringLiteral("w-1");
    w.userId = QStringLiteral("u-1");
    w.name = QStringLiteral("Weekly report");
    w.description = QStringLiteral("sends the numbers");
    w.type = WorkflowType::DataSync;
    w.trigger = QStringLiteral("{\"type\":\"schedule\",\"at\":\"0 9 * * 1\"}");
    w.actions = QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Check\"}]");
    w.frequency = QStringLiteral("every Monday");
    w.isActive = false;
    w.estimatedMinutesSaved = 12.5;
    w.nextRunAt = QDateTime(QDate(2026, 3, 9), QTime(9, 0), Qt::UTC);
    w.createdAt = kCreated;
    w.updatedAt = kUpdated;
    w.version = 3;
    const QJsonObject o = w.toJson();
    QCOMPARE(sortedKeys(o),
             sorted({QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("name"), QStringLiteral("description"),
                     QStringLiteral("type"), QStringLiteral("trigger"), QStringLiteral("actions"), QStringLiteral("frequency"),
                     QStringLiteral("isActive"), QStringLiteral("estimatedMinutesSaved"), QStringLiteral("nextRunAt"),
                     QStringLiteral("lastRunAt"), QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
                     QStringLiteral("version")}));
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("w-1"));
    QCOMPARE(o.value(QStringLiteral("userId")).toString(), QStringLiteral("u-1"));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Weekly report"));
    QCOMPARE(o.value(QStringLiteral("description")).toString(), QStringLiteral("sends the numbers"));
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("DATA_SYNC"));
    // The JSON columns are embedded as JSON, not as strings.
    QVERIFY(o.value(QStringLiteral("trigger")).isObject());
    QCOMPARE(o.value(QStringLiteral("trigger")).toObject().value(QStringLiteral("at")).toString(), QStringLiteral("0 9 * * 1"));
    QVERIFY(o.value(QStringLiteral("actions")).isArray());
    QCOMPARE(o.value(QStringLiteral("actions")).toArray().size(), 1);
    QCOMPARE(o.value(QStringLiteral("actions")).toArray().at(0).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("create_task"));
    QCOMPARE(o.value(QStringLiteral("frequency")).toString(), QStringLiteral("every Monday"));
    QCOMPARE(o.value(QStringLiteral("isActive")), QJsonValue(false));
    QCOMPARE(o.value(QStringLiteral("estimatedMinutesSaved")).toDouble(), 12.5);
    QCOMPARE(o.value(QStringLiteral("nextRunAt")).toString(), QStringLiteral("2026-03-09T09:00:00.000Z"));
    QVERIFY(o.value(QStringLiteral("lastRunAt")).isNull());
    QCOMPARE(o.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2026-03-01T09:30:00.123Z"));
    QCOMPARE(o.value(QStringLiteral("updatedAt")).toString(), QStringLiteral("2026-03-02T10:00:05.007Z"));
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 3);

    const QJsonObject defaults = Workflow().toJson();
    QCOMPARE(defaults.value(QStringLiteral("type")).toString(), QStringLiteral("TASK_AUTOMATION"));
    QCOMPARE(defaults.value(QStringLiteral("trigger")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("manual"));
    QVERIFY(defaults.value(QStringLiteral("actions")).isArray());
    QVERIFY(defaults.value(QStringLiteral("actions")).toArray().isEmpty());
    QVERIFY(defaults.value(QStringLiteral("createdAt")).isNull());
}

void TestDomainJson::workflowExecutionAndStatsJson()
{
    WorkflowExecution e;
    e.id = QStringLiteral("e-1");
    e.workflowId = QStringLiteral("w-1");
    e.status = ExecutionStatus::Waiting;
    e.scheduledFor = kCreated;
    e.startedAt = kCreated;
    e.tasksCreated = 2;
    e.minutesSaved = 7.5;
    const QJsonObject o = e.toJson();
    QCOMPARE(sortedKeys(o),
             sorted({QStringLiteral("id"), QStringLiteral("workflowId"), QStringLiteral("status"), QStringLiteral("scheduledFor"),
                     QStringLiteral("startedAt"), QStringLiteral("finishedAt"), QStringLiteral("error"), QStringLiteral("output"),
                     QStringLiteral("tasksCreated"), QStringLiteral("minutesSaved"), QStringLiteral("trigger"),
                     QStringLiteral("attempts"), QStringLiteral("depth"), QStringLiteral("waitingTaskId"),
                     QStringLiteral("undoneAt"), QStringLiteral("workflowName")}));
    QVERIFY(o.value(QStringLiteral("waitingTaskId")).isNull());
    QVERIFY(o.value(QStringLiteral("undoneAt")).isNull());
    QVERIFY(o.value(QStringLiteral("workflowName")).isNull());
    e.undoneAt = kUpdated;
    e.workflowName = QStringLiteral("Weekly report");
    QCOMPARE(e.toJson().value(QStringLiteral("undoneAt")).toString(), QStringLiteral("2026-03-02T10:00:05.007Z"));
    QCOMPARE(e.toJson().value(QStringLiteral("workflowName")).toString(), QStringLiteral("Weekly report"));
    e.undoneAt = {};
    e.waitingTaskId = QStringLiteral("t-1");
    e.attempts = 2;
    QCOMPARE(e.toJson().value(QStringLiteral("waitingTaskId")).toString(), QStringLiteral("t-1"));
    QCOMPARE(e.toJson().value(QStringLiteral("attempts")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("WAITING"));
    QCOMPARE(o.value(QStringLiteral("scheduledFor")).toString(), QStringLiteral("2026-03-01T09:30:00.123Z"));
    QCOMPARE(o.value(QStringLiteral("startedAt")).toString(), QStringLiteral("2026-03-01T09:30:00.123Z"));
    QVERIFY(o.value(QStringLiteral("finishedAt")).isNull());
    QVERIFY(o.value(QStringLiteral("error")).isNull());
    QVERIFY(o.value(QStringLiteral("output")).isNull());
    QCOMPARE(o.value(QStringLiteral("tasksCreated")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("minutesSaved")).toDouble(), 7.5);

    e.status = ExecutionStatus::Failed;
    e.finishedAt = kUpdated;
    e.error = QStringLiteral("action 2 failed");
    e.output = QStringLiteral("{\"created\":[\"t-1\"]}");
    const QJsonObject o2 = e.toJson();
    QCOMPARE(o2.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QCOMPARE(o2.value(QStringLiteral("finishedAt")).toString(), QStringLiteral("2026-03-02T10:00:05.007Z"));
    QCOMPARE(o2.value(QStringLiteral("error")).toString(), QStringLiteral("action 2 failed"));
    QCOMPARE(o2.value(QStringLiteral("output")).toObject().value(QStringLiteral("created")).toArray().at(0).toString(),
             QStringLiteral("t-1"));

    WorkflowStats stats;
    stats.total = 3;
    stats.active = 2;
    stats.executions = 10;
    stats.successful = 8;
    stats.failed = 2;
    stats.successRate = 0.8;
    stats.hoursSaved = 1.25;
    stats.tasksCreated = 6;
    const QJsonObject s = stats.toJson();
    QCOMPARE(sortedKeys(s),
             sorted({QStringLiteral("total"), QStringLiteral("active"), QStringLiteral("executions"),
                     QStringLiteral("successful"), QStringLiteral("failed"), QStringLiteral("successRate"),
                     QStringLiteral("hoursSaved"), QStringLiteral("tasksCreated")}));
    QCOMPARE(s.value(QStringLiteral("executions")).toInt(), 10);
    QCOMPARE(s.value(QStringLiteral("successRate")).toDouble(), 0.8);
    QCOMPARE(s.value(QStringLiteral("hoursSaved")).toDouble(), 1.25);
}

void TestDomainJson::analyticsJson()
{
    AnalyticsDay d;
    d.id = QStringLiteral("a-1");
    d.userId = QStringLiteral("u-1");
    d.date = QDate(2026, 3, 1);
    d.timeSaved = 2.5;
    d.tasksAutomated = 4;
    d.efficiencyScore = 87.5;
    d.activeWorkflows = 3;
    const QJsonObject o = d.toJson();
    QCOMPARE(sortedKeys(o),
             sorted({QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("date"), QStringLiteral("timeSaved"),
                     QStringLiteral("tasksAutomated"), QStringLiteral("efficiencyScore"), QStringLiteral("activeWorkflows")}));
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("a-1"));
    QCOMPARE(o.value(QStringLiteral("userId")).toString(), QStringLiteral("u-1"));
    QCOMPARE(o.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-01"));
    QCOMPARE(o.value(QStringLiteral("timeSaved")).toDouble(), 2.5);
    QCOMPARE(o.value(QStringLiteral("tasksAutomated")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("efficiencyScore")).toDouble(), 87.5);
    QCOMPARE(o.value(QStringLiteral("activeWorkflows")).toInt(), 3);

    AnalyticsSummary summary;
    summary.from = QDate(2026, 2, 1);
    summary.to = QDate(2026, 2, 28);
    summary.hoursSaved = 10.5;
    summary.tasksAutomated = 12;
    summary.efficiencyScore = 75;
    summary.activeWorkflows = 2;
    summary.days = 20;
    const QJsonObject s = summary.toJson();
    QCOMPARE(sortedKeys(s),
             sorted({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("hoursSaved"), QStringLiteral("tasksAutomated"),
                     QStringLiteral("efficiencyScore"), QStringLiteral("activeWorkflows"), QStringLiteral("days")}));
    QCOMPARE(s.value(QStringLiteral("from")).toString(), QStringLiteral("2026-02-01"));
    QCOMPARE(s.value(QStringLiteral("to")).toString(), QStringLiteral("2026-02-28"));
    QCOMPARE(s.value(QStringLiteral("hoursSaved")).toDouble(), 10.5);
    QCOMPARE(s.value(QStringLiteral("days")).toInt(), 20);

    AnalyticsPoint p;
    p.start = QDate(2026, 2, 2);
    p.timeSaved = 1.5;
    p.tasksAutomated = 1;
    p.efficiencyScore = 50;
    p.activeWorkflows = 1;
    const QJsonObject pj = p.toJson();
    QCOMPARE(sortedKeys(pj),
             sorted({QStringLiteral("date"), QStringLiteral("timeSaved"), QStringLiteral("tasksAutomated"),
                     QStringLiteral("efficiencyScore"), QStringLiteral("activeWorkflows")}));
    QCOMPARE(pj.value(QStringLiteral("date")).toString(), QStringLiteral("2026-02-02"));
    QCOMPARE(pj.value(QStringLiteral("timeSaved")).toDouble(), 1.5);
}

void TestDomainJson::notificationJson()
{
    Notification n;
    n.id = QStringLiteral("n-1");
    n.userId = QStringLiteral("u-1");
    n.type = NotificationType::WorkflowComplete;
    n.title = QStringLiteral("Done");
    n.message = QStringLiteral("Weekly report ran");
    n.workflowId = QStringLiteral("w-1");
    n.isRead = true;
    n.createdAt = kCreated;
    const QJsonObject o = n.toJson();
    QCOMPARE(sortedKeys(o),
             sorted({QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("type"), QStringLiteral("title"),
                     QStringLiteral("message"), QStringLiteral("taskId"), QStringLiteral("workflowId"),
                     QStringLiteral("consultationId"), QStringLiteral("isRead"), QStringLiteral("createdAt")}));
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("n-1"));
    QCOMPARE(o.value(QStringLiteral("userId")).toString(), QStringLiteral("u-1"));
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("WORKFLOW_COMPLETE"));
    QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Done"));
    QCOMPARE(o.value(QStringLiteral("message")).toString(), QStringLiteral("Weekly report ran"));
    QVERIFY(o.value(QStringLiteral("taskId")).isNull());
    QCOMPARE(o.value(QStringLiteral("workflowId")).toString(), QStringLiteral("w-1"));
    QVERIFY(o.value(QStringLiteral("consultationId")).isNull());
    QCOMPARE(o.value(QStringLiteral("isRead")), QJsonValue(true));
    QCOMPARE(o.value(QStringLiteral("createdAt")).toString(), QStringLiteral("2026-03-01T09:30:00.123Z"));
}

void TestDomainJson::fastTaskListJsonEqualsToJson()
{
    Task plain;
    plain.id = QStringLiteral("0b2c5a9e-1111-4222-8333-944455556666");
    plain.userId = QStringLiteral("u1");
    plain.title = QStringLiteral("Plain");
    plain.createdAt = plain.updatedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    Task tricky = plain;
    tricky.title = QStringLiteral("Quote \" backslash \\ tab\t newline\n bell\x07 ünï €");
    tricky.description = QStringLiteral("line 1\r\nline 2");
    tricky.workflowId = QStringLiteral("wf");
    tricky.executionId = QStringLiteral("ex");
    tricky.priority = Priority::Urgent;
    tricky.status = TaskStatus::Completed;
    tricky.position = -9007199254740;
    tricky.dueDate = QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC);
    tricky.completedAt = QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::OffsetFromUTC, 3600); // not UTC on purpose
    tricky.tags = {QStringLiteral("a\"b"), QStringLiteral("ops")};
    tricky.version = 42;
    const QList<Task> tasks{plain, tricky};

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(tasksToJson(tasks), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 2);
    for (int i = 0; i < tasks.size(); ++i)
        QCOMPARE(doc.array().at(i).toObject(), tasks.at(i).toJson());
    QCOMPARE(QJsonDocument::fromJson(tasksToJson({})).array().size(), 0);
}

// The JSON strings of doo_core: escapes as Qt's
// QJsonDocument writes them, and a refusal for what Qt would change when it reads UTF-8.
void TestDomainJson::jsonStringsWithoutQt()
{
    auto json = [](const std::string &utf8, bool leadingBom = false) {
        std::string out = "unchanged";
        return core::appendJsonString(out, utf8, leadingBom) ? out : std::string("refused:") + out;
    };
    QCOMPARE(json("plain"), std::string("unchanged\"plain\""));
    QCOMPARE(json("q\"b\\n\nt\tc\x01\x1f\x7f"), std::string("unchanged\"q\\\"b\\\\n\\nt\\tc\\u0001\\u001f\x7f\""));
    QCOMPARE(json("caf\xC3\xA9 \xF0\x9F\x99\x82"), std::string("unchanged\"caf\xC3\xA9 \xF0\x9F\x99\x82\""));
    // Not UTF-8: a lone continuation byte, a truncated sequence, an overlong form, a surrogate,
    // beyond U+10FFFF; and a leading byte order mark, which Qt drops.
    for (const char *bad : {"a\x80", "a\xC3", "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xEF\xBB\xBFx"})
        QCOMPARE(json(bad), std::string("refused:unchanged"));
    QCOMPARE(json("\xEF\xBB\xBFx", true), std::string("unchanged\"\xEF\xBB\xBFx\""));
    // What QJsonDocument writes for the same string.
    const QString sample = QStringLiteral("q\"b\\\n\t\u0001 caf\u00e9");
    const QByteArray qt = QJsonDocument(QJsonArray{sample}).toJson(QJsonDocument::Compact);
    std::string ours = "[";
    QVERIFY(core::appendJsonString(ours, sample.toStdString()));
    ours += "]";
    QCOMPARE(QByteArray::fromStdString(ours), qt);
}

// The stored names doo_core holds are the enums' names.
void TestDomainJson::namesWithoutQt()
{
    auto list = [](const auto &names) {
        QStringList all;
        for (const char *n : names)
            all << QString::fromLatin1(n);
        return all;
    };
    QCOMPARE(list(names::kTaskStatus), enumNames<TaskStatus>());
    QCOMPARE(list(names::kPriority), enumNames<Priority>());
    QCOMPARE(list(names::kUserRole), enumNames<UserRole>());
    QCOMPARE(enumNames<Priority>(),
             QStringList({QStringLiteral("LOW"), QStringLiteral("MEDIUM"), QStringLiteral("HIGH"), QStringLiteral("URGENT")}));
}

QTEST_GUILESS_MAIN(TestDomainJson)
#include "tst_domainjson.moc"
