#include "Checks.h"

#include "domain/Analytics.h"
#include "domain/Consultation.h"
#include "domain/Enums.h"
#include "domain/Error.h"
#include "domain/Notification.h"
#include "domain/Task.h"
#include "domain/User.h"
#include "domain/Validation.h"
#include "domain/Workflow.h"

#include <QJsonValue>
#include <QTest>

#include <cmath>
#include <limits>
#include <utility>
#include <vector>

using namespace doo;

namespace {

QString repeated(int n, char c = 'x')
{
    return QString(n, QLatin1Char(c));
}

// Checks every (value, name) pair both ways and that enumNames lists the names in this order.
template<typename E>
void checkEnum(const std::vector<std::pair<E, const char *>> &table)
{
    QStringList expectedNames;
    for (const auto &[value, name] : table) {
        const QString text = QString::fromLatin1(name);
        expectedNames << text;
        QCOMPARE(toString(value), text);
        const std::optional<E> parsed = enumFromString<E>(text);
        QVERIFY2(parsed.has_value(), name);
        QVERIFY2(*parsed == value, name);
        // Names are stored exactly: other spellings are unknown.
        QVERIFY2(!enumFromString<E>(text.toLower()).has_value(), name);
        QVERIFY2(!enumFromString<E>(text.left(1) + text.mid(1).toLower()).has_value(), name);
        QVERIFY2(!enumFromString<E>(QLatin1Char(' ') + text).has_value(), name);
        QVERIFY2(!enumFromString<E>(text + QLatin1Char(' ')).has_value(), name);
    }
    QCOMPARE(enumNames<E>(), expectedNames);
    QVERIFY(!enumFromString<E>(QString()).has_value());
    QVERIFY(!enumFromString<E>(QStringLiteral("")).has_value());
    QVERIFY(!enumFromString<E>(QStringLiteral("NOT_A_VALUE")).has_value());
    QVERIFY(!enumFromString<E>(QStringLiteral("0")).has_value());
}

#define CHECK_FIELD(status, expectedField)                                                                                       \
    do {                                                                                                                         \
        const Status s_ = (status);                                                                                              \
        QVERIFY2(!s_.ok(), "expected a validation error on " expectedField);                                                     \
        QCOMPARE(s_.error().kind, Error::Kind::Validation);                                                                      \
        QCOMPARE(s_.error().field, QStringLiteral(expectedField));                                                               \
        QVERIFY(!s_.error().message.isEmpty());                                                                                  \
    } while (false)

} // namespace

class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enums();
    void displayNames();

    void validationText();
    void validationEmail();
    void validationJson();
    void validationRange();
    void validationTags();
    void normalizedTags();
    void newId();

    void userNormalizeAndValidate();
    void taskNormalizeAndValidate();
    void consultationNormalizeAndValidate();
    void workflowNormalizeAndValidate();
    void analyticsDayValidate();
    void notificationNormalizeAndValidate();

    void errorText();
};

// ---------------------------------------------------------------------------------------------
// Enums

