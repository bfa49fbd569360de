#include "exchange/Seeder.h"

#include "exchange/SampleTasks.h"

#include "domain/Clock.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "repositories/AnalyticsRepository.h"
#include "exchange/ConsultationSeeder.h"
#include "repositories/NotificationRepository.h"
#include "repositories/TaskRepository.h"
#include "repositories/UserRepository.h"
#include "repositories/WorkflowRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTimeZone>

namespace doo {

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// JSON text as the repositories store it: compact, keys in order.
QString compact(const char *text)
{
    return QString::fromUtf8(QJsonDocument::fromJson(QByteArray(text)).toJson(QJsonDocument::Compact));
}

struct WorkflowSeed
{
    const char *name;
    const char *description;
    WorkflowType type;
    const char *trigger; // JSON; the frequency column is derived from it (Workflow::normalize)
    const char *actions; // JSON
    double minutes;
    int runs; // past executions
};

// Each description says what the actions do, no more (tst_onboarding checks the words against
// the action kinds). Reports and exports go below the home folder, which the runs create.
const WorkflowSeed kWorkflowSeeds[] = {
    {"Weekly status report", "A PDF of the week's tasks, workflow runs and time saved in ~/Reports, for Monday's meeting.",
     WorkflowType::Reporting, R"({"type": "schedule", "at": "weekly on monday at 09:00"})",
     R"([{"type": "generate_report", "period": "week", "format": "pdf", "folder": "~/Reports"}])", 45, 12},
    {"Monthly activity summary", "The month's tasks, workflow runs and time saved as a CSV file in ~/Reports, on the first.",
     WorkflowType::Reporting, R"({"type": "schedule", "at": "monthly on 1 at 08:00"})",
     R"([{"type": "generate_report", "period": "month", "format": "csv", "folder": "~/Reports"}])", 90, 3},
    {"Daily triage of overdue tasks", "Overdue tasks waiting in review go back to the to-do column.",
     WorkflowType::TaskAutomation, R"({"type": "schedule", "at": "daily at 08:30"})",
     R"([{"type": "update_tasks", "filter": {"status": "REVIEW", "overdue": true}, "set": {"status": "TODO"}}])", 10, 30},
    {"New hire onboarding checklist", "Creates the onboarding tasks for a new team member: laptop, accounts, first meetings.",
     WorkflowType::TaskAutomation, R"({"type": "manual"})",
     R"([{"type": "create_task", "title": "Prepare laptop and accounts", "priority": "HIGH", "due_in_days": 2,
          "tags": ["onboarding"]},
         {"type": "create_task", "title": "Schedule first-week meetings", "priority": "MEDIUM", "due_in_days": 3,
          "tags": ["onboarding"]}])",
     30, 2},
    {"Friday review reminder", "Every Friday at 16:00, a reminder to look over what is still open before the weekend.",
     WorkflowType::Notification, R"({"type": "schedule", "at": "weekly on friday at 16:00"})",
     R"([{"type": "notify", "notification_type": "INFO", "title": "Friday review",
          "message": "Look over what is still open before the weekend ({date})."}])",
     5, 12},
    {"Budget check reminder", "Every day at 17:00, a reminder to compare the month's spending with the budget.",
     WorkflowType::Notification, R"({"type": "schedule", "at": "daily at 17:00"})",
     R"([{"type": "notify", "notification_type": "BUDGET_ALERT", "title": "Budget check",
          "message": "Compare this month's spending with the budget."}])",
     5, 20},
    {"Weekly task export", "Every Friday at 18:00, all tasks as a CSV file in ~/Exports, ready to copy to the team drive.",
     WorkflowType::DataSync, R"({"type": "schedule", "at": "0 18 * * 5"})",
     R"([{"type": "export_data", "kind": "tasks", "format": "csv", "folder": "~/Exports"}])", 15, 12},
    {"Approve work in review", "Asks me to approve each task that reaches review.", WorkflowType::Approval,
     R"({"type": "event", "event": "task.status_changed", "to": "REVIEW"})",
     R"([{"type": "request_approval", "title": "Approve: {task.title}"}])", 8, 9},
    {"Consultation follow-up", "Creates a follow-up task, due two days later, when a consultation is completed.",
     WorkflowType::Scheduling, R"({"type": "event", "event": "consultation.completed"})",
     R"([{"type": "create_task", "title": "Follow up with {consultation.name}", "priority": "HIGH", "due_in_days": 2,
          "tags": ["sales"]}])",
     20, 3},
    {"Weekly planning", "Every Monday at 08:00, a task to plan the week, due the same day.", WorkflowType::Scheduling,
     R"({"type": "schedule", "at": "weekly on monday at 08:00"})",
     R"([{"type": "create_task", "title": "Plan week {week}", "priority": "MEDIUM", "due_in_days": 0,
          "tags": ["planning"]}])",
     25, 12},
};

