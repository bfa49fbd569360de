// Workflow definitions: triggers, actions, templates and workflow files (pure logic, no database).

#include "Checks.h"

#include "workflowdefinition_cases.h"

#include "domain/Workflow.h"
#include "domain/Template.h"
#include "domain/WorkflowDefinition.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace doo;

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QList<ActionSpec> &actions)
{
    QJsonArray a;
    for (const ActionSpec &spec : actions)
        a.append(spec.toJson());
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString statusName(const std::optional<TaskStatus> &s)
{
    return s ? toString(*s) : QString();
}

bool sameTrigger(const TriggerSpec &a, const TriggerSpec &b)
{
    return a.kind == b.kind && a.at == b.at && a.intervalMinutes == b.intervalMinutes && a.catchUp == b.catchUp
        && a.event == b.event && a.from == b.from && a.to == b.to && a.withinHours == b.withinHours;
}

bool sameAction(const ActionSpec &a, const ActionSpec &b)
{
    const TaskFilterSpec &f = a.filter;
    const TaskFilterSpec &g = b.filter;
    return a.kind == b.kind && a.title == b.title && a.description == b.description && a.message == b.message
        && a.priority == b.priority && a.dueInDays == b.dueInDays && a.tags == b.tags && a.notificationType == b.notificationType
        && f.statuses == g.statuses && f.priority == g.priority && f.tag == g.tag && f.overdue == g.overdue
        && f.dueWithinDays == g.dueWithinDays && f.staleDays == g.staleDays && f.createdByWorkflow == g.createdByWorkflow
        && a.set.status == b.set.status && a.set.priority == b.set.priority && a.set.addTags == b.set.addTags
        && a.set.removeTags == b.set.removeTags && a.set.dueInDays == b.set.dueInDays && a.period == b.period
        && a.format == b.format && a.folder == b.folder && a.dataKind == b.dataKind;
}

// `levels` nested arrays: "[[]]" is 2.
QByteArray brackets(int levels)
{
    return QByteArray(levels, '[') + QByteArray(levels, ']');
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}
QString asText(const char *t)
{
    return QString::fromUtf8(t);
}
QString asText(const QString &t)
{
    return t;
}

#define CHECK_ERROR(result, expectedField, fragment)                                                                             \
    do {                                                                                                                         \
        const auto &r_ = (result);                                                                                               \
        QVERIFY2(!r_.ok(), "accepted");                                                                                          \
        QCOMPARE(r_.error().kind, Error::Kind::Validation);                                                                      \
        QCOMPARE(r_.error().field, asText(expectedField));                                                                       \
        QVERIFY2(r_.error().message.contains(asText(fragment)), qPrintable(r_.error().message));                                 \
    } while (false)

} // namespace

class TestWorkflowDefinition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void triggers_data();
    void triggers();
    void actionKinds();
    void actionDefaults();
    void roundTrip_data();
    void roundTrip();
    void invalidTriggers_data();
    void invalidTriggers();
    void invalidActions_data();
    void invalidActions();
    void sizeLimit();
    void depthLimit();
    void templateCheck_data();
    void templateCheck();
    void templateRender_data();
    void templateRender();
    void templatePlaceholders();
    void definitionParse();
    void fileParseAndWrite();
    void invalidFiles_data();
    void invalidFiles();
    void fileExamples();
    void workflowValidateAndNormalize();
};

