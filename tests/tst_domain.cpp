#include "Clock.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"
#include "domain/Analytics.h"
#include "domain/Consultation.h"
#include "domain/Enums.h"
#include "domain/Notification.h"
#include "domain/Task.h"
#include "domain/User.h"
#include "domain/Validation.h"
#include "domain/Workflow.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
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

#define CHECK_FIELD(status, expectedField)                                                                   \
    do {                                                                                                     \
        const Status s_ = (status);                                                                          \
        QVERIFY2(!s_.ok(), "expected a validation error on " expectedField);                                 \
        QCOMPARE(s_.error().kind, Error::Kind::Validation);                                                  \
        QCOMPARE(s_.error().field, QStringLiteral(expectedField));                                           \
        QVERIFY(!s_.error().message.isEmpty());                                                              \
    } while (false)

#define CHECK_OK(status)                                                                                     \
    do {                                                                                                     \
        const Status s_ = (status);                                                                          \
        QVERIFY2(s_.ok(), qPrintable(s_.error().text()));                                                    \
    } while (false)

const QDateTime kCreated(QDate(2026, 3, 1), QTime(9, 30, 0, 123), Qt::UTC);
const QDateTime kUpdated(QDate(2026, 3, 2), QTime(10, 0, 5, 7), Qt::UTC);

// Restores the system clock however the test ends.
struct ClockGuard
{
    ~ClockGuard() { Clock::setInstance(nullptr); }
};

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

    void userJson();
    void taskJson();
    void consultationJson();
    void workflowJson();
    void workflowExecutionAndStatsJson();
    void analyticsJson();
    void notificationJson();
    void errorText();

    void urlSqliteRelative();
    void urlSqliteAbsolute();
    void urlSqliteUrlForm();
    void urlSqliteErrors();
    void urlPostgresql();
    void urlPostgresWithPasswordAndOptions();
    void urlPostgresqlSocketHostFromQuery();
    void urlPostgresqlQueryOverrides();
    void urlErrors();
    void urlDefaultLocal();

    void dateTimeRoundTrip();
    void dateTimeFromDbForms();
    void dateFromDb();
    void ftsQuery_data();
    void ftsQuery();
    void likeContains_data();
    void likeContains();

    void clock();
};

// ---------------------------------------------------------------------------------------------
// Enums