void TestDomain::enums()
{
    checkEnum<UserRole>(
        {{UserRole::Admin, "ADMIN"}, {UserRole::Director, "DIRECTOR"}, {UserRole::Manager, "MANAGER"}, {UserRole::User, "USER"}});
    if (QTest::currentTestFailed())
        return;
    checkEnum<ConsultationStatus>({{ConsultationStatus::Pending, "PENDING"},
                                   {ConsultationStatus::Scheduled, "SCHEDULED"},
                                   {ConsultationStatus::Completed, "COMPLETED"},
                                   {ConsultationStatus::Cancelled, "CANCELLED"}});
    if (QTest::currentTestFailed())
        return;
    checkEnum<WorkflowType>({{WorkflowType::Reporting, "REPORTING"},
                             {WorkflowType::TaskAutomation, "TASK_AUTOMATION"},
                             {WorkflowType::Notification, "NOTIFICATION"},
                             {WorkflowType::DataSync, "DATA_SYNC"},
                             {WorkflowType::Approval, "APPROVAL"},
                             {WorkflowType::Scheduling, "SCHEDULING"}});
    if (QTest::currentTestFailed())
        return;
    checkEnum<ExecutionStatus>({{ExecutionStatus::Running, "RUNNING"},
                                {ExecutionStatus::Waiting, "WAITING"},
                                {ExecutionStatus::Success, "SUCCESS"},
                                {ExecutionStatus::Failed, "FAILED"},
                                {ExecutionStatus::Cancelled, "CANCELLED"}});
    if (QTest::currentTestFailed())
        return;
    checkEnum<TaskStatus>({{TaskStatus::Todo, "TODO"},
                           {TaskStatus::InProgress, "IN_PROGRESS"},
                           {TaskStatus::Review, "REVIEW"},
                           {TaskStatus::Completed, "COMPLETED"},
                           {TaskStatus::Cancelled, "CANCELLED"}});
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(enumNames<TaskStatus>().size(), kTaskStatusCount);
    checkEnum<Priority>(
        {{Priority::Low, "LOW"}, {Priority::Medium, "MEDIUM"}, {Priority::High, "HIGH"}, {Priority::Urgent, "URGENT"}});
    if (QTest::currentTestFailed())
        return;
    checkEnum<NotificationType>({{NotificationType::Info, "INFO"},
                                 {NotificationType::Warning, "WARNING"},
                                 {NotificationType::Error, "ERROR"},
                                 {NotificationType::Success, "SUCCESS"},
                                 {NotificationType::TaskDue, "TASK_DUE"},
                                 {NotificationType::WorkflowComplete, "WORKFLOW_COMPLETE"},
                                 {NotificationType::BudgetAlert, "BUDGET_ALERT"}});
    if (QTest::currentTestFailed())
        return;

    // A name of one enum is not a name of another.
    QVERIFY(!enumFromString<TaskStatus>(QStringLiteral("PENDING")).has_value());
    QVERIFY(!enumFromString<UserRole>(QStringLiteral("TODO")).has_value());
    QVERIFY(!enumFromString<Priority>(QStringLiteral("INFO")).has_value());
}

void TestDomain::displayNames()
{
    QCOMPARE(displayName(TaskStatus::Todo), QStringLiteral("To do"));
    QCOMPARE(displayName(TaskStatus::InProgress), QStringLiteral("In progress"));
    QCOMPARE(displayName(TaskStatus::Review), QStringLiteral("Review"));
    QCOMPARE(displayName(TaskStatus::Completed), QStringLiteral("Completed"));
    QCOMPARE(displayName(TaskStatus::Cancelled), QStringLiteral("Cancelled"));
    QCOMPARE(displayName(Priority::Low), QStringLiteral("Low"));
    QCOMPARE(displayName(Priority::Medium), QStringLiteral("Medium"));
    QCOMPARE(displayName(Priority::High), QStringLiteral("High"));
    QCOMPARE(displayName(Priority::Urgent), QStringLiteral("Urgent"));
}

// ---------------------------------------------------------------------------------------------
// Validation

void TestDomain::validationText()
{
    const QString field = QStringLiteral("someField");
    CHECK_OK(Validation::text(field, QStringLiteral("hello"), 1, 10));
    CHECK_OK(Validation::text(field, repeated(10), 1, 10));
    CHECK_OK(Validation::text(field, QStringLiteral("abc"), 3, 10));
    CHECK_OK(Validation::text(field, QString(), 0, 10));
    CHECK_OK(Validation::optionalText(field, QString(), 10));
    CHECK_OK(Validation::optionalText(field, repeated(10), 10));

    const Status empty = Validation::text(field, QString(), 1, 10);
    QCOMPARE(empty.error().kind, Error::Kind::Validation);
    QCOMPARE(empty.error().field, field);
    QVERIFY2(empty.error().message.contains(QLatin1String("required")), qPrintable(empty.error().message));

    const Status blank = Validation::text(field, QStringLiteral("   \t "), 1, 10);
    QCOMPARE(blank.error().field, field);
    QVERIFY2(blank.error().message.contains(QLatin1String("required")), qPrintable(blank.error().message));

    const Status tooShort = Validation::text(field, QStringLiteral(" ab "), 3, 10);
    QCOMPARE(tooShort.error().kind, Error::Kind::Validation);
    QCOMPARE(tooShort.error().field, field);
    QVERIFY2(tooShort.error().message.contains(QLatin1String("at least 3")), qPrintable(tooShort.error().message));

    const Status tooLong = Validation::text(field, repeated(11), 1, 10);
    QCOMPARE(tooLong.error().kind, Error::Kind::Validation);
    QCOMPARE(tooLong.error().field, field);
    QVERIFY2(tooLong.error().message.contains(QLatin1String("at most 10")), qPrintable(tooLong.error().message));
    QVERIFY2(tooLong.error().message.contains(QLatin1String("11")), qPrintable(tooLong.error().message));
    QCOMPARE(tooLong.error().text(), field + QStringLiteral(": ") + tooLong.error().message);

    const Status optionalTooLong = Validation::optionalText(QStringLiteral("notes"), repeated(5001), 5000);
    QCOMPARE(optionalTooLong.error().field, QStringLiteral("notes"));
    QVERIFY(optionalTooLong.error().message.contains(QLatin1String("5000")));
}