void TestWorkflowDefinition::triggers_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("at");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("catchUp");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("withinHours");
    QTest::addColumn<QString>("words");
    const int schedule = int(TriggerSpec::Kind::Schedule), interval = int(TriggerSpec::Kind::Interval);
    const int event = int(TriggerSpec::Kind::Event), manual = int(TriggerSpec::Kind::Manual);
    const QString none;
    QTest::newRow("schedule weekly") << s(R"({"type":"schedule","at":"weekly on monday at 09:00","catch_up":true})") << schedule
                                     << s("weekly on monday at 09:00") << 0 << true << none << none << none << 0
                                     << s("Every Monday at 09:00");
    QTest::newRow("schedule daily, no catch-up")
        << s(R"({"type":"schedule","at":"daily at 08:30","catch_up":false})") << schedule << s("daily at 08:30") << 0 << false
        << none << none << none << 0 << s("Every day at 08:30");
    QTest::newRow("interval 30") << s(R"({"type":"interval","minutes":30})") << interval << none << 30 << true << none << none
                                 << none << 0 << s("Every 30 minutes");
    QTest::newRow("interval 1") << s(R"({"type":"interval","minutes":1,"catch_up":false})") << interval << none << 1 << false
                                << none << none << none << 0 << s("Every minute");
    QTest::newRow("interval 60") << s(R"({"type":"interval","minutes":60})") << interval << none << 60 << true << none << none
                                 << none << 0 << s("Every hour");
    QTest::newRow("interval 120") << s(R"({"type":"interval","minutes":120.0})") << interval << none << 120 << true << none
                                  << none << none << 0 << s("Every 2 hours");
    QTest::newRow("interval 90") << s(R"({"type":"interval","minutes":90})") << interval << none << 90 << true << none << none
                                 << none << 0 << s("Every 90 minutes");
    QTest::newRow("interval max") << s(R"({"type":"interval","minutes":525600})") << interval << none << 525600 << true << none
                                  << none << none << 0 << s("Every 8760 hours");
    QTest::newRow("task.created") << s(R"({"type":"event","event":"task.created"})") << event << none << 0 << true
                                  << s("task.created") << none << none << 0 << s("When a task is created");
    QTest::newRow("status from/to") << s(R"({"type":"event","event":"task.status_changed","from":"REVIEW","to":"COMPLETED"})")
                                    << event << none << 0 << true << s("task.status_changed") << s("REVIEW") << s("COMPLETED")
                                    << 0 << s("When a task moves from Review to Completed");
    QTest::newRow("status to") << s(R"({"type":"event","event":"task.status_changed","to":"IN_PROGRESS"})") << event << none << 0
                               << true << s("task.status_changed") << none << s("IN_PROGRESS") << 0
                               << s("When a task moves to In progress");
    QTest::newRow("status from") << s(R"({"type":"event","event":"task.status_changed","from":"TODO"})") << event << none << 0
                                 << true << s("task.status_changed") << s("TODO") << none << 0
                                 << s("When a task moves out of To do");
    QTest::newRow("status any") << s(R"({"type":"event","event":"task.status_changed"})") << event << none << 0 << true
                                << s("task.status_changed") << none << none << 0 << s("When a task changes status");
    QTest::newRow("due soon 24") << s(R"({"type":"event","event":"task.due_soon","within_hours":24})") << event << none << 0
                                 << true << s("task.due_soon") << none << none << 24 << s("When a task is due within 24 hours");
    QTest::newRow("due soon 1") << s(R"({"type":"event","event":"task.due_soon","within_hours":1})") << event << none << 0 << true
                                << s("task.due_soon") << none << none << 1 << s("When a task is due within 1 hour");
    QTest::newRow("due soon 720") << s(R"({"type":"event","event":"task.due_soon","within_hours":720})") << event << none << 0
                                  << true << s("task.due_soon") << none << none << 720
                                  << s("When a task is due within 720 hours");
    const char *const consultations[][2] = {{"created", "When a consultation is created"},
                                            {"scheduled", "When a consultation is scheduled"},
                                            {"completed", "When a consultation is completed"},
                                            {"cancelled", "When a consultation is cancelled"}};
    for (const auto &[name, words] : consultations)
        QTest::addRow("consultation.%s", name) << s(R"({"type":"event","event":"consultation.%1"})").arg(s(name)) << event << none
                                               << 0 << true << s("consultation.") + s(name) << none << none << 0 << s(words);
    QTest::newRow("manual") << s(R"({"type":"manual"})") << manual << none << 0 << true << none << none << none << 0
                            << s("Manually");
}

void TestWorkflowDefinition::triggers()
{
    QFETCH(QString, json);
    QFETCH(int, kind);
    QFETCH(QString, at);
    QFETCH(int, minutes);
    QFETCH(bool, catchUp);
    QFETCH(QString, event);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, withinHours);
    QFETCH(QString, words);
    const Result<TriggerSpec> t = WorkflowDefinition::parseTrigger(json);
    CHECK_OK(t);
    QCOMPARE(int(t->kind), kind);
    QCOMPARE(t->at, at);
    QCOMPARE(t->intervalMinutes, minutes);
    QCOMPARE(t->catchUp, catchUp);
    QCOMPARE(TriggerSpec::eventName(t->event), event);
    QCOMPARE(statusName(t->from), from);
    QCOMPARE(statusName(t->to), to);
    QCOMPARE(t->withinHours, withinHours);
    QCOMPARE(t->inWords(), words);
}

