#pragma once

// Internal to the workflow definition parser: the parts that work on already-parsed JSON, shared
// by WorkflowDefinition.cpp, WorkflowActions.cpp and WorkflowFile.cpp.

#include "domain/WorkflowDefinition.h"

#include <QJsonArray>
#include <QJsonObject>

namespace doo::wfdef {

// The trigger object at `path` ("trigger").
Result<TriggerSpec> parseTrigger(const QJsonValue &value, const QString &path);
// The actions array at `path` ("actions"); placeholders are checked against the trigger's event.
Result<QList<ActionSpec>> parseActions(const QJsonValue &value, const QString &path, const TriggerSpec &trigger);
// The placeholder group (see Template::placeholders) a trigger makes available.
QString eventGroup(const TriggerSpec &trigger);

} // namespace doo::wfdef
