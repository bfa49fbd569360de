// The tables of invalid workflow documents for tst_workflowdefinition: each row has the exact field
// path the error must name and a fragment of its message.

#include "workflowdefinition_cases.h"

#include <QByteArray>
#include <QStringList>
#include <QTest>

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

namespace doo::test {

void addInvalidTriggerRows()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");
    const auto row = [](const char *name, const char *json, const char *field, const char *fragment) {
        QTest::newRow(name) << s(json) << s(field) << s(fragment);
    };
    row("array", "[]", "trigger", "must be a JSON object");
    row("string", "\"manual\"", "trigger", "is not valid JSON");
    row("malformed", "{\"type\":", "trigger", "is not valid JSON");
    row("malformed offset", "{\"type\" \"manual\"}", "trigger", "missing name separator at offset 9");
    row("no type", "{}", "trigger.type", "is required: one of schedule, interval, event, manual");
    row("type not a string", R"({"type":5})", "trigger.type", "must be one of schedule, interval, event, manual");
    row("unknown type", R"({"type":"cron"})", "trigger.type", "(it is 'cron')");
    row("type case", R"({"type":"Manual"})", "trigger.type", "'Manual'");
    row("manual with at", R"({"type":"manual","at":"daily at 09:00"})", "trigger.at", "unknown key");
    row("manual with catch_up", R"({"type":"manual","catch_up":true})", "trigger.catch_up", "unknown key");
    row("old cron key", R"({"type":"schedule","cron":"0 9 * * 1"})", "trigger.cron",
        "unknown key; a trigger of type schedule takes type, at, catch_up");
    row("schedule without at", R"({"type":"schedule"})", "trigger.at", "is required");
    row("schedule empty at", R"({"type":"schedule","at":"  "})", "trigger.at", "cannot be empty");
    row("schedule at number", R"({"type":"schedule","at":9})", "trigger.at", "must be a string");
    row("schedule bad text", R"({"type":"schedule","at":"daily at 25:00"})", "trigger.at", "hour 25 is out of range 0-23");
    row("schedule gibberish", R"({"type":"schedule","at":"whenever"})", "trigger.at", "unknown schedule 'whenever'");
    row("schedule bad cron", R"({"type":"schedule","at":"61 9 * * 1"})", "trigger.at", "minute 61 is out of range 0-59");
    row("catch_up string", R"({"type":"schedule","at":"daily at 09:00","catch_up":"yes"})", "trigger.catch_up",
        "must be true or false");
    row("catch_up null", R"({"type":"interval","minutes":5,"catch_up":null})", "trigger.catch_up", "(it is null)");
    row("interval no minutes", R"({"type":"interval"})", "trigger.minutes", "is required");
    row("interval zero", R"({"type":"interval","minutes":0})", "trigger.minutes", "between 1 and 525600 (it is 0)");
    row("interval too many", R"({"type":"interval","minutes":525601})", "trigger.minutes", "between 1 and 525600");
    row("interval fraction", R"({"type":"interval","minutes":2.5})", "trigger.minutes", "must be an integer");
    row("interval string", R"({"type":"interval","minutes":"30"})", "trigger.minutes", "must be an integer");
    row("interval with at", R"({"type":"interval","minutes":30,"at":"daily at 09:00"})", "trigger.at", "unknown key");
    row("no event", R"({"type":"event"})", "trigger.event", "is required: one of task.created");
    row("unknown event", R"({"type":"event","event":"invoice.overdue"})", "trigger.event",
        "task.created, task.status_changed, task.due_soon, consultation.created");
    row("created with to", R"({"type":"event","event":"task.created","to":"REVIEW"})", "trigger.to",
        "unknown key; an event trigger for task.created takes type, event");
    row("bad from", R"({"type":"event","event":"task.status_changed","from":"DONE"})", "trigger.from",
        "TODO, IN_PROGRESS, REVIEW, COMPLETED, CANCELLED");
    row("lowercase to", R"({"type":"event","event":"task.status_changed","to":"review"})", "trigger.to", "(it is 'review')");
    row("from equals to", R"({"type":"event","event":"task.status_changed","from":"REVIEW","to":"REVIEW"})", "trigger.to",
        "must differ");
    row("status with within_hours", R"({"type":"event","event":"task.status_changed","within_hours":3})", "trigger.within_hours",
        "unknown key");
    row("due soon no hours", R"({"type":"event","event":"task.due_soon"})", "trigger.within_hours", "is required");
    row("due soon zero", R"({"type":"event","event":"task.due_soon","within_hours":0})", "trigger.within_hours",
        "between 1 and 720");
    row("due soon too far", R"({"type":"event","event":"task.due_soon","within_hours":721})", "trigger.within_hours",
        "between 1 and 720 (it is 721)");
    row("due soon fraction", R"({"type":"event","event":"task.due_soon","within_hours":1.5})", "trigger.within_hours",
        "must be an integer");
    row("consultation with hours", R"({"type":"event","event":"consultation.completed","within_hours":2})",
        "trigger.within_hours", "unknown key");
    row("event with catch_up", R"({"type":"event","event":"task.created","catch_up":true})", "trigger.catch_up", "unknown key");
}