void TestDomain::enums()
{
    checkEnum<UserRole>({{UserRole::Admin, "ADMIN"},
                         {UserRole::Director, "DIRECTOR"},
                         {UserRole::Manager, "MANAGER"},
                         {UserRole::User, "USER"}});
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
    checkEnum<Priority>({{Priority::Low, "LOW"},
                         {Priority::Medium, "MEDIUM"},
                         {Priority::High, "HIGH"},
                         {Priority::Urgent, "URGENT"}});
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
    for (const char *good : {"a@b", "jane.doe@example.com", "JANE+tag@Sub.Example.ORG", "o'brien@example.ie",
                             "x_y-z@my-host.example"})
        CHECK_OK(Validation::email(field, QString::fromLatin1(good)));

    for (const char *bad : {"plain", "@example.com", "jane@", "jane@@example.com", "jane doe@example.com",
                            "jane@-example.com", "jane@example..com", "jane@exa_mple.com"}) {
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
    QVERIFY2(longStatus.error().message.contains(QString::number(Validation::kMaxEmail)),
             qPrintable(longStatus.error().message));
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
    QCOMPARE(w.frequency, QStringLiteral("every Monday"));
    QVERIFY(!w.description.isNull());
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
// JSON

void TestDomain::userJson()
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
    QCOMPARE(sortedKeys(o), sorted({QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("name"),
                                    QStringLiteral("company"), QStringLiteral("department"), QStringLiteral("role"),
                                    QStringLiteral("isActive"), QStringLiteral("onboardingCompleted"),
                                    QStringLiteral("createdAt"), QStringLiteral("updatedAt")}));
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

void TestDomain::taskJson()
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
             sorted({QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("workflowId"),
                     QStringLiteral("executionId"), QStringLiteral("title"), QStringLiteral("description"),
                     QStringLiteral("priority"), QStringLiteral("status"), QStringLiteral("position"),
                     QStringLiteral("dueDate"), QStringLiteral("tags"), QStringLiteral("createdAt"),
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

void TestDomain::consultationJson()
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
    QCOMPARE(sortedKeys(s), sorted({QStringLiteral("total"), QStringLiteral("pending"), QStringLiteral("scheduled"),
                                    QStringLiteral("completed"), QStringLiteral("cancelled"), QStringLiteral("noShows"),
                                    QStringLiteral("completionRate"), QStringLiteral("noShowRate"),
                                    QStringLiteral("averageDaysToConsultation")}));
    QCOMPARE(s.value(QStringLiteral("total")).toInt(), 5);
    QCOMPARE(s.value(QStringLiteral("noShows")).toInt(), 1);
    QCOMPARE(s.value(QStringLiteral("completionRate")).toDouble(), 2.0 / 3.0);
    QCOMPARE(s.value(QStringLiteral("averageDaysToConsultation")).toDouble(), 4.5);
}

void TestDomain::workflowJson()
{
    Workflow w;
    w.id = QStringLiteral("w-1");
    w.userId = QStringLiteral("u-1");
    w.name = QStringLiteral("Weekly report");
    w.description = QStringLiteral("sends the numbers");
    w.type = WorkflowType::DataSync;
    w.trigger = QStringLiteral("{\"type\":\"schedule\",\"cron\":\"0 9 * * 1\"}");
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
             sorted({QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("name"),
                     QStringLiteral("description"), QStringLiteral("type"), QStringLiteral("trigger"),
                     QStringLiteral("actions"), QStringLiteral("frequency"), QStringLiteral("isActive"),
                     QStringLiteral("estimatedMinutesSaved"), QStringLiteral("nextRunAt"), QStringLiteral("lastRunAt"),
                     QStringLiteral("createdAt"), QStringLiteral("updatedAt"), QStringLiteral("version")}));
    QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("w-1"));
    QCOMPARE(o.value(QStringLiteral("userId")).toString(), QStringLiteral("u-1"));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Weekly report"));
    QCOMPARE(o.value(QStringLiteral("description")).toString(), QStringLiteral("sends the numbers"));
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("DATA_SYNC"));
    // The JSON columns are embedded as JSON, not as strings.
    QVERIFY(o.value(QStringLiteral("trigger")).isObject());
    QCOMPARE(o.value(QStringLiteral("trigger")).toObject().value(QStringLiteral("cron")).toString(),
             QStringLiteral("0 9 * * 1"));
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

void TestDomain::workflowExecutionAndStatsJson()
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
             sorted({QStringLiteral("id"), QStringLiteral("workflowId"), QStringLiteral("status"),
                     QStringLiteral("scheduledFor"), QStringLiteral("startedAt"), QStringLiteral("finishedAt"),
                     QStringLiteral("error"), QStringLiteral("output"), QStringLiteral("tasksCreated"),
                     QStringLiteral("minutesSaved")}));
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
    QCOMPARE(sortedKeys(s), sorted({QStringLiteral("total"), QStringLiteral("active"), QStringLiteral("executions"),
                                    QStringLiteral("successful"), QStringLiteral("failed"), QStringLiteral("successRate"),
                                    QStringLiteral("hoursSaved"), QStringLiteral("tasksCreated")}));
    QCOMPARE(s.value(QStringLiteral("executions")).toInt(), 10);
    QCOMPARE(s.value(QStringLiteral("successRate")).toDouble(), 0.8);
    QCOMPARE(s.value(QStringLiteral("hoursSaved")).toDouble(), 1.25);
}