void TestDomain::validationEmail()
{
    const QString field = QStringLiteral("contactEmail");
    for (const char *good :
         {"a@b", "jane.doe@example.com", "JANE+tag@Sub.Example.ORG", "o'brien@example.ie", "x_y-z@my-host.example"})
        CHECK_OK(Validation::email(field, QString::fromLatin1(good)));

    for (const char *bad : {"plain", "@example.com", "jane@", "jane@@example.com", "jane doe@example.com", "jane@-example.com",
                            "jane@example..com", "jane@exa_mple.com"}) {
        const Status s = Validation::email(field, QString::fromLatin1(bad));
        QVERIFY2(!s.ok(), bad);
        QCOMPARE(s.error().kind, Error::Kind::Validation);
        QCOMPARE(s.error().field, field);
        QVERIFY2(s.error().message.contains(QString::fromLatin1(bad)), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QLatin1String("not a valid email")), qPrintable(s.error().message));
    }

    const Status empty = Validation::email(field, QString());
    QCOMPARE(empty.error().field, field);
    QVERIFY(empty.error().message.contains(QLatin1String("required")));

    const QString tooLong = repeated(250, 'a') + QStringLiteral("@b.cd"); // 255 characters
    const Status longStatus = Validation::email(field, tooLong);
    QCOMPARE(longStatus.error().field, field);
    QVERIFY2(longStatus.error().message.contains(QString::number(Validation::kMaxEmail)), qPrintable(longStatus.error().message));
}

void TestDomain::validationJson()
{
    const QString field = QStringLiteral("payload");
    CHECK_OK(Validation::json(field, QStringLiteral("{}"), QJsonValue::Object));
    CHECK_OK(Validation::json(field, QStringLiteral("{\"a\": [1, 2, {\"b\": null}]}"), QJsonValue::Object));
    CHECK_OK(Validation::json(field, QStringLiteral("[]"), QJsonValue::Array));
    CHECK_OK(Validation::json(field, QStringLiteral("[{\"x\": 1}]"), QJsonValue::Array));

    const Status notJson = Validation::json(field, QStringLiteral("{not json"), QJsonValue::Object);
    QCOMPARE(notJson.error().kind, Error::Kind::Validation);
    QCOMPARE(notJson.error().field, field);
    QVERIFY2(notJson.error().message.contains(QLatin1String("not valid JSON")), qPrintable(notJson.error().message));
    QVERIFY2(notJson.error().message.contains(QLatin1String("offset")), qPrintable(notJson.error().message));

    const Status empty = Validation::json(field, QString(), QJsonValue::Object);
    QCOMPARE(empty.error().field, field);

    const Status arrayForObject = Validation::json(field, QStringLiteral("[1]"), QJsonValue::Object);
    QCOMPARE(arrayForObject.error().field, field);
    QVERIFY2(arrayForObject.error().message.contains(QLatin1String("object")), qPrintable(arrayForObject.error().message));

    const Status objectForArray = Validation::json(field, QStringLiteral("{\"a\": 1}"), QJsonValue::Array);
    QCOMPARE(objectForArray.error().field, field);
    QVERIFY2(objectForArray.error().message.contains(QLatin1String("array")), qPrintable(objectForArray.error().message));

    // Size is counted in UTF-8 bytes: 10 two-byte characters plus the quotes and brackets.
    const QString twoByte = QStringLiteral("[\"") + QString(10, QChar(0x00e9)) + QStringLiteral("\"]");
    CHECK_OK(Validation::json(field, twoByte, QJsonValue::Array, 24));
    const Status tooBig = Validation::json(field, twoByte, QJsonValue::Array, 23);
    QCOMPARE(tooBig.error().field, field);
    QVERIFY2(tooBig.error().message.contains(QLatin1String("at most 23 bytes")), qPrintable(tooBig.error().message));
    QVERIFY2(tooBig.error().message.contains(QLatin1String("24")), qPrintable(tooBig.error().message));

    const QString big = QStringLiteral("[\"") + repeated(65536) + QStringLiteral("\"]");
    const Status defaultLimit = Validation::json(field, big, QJsonValue::Array);
    QCOMPARE(defaultLimit.error().field, field);
    QVERIFY(defaultLimit.error().message.contains(QLatin1String("65536")));
}