// Why a seeded run failed: what the scheduler writes after its tries when another program held
// the database file (never a folder it could not write: the runs create their folders).
const char kSeededFailure[] = "the database is busy with another program; try again in a moment (failed 4 times)";

const char *const kTags[] = {"finance", "hiring", "ops", "board", "team", "vendors", "compliance", "reporting"};

// "due today 17:00", "due tomorrow 17:00", "2 days overdue": the sample data's words (English, as
// all of it), in the shape of the program's own due notices (TaskDueNotice).
QString dueWords(const QDateTime &due, const QDateTime &now, const QTimeZone &zone)
{
    const QDate day = due.toTimeZone(zone).date();
    const QDate today = now.toTimeZone(zone).date();
    const QString time = due.toTimeZone(zone).time().toString(QStringLiteral("HH:mm"));
    if (due < now) {
        const qint64 days = day.daysTo(today);
        return days <= 0 ? QStringLiteral("overdue since %1").arg(time)
            : days == 1  ? QStringLiteral("1 day overdue")
                         : QStringLiteral("%1 days overdue").arg(days);
    }
    return day == today ? QStringLiteral("due today %1").arg(time) : QStringLiteral("due tomorrow %1").arg(time);
}

QList<Notification> seedNotifications(const QList<Task> &tasks, const QDateTime &now, const QTimeZone &zone,
                                      const QHash<QString, QString> &ids, const QString &failedName,
                                      const WorkflowExecution &failure)
{
    QList<Notification> notes;
    auto add = [&notes](NotificationType type, const QString &title, const QString &message, const QString &workflowId = {}) {
        Notification n;
        n.type = type;
        n.title = title;
        n.message = message;
        n.workflowId = workflowId;
        notes << n;
    };
    add(NotificationType::Info, QStringLiteral("Welcome to Director of One"),
        QStringLiteral("The board, the workflows and the consultations hold example data to try things out. "
                       "Due tasks, finished runs and approvals will arrive here."));
    add(NotificationType::WorkflowComplete, QStringLiteral("Workflow \"Weekly status report\" finished"),
        QStringLiteral("The weekly report is in ~/Reports; 45 min saved."), ids.value(QStringLiteral("Weekly status report")));
    // The open tasks due by tomorrow or overdue, as the scheduler's due notice lists them.
    QList<const Task *> due;
    for (const Task &t : tasks) {
        const bool open = t.status == TaskStatus::Todo || t.status == TaskStatus::InProgress || t.status == TaskStatus::Review;
        if (open && t.dueDate.isValid() && t.dueDate.toTimeZone(zone).date() <= now.toTimeZone(zone).date().addDays(1))
            due << &t;
    }
    std::sort(due.begin(), due.end(), [](const Task *a, const Task *b) { return a->dueDate < b->dueDate; });
    if (!due.isEmpty()) {
        QStringList lines;
        for (const Task *t : std::as_const(due).mid(0, 6))
            lines << QStringLiteral("• %1 — %2").arg(t->title, dueWords(t->dueDate, now, zone));
        if (due.size() > 6)
            lines << QStringLiteral("and %1 more").arg(due.size() - 6);
        add(NotificationType::TaskDue,
            due.size() == 1 ? QStringLiteral("1 task due or overdue") : QStringLiteral("%1 tasks due or overdue").arg(due.size()),
            lines.join(QLatin1Char('\n')));
    }
    if (!failedName.isEmpty())
        add(NotificationType::Error, QStringLiteral("Workflow \"%1\" failed").arg(failedName), failure.error,
            ids.value(failedName));
    add(NotificationType::BudgetAlert, QStringLiteral("Budget check"),
        QStringLiteral("Compare this month's spending with the budget."), ids.value(QStringLiteral("Budget check reminder")));
    return notes;
}

} // namespace

