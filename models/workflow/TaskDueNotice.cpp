#include "workflow/TaskDueNotice.h"

#include "domain/RelativeTime.h"
#include "domain/WorkflowTiming.h"

#include <QTimeZone>

#include <algorithm>

namespace doo {

Notification TaskDueNotice::compose(const QList<DueTask> &tasks, const QDateTime &now)
{
    Notification n;
    if (tasks.isEmpty())
        return n;
    n.userId = tasks.first().userId;
    n.type = NotificationType::TaskDue;
    const QTimeZone zone = WorkflowTiming::zoneFor(tasks.first().timeZone);
    if (tasks.size() == 1) {
        const DueTask &t = tasks.first();
        n.title = tr("Due: %1").arg(t.title).left(200);
        n.message = tr("\"%1\" is %2.", "title, \"due tomorrow 17:00\" or \"3 days overdue\"")
                        .arg(t.title, RelativeTime::due(t.due, now, zone));
        n.taskId = t.id;
        return n;
    }
    const int count = int(tasks.size());
    const int overdue = int(std::count_if(tasks.cbegin(), tasks.cend(), [&](const DueTask &t) { return t.due < now; }));
    const bool allToday =
        std::all_of(tasks.cbegin(), tasks.cend(), [&](const DueTask &t) { return RelativeTime::isToday(t.due, now, zone); });
    if (overdue == count)
        n.title = tr("%n tasks overdue", nullptr, count);
    else if (overdue > 0)
        n.title = tr("%n tasks due or overdue", nullptr, count);
    else if (allToday)
        n.title = tr("%n tasks due today", nullptr, count);
    else
        n.title = tr("%n tasks due by tomorrow", nullptr, count);
    QStringList lines;
    for (const DueTask &t : tasks.mid(0, kListed))
        lines << tr("• %1 — %2", "title, \"due today 17:00\"").arg(t.title.left(100), RelativeTime::due(t.due, now, zone));
    if (count > kListed)
        lines << tr("and %n more", nullptr, count - kListed);
    n.message = lines.join(QLatin1Char('\n')).left(2000);
    return n;
}

} // namespace doo