void TestDomain::validationRange()
{
    const QString field = QStringLiteral("score");
    CHECK_OK(Validation::range(field, 0, 0, 100));
    CHECK_OK(Validation::range(field, 100, 0, 100));
    CHECK_OK(Validation::range(field, 42.5, 0, 100));

    const Status below = Validation::range(field, -1, 0, 100);
    QCOMPARE(below.error().kind, Error::Kind::Validation);
    QCOMPARE(below.error().field, field);
    QVERIFY2(below.error().message.contains(QLatin1String("between 0 and 100")), qPrintable(below.error().message));
    QVERIFY2(below.error().message.contains(QLatin1String("-1")), qPrintable(below.error().message));

    const Status above = Validation::range(field, 100.5, 0, 100);
    QCOMPARE(above.error().field, field);
    QVERIFY2(above.error().message.contains(QLatin1String("100.5")), qPrintable(above.error().message));

    QCOMPARE(Validation::range(field, std::numeric_limits<double>::quiet_NaN(), 0, 100).error().field, field);
    QCOMPARE(Validation::range(field, std::numeric_limits<double>::infinity(), 0, 1e300).error().field, field);
    QCOMPARE(Validation::range(field, -std::numeric_limits<double>::infinity(), -1e300, 0).error().field, field);
}

void TestDomain::validationTags()
{
    const QString field = QStringLiteral("labels");
    CHECK_OK(Validation::tags(field, {}));
    CHECK_OK(Validation::tags(field, {QStringLiteral("a"), QStringLiteral("with space"), repeated(Validation::kMaxTag)}));
    QStringList twenty;
    for (int i = 0; i < Validation::kMaxTags; ++i)
        twenty << QStringLiteral("t%1").arg(i);
    CHECK_OK(Validation::tags(field, twenty));

    const Status tooMany = Validation::tags(field, twenty + QStringList{QStringLiteral("one more")});
    QCOMPARE(tooMany.error().kind, Error::Kind::Validation);
    QCOMPARE(tooMany.error().field, field);
    QVERIFY2(tooMany.error().message.contains(QLatin1String("at most 20")), qPrintable(tooMany.error().message));
    QVERIFY2(tooMany.error().message.contains(QLatin1String("21")), qPrintable(tooMany.error().message));

    const Status empty = Validation::tags(field, {QStringLiteral("ok"), QStringLiteral("  ")});
    QCOMPARE(empty.error().field, field);
    QVERIFY2(empty.error().message.contains(QLatin1String("empty")), qPrintable(empty.error().message));

    const Status tooLong = Validation::tags(field, {repeated(Validation::kMaxTag + 1, 't')});
    QCOMPARE(tooLong.error().field, field);
    QVERIFY2(tooLong.error().message.contains(QLatin1String("50")), qPrintable(tooLong.error().message));

    const Status comma = Validation::tags(field, {QStringLiteral("a,b")});
    QCOMPARE(comma.error().field, field);
    QVERIFY2(comma.error().message.contains(QLatin1String("comma")), qPrintable(comma.error().message));
    QVERIFY2(comma.error().message.contains(QLatin1String("a,b")), qPrintable(comma.error().message));
}

void TestDomain::normalizedTags()
{
    QCOMPARE(Validation::normalizedTags({}), QStringList());
    QCOMPARE(Validation::normalizedTags({QStringLiteral("  Finance "), QStringLiteral(""), QStringLiteral("   "),
                                         QStringLiteral("q3"), QStringLiteral("FINANCE"), QStringLiteral("finance"),
                                         QStringLiteral(" Q3"), QStringLiteral("Board")}),
             (QStringList{QStringLiteral("Finance"), QStringLiteral("q3"), QStringLiteral("Board")}));
    // The first spelling wins, not the most common or the lower-case one.
    QCOMPARE(Validation::normalizedTags({QStringLiteral("ToDo"), QStringLiteral("todo"), QStringLiteral("TODO")}),
             QStringList{QStringLiteral("ToDo")});
    // Case folding beyond ASCII.
    QCOMPARE(Validation::normalizedTags({QStringLiteral("Ärger"), QStringLiteral("ärger")}),
             QStringList{QStringLiteral("Ärger")});
    // Inner spaces are kept; only the ends are trimmed.
    QCOMPARE(Validation::normalizedTags({QStringLiteral(" two  words ")}), QStringList{QStringLiteral("two  words")});
}