void TestWorkflowDefinition::actionKinds()
{
    const QString json = s(R"([
        {"type":"create_task","title":"Plan week {week}","description":"For {workflow.name}","priority":"HIGH",
         "due_in_days":0,"tags":[" planning ","Team"]},
        {"type":"update_tasks","filter":{"status":["TODO","REVIEW"],"priority":"URGENT","tag":"ops","overdue":true,
         "due_within_days":7,"not_updated_for_days":14,"created_by_workflow":false},
         "set":{"status":"IN_PROGRESS","priority":"LOW","add_tags":["stale"],"remove_tags":["fresh"],"due_in_days":3650}},
        {"type":"notify","notification_type":"BUDGET_ALERT","title":"Budget check {month}","message":"See {year}"},
        {"type":"generate_report","period":"month","format":"csv","folder":"/srv/reports"},
        {"type":"export_data","kind":"consultations","format":"json","folder":"~/Exports"},
        {"type":"request_approval","title":"Approve the {date} plan","description":"Before {time}"}
    ])");
    const Result<QList<ActionSpec>> parsed = WorkflowDefinition::parseActions(json);
    CHECK_OK(parsed);
    const QList<ActionSpec> &a = *parsed;
    QCOMPARE(a.size(), 6);

    QCOMPARE(a[0].kind, ActionSpec::Kind::CreateTask);
    QCOMPARE(a[0].title, s("Plan week {week}"));
    QCOMPARE(a[0].description, s("For {workflow.name}"));
    QCOMPARE(a[0].priority, Priority::High);
    QCOMPARE(a[0].dueInDays, std::optional<int>(0));
    QCOMPARE(a[0].tags, (QStringList{s("planning"), s("Team")}));

    QCOMPARE(a[1].kind, ActionSpec::Kind::UpdateTasks);
    QCOMPARE(a[1].filter.statuses, (QList<TaskStatus>{TaskStatus::Todo, TaskStatus::Review}));
    QCOMPARE(a[1].filter.priority, std::optional<Priority>(Priority::Urgent));
    QCOMPARE(a[1].filter.tag, s("ops"));
    QCOMPARE(a[1].filter.overdue, std::optional<bool>(true));
    QCOMPARE(a[1].filter.dueWithinDays, std::optional<int>(7));
    QCOMPARE(a[1].filter.staleDays, std::optional<int>(14));
    QCOMPARE(a[1].filter.createdByWorkflow, std::optional<bool>(false));
    QCOMPARE(a[1].set.status, std::optional<TaskStatus>(TaskStatus::InProgress));
    QCOMPARE(a[1].set.priority, std::optional<Priority>(Priority::Low));
    QCOMPARE(a[1].set.addTags, QStringList{s("stale")});
    QCOMPARE(a[1].set.removeTags, QStringList{s("fresh")});
    QCOMPARE(a[1].set.dueInDays, std::optional<int>(3650));

    QCOMPARE(a[2].kind, ActionSpec::Kind::Notify);
    QCOMPARE(a[2].notificationType, NotificationType::BudgetAlert);
    QCOMPARE(a[2].title, s("Budget check {month}"));
    QCOMPARE(a[2].message, s("See {year}"));

    QCOMPARE(a[3].kind, ActionSpec::Kind::GenerateReport);
    QCOMPARE(a[3].period, s("month"));
    QCOMPARE(a[3].format, s("csv"));
    QCOMPARE(a[3].folder, s("/srv/reports"));

    QCOMPARE(a[4].kind, ActionSpec::Kind::ExportData);
    QCOMPARE(a[4].dataKind, s("consultations"));
    QCOMPARE(a[4].format, s("json"));
    QCOMPARE(a[4].folder, s("~/Exports"));

    QCOMPARE(a[5].kind, ActionSpec::Kind::RequestApproval);
    QCOMPARE(a[5].title, s("Approve the {date} plan"));
    QCOMPARE(a[5].description, s("Before {time}"));

    const QStringList names = {s("create_task"),     s("update_tasks"), s("notify"),
                               s("generate_report"), s("export_data"),  s("request_approval")};
    for (int i = 0; i < 6; ++i)
        QCOMPARE(ActionSpec::kindName(a[i].kind), names[i]);
}