void TestDomain::analyticsJson()
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
    QCOMPARE(sortedKeys(o), sorted({QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("date"),
                                    QStringLiteral("timeSaved"), QStringLiteral("tasksAutomated"),
                                    QStringLiteral("efficiencyScore"), QStringLiteral("activeWorkflows")}));
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
    QCOMPARE(sortedKeys(s), sorted({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("hoursSaved"),
                                    QStringLiteral("tasksAutomated"), QStringLiteral("efficiencyScore"),
                                    QStringLiteral("activeWorkflows"), QStringLiteral("days")}));
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
    QCOMPARE(sortedKeys(pj), sorted({QStringLiteral("date"), QStringLiteral("timeSaved"), QStringLiteral("tasksAutomated"),
                                     QStringLiteral("efficiencyScore"), QStringLiteral("activeWorkflows")}));
    QCOMPARE(pj.value(QStringLiteral("date")).toString(), QStringLiteral("2026-02-02"));
    QCOMPARE(pj.value(QStringLiteral("timeSaved")).toDouble(), 1.5);
}

void TestDomain::notificationJson()
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
    QCOMPARE(sortedKeys(o), sorted({QStringLiteral("id"), QStringLiteral("userId"), QStringLiteral("type"),
                                    QStringLiteral("title"), QStringLiteral("message"), QStringLiteral("taskId"),
                                    QStringLiteral("workflowId"), QStringLiteral("consultationId"),
                                    QStringLiteral("isRead"), QStringLiteral("createdAt")}));
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

// ---------------------------------------------------------------------------------------------
// DatabaseUrl

void TestDomain::urlSqliteRelative()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("sqlite:relative.db"));
    QVERIFY2(url.ok(), qPrintable(url.error().text()));
    QCOMPARE(url->type, DbType::SQLite);
    QVERIFY(QFileInfo(url->path).isAbsolute());
    QCOMPARE(url->path, QDir::cleanPath(QDir::currentPath() + QStringLiteral("/relative.db")));
    QVERIFY(url->display().contains(url->path));

    const auto nested = DatabaseUrl::parse(QStringLiteral("  sqlite:data/../data/x.sqlite  "));
    QVERIFY2(nested.ok(), qPrintable(nested.error().text()));
    QCOMPARE(nested->path, QDir::cleanPath(QDir::currentPath() + QStringLiteral("/data/x.sqlite")));
}

void TestDomain::urlSqliteAbsolute()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("sqlite:/abs/x.db"));
    QVERIFY2(url.ok(), qPrintable(url.error().text()));
    QCOMPARE(url->type, DbType::SQLite);
    QCOMPARE(url->path, QStringLiteral("/abs/x.db"));
    QCOMPARE(url->display(), QStringLiteral("SQLite /abs/x.db"));
    QVERIFY(url->password.isEmpty());
    QVERIFY(url->database.isEmpty());
}

void TestDomain::urlSqliteUrlForm()
{
    const auto fileUrl = DatabaseUrl::parse(QStringLiteral("sqlite:///abs/y.db"));
    QVERIFY2(fileUrl.ok(), qPrintable(fileUrl.error().text()));
    QCOMPARE(fileUrl->path, QStringLiteral("/abs/y.db"));
}

void TestDomain::urlSqliteErrors()
{
    const auto empty = DatabaseUrl::parse(QStringLiteral("sqlite:"));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, Error::Kind::Validation);
    QCOMPARE(empty.error().field, QStringLiteral("database"));
}

void TestDomain::urlPostgresql()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://me@db.example:5433/director"));
    QVERIFY2(url.ok(), qPrintable(url.error().text()));
    QCOMPARE(url->type, DbType::PostgreSQL);
    QCOMPARE(url->user, QStringLiteral("me"));
    QVERIFY(url->password.isEmpty());
    QCOMPARE(url->host, QStringLiteral("db.example"));
    QCOMPARE(url->port, 5433);
    QCOMPARE(url->database, QStringLiteral("director"));
    QVERIFY(url->options.isEmpty());
    QVERIFY(url->path.isEmpty());
    QCOMPARE(url->display(), QStringLiteral("PostgreSQL me@db.example:5433/director"));

    const auto minimal = DatabaseUrl::parse(QStringLiteral("postgresql://localhost/director"));
    QVERIFY2(minimal.ok(), qPrintable(minimal.error().text()));
    QVERIFY(minimal->user.isEmpty());
    QCOMPARE(minimal->port, -1);
    QCOMPARE(minimal->display(), QStringLiteral("PostgreSQL localhost/director"));
}