void TestDomain::newId()
{
    const QString a = Validation::newId();
    const QString b = Validation::newId();
    QCOMPARE(a.size(), 36);
    QVERIFY(!a.startsWith(QLatin1Char('{')));
    QVERIFY(a != b);
}

// ---------------------------------------------------------------------------------------------
// Entities: normalize and validate

void TestDomain::userNormalizeAndValidate()
{
    User u;
    u.email = QStringLiteral("  Jane.Doe@Example.COM ");
    u.name = QStringLiteral("  Jane Doe  ");
    u.company = QStringLiteral(" Acme ");
    u.department = QStringLiteral(" Ops ");
    u.normalize();
    QCOMPARE(u.email, QStringLiteral("jane.doe@example.com"));
    QCOMPARE(u.name, QStringLiteral("Jane Doe"));
    QCOMPARE(u.company, QStringLiteral("Acme"));
    QCOMPARE(u.department, QStringLiteral("Ops"));
    CHECK_OK(u.validate());

    User bad = u;
    bad.email = QStringLiteral("nope");
    CHECK_FIELD(bad.validate(), "email");
    bad.email.clear();
    CHECK_FIELD(bad.validate(), "email");
    bad = u;
    bad.name = QStringLiteral("   ");
    CHECK_FIELD(bad.validate(), "name");
    bad.name = repeated(Validation::kMaxName + 1);
    CHECK_FIELD(bad.validate(), "name");
    QVERIFY(bad.validate().error().message.contains(QLatin1String("200")));
    bad = u;
    bad.company = repeated(201);
    CHECK_FIELD(bad.validate(), "company");
    bad = u;
    bad.department = repeated(201);
    CHECK_FIELD(bad.validate(), "department");
    // Optional fields may be empty; the maximum itself is allowed.
    bad = u;
    bad.company.clear();
    bad.department = repeated(200);
    bad.name = repeated(200);
    CHECK_OK(bad.validate());
}

void TestDomain::taskNormalizeAndValidate()
{
    Task t;
    t.title = QStringLiteral("  Prepare budget ");
    t.tags = {QStringLiteral(" finance"), QStringLiteral("Finance "), QStringLiteral(""), QStringLiteral("q3")};
    t.normalize();
    QCOMPARE(t.title, QStringLiteral("Prepare budget"));
    QVERIFY(!t.description.isNull());
    QVERIFY(t.description.isEmpty());
    QCOMPARE(t.tags, (QStringList{QStringLiteral("finance"), QStringLiteral("q3")}));
    CHECK_OK(t.validate());

    Task bad = t;
    bad.title.clear();
    CHECK_FIELD(bad.validate(), "title");
    bad.title = repeated(Validation::kMaxTitle + 1);
    CHECK_FIELD(bad.validate(), "title");
    QVERIFY(bad.validate().error().message.contains(QLatin1String("200")));
    bad = t;
    bad.description = repeated(10001);
    CHECK_FIELD(bad.validate(), "description");
    QVERIFY(bad.validate().error().message.contains(QLatin1String("10000")));
    bad = t;
    bad.tags = {QStringLiteral("a,b")};
    CHECK_FIELD(bad.validate(), "tags");
    bad.tags = {repeated(51)};
    CHECK_FIELD(bad.validate(), "tags");
    bad.tags.clear();
    for (int i = 0; i < 21; ++i)
        bad.tags << QString::number(i);
    CHECK_FIELD(bad.validate(), "tags");
    bad = t;
    bad.description = repeated(10000);
    CHECK_OK(bad.validate());
}

