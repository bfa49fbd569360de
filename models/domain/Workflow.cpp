#include "domain/Workflow.h"

#include "domain/Validation.h"
#include "domain/WorkflowDefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace doo {

namespace {
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
QJsonValue parsed(const QString &json)
{
    if (json.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}
} // namespace

void Workflow::normalize()
{
    name = name.trimmed();
    // The frequency column says what the trigger says; a trigger that does not parse keeps the
    // text given (validate() refuses it anyway).
    if (const Result<TriggerSpec> spec = WorkflowDefinition::parseTrigger(trigger))
        frequency = spec->inWords();
    frequency = Validation::notNull(frequency.trimmed());
    description = Validation::notNull(description);
}

void Workflow::takeDefinition(const Workflow &from)
{
    name = from.name;
    description = from.description;
    type = from.type;
    trigger = from.trigger;
    actions = from.actions;
    frequency = from.frequency;
    estimatedMinutesSaved = from.estimatedMinutesSaved;
}

Status Workflow::validate() const
{
    if (Status s = Validation::text(QStringLiteral("name"), name, 1, Validation::kMaxName); !s)
        return s;
    if (Status s = Validation::optionalText(QStringLiteral("description"), description, 2000); !s)
        return s;
    // Strictly: unknown keys, wrong types and out-of-range values are refused with their path
    // ("trigger.at", "actions[2].due_in_days").
    if (const Result<WorkflowDefinition> definition = WorkflowDefinition::parse(trigger, actions); !definition)
        return definition.error();
    if (Status s = Validation::optionalText(QStringLiteral("frequency"), frequency, 200); !s)
        return s;
    return Validation::range(QStringLiteral("estimatedMinutesSaved"), estimatedMinutesSaved, 0, 100000);
}

QJsonObject Workflow::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("type"), toString(type)},
        {QStringLiteral("trigger"), parsed(trigger)},
        {QStringLiteral("actions"), parsed(actions)},
        {QStringLiteral("frequency"), frequency},
        {QStringLiteral("isActive"), isActive},
        {QStringLiteral("estimatedMinutesSaved"), estimatedMinutesSaved},
        {QStringLiteral("nextRunAt"), time(nextRunAt)},
        {QStringLiteral("lastRunAt"), time(lastRunAt)},
        {QStringLiteral("createdAt"), time(createdAt)},
        {QStringLiteral("updatedAt"), time(updatedAt)},
        {QStringLiteral("version"), version},
    };
}

QJsonObject WorkflowExecution::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("workflowId"), workflowId},
        {QStringLiteral("status"), toString(status)},
        {QStringLiteral("scheduledFor"), time(scheduledFor)},
        {QStringLiteral("startedAt"), time(startedAt)},
        {QStringLiteral("finishedAt"), time(finishedAt)},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
        {QStringLiteral("output"), parsed(output)},
        {QStringLiteral("tasksCreated"), tasksCreated},
        {QStringLiteral("minutesSaved"), minutesSaved},
        {QStringLiteral("trigger"), triggerKey},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("depth"), depth},
        {QStringLiteral("waitingTaskId"), waitingTaskId.isEmpty() ? QJsonValue() : QJsonValue(waitingTaskId)},
        {QStringLiteral("undoneAt"), time(undoneAt)},
        {QStringLiteral("workflowName"), workflowName.isEmpty() ? QJsonValue() : QJsonValue(workflowName)},
    };
}

QJsonObject WorkflowVersion::toJson() const
{
    return {
        {QStringLiteral("version"), version},
        {QStringLiteral("savedAt"), time(savedAt)},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("type"), toString(type)},
        {QStringLiteral("trigger"), parsed(trigger)},
        {QStringLiteral("actions"), parsed(actions)},
        {QStringLiteral("estimatedMinutesSaved"), estimatedMinutesSaved},
        {QStringLiteral("isActive"), isActive},
    };
}

QJsonObject WorkflowStats::toJson() const
{
    return {
        {QStringLiteral("total"), total},           {QStringLiteral("active"), active},
        {QStringLiteral("executions"), executions}, {QStringLiteral("successful"), successful},
        {QStringLiteral("failed"), failed},         {QStringLiteral("successRate"), successRate},
        {QStringLiteral("hoursSaved"), hoursSaved}, {QStringLiteral("tasksCreated"), tasksCreated},
    };
}

} // namespace doo