void TestDomain::urlPostgresWithPasswordAndOptions()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("postgres://me:secret@h/db?sslmode=require"));
    QVERIFY2(url.ok(), qPrintable(url.error().text()));
    QCOMPARE(url->type, DbType::PostgreSQL);
    QCOMPARE(url->user, QStringLiteral("me"));
    QCOMPARE(url->password, QStringLiteral("secret"));
    QCOMPARE(url->host, QStringLiteral("h"));
    QCOMPARE(url->port, -1);
    QCOMPARE(url->database, QStringLiteral("db"));
    QVERIFY2(url->options.split(QLatin1Char(';')).contains(QStringLiteral("sslmode=require")), qPrintable(url->options));
    QVERIFY2(!url->display().contains(QLatin1String("secret")), qPrintable(url->display()));
    QCOMPARE(url->display(), QStringLiteral("PostgreSQL me@h/db"));

    // Several options, a percent-encoded password, a password given in the query.
    const auto more = DatabaseUrl::parse(
        QStringLiteral("postgresql://me:p%40ss%3Aword@h:6000/db?sslmode=verify-full&connect_timeout=5"));
    QVERIFY2(more.ok(), qPrintable(more.error().text()));
    QCOMPARE(more->password, QStringLiteral("p@ss:word"));
    QCOMPARE(more->port, 6000);
    QCOMPARE(more->options.split(QLatin1Char(';')),
             (QStringList{QStringLiteral("sslmode=verify-full"), QStringLiteral("connect_timeout=5")}));
    QVERIFY(!more->display().contains(QLatin1String("p@ss")));
    QVERIFY(!more->display().contains(QLatin1String("word")));

    const auto queryPassword = DatabaseUrl::parse(QStringLiteral("postgresql://me@h/db?password=hunter2"));
    QVERIFY2(queryPassword.ok(), qPrintable(queryPassword.error().text()));
    QCOMPARE(queryPassword->password, QStringLiteral("hunter2"));
    QVERIFY(queryPassword->options.isEmpty());
    QVERIFY(!queryPassword->display().contains(QLatin1String("hunter2")));
}

void TestDomain::urlPostgresqlSocketHostFromQuery()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://u@/db?host=/tmp/sock"));
    QVERIFY2(url.ok(), qPrintable(url.error().text()));
    QCOMPARE(url->type, DbType::PostgreSQL);
    QCOMPARE(url->user, QStringLiteral("u"));
    QCOMPARE(url->host, QStringLiteral("/tmp/sock"));
    QCOMPARE(url->database, QStringLiteral("db"));
    QVERIFY2(url->options.isEmpty(), qPrintable(url->options));
    QVERIFY2(url->display().contains(QLatin1String("/tmp/sock")), qPrintable(url->display()));

    // Without user info: the form libpq documents for a socket directory.
    const auto noUser = DatabaseUrl::parse(QStringLiteral("postgresql:///db?host=/var/run/postgresql"));
    QVERIFY2(noUser.ok(), qPrintable(noUser.error().text()));
    QCOMPARE(noUser->host, QStringLiteral("/var/run/postgresql"));
    QCOMPARE(noUser->database, QStringLiteral("db"));
}

