#include "workflow/WorkflowDefinition.h"

#include "domain/Workflow.h"

#include <QJsonObject>

namespace doo {

// Stub: implemented on the wf-defs branch.
QString TriggerSpec::eventName(Event event)
{
    Q_UNUSED(event);
    return {};
}

QString TriggerSpec::inWords() const
{
    return {};
}

QJsonObject TriggerSpec::toJson() const
{
    return {};
}

QString ActionSpec::kindName(Kind kind)
{
    Q_UNUSED(kind);
    return {};
}

QJsonObject ActionSpec::toJson() const
{
    return {};
}

Result<TriggerSpec> WorkflowDefinition::parseTrigger(const QString &json)
{
    Q_UNUSED(json);
    return Error::validation(QStringLiteral("trigger"), QStringLiteral("not implemented"));
}

Result<QList<ActionSpec>> WorkflowDefinition::parseActions(const QString &json, const TriggerSpec &trigger)
{
    Q_UNUSED(json);
    Q_UNUSED(trigger);
    return Error::validation(QStringLiteral("actions"), QStringLiteral("not implemented"));
}

Result<WorkflowDefinition> WorkflowDefinition::parse(const QString &triggerJson, const QString &actionsJson)
{
    Q_UNUSED(triggerJson);
    Q_UNUSED(actionsJson);
    return Error::validation(QStringLiteral("trigger"), QStringLiteral("not implemented"));
}

namespace WorkflowFile {
Result<Workflow> parse(const QByteArray &json)
{
    Q_UNUSED(json);
    return Error::validation(QString(), QStringLiteral("not implemented"));
}
QByteArray write(const Workflow &workflow)
{
    Q_UNUSED(workflow);
    return {};
}
} // namespace WorkflowFile

} // namespace doo