void TestWorkflowDefinition::actionDefaults()
{
    const Result<QList<ActionSpec>> parsed = WorkflowDefinition::parseActions(s(R"([
        {"type":"create_task","title":"Call"},
        {"type":"update_tasks","filter":{"status":"REVIEW"},"set":{"status":"TODO"}},
        {"type":"notify","title":"Hello"},
        {"type":"generate_report","folder":"~/Reports"},
        {"type":"export_data","folder":"~/Exports"}
    ])"));
    CHECK_OK(parsed);
    const QList<ActionSpec> &a = *parsed;
    QCOMPARE(a[0].priority, Priority::Medium);
    QCOMPARE(a[0].dueInDays, std::nullopt);
    QVERIFY(a[0].tags.isEmpty());
    QVERIFY(a[0].description.isEmpty());
    QCOMPARE(a[1].filter.statuses, QList<TaskStatus>{TaskStatus::Review});
    QCOMPARE(a[1].filter.overdue, std::nullopt);
    QCOMPARE(a[1].set.priority, std::nullopt);
    QCOMPARE(a[2].notificationType, NotificationType::Info);
    QCOMPARE(a[3].period, s("week"));
    QCOMPARE(a[3].format, s("pdf"));
    QCOMPARE(a[4].dataKind, s("tasks"));
    QCOMPARE(a[4].format, s("csv"));
    // The canonical JSON spells the defaults out.
    QCOMPARE(compact(a),
             s(R"([{"priority":"MEDIUM","title":"Call","type":"create_task"},)"
               R"({"filter":{"status":"REVIEW"},"set":{"status":"TODO"},"type":"update_tasks"},)"
               R"({"notification_type":"INFO","title":"Hello","type":"notify"},)"
               R"({"folder":"~/Reports","format":"pdf","period":"week","type":"generate_report"},)"
               R"({"folder":"~/Exports","format":"csv","kind":"tasks","type":"export_data"}])"));
}

void TestWorkflowDefinition::roundTrip_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("actions");
    QTest::addColumn<QString>("canonicalTrigger");
    QTest::addColumn<QString>("canonicalActions");
    QTest::newRow("schedule + report") << s(R"({"type":"schedule","at":"daily at 07:00"})")
                                       << s(R"([{"type":"generate_report","folder":"~/R"}])")
                                       << s(R"({"at":"daily at 07:00","catch_up":true,"type":"schedule"})")
                                       << s(R"([{"folder":"~/R","format":"pdf","period":"week","type":"generate_report"}])");
    QTest::newRow("interval + update")
        << s(R"({"type":"interval","minutes":45,"catch_up":false})")
        << s(R"([{"type":"update_tasks","filter":{"status":["TODO","IN_PROGRESS"],"not_updated_for_days":30},)"
             R"("set":{"add_tags":["stale","Old"],"remove_tags":["new"],"due_in_days":5}}])")
        << s(R"({"catch_up":false,"minutes":45,"type":"interval"})")
        << s(R"([{"filter":{"not_updated_for_days":30,"status":["TODO","IN_PROGRESS"]},)"
             R"("set":{"add_tags":["stale","Old"],"due_in_days":5,"remove_tags":["new"]},"type":"update_tasks"}])");
    QTest::newRow("status event + approval")
        << s(R"({"type":"event","event":"task.status_changed","from":"IN_PROGRESS","to":"REVIEW"})")
        << s(R"([{"type":"request_approval","title":"OK {task.title}?","description":"{task.status}"},)"
             R"({"type":"create_task","title":"x","priority":"URGENT","due_in_days":1,"tags":["a"]}])")
        << s(R"({"event":"task.status_changed","from":"IN_PROGRESS","to":"REVIEW","type":"event"})")
        << s(R"([{"description":"{task.status}","title":"OK {task.title}?","type":"request_approval"},)"
             R"({"due_in_days":1,"priority":"URGENT","tags":["a"],"title":"x","type":"create_task"}])");
    QTest::newRow("due soon + notify")
        << s(R"({"type":"event","event":"task.due_soon","within_hours":48})")
        << s(R"([{"type":"notify","notification_type":"TASK_DUE","title":"{task.title}","message":"due {task.due_date}"}])")
        << s(R"({"event":"task.due_soon","type":"event","within_hours":48})")
        << s(R"([{"message":"due {task.due_date}","notification_type":"TASK_DUE","title":"{task.title}","type":"notify"}])");
    QTest::newRow("consultation + export")
        << s(R"({"type":"event","event":"consultation.cancelled"})")
        << s(R"([{"type":"export_data","kind":"consultations","format":"json","folder":"/tmp/x"}])")
        << s(R"({"event":"consultation.cancelled","type":"event"})")
        << s(R"([{"folder":"/tmp/x","format":"json","kind":"consultations","type":"export_data"}])");
    QTest::newRow("manual + filter flags")
        << s(R"({"type":"manual"})")
        << s(R"([{"type":"update_tasks","filter":{"priority":"HIGH","tag":"ops","overdue":false,"due_within_days":0,)"
             R"("created_by_workflow":true},"set":{"priority":"MEDIUM","status":"CANCELLED"}}])")
        << s(R"({"type":"manual"})")
        << s(R"([{"filter":{"created_by_workflow":true,"due_within_days":0,"overdue":false,"priority":"HIGH","tag":"ops"},)"
             R"("set":{"priority":"MEDIUM","status":"CANCELLED"},"type":"update_tasks"}])");
}