void addInvalidActionRows()
{
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");
    const QString manual = s(R"({"type":"manual"})");
    const QString taskEvent = s(R"({"type":"event","event":"task.created"})");
    const auto row = [&](const char *name, const char *json, const char *field, const char *fragment,
                         const QString &trigger = QString()) {
        QTest::newRow(name) << (trigger.isEmpty() ? manual : trigger) << s(json) << s(field) << s(fragment);
    };
    const QString ok = s(R"({"type":"create_task","title":"ok"})");
    QStringList many;
    for (int i = 0; i < 51; ++i)
        many << ok;
    const QByteArray tooMany = '[' + many.join(QLatin1Char(',')).toUtf8() + ']';
    const QByteArray longTitle = R"([{"type":"create_task","title":")" + QByteArray(201, 't') + "\"}]";
    const QByteArray longDescription = R"([{"type":"create_task","title":"t","description":")" + QByteArray(10001, 'd') + "\"}]";
    const QByteArray longMessage = R"([{"type":"notify","title":"t","message":")" + QByteArray(2001, 'm') + "\"}]";
    const QByteArray longFolder = R"([{"type":"generate_report","folder":"/)" + QByteArray(1000, 'f') + "\"}]";
    const QByteArray longTag = R"([{"type":"create_task","title":"t","tags":[")" + QByteArray(51, 'x') + "\"]}]";
    QByteArray manyTags = R"([{"type":"create_task","title":"t","tags":["t0")";
    for (int i = 1; i < 21; ++i)
        manyTags += ",\"t" + QByteArray::number(i) + '"';
    manyTags += "]}]";

    row("object", R"({"type":"notify"})", "actions", "must be a JSON array");
    row("malformed", R"([{"type":"notify",])", "actions", "is not valid JSON");
    row("empty", "[]", "actions", "must contain at least one action");
    row("51 actions", tooMany.constData(), "actions", "at most 50 actions (it has 51)");
    row("not an object", "[1]", "actions[0]", "must be an object");
    row("no type", "[{}]", "actions[0].type", "is required");
    row("unknown type", R"([{"type":"send_email"}])", "actions[0].type",
        "create_task, update_tasks, notify, generate_report, export_data, request_approval");
    row("second bad", R"([{"type":"notify","title":"x"},{"type":"create_task","title":"x","due_in_days":4000}])",
        "actions[1].due_in_days", "between 0 and 3650 (it is 4000)");
    row("no title", R"([{"type":"create_task"}])", "actions[0].title", "is required");
    row("blank title", R"([{"type":"create_task","title":"   "}])", "actions[0].title", "cannot be empty");
    row("title number", R"([{"type":"create_task","title":5}])", "actions[0].title", "must be a string");
    row("long title", longTitle.constData(), "actions[0].title", "at most 200 characters (it has 201)");
    row("long description", longDescription.constData(), "actions[0].description", "at most 10000");
    row("priority", R"([{"type":"create_task","title":"t","priority":"CRITICAL"}])", "actions[0].priority",
        "LOW, MEDIUM, HIGH, URGENT (it is 'CRITICAL')");
    row("due fraction", R"([{"type":"create_task","title":"t","due_in_days":2.5}])", "actions[0].due_in_days",
        "must be an integer");
    row("due string", R"([{"type":"create_task","title":"t","due_in_days":"2"}])", "actions[0].due_in_days",
        "must be an integer");
    row("due negative", R"([{"type":"create_task","title":"t","due_in_days":-1}])", "actions[0].due_in_days",
        "between 0 and 3650");
    row("tags string", R"([{"type":"create_task","title":"t","tags":"a"}])", "actions[0].tags", "must be an array");
    row("tag empty", R"([{"type":"create_task","title":"t","tags":["a"," "]}])", "actions[0].tags[1]", "1 to 50 characters");
    row("tag long", longTag.constData(), "actions[0].tags[0]", "1 to 50 characters (it has 51)");
    row("tag number", R"([{"type":"create_task","title":"t","tags":[1]}])", "actions[0].tags[0]", "must be a string");
    row("tag comma", R"([{"type":"create_task","title":"t","tags":["a,b"]}])", "actions[0].tags[0]", "comma");
    row("tag duplicate", R"([{"type":"create_task","title":"t","tags":["a","b","A"]}])", "actions[0].tags[2]",
        "repeats the tag 'A'");
    row("21 tags", manyTags.constData(), "actions[0].tags", "at most 20 tags");
    row("unknown key", R"([{"type":"create_task","title":"t","assignee":"me"}])", "actions[0].assignee",
        "unknown key; an action of type create_task takes");
    row("message on create_task", R"([{"type":"create_task","title":"t","message":"m"}])", "actions[0].message", "unknown key");
    row("task placeholder, manual", R"([{"type":"create_task","title":"About {task.title}"}])", "actions[0].title",
        "{task.title} needs a task event trigger");
    row("consultation placeholder, task event", R"([{"type":"create_task","title":"{consultation.name}"}])", "actions[0].title",
        "needs a consultation event trigger", taskEvent);
    row("unknown placeholder", R"([{"type":"create_task","title":"x {nope}"}])", "actions[0].title",
        "unknown placeholder {nope}");
    row("unclosed brace", R"([{"type":"create_task","title":"Report {date"}])", "actions[0].title", "unclosed '{' at 7");
    row("unmatched brace", R"([{"type":"notify","title":"t","message":"a } b"}])", "actions[0].message", "unmatched '}' at 2");
    row("empty placeholder", R"([{"type":"notify","title":"t","message":"{}"}])", "actions[0].message", "empty placeholder");
    row("placeholder in description", R"([{"type":"request_approval","title":"t","description":"{task.status}"}])",
        "actions[0].description", "task event");
    row("approval priority", R"([{"type":"request_approval","title":"t","priority":"HIGH"}])", "actions[0].priority",
        "unknown key");
    row("update no filter", R"([{"type":"update_tasks","set":{"status":"TODO"}}])", "actions[0].filter",
        "must be an object with at least one of status, priority, tag");
    row("update empty filter", R"([{"type":"update_tasks","filter":{},"set":{"status":"TODO"}}])", "actions[0].filter",
        "(it is empty)");
    row("update no set", R"([{"type":"update_tasks","filter":{"overdue":true}}])", "actions[0].set",
        "at least one of status, priority, add_tags, remove_tags, due_in_days");
    row("update empty set", R"([{"type":"update_tasks","filter":{"overdue":true},"set":{}}])", "actions[0].set", "(it is empty)");
    row("set array", R"([{"type":"update_tasks","filter":{"overdue":true},"set":[]}])", "actions[0].set", "(it is an array)");
    row("filter status", R"([{"type":"update_tasks","filter":{"status":"DONE"},"set":{"status":"TODO"}}])",
        "actions[0].filter.status", "TODO, IN_PROGRESS, REVIEW, COMPLETED, CANCELLED");
    row("filter status list", R"([{"type":"update_tasks","filter":{"status":["TODO","DONE"]},"set":{"status":"TODO"}}])",
        "actions[0].filter.status[1]", "(it is 'DONE')");
    row("filter status empty list", R"([{"type":"update_tasks","filter":{"status":[]},"set":{"status":"TODO"}}])",
        "actions[0].filter.status", "at least one status");
    row("filter status repeated", R"([{"type":"update_tasks","filter":{"status":["TODO","TODO"]},"set":{"status":"REVIEW"}}])",
        "actions[0].filter.status[1]", "repeats");
    row("filter overdue", R"([{"type":"update_tasks","filter":{"overdue":"yes"},"set":{"status":"TODO"}}])",
        "actions[0].filter.overdue", "must be true or false");
    row("filter due within", R"([{"type":"update_tasks","filter":{"due_within_days":3651},"set":{"status":"TODO"}}])",
        "actions[0].filter.due_within_days", "between 0 and 3650");
    row("filter stale zero", R"([{"type":"update_tasks","filter":{"not_updated_for_days":0},"set":{"status":"TODO"}}])",
        "actions[0].filter.not_updated_for_days", "between 1 and 3650");
    row("filter tag empty", R"([{"type":"update_tasks","filter":{"tag":""},"set":{"status":"TODO"}}])", "actions[0].filter.tag",
        "1 to 50");
    row("filter priority", R"([{"type":"update_tasks","filter":{"priority":"high"},"set":{"status":"TODO"}}])",
        "actions[0].filter.priority", "LOW, MEDIUM, HIGH, URGENT");
    row("filter by workflow", R"([{"type":"update_tasks","filter":{"created_by_workflow":1},"set":{"status":"TODO"}}])",
        "actions[0].filter.created_by_workflow", "true or false");
    row("filter unknown key", R"([{"type":"update_tasks","filter":{"assignee":"me"},"set":{"status":"TODO"}}])",
        "actions[0].filter.assignee", "unknown key; a filter takes status, priority, tag, overdue");
    row("set status", R"([{"type":"update_tasks","filter":{"overdue":true},"set":{"status":"DONE"}}])", "actions[0].set.status",
        "TODO, IN_PROGRESS");
    row("set add_tags[3]",
        R"([{"type":"notify","title":"x"},{"type":"update_tasks","filter":{"overdue":true},"set":{"add_tags":["a","b","c",""]}}])",
        "actions[1].set.add_tags[3]", "1 to 50 characters");
    row("set remove_tags empty", R"([{"type":"update_tasks","filter":{"overdue":true},"set":{"remove_tags":[]}}])",
        "actions[0].set.remove_tags", "at least one tag");
    row("set add and remove",
        R"([{"type":"update_tasks","filter":{"overdue":true},"set":{"add_tags":["x"],"remove_tags":["X"]}}])",
        "actions[0].set.remove_tags[0]", "also in add_tags");
    row("set due fraction", R"([{"type":"update_tasks","filter":{"overdue":true},"set":{"due_in_days":0.5}}])",
        "actions[0].set.due_in_days", "must be an integer");
    row("set unknown key", R"([{"type":"update_tasks","filter":{"overdue":true},"set":{"title":"x"}}])", "actions[0].set.title",
        "unknown key; set takes status, priority, add_tags");
    row("notify type", R"([{"type":"notify","notification_type":"ALERT","title":"t"}])", "actions[0].notification_type",
        "INFO, WARNING, ERROR, SUCCESS, TASK_DUE, WORKFLOW_COMPLETE, BUDGET_ALERT");
    row("notify no title", R"([{"type":"notify","message":"m"}])", "actions[0].title", "is required");
    row("notify long message", longMessage.constData(), "actions[0].message", "at most 2000");
    row("report no folder", R"([{"type":"generate_report","period":"week"}])", "actions[0].folder", "is required");
    row("report relative folder", R"([{"type":"generate_report","folder":"Reports"}])", "actions[0].folder",
        "absolute path or start with ~/");
    row("report tilde folder", R"([{"type":"generate_report","folder":"~Reports"}])", "actions[0].folder",
        "absolute path or start with ~/");
    row("report long folder", longFolder.constData(), "actions[0].folder", "at most 1000");
    row("report period", R"([{"type":"generate_report","period":"year","folder":"~/R"}])", "actions[0].period",
        "day, week, month (it is 'year')");
    row("report format", R"([{"type":"generate_report","format":"json","folder":"~/R"}])", "actions[0].format", "csv, pdf");
    row("export format", R"([{"type":"export_data","format":"pdf","folder":"~/E"}])", "actions[0].format", "csv, json");
    row("export kind", R"([{"type":"export_data","kind":"users","folder":"~/E"}])", "actions[0].kind", "tasks, consultations");
    row("export period", R"([{"type":"export_data","period":"week","folder":"~/E"}])", "actions[0].period",
        "unknown key; an action of type export_data takes type, kind, format, folder");
}