void TestDomain::urlPostgresqlQueryOverrides()
{
    const auto url = DatabaseUrl::parse(
        QStringLiteral("postgresql://a@h:1/x?user=b&port=5544&dbname=real&application_name=me"));
    QVERIFY2(url.ok(), qPrintable(url.error().text()));
    QCOMPARE(url->user, QStringLiteral("b"));
    QCOMPARE(url->port, 5544);
    QCOMPARE(url->database, QStringLiteral("real"));
    QCOMPARE(url->options, QStringLiteral("application_name=me"));

    // dbname in the query is enough when the path names none.
    const auto onlyQuery = DatabaseUrl::parse(QStringLiteral("postgresql://h?dbname=director"));
    QVERIFY2(onlyQuery.ok(), qPrintable(onlyQuery.error().text()));
    QCOMPARE(onlyQuery->database, QStringLiteral("director"));
}

void TestDomain::urlErrors()
{
    for (const char *text : {"postgresql://me@localhost:5432", "postgresql://me@localhost:5432/",
                             "postgres://h/?sslmode=require"}) {
        const auto url = DatabaseUrl::parse(QString::fromLatin1(text));
        QVERIFY2(!url.ok(), text);
        QCOMPARE(url.error().kind, Error::Kind::Validation);
        QCOMPARE(url.error().field, QStringLiteral("database"));
        QVERIFY2(url.error().message.contains(QLatin1String("no database")), qPrintable(url.error().message));
    }
    for (const char *text : {"mysql://me@h/db", "director.db", "file:/tmp/x.db", "SQLITE:/tmp/x.db", "http://h/db"}) {
        const auto url = DatabaseUrl::parse(QString::fromLatin1(text));
        QVERIFY2(!url.ok(), text);
        QCOMPARE(url.error().kind, Error::Kind::Validation);
        QCOMPARE(url.error().field, QStringLiteral("database"));
        QVERIFY2(url.error().message.contains(QString::fromLatin1(text)), qPrintable(url.error().message));
        QVERIFY2(url.error().message.contains(QLatin1String("sqlite:")), qPrintable(url.error().message));
    }
    for (const char *text : {"", "   "}) {
        const auto url = DatabaseUrl::parse(QString::fromLatin1(text));
        QVERIFY(!url.ok());
        QCOMPARE(url.error().field, QStringLiteral("database"));
        QVERIFY(url.error().message.contains(QLatin1String("empty")));
    }
    const auto badPort = DatabaseUrl::parse(QStringLiteral("postgresql://me@h:notaport/db"));
    QVERIFY(!badPort.ok());
    QCOMPARE(badPort.error().field, QStringLiteral("database"));
}

void TestDomain::urlDefaultLocal()
{
    const DatabaseUrl url = DatabaseUrl::defaultLocal();
    QCOMPARE(url.type, DbType::SQLite);
    QVERIFY(url.path.endsWith(QLatin1String("/director-of-one.sqlite")));
}

// ---------------------------------------------------------------------------------------------
// Database value conversions and dialect helpers