void TestWorkflowDefinition::roundTrip()
{
    QFETCH(QString, trigger);
    QFETCH(QString, actions);
    QFETCH(QString, canonicalTrigger);
    QFETCH(QString, canonicalActions);
    const Result<WorkflowDefinition> first = WorkflowDefinition::parse(trigger, actions);
    CHECK_OK(first);
    QCOMPARE(compact(first->trigger.toJson()), canonicalTrigger);
    QCOMPARE(compact(first->actions), canonicalActions);
    const Result<WorkflowDefinition> second = WorkflowDefinition::parse(canonicalTrigger, canonicalActions);
    CHECK_OK(second);
    QVERIFY(sameTrigger(first->trigger, second->trigger));
    QCOMPARE(second->actions.size(), first->actions.size());
    for (qsizetype i = 0; i < first->actions.size(); ++i)
        QVERIFY2(sameAction(first->actions.at(i), second->actions.at(i)), qPrintable(QString::number(i)));
    QCOMPARE(compact(second->trigger.toJson()), canonicalTrigger);
    QCOMPARE(compact(second->actions), canonicalActions);
}

void TestWorkflowDefinition::invalidTriggers_data()
{
    test::addInvalidTriggerRows();
}

void TestWorkflowDefinition::invalidTriggers()
{
    QFETCH(QString, json);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    CHECK_ERROR(WorkflowDefinition::parseTrigger(json), field, fragment);
    CHECK_ERROR(WorkflowDefinition::parse(json, s(R"([{"type":"notify","title":"x"}])")), field, fragment);
}

void TestWorkflowDefinition::invalidActions_data()
{
    test::addInvalidActionRows();
}

void TestWorkflowDefinition::invalidActions()
{
    QFETCH(QString, trigger);
    QFETCH(QString, json);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    const Result<TriggerSpec> t = WorkflowDefinition::parseTrigger(trigger);
    CHECK_OK(t);
    CHECK_ERROR(WorkflowDefinition::parseActions(json, *t), field, fragment);
    CHECK_ERROR(WorkflowDefinition::parse(trigger, json), field, fragment);
}