void addInvalidFileRows()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");
    const QByteArray rest = R"("type":"REPORTING","trigger":{"type":"manual"},"actions":[{"type":"notify","title":"t"}])";
    const auto row = [](const char *name, const QByteArray &json, const char *field, const char *fragment) {
        QTest::newRow(name) << json << s(field) << s(fragment);
    };
    row("array", "[]", "",
        "must be a JSON object with the keys name, description, type, trigger, actions, estimatedMinutesSaved");
    row("malformed", "{\"name\":", "", "is not valid JSON");
    row("unknown key", "{\"name\":\"n\",\"frequency\":\"daily\"," + rest + '}', "frequency",
        "unknown key; a workflow file takes name, description");
    row("no name", '{' + rest + '}', "name", "is required");
    row("blank name", "{\"name\":\" \"," + rest + '}', "name", "cannot be empty");
    row("long name", "{\"name\":\"" + QByteArray(201, 'n') + "\"," + rest + '}', "name", "at most 200");
    row("long description", "{\"name\":\"n\",\"description\":\"" + QByteArray(2001, 'd') + "\"," + rest + '}', "description",
        "at most 2000");
    row("description number", "{\"name\":\"n\",\"description\":1," + rest + '}', "description", "must be a string");
    row("no type", R"({"name":"n","trigger":{"type":"manual"},"actions":[]})", "type",
        "is required: one of REPORTING, TASK_AUTOMATION, NOTIFICATION, DATA_SYNC, APPROVAL, SCHEDULING");
    row("bad type", R"({"name":"n","type":"OTHER","trigger":{"type":"manual"},"actions":[]})", "type", "(it is 'OTHER')");
    row("no trigger", R"({"name":"n","type":"REPORTING","actions":[]})", "trigger", "is required");
    row("trigger string", R"({"name":"n","type":"REPORTING","trigger":"manual","actions":[]})", "trigger",
        "must be a JSON object");
    row("trigger field", R"({"name":"n","type":"REPORTING","trigger":{"type":"interval","minutes":-5},"actions":[]})",
        "trigger.minutes", "between 1 and 525600");
    row("no actions", R"({"name":"n","type":"REPORTING","trigger":{"type":"manual"}})", "actions", "is required");
    row("empty actions", R"({"name":"n","type":"REPORTING","trigger":{"type":"manual"},"actions":[]})", "actions",
        "at least one action");
    row("action type",
        R"({"name":"n","type":"REPORTING","trigger":{"type":"manual"},"actions":[{"type":"notify","title":"t"},{"type":"x"}]})",
        "actions[1].type", "(it is 'x')");
    row("negative minutes", "{\"name\":\"n\"," + rest + ",\"estimatedMinutesSaved\":-1}", "estimatedMinutesSaved",
        "between 0 and 100000");
    row("too many minutes", "{\"name\":\"n\"," + rest + ",\"estimatedMinutesSaved\":100000.5}", "estimatedMinutesSaved",
        "between 0 and 100000");
    row("minutes string", "{\"name\":\"n\"," + rest + ",\"estimatedMinutesSaved\":\"10\"}", "estimatedMinutesSaved",
        "must be a number");
}

} // namespace doo::test