void TestDomain::dateTimeRoundTrip()
{
    const QDateTime utc(QDate(2026, 3, 1), QTime(9, 30, 0, 123), Qt::UTC);
    const QVariant stored = Database::toDb(utc);
    QCOMPARE(stored.toString(), QStringLiteral("2026-03-01T09:30:00.123Z"));
    const QDateTime back = Database::dateTimeFromDb(stored);
    QCOMPARE(back, utc);
    QCOMPARE(back.timeSpec(), Qt::UTC);
    QCOMPARE(back.time().msec(), 123);

    // Whole seconds keep their ".000" so that stored values sort as text.
    QCOMPARE(Database::toDb(QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC)).toString(),
             QStringLiteral("2026-03-01T09:30:00.000Z"));

    // Another offset is stored and read back as the same instant, in UTC.
    const QDateTime plusTwo(QDate(2026, 3, 1), QTime(11, 30, 0, 5), Qt::OffsetFromUTC, 2 * 3600);
    const QVariant storedPlusTwo = Database::toDb(plusTwo);
    QCOMPARE(storedPlusTwo.toString(), QStringLiteral("2026-03-01T09:30:00.005Z"));
    const QDateTime backPlusTwo = Database::dateTimeFromDb(storedPlusTwo);
    QCOMPARE(backPlusTwo.timeSpec(), Qt::UTC);
    QCOMPARE(backPlusTwo.toMSecsSinceEpoch(), plusTwo.toMSecsSinceEpoch());
    QCOMPARE(backPlusTwo, QDateTime(QDate(2026, 3, 1), QTime(9, 30, 0, 5), Qt::UTC));

    // Across a date line.
    const QDateTime minusFive(QDate(2026, 12, 31), QTime(22, 0), Qt::OffsetFromUTC, -5 * 3600);
    QCOMPARE(Database::toDb(minusFive).toString(), QStringLiteral("2027-01-01T03:00:00.000Z"));
    QCOMPARE(Database::dateTimeFromDb(Database::toDb(minusFive)).toMSecsSinceEpoch(), minusFive.toMSecsSinceEpoch());

    // An invalid time is a typed SQL NULL and reads back as invalid.
    const QVariant null = Database::toDb(QDateTime());
    QVERIFY(null.isNull());
    QCOMPARE(null.metaType(), QMetaType::fromType<QString>());
    QVERIFY(!Database::dateTimeFromDb(null).isValid());
    QVERIFY(!Database::dateTimeFromDb(QVariant()).isValid());
}

void TestDomain::dateTimeFromDbForms()
{
    const QDateTime expected(QDate(2026, 11, 25), QTime(19, 9, 2, 123), Qt::UTC);
    // A QDateTime from the driver (PostgreSQL TIMESTAMPTZ), in another offset.
    const QDateTime driverValue = expected.toOffsetFromUtc(3600);
    const QDateTime fromVariant = Database::dateTimeFromDb(QVariant(driverValue));
    QCOMPARE(fromVariant, expected);
    QCOMPARE(fromVariant.timeSpec(), Qt::UTC);
    // PostgreSQL's text form.
    const QDateTime fromPgText = Database::dateTimeFromDb(QStringLiteral("2026-11-25 19:09:02.123+00:00"));
    QCOMPARE(fromPgText, expected);
    QCOMPARE(fromPgText.timeSpec(), Qt::UTC);
    const QDateTime fromPgShort = Database::dateTimeFromDb(QStringLiteral("2026-11-25 19:09:02.123+00"));
    QCOMPARE(fromPgShort, expected);
    const QDateTime fromPgOffset = Database::dateTimeFromDb(QStringLiteral("2026-11-25 20:09:02.123+01:00"));
    QCOMPARE(fromPgOffset, expected);
    QCOMPARE(fromPgOffset.timeSpec(), Qt::UTC);
}

void TestDomain::dateFromDb()
{
    QCOMPARE(Database::dateFromDb(QStringLiteral("2026-03-01")), QDate(2026, 3, 1));
    QCOMPARE(Database::dateFromDb(QVariant(QDate(2026, 3, 1))), QDate(2026, 3, 1));
    QCOMPARE(Database::dateFromDb(QStringLiteral("2024-02-29T00:00:00.000Z")), QDate(2024, 2, 29));
    QVERIFY(!Database::dateFromDb(QVariant()).isValid());
    QVERIFY(!Database::dateFromDb(QVariant(QMetaType::fromType<QString>())).isValid());
    QVERIFY(!Database::dateFromDb(QStringLiteral("2026-02-30")).isValid());
}