Result<SeedReport> Seeder::seed(Database &db, const User &user)
{
    const UserContext ctx = UserContext::of(user);
    TaskRepository tasks(db, ctx);
    WorkflowRepository workflows(db, ctx);
    AnalyticsRepository analytics(db, ctx);
    NotificationRepository notifications(db, ctx);

    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    const auto existing = tasks.count();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error::make(Error::Kind::Validation,
                           Seeder::tr("%1 already has %2 tasks; seed an empty database "
                                      "(db reset --yes) instead of mixing sample data in")
                               .arg(user.email)
                               .arg(*existing));

    SeedReport report;
    QRandomGenerator rng(20261125);
    const QDateTime now = Clock::currentUtc();
    // Days are the user's calendar days, as every figure counts them.
    const auto zone = UserRepository::timeZoneOf(db, user.id);
    if (!zone)
        return zone.error();
    const QDate today = now.toTimeZone(*zone).date();
    // The daily analytics rows, made from the runs seeded below (the engine's way of counting a
    // run): every figure of the dashboard agrees with the runs behind it.
    QMap<QDate, AnalyticsDay> days;
    int activeWorkflows = 0;

    // Workflows of every type, with a history of runs.
    QStringList workflowIds;
    WorkflowExecution lastFailure; // the newest failed run, for its notification
    QString lastFailedName;
    QHash<QString, QString> idsByName;
    for (const WorkflowSeed &seed : kWorkflowSeeds) {
        Workflow w;
        w.name = QString::fromUtf8(seed.name);
        w.description = QString::fromUtf8(seed.description);
        w.type = seed.type;
        w.trigger = compact(seed.trigger);
        w.actions = compact(seed.actions);
        w.estimatedMinutesSaved = seed.minutes;
        w.isActive =
            QJsonDocument::fromJson(QByteArray(seed.trigger))[QLatin1String("type")].toString() != QLatin1String("manual");
        // next_run_at is worked out from the trigger by the repository.
        const bool scheduled =
            QJsonDocument::fromJson(QByteArray(seed.trigger))[QLatin1String("type")].toString() == QLatin1String("schedule");
        auto created = workflows.create(w);
        if (!created)
            return created.error();
        workflowIds << created->id;
        idsByName.insert(w.name, created->id);
        ++report.workflows;
        activeWorkflows += w.isActive ? 1 : 0;
        for (int run = seed.runs; run >= 1; --run) {
            WorkflowExecution e;
            e.scheduledFor = now.addSecs(-qint64(run) * 86400 * 90 / (seed.runs + 1));
            e.startedAt = e.scheduledFor.addSecs(rng.bounded(5));
            e.finishedAt = e.startedAt.addMSecs(200 + rng.bounded(4000));
            // Only scheduled runs fail here: they are the ones that meet a busy database file.
            const bool failed = scheduled && rng.bounded(100) < 6;
            e.status = failed ? ExecutionStatus::Failed : ExecutionStatus::Success;
            e.error = failed ? QString::fromLatin1(kSeededFailure) : QString();
            e.minutesSaved = failed ? 0 : seed.minutes;
            e.tasksCreated = failed || seed.type != WorkflowType::TaskAutomation ? 0 : 1 + rng.bounded(3);
            e.output = json(QJsonObject{{QStringLiteral("summary"), failed ? QStringLiteral("failed") : QStringLiteral("done")}});
            if (auto recorded = workflows.execute(created->id, e); !recorded)
                return recorded.error();
            ++report.executions;
            if (failed && (!lastFailure.startedAt.isValid() || e.startedAt > lastFailure.startedAt)) {
                lastFailure = e;
                lastFailedName = w.name;
            }
            if (!failed) {
                AnalyticsDay &day = days[e.startedAt.toTimeZone(*zone).date()];
                day.timeSaved += e.minutesSaved / 60.0;
                day.tasksAutomated += e.tasksCreated;
            }
        }
    }

    // About 60 tasks over every column.
    const QList<QPair<TaskStatus, int>> columns = {
        {TaskStatus::Todo, 18},      {TaskStatus::InProgress, 12}, {TaskStatus::Review, 8},
        {TaskStatus::Completed, 17}, {TaskStatus::Cancelled, 5},
    };
    QList<Task> batch;
    int n = 0;
    for (const auto &[status, count] : columns) {
        for (int i = 0; i < count; ++i, ++n) {
            Task t;
            const SampleTask &sample = kSampleTasks[std::size_t(n) % kSampleTaskCount];
            t.title = QString::fromUtf8(sample.title);
            t.description = QString::fromUtf8(sample.description);
            t.status = status;
            t.priority = static_cast<Priority>(rng.bounded(4));
            t.tags = {QString::fromUtf8(kTags[rng.bounded(int(std::size(kTags)))])};
            if (rng.bounded(3) == 0)
                t.tags << QString::fromUtf8(kTags[rng.bounded(int(std::size(kTags)))]);
            const int dueIn = int(rng.bounded(24)) - 6; // some overdue, some today, most ahead
            if (rng.bounded(5) != 0)
                t.dueDate = QDateTime(today.addDays(dueIn), QTime(17, 0), *zone).toUTC();
            if (n % 7 == 3)
                t.workflowId = workflowIds.at(n % workflowIds.size());
            t.createdAt = now.addSecs(-qint64(86400) * (2 + rng.bounded(58)));
            t.updatedAt = t.createdAt.addSecs(3600 * rng.bounded(48));
            batch << t;
        }
    }
    const auto inserted = tasks.bulkInsert(batch);
    if (!inserted)
        return inserted.error();
    report.tasks = *inserted;

    for (auto it = days.begin(); it != days.end(); ++it) {
        AnalyticsDay day = it.value();
        day.date = it.key();
        day.activeWorkflows = activeWorkflows;
        day.efficiencyScore = AnalyticsRepository::efficiencyScore(day.timeSaved);
        if (auto recorded = analytics.record(day); !recorded)
            return recorded.error();
        ++report.analyticsDays;
    }

    // Consultations in every status, over the last 12 weeks.
    const auto seededConsultations = ConsultationSeeder::seed(db, ctx, today);
    if (!seededConsultations)
        return seededConsultations.error();
    report.consultations = *seededConsultations;

    // A few notifications that follow from the data above, as the program would have raised them.
    const auto notes = seedNotifications(batch, now, *zone, idsByName, lastFailedName, lastFailure);
    for (const Notification &note : notes) {
        if (auto created = notifications.create(note); !created)
            return created.error();
        ++report.notifications;
    }
    // Sample history is not news: the seeded tasks and consultations start no workflow runs.
    Query events(db);
    if (!events.exec(QStringLiteral("DELETE FROM workflow_event WHERE user_id = ?"), {ctx.userId}))
        return events.error();

    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace doo
