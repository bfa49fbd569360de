#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace doo {

// Text templates in workflow actions: "{date}" and friends are replaced when a run is planned;
// "{{" and "}}" stand for literal braces.
//   always:               {date} {time} {weekday} {week} {month} {year} {workflow.name}
//   task event triggers:  {task.title} {task.status} {task.priority} {task.due_date}
//   consultation events:  {consultation.name} {consultation.email} {consultation.company}
//                         {consultation.booking_id} {consultation.scheduled_date}
namespace Template {

// The translation context of this namespace's messages: Messages::tr("...").
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Template)
};

// Placeholder names available for a trigger's event kind group: "" (none), "task",
// "consultation".
QStringList placeholders(const QString &eventGroup = QString());
// Checks braces and names; an unknown or unavailable placeholder is a Validation error on
// `field` naming it.
Status check(const QString &field, const QString &text, const QString &eventGroup = QString());
// Replaces every placeholder with values[name] (missing names become "").
QString render(const QString &text, const QHash<QString, QString> &values);
} // namespace Template

} // namespace doo