void TestWorkflowDefinition::sizeLimit()
{
    // Padded with spaces (valid JSON whitespace) to exactly 64 KiB: accepted; one byte more: refused.
    const QByteArray body = R"([{"type":"create_task","title":"Größe"}])";
    const QByteArray exact = body.left(1) + QByteArray(65536 - body.size(), ' ') + body.mid(1);
    QCOMPARE(exact.size(), 65536);
    CHECK_OK(WorkflowDefinition::parseActions(QString::fromUtf8(exact)));
    const QByteArray over = ' ' + exact;
    CHECK_ERROR(WorkflowDefinition::parseActions(QString::fromUtf8(over)), "actions",
                "at most 65536 bytes of JSON (it has 65537)");

    // Bytes of UTF-8 are counted, not characters: 4 × 10000 "é" is 40,000 characters but 80,000 bytes.
    QStringList actions;
    for (int i = 0; i < 4; ++i)
        actions << s(R"({"type":"create_task","title":"t","description":"%1"})").arg(QString(10000, QChar(0xe9)));
    const QString wide = QLatin1Char('[') + actions.join(QLatin1Char(',')) + QLatin1Char(']');
    QVERIFY(wide.size() < 65536);
    CHECK_ERROR(WorkflowDefinition::parseActions(wide), "actions", "65536 bytes");

    const QByteArray trigger = R"({"type":"manual"})";
    const QByteArray exactTrigger = trigger + QByteArray(65536 - trigger.size(), '\n');
    CHECK_OK(WorkflowDefinition::parseTrigger(QString::fromUtf8(exactTrigger)));
    CHECK_ERROR(WorkflowDefinition::parseTrigger(QString::fromUtf8(exactTrigger + ' ')), "trigger", "65536 bytes");
    // The limit comes before anything else: an oversized document is refused unread.
    CHECK_ERROR(WorkflowDefinition::parseTrigger(QString::fromUtf8("{" + QByteArray(70000, ' '))), "trigger", "too large");

    QFile file(QStringLiteral(DOO_RESOURCES "/workflows/notification-due-date-reminder.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().trimmed();
    QVERIFY(text.endsWith('}'));
    const QByteArray padded = text.left(text.size() - 1) + QByteArray(65535 - text.size(), ' ') + '}';
    QCOMPARE(padded.size(), 65535);
    CHECK_OK(WorkflowFile::parse(padded + ' '));
    CHECK_ERROR(WorkflowFile::parse(padded + "  "), "", "65536 bytes");
}

void TestWorkflowDefinition::depthLimit()
{
    // 16 levels pass the depth check (and fail later, on the content); 17 are refused.
    CHECK_ERROR(WorkflowDefinition::parseActions(QString::fromLatin1(brackets(16))), "actions[0]", "must be an object");
    CHECK_ERROR(WorkflowDefinition::parseActions(QString::fromLatin1(brackets(17))), "actions",
                "nested too deeply: at most 16 levels");
    const auto trigger = [](int levels) -> QString {
        return QString::fromLatin1(R"({"type":"manual","extra":)" + brackets(levels - 1) + '}');
    };
    CHECK_ERROR(WorkflowDefinition::parseTrigger(trigger(16)), "trigger.extra", "unknown key");
    CHECK_ERROR(WorkflowDefinition::parseTrigger(trigger(17)), "trigger", "16 levels");
    // Far deeper than QJsonDocument minds: still our message, not a parse error.
    CHECK_ERROR(WorkflowDefinition::parseActions(QString::fromLatin1(brackets(5000))), "actions", "16 levels");
    // Brackets inside strings (and escaped quotes) do not count.
    const QString quoted = s("[{\"type\":\"create_task\",\"title\":\"\\\"[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{{\"}]");
    CHECK_OK(WorkflowDefinition::parseActions(quoted));
    const QString backslash = s("[{\"type\":\"create_task\",\"title\":\"[[[[[[[[[[[[[[[[[[[[ \\\\\"}]");
    CHECK_OK(WorkflowDefinition::parseActions(backslash));

    const auto file = [](int levels) -> QByteArray {
        return R"({"name":"n","type":"REPORTING","trigger":{"type":"manual"},"actions":[{"type":"notify","title":"t"}],)"
               R"("x":)"
            + brackets(levels - 1) + '}';
    };
    CHECK_ERROR(WorkflowFile::parse(file(16)), "x", "unknown key");
    CHECK_ERROR(WorkflowFile::parse(file(17)), "", "nested too deeply");
}

void TestWorkflowDefinition::templateCheck_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("error"); // "" when valid
    const auto row = [](const char *name, const char *text, const char *group, const char *error) {
        QTest::newRow(name) << s(text) << s(group) << s(error);
    };
    row("plain", "Weekly report", "", "");
    row("always", "{date} {time} {weekday} {week} {month} {year} {workflow.name}", "", "");
    row("task", "{task.title} {task.status} {task.priority} {task.due_date}", "task", "");
    row("consultation",
        "{consultation.name} {consultation.email} {consultation.company} {consultation.booking_id} "
        "{consultation.scheduled_date} {date}",
        "consultation", "");
    row("escapes", "{{literal}} and {{{date}}} }}", "", "");
    row("task outside task events", "{task.title}", "", "{task.title} needs a task event trigger");
    row("task in consultation events", "{task.due_date}", "consultation", "needs a task event trigger");
    row("consultation in task events", "x {consultation.email}", "task",
        "{consultation.email} needs a consultation event trigger");
    row("unknown", "Hello {name}", "", "unknown placeholder {name}; available here: {date}, {time}");
    row("case matters", "{Date}", "", "unknown placeholder {Date}");
    row("spaces matter", "{ date }", "", "unknown placeholder { date }");
    row("unclosed at end", "Report for {date", "", "unclosed '{' at 11");
    row("unclosed then open", "{da{te}", "", "unclosed '{' at 0");
    row("lone closing", "a } b", "", "unmatched '}' at 2");
    row("empty", "x {}", "", "empty placeholder '{}' at 2");
    row("triple open", "{{{", "", "unclosed '{' at 2");
}

void TestWorkflowDefinition::templateCheck()
{
    QFETCH(QString, text);
    QFETCH(QString, group);
    QFETCH(QString, error);
    const Status status = Template::check(s("actions[0].title"), text, group);
    if (error.isEmpty()) {
        CHECK_OK(status);
    } else {
        CHECK_ERROR(status, "actions[0].title", error);
    }
}

void TestWorkflowDefinition::templateRender_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << s("no placeholders") << s("no placeholders");
    QTest::newRow("values") << s("Week {week}: {task.title} ({task.status})") << s("Week 10: Pay rent (REVIEW)");
    QTest::newRow("escapes") << s("{{date}} is {{{date}}}, }} stays") << s("{date} is {2026-03-02}, } stays");
    QTest::newRow("missing value") << s("[{consultation.name}]") << s("[]");
    QTest::newRow("adjacent") << s("{date}{time}") << s("2026-03-0209:15");
    QTest::newRow("unclosed kept") << s("x {date") << s("x {date");
}