void TestDomain::consultationNormalizeAndValidate()
{
    Consultation c;
    c.name = QStringLiteral("  Sam Client ");
    c.email = QStringLiteral(" Sam@Client.example ");
    c.company = QStringLiteral(" Client Ltd ");
    c.department = QStringLiteral(" IT ");
    c.normalize();
    QCOMPARE(c.name, QStringLiteral("Sam Client"));
    QCOMPARE(c.email, QStringLiteral("Sam@Client.example"));
    QCOMPARE(c.company, QStringLiteral("Client Ltd"));
    QCOMPARE(c.department, QStringLiteral("IT"));
    QVERIFY(!c.challenges.isNull());
    CHECK_OK(c.validate());

    Consultation bad = c;
    bad.name = QStringLiteral(" ");
    CHECK_FIELD(bad.validate(), "name");
    bad.name = repeated(201);
    CHECK_FIELD(bad.validate(), "name");
    bad = c;
    bad.email = QStringLiteral("sam at client");
    CHECK_FIELD(bad.validate(), "email");
    bad.email.clear();
    CHECK_FIELD(bad.validate(), "email");
    bad = c;
    bad.company = repeated(201);
    CHECK_FIELD(bad.validate(), "company");
    bad = c;
    bad.department = repeated(201);
    CHECK_FIELD(bad.validate(), "department");
    bad = c;
    bad.challenges = repeated(5001);
    CHECK_FIELD(bad.validate(), "challenges");
    QVERIFY(bad.validate().error().message.contains(QLatin1String("5000")));
    bad = c;
    bad.notes = repeated(5001);
    CHECK_FIELD(bad.validate(), "notes");
    bad = c;
    bad.cancellationReason = repeated(1001);
    CHECK_FIELD(bad.validate(), "cancellationReason");
    QVERIFY(bad.validate().error().message.contains(QLatin1String("1000")));
    bad = c;
    bad.challenges = repeated(5000);
    bad.notes = repeated(5000);
    bad.cancellationReason = repeated(1000);
    CHECK_OK(bad.validate());
}

void TestDomain::workflowNormalizeAndValidate()
{
    Workflow w;
    QCOMPARE(w.trigger, QStringLiteral("{\"type\":\"manual\"}"));
    QCOMPARE(w.actions, QStringLiteral("[]"));
    w.name = QStringLiteral("  Weekly report ");
    w.frequency = QStringLiteral("  every Monday ");
    w.normalize();
    QCOMPARE(w.name, QStringLiteral("Weekly report"));
    QCOMPARE(w.frequency, QStringLiteral("Manually")); // from the trigger, whatever was given
    QVERIFY(!w.description.isNull());
    // No actions: a workflow must do something.
    CHECK_FIELD(w.validate(), "actions");
    w.actions = QStringLiteral("[{\"type\":\"create_task\",\"title\":\"Write the weekly report\"}]");
    CHECK_OK(w.validate());
    w.trigger = QStringLiteral("{\"type\":\"interval\",\"minutes\":30}");
    w.normalize();
    QCOMPARE(w.frequency, QStringLiteral("Every 30 minutes"));
    CHECK_OK(w.validate());
    Workflow unnamedFrequency;
    unnamedFrequency.name = QStringLiteral("x");
    unnamedFrequency.normalize();
    QVERIFY(!unnamedFrequency.frequency.isNull());

    Workflow bad = w;
    bad.name.clear();
    CHECK_FIELD(bad.validate(), "name");
    bad.name = repeated(201);
    CHECK_FIELD(bad.validate(), "name");
    bad = w;
    bad.description = repeated(2001);
    CHECK_FIELD(bad.validate(), "description");
    QVERIFY(bad.validate().error().message.contains(QLatin1String("2000")));
    bad = w;
    bad.trigger = QStringLiteral("{broken");
    CHECK_FIELD(bad.validate(), "trigger");
    bad.trigger = QStringLiteral("[]");
    CHECK_FIELD(bad.validate(), "trigger");
    QVERIFY(bad.validate().error().message.contains(QLatin1String("object")));
    bad = w;
    bad.actions = QStringLiteral("{}");
    CHECK_FIELD(bad.validate(), "actions");
    QVERIFY(bad.validate().error().message.contains(QLatin1String("array")));
    bad.actions = QStringLiteral("[1,");
    CHECK_FIELD(bad.validate(), "actions");
    // The definition is checked strictly, with the path of the offending value.
    bad = w;
    bad.trigger = QStringLiteral("{\"type\":\"interval\",\"minutes\":30,\"tz\":\"UTC\"}");
    CHECK_FIELD(bad.validate(), "trigger.tz");
    bad = w;
    bad.actions = QStringLiteral("[{\"type\":\"create_task\",\"title\":\"x\",\"due_in_days\":2.5}]");
    CHECK_FIELD(bad.validate(), "actions[0].due_in_days");
    bad = w;
    bad.frequency = repeated(201);
    CHECK_FIELD(bad.validate(), "frequency");
    bad = w;
    bad.estimatedMinutesSaved = -1;
    CHECK_FIELD(bad.validate(), "estimatedMinutesSaved");
    bad.estimatedMinutesSaved = 100001;
    CHECK_FIELD(bad.validate(), "estimatedMinutesSaved");
    QVERIFY(bad.validate().error().message.contains(QLatin1String("100000")));
    bad.estimatedMinutesSaved = std::nan("");
    CHECK_FIELD(bad.validate(), "estimatedMinutesSaved");
    bad.estimatedMinutesSaved = 100000;
    CHECK_OK(bad.validate());
}

