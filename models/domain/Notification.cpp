#include "domain/Notification.h"

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace doo {

void Notification::normalize()
{
    title = title.trimmed();
    message = Validation::notNull(message);
}

Status Notification::validate() const
{
    if (Status s = Validation::text(QStringLiteral("title"), title, 1, Validation::kMaxTitle); !s)
        return s;
    if (Status s = Validation::optionalText(QStringLiteral("message"), message, 2000); !s)
        return s;
    const int links = int(!taskId.isEmpty()) + int(!workflowId.isEmpty()) + int(!consultationId.isEmpty());
    if (links > 1)
        return Error::validation(QStringLiteral("link"), Validation::Messages::tr("a notification links to at most one item"));
    return {};
}

QJsonObject Notification::toJson() const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("type"), toString(type)},
        {QStringLiteral("title"), title},
        {QStringLiteral("message"), message},
        {QStringLiteral("taskId"), orNull(taskId)},
        {QStringLiteral("workflowId"), orNull(workflowId)},
        {QStringLiteral("consultationId"), orNull(consultationId)},
        {QStringLiteral("isRead"), isRead},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

} // namespace doo
