#pragma once

#include "domain/Notification.h"
#include "repositories/NotificationRepository.h"

#include <QCoreApplication>

namespace doo {

// The words of a TASK_DUE notification: one task keeps its own title and link ("Due: Report",
// "\"Report\" is due tomorrow 17:00."); several become one notification ("5 tasks due today")
// listing each task with its time. Times in the owner's time zone, as RelativeTime says them.
class TaskDueNotice
{
    Q_DECLARE_TR_FUNCTIONS(TaskDueNotice)

public:
    // `tasks`: one owner's, earliest first; `now`: when the check ran.
    static Notification compose(const QList<DueTask> &tasks, const QDateTime &now);
    // At most this many tasks are listed in the message; the rest are counted.
    static constexpr int kListed = 15;
};

} // namespace doo