void TestDomain::analyticsDayValidate()
{
    AnalyticsDay d;
    d.date = QDate(2026, 3, 1);
    d.timeSaved = 2.5;
    d.tasksAutomated = 4;
    d.efficiencyScore = 87.5;
    d.activeWorkflows = 3;
    CHECK_OK(d.validate());

    AnalyticsDay bad = d;
    bad.date = QDate();
    CHECK_FIELD(bad.validate(), "date");
    bad = d;
    bad.timeSaved = -0.5;
    CHECK_FIELD(bad.validate(), "timeSaved");
    bad.timeSaved = std::numeric_limits<double>::infinity();
    CHECK_FIELD(bad.validate(), "timeSaved");
    bad = d;
    bad.efficiencyScore = 100.1;
    CHECK_FIELD(bad.validate(), "efficiencyScore");
    QVERIFY(bad.validate().error().message.contains(QLatin1String("between 0 and 100")));
    bad.efficiencyScore = -1;
    CHECK_FIELD(bad.validate(), "efficiencyScore");
    bad = d;
    bad.tasksAutomated = -1;
    CHECK_FIELD(bad.validate(), "tasksAutomated");
    bad = d;
    bad.activeWorkflows = -1;
    CHECK_FIELD(bad.validate(), "activeWorkflows");
    bad = d;
    bad.efficiencyScore = 100;
    bad.timeSaved = 0;
    CHECK_OK(bad.validate());
}

void TestDomain::notificationNormalizeAndValidate()
{
    Notification n;
    n.title = QStringLiteral("  Task due ");
    n.normalize();
    QCOMPARE(n.title, QStringLiteral("Task due"));
    QVERIFY(!n.message.isNull());
    CHECK_OK(n.validate());

    Notification bad = n;
    bad.title = QStringLiteral("  ");
    CHECK_FIELD(bad.validate(), "title");
    bad.title = repeated(201);
    CHECK_FIELD(bad.validate(), "title");
    bad = n;
    bad.message = repeated(2001);
    CHECK_FIELD(bad.validate(), "message");
    QVERIFY(bad.validate().error().message.contains(QLatin1String("2000")));

    bad = n;
    bad.taskId = QStringLiteral("t1");
    CHECK_OK(bad.validate());
    bad.workflowId = QStringLiteral("w1");
    CHECK_FIELD(bad.validate(), "link");
    bad.taskId.clear();
    bad.consultationId = QStringLiteral("c1");
    CHECK_FIELD(bad.validate(), "link");
    bad.taskId = QStringLiteral("t1");
    CHECK_FIELD(bad.validate(), "link");
}

// ---------------------------------------------------------------------------------------------
// Error

void TestDomain::errorText()
{
    const Error withField = Error::validation(QStringLiteral("email"), QStringLiteral("is required"));
    QVERIFY(withField.isError());
    QCOMPARE(withField.text(), QStringLiteral("email: is required"));
    const Error withoutField = Error::make(Error::Kind::NotFound, QStringLiteral("no such user"));
    QCOMPARE(withoutField.kind, Error::Kind::NotFound);
    QVERIFY(withoutField.field.isEmpty());
    QCOMPARE(withoutField.text(), QStringLiteral("no such user"));
    QVERIFY(!Error().isError());
    QVERIFY(Status().ok());
    QVERIFY(!Status(withField).ok());
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