void TestWorkflowDefinition::templateRender()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QHash<QString, QString> values = {{s("date"), s("2026-03-02")},
                                            {s("time"), s("09:15")},
                                            {s("week"), s("10")},
                                            {s("task.title"), s("Pay rent")},
                                            {s("task.status"), s("REVIEW")}};
    QCOMPARE(Template::render(text, values), expected);
}

void TestWorkflowDefinition::templatePlaceholders()
{
    const QStringList always = {s("date"), s("time"), s("weekday"), s("week"), s("month"), s("year"), s("workflow.name")};
    QCOMPARE(Template::placeholders(), always);
    QCOMPARE(Template::placeholders(s("task")),
             (always + QStringList{s("task.title"), s("task.status"), s("task.priority"), s("task.due_date")}));
    QCOMPARE(Template::placeholders(s("consultation")),
             (always
              + QStringList{s("consultation.name"), s("consultation.email"), s("consultation.company"),
                            s("consultation.booking_id"), s("consultation.scheduled_date")}));
}

void TestWorkflowDefinition::definitionParse()
{
    const Result<WorkflowDefinition> d = WorkflowDefinition::parse(
        s(R"({"type":"event","event":"consultation.scheduled"})"),
        s(R"([{"type":"create_task","title":"Prepare for {consultation.company}"},{"type":"notify","title":"{date}"}])"));
    CHECK_OK(d);
    QCOMPARE(d->trigger.event, TriggerSpec::Event::ConsultationScheduled);
    QCOMPARE(d->actions.size(), 2);
    QCOMPARE(d->actions.at(1).kind, ActionSpec::Kind::Notify);
    // Without a trigger, actions get the "always" placeholders only.
    CHECK_ERROR(WorkflowDefinition::parseActions(s(R"([{"type":"create_task","title":"{consultation.company}"}])")),
                "actions[0].title", "consultation event");
    // The trigger is checked first.
    CHECK_ERROR(WorkflowDefinition::parse(s("{}"), s("[]")), "trigger.type", "required");
    QCOMPARE(TriggerSpec::eventName(TriggerSpec::Event::None), QString());
    QCOMPARE(TriggerSpec::eventName(TriggerSpec::Event::ConsultationCancelled), s("consultation.cancelled"));
}

void TestWorkflowDefinition::fileParseAndWrite()
{
    const QByteArray text = R"({"name":"  Standup notes ","description":"Daily","type":"NOTIFICATION",
        "trigger":{"type":"interval","minutes":120},
        "actions":[{"type":"notify","title":"Standup {date}","notification_type":"INFO"}],
        "estimatedMinutesSaved":2.5})";
    const Result<Workflow> parsed = WorkflowFile::parse(text);
    CHECK_OK(parsed);
    QCOMPARE(parsed->name, s("Standup notes"));
    QCOMPARE(parsed->description, s("Daily"));
    QCOMPARE(parsed->type, WorkflowType::Notification);
    QCOMPARE(parsed->trigger, s(R"({"minutes":120,"type":"interval"})"));
    QCOMPARE(parsed->actions, s(R"([{"notification_type":"INFO","title":"Standup {date}","type":"notify"}])"));
    QCOMPARE(parsed->frequency, s("Every 2 hours"));
    QCOMPARE(parsed->estimatedMinutesSaved, 2.5);
    QVERIFY(parsed->id.isEmpty());
    QVERIFY(parsed->isActive);

    const QByteArray written = WorkflowFile::write(*parsed);
    QCOMPARE(written, QByteArray(R"({
    "name": "Standup notes",
    "description": "Daily",
    "type": "NOTIFICATION",
    "trigger": {
        "minutes": 120,
        "type": "interval"
    },
    "actions": [
        {
            "notification_type": "INFO",
            "title": "Standup {date}",
            "type": "notify"
        }
    ],
    "estimatedMinutesSaved": 2.5
}
)"));
    const Result<Workflow> again = WorkflowFile::parse(written);
    CHECK_OK(again);
    QCOMPARE(again->name, parsed->name);
    QCOMPARE(again->description, parsed->description);
    QCOMPARE(again->type, parsed->type);
    QCOMPARE(again->trigger, parsed->trigger);
    QCOMPARE(again->actions, parsed->actions);
    QCOMPARE(again->frequency, parsed->frequency);
    QCOMPARE(again->estimatedMinutesSaved, parsed->estimatedMinutesSaved);
    QCOMPARE(WorkflowFile::write(*again), written);

    // description and estimatedMinutesSaved may be left out.
    const Result<Workflow> minimal = WorkflowFile::parse(
        R"({"name":"m","type":"APPROVAL","trigger":{"type":"manual"},"actions":[{"type":"request_approval","title":"ok?"}]})");
    CHECK_OK(minimal);
    QCOMPARE(minimal->description, s(""));
    QVERIFY(!minimal->description.isNull());
    QCOMPARE(minimal->estimatedMinutesSaved, 0.0);
    QCOMPARE(minimal->frequency, s("Manually"));
}

