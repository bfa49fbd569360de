#include "domain/Task.h"

#include "domain/Validation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace doo {

void Task::normalize()
{
    title = title.trimmed();
    description = Validation::notNull(description);
    tags = Validation::normalizedTags(tags);
}

Status Task::validate() const
{
    if (Status s = Validation::text(QStringLiteral("title"), title, 1, Validation::kMaxTitle); !s)
        return s;
    if (Status s = Validation::optionalText(QStringLiteral("description"), description, limits::kMaxDescription); !s)
        return s;
    return Validation::tags(QStringLiteral("tags"), tags);
}

QJsonObject Task::toJson() const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(); };
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("workflowId"), orNull(workflowId)},
        {QStringLiteral("executionId"), orNull(executionId)},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("priority"), toString(priority)},
        {QStringLiteral("status"), toString(status)},
        {QStringLiteral("position"), position},
        {QStringLiteral("dueDate"), time(dueDate)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("createdAt"), time(createdAt)},
        {QStringLiteral("updatedAt"), time(updatedAt)},
        {QStringLiteral("completedAt"), time(completedAt)},
        {QStringLiteral("version"), version},
    };
}

} // namespace doo
