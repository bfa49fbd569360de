#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QDateTime>

class QJsonObject;

namespace doo {

struct Notification
{
    QString id;
    QString userId;
    NotificationType type = NotificationType::Info;
    QString title;
    QString message;
    // What it is about (at most one is set).
    QString taskId;
    QString workflowId;
    QString consultationId;
    bool isRead = false;
    QDateTime createdAt;

    void normalize();
    Status validate() const;
    QJsonObject toJson() const;
};

} // namespace doo