void TestWorkflowDefinition::invalidFiles_data()
{
    test::addInvalidFileRows();
}

void TestWorkflowDefinition::invalidFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    CHECK_ERROR(WorkflowFile::parse(json), field, fragment);
}

void TestWorkflowDefinition::fileExamples()
{
    // The README's examples, one per workflow type, shown there exactly as in the files.
    const QDir dir(QStringLiteral(DOO_RESOURCES "/workflows"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QCOMPARE(files,
             (QStringList{s("approval-review-sign-off.json"), s("data-sync-nightly-export.json"),
                          s("notification-due-date-reminder.json"), s("reporting-weekly-report.json"),
                          s("scheduling-consultation-follow-up.json"), s("task-automation-daily-triage.json")}));
    const QHash<QString, QPair<WorkflowType, QString>> expected = {
        {s("approval-review-sign-off.json"), {WorkflowType::Approval, s("When a task moves from In progress to Review")}},
        {s("data-sync-nightly-export.json"), {WorkflowType::DataSync, s("Every day at 23:30")}},
        {s("notification-due-date-reminder.json"), {WorkflowType::Notification, s("When a task is due within 24 hours")}},
        {s("reporting-weekly-report.json"), {WorkflowType::Reporting, s("Every Monday at 09:00")}},
        {s("scheduling-consultation-follow-up.json"), {WorkflowType::Scheduling, s("When a consultation is completed")}},
        {s("task-automation-daily-triage.json"), {WorkflowType::TaskAutomation, s("Every day at 08:30")}},
    };
    QFile readme(QStringLiteral(DOO_RESOURCES "/../README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QByteArray readmeText = readme.readAll();
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(readmeText.contains(QByteArray("```json\n" + text + "```\n")),
                 qPrintable(name + QStringLiteral(" is not in the README as it is")));
        const Result<Workflow> w = WorkflowFile::parse(text);
        QVERIFY2(w.ok(), qPrintable(name + QStringLiteral(": ") + w.error().text()));
        QCOMPARE(w->type, expected.value(name).first);
        QCOMPARE(w->frequency, expected.value(name).second);
        CHECK_OK(w->validate());
    }
}

void TestWorkflowDefinition::workflowValidateAndNormalize()
{
    Workflow w;
    w.name = s("Reminders");
    w.trigger = s(R"({"type":"event","event":"task.due_soon","within_hours":48})");
    w.actions = s(R"([{"type":"notify","title":"{task.title} is due {task.due_date}"}])");
    w.frequency = s("whatever was typed");
    w.normalize();
    QCOMPARE(w.frequency, s("When a task is due within 48 hours"));
    CHECK_OK(w.validate());

    Workflow bad = w;
    bad.actions = s(R"([{"type":"notify","title":"t"},{"type":"create_task","title":"x","due_in_days":2.5}])");
    CHECK_ERROR(bad.validate(), "actions[1].due_in_days", "must be an integer");
    bad = w;
    bad.trigger = s(R"({"type":"event","event":"task.created"})");
    bad.actions = s(R"([{"type":"notify","title":"{consultation.name}"}])");
    CHECK_ERROR(bad.validate(), "actions[0].title", "consultation event");
    bad = w;
    bad.actions = s("[]");
    CHECK_ERROR(bad.validate(), "actions", "at least one action");

    // A trigger that does not parse leaves the frequency as given (validate() refuses the workflow).
    Workflow unparsed;
    unparsed.name = s("x");
    unparsed.trigger = s(R"({"type":"hourly"})");
    unparsed.frequency = s("  typed  ");
    unparsed.normalize();
    QCOMPARE(unparsed.frequency, s("typed"));
    CHECK_ERROR(unparsed.validate(), "trigger.type", "(it is 'hourly')");
}

QTEST_GUILESS_MAIN(TestWorkflowDefinition)
#include "tst_workflowdefinition.moc"