void TestDomain::ftsQuery_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("postgresql");
    QTest::newRow("one word") << QStringLiteral("Budget") << QStringLiteral("\"budget\"*") << QStringLiteral("budget:*");
    QTest::newRow("words lower-cased, punctuation dropped")
        << QStringLiteral("  Quarterly REPORT, draft-2! ") << QStringLiteral("\"quarterly\"* \"report\"* \"draft\"* \"2\"*")
        << QStringLiteral("quarterly:* & report:* & draft:* & 2:*");
    QTest::newRow("query syntax is not passed through")
        << QStringLiteral("a\" OR b* & !c | (d) :e") << QStringLiteral("\"a\"* \"or\"* \"b\"* \"c\"* \"d\"* \"e\"*")
        << QStringLiteral("a:* & or:* & b:* & c:* & d:* & e:*");
    QTest::newRow("non-ASCII letters") << QStringLiteral("Ärger Café") << QStringLiteral("\"ärger\"* \"café\"*")
                                       << QStringLiteral("ärger:* & café:*");
    QTest::newRow("only punctuation") << QStringLiteral("!?-- ,. \"' *") << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestDomain::ftsQuery()
{
    QFETCH(QString, input);
    QFETCH(QString, sqlite);
    QFETCH(QString, postgresql);
    QCOMPARE(Database::ftsQuery(DbType::SQLite, input), sqlite);
    QCOMPARE(Database::ftsQuery(DbType::PostgreSQL, input), postgresql);
    QVERIFY(Database::ftsQuery(DbType::SQLite, input).isEmpty() == sqlite.isEmpty());
}

void TestDomain::likeContains_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("%abc%");
    QTest::newRow("empty") << QString() << QStringLiteral("%%");
    QTest::newRow("percent") << QStringLiteral("100%") << QStringLiteral("%100\\%%");
    QTest::newRow("underscore") << QStringLiteral("a_b") << QStringLiteral("%a\\_b%");
    QTest::newRow("backslash") << QStringLiteral("c:\\dir") << QStringLiteral("%c:\\\\dir%");
    QTest::newRow("all three, backslash escaped once")
        << QStringLiteral("\\%_\\_") << QStringLiteral("%\\\\\\%\\_\\\\\\_%");
}

void TestDomain::likeContains()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Database::likeContains(input), expected);
}

// ---------------------------------------------------------------------------------------------
// Clock

void TestDomain::clock()
{
    ClockGuard guard;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime system = Clock::currentUtc();
    QCOMPARE(system.timeSpec(), Qt::UTC);
    QVERIFY(system >= before.addSecs(-1));

    // FixedClock keeps a UTC value even when given another offset.
    FixedClock fixed(QDateTime(QDate(2030, 1, 2), QTime(5, 0, 0, 250), Qt::OffsetFromUTC, 3600));
    QCOMPARE(fixed.now().timeSpec(), Qt::UTC);
    QCOMPARE(fixed.now(), QDateTime(QDate(2030, 1, 2), QTime(4, 0, 0, 250), Qt::UTC));

    Clock::setInstance(&fixed);
    QCOMPARE(&Clock::instance(), static_cast<const Clock *>(&fixed));
    QCOMPARE(Clock::currentUtc(), QDateTime(QDate(2030, 1, 2), QTime(4, 0, 0, 250), Qt::UTC));
    QTest::qWait(5);
    QCOMPARE(Clock::currentUtc(), QDateTime(QDate(2030, 1, 2), QTime(4, 0, 0, 250), Qt::UTC));
    fixed.advanceSecs(90);
    QCOMPARE(Clock::currentUtc(), QDateTime(QDate(2030, 1, 2), QTime(4, 1, 30, 250), Qt::UTC));
    fixed.set(QDateTime(QDate(2031, 6, 1), QTime(12, 0), Qt::OffsetFromUTC, -7200));
    QCOMPARE(Clock::currentUtc(), QDateTime(QDate(2031, 6, 1), QTime(14, 0), Qt::UTC));
    QCOMPARE(Clock::currentUtc().timeSpec(), Qt::UTC);

    Clock::setInstance(nullptr);
    QVERIFY(&Clock::instance() != static_cast<const Clock *>(&fixed));
    const QDateTime restored = Clock::currentUtc();
    QCOMPARE(restored.timeSpec(), Qt::UTC);
    QVERIFY(restored >= before);
    QVERIFY(qAbs(restored.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
