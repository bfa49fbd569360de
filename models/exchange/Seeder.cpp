#include "exchange/Seeder.h"

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

const WorkflowSeed kWorkflowSeeds[] = {
    {"Weekly status report", "Summary of tasks, runs and time saved for Monday's leadership meeting.", WorkflowType::Reporting,
     R"({"type": "schedule", "at": "weekly on monday at 09:00"})",
     R"([{"type": "generate_report", "period": "week", "format": "pdf", "folder": "~/Reports"}])", 45, 12},
    {"Monthly budget summary", "Spending against budget, sent to finance on the first of the month.", WorkflowType::Reporting,
     R"({"type": "schedule", "at": "monthly on 1 at 08:00"})",
     R"([{"type": "generate_report", "period": "month", "format": "csv", "folder": "~/Reports"}])", 90, 3},
    {"Daily triage of overdue tasks", "Overdue tasks waiting in review go back to the to-do column.",
     WorkflowType::TaskAutomation, R"({"type": "schedule", "at": "daily at 08:30"})",
     R"([{"type": "update_tasks", "filter": {"status": "REVIEW", "overdue": true}, "set": {"status": "TODO"}}])", 10, 30},
    {"New hire onboarding checklist", "Creates the onboarding tasks for a new team member.", WorkflowType::TaskAutomation,
     R"({"type": "manual"})",
     R"([{"type": "create_task", "title": "Prepare laptop and accounts", "priority": "HIGH", "due_in_days": 2,
          "tags": ["onboarding"]},
         {"type": "create_task", "title": "Schedule first-week meetings", "priority": "MEDIUM", "due_in_days": 3,
          "tags": ["onboarding"]}])",
     30, 2},
    {"Due-date reminders", "Reminds me of tasks falling due in the next day.", WorkflowType::Notification,
     R"({"type": "interval", "minutes": 60})",
     R"([{"type": "notify", "notification_type": "TASK_DUE", "title": "Tasks due soon",
          "message": "Tasks falling due within 24 hours, as of {weekday} {time}"}])",
     2, 40},
    {"Budget alert", "Warns when the month's spending passes 90% of the budget.", WorkflowType::Notification,
     R"({"type": "schedule", "at": "daily at 17:00"})",
     R"([{"type": "notify", "notification_type": "BUDGET_ALERT", "title": "Budget check",
          "message": "Review this month's spending"}])",
     5, 20},
    {"Export tasks for the team drive", "A CSV of all tasks for the shared drive, every Friday evening.", WorkflowType::DataSync,
     R"({"type": "schedule", "at": "0 18 * * 5"})",
     R"([{"type": "export_data", "kind": "tasks", "format": "csv", "folder": "~/Exports"}])", 15, 12},
    {"Approve work in review", "Asks me to approve each task that reaches review.", WorkflowType::Approval,
     R"({"type": "event", "event": "task.status_changed", "to": "REVIEW"})",
     R"([{"type": "request_approval", "title": "Approve: {task.title}"}])", 8, 9},
    {"Consultation follow-up", "A follow-up task two days after each completed consultation.", WorkflowType::Scheduling,
     R"({"type": "event", "event": "consultation.completed"})",
     R"([{"type": "create_task", "title": "Follow up with {consultation.name}", "priority": "HIGH", "due_in_days": 2,
          "tags": ["sales"]}])",
     20, 3},
    {"Weekly planning session", "Blocks Monday morning for planning the week.", WorkflowType::Scheduling,
     R"({"type": "schedule", "at": "weekly on monday at 08:00"})",
     R"([{"type": "create_task", "title": "Plan week {week}", "priority": "MEDIUM", "due_in_days": 0,
          "tags": ["planning"]}])",
     25, 12},
};

const char *const kTaskTitles[] = {
    "Draft Q3 budget proposal",
    "Review vendor contracts",
    "Prepare board presentation",
    "Hire a data analyst",
    "Update team OKRs",
    "One-on-one with Sam",
    "Renew software licences",
    "Audit travel expenses",
    "Write the quarterly newsletter",
    "Plan the offsite",
    "Fix onboarding documentation",
    "Negotiate printer lease",
    "Review security policy",
    "Set up the shared drive",
    "Collect customer feedback",
    "Approve marketing plan",
    "Check payroll changes",
    "Prepare audit documents",
    "Clean up the CRM",
    "Migrate old reports",
    "Define the KPI dashboard",
    "Interview candidates",
    "Order office supplies",
    "Update the risk register",
    "Review training budget",
    "Send the monthly report",
    "Organise the team lunch",
    "Evaluate the CRM vendors",
    "Plan hiring for next year",
    "Draft the remote work policy",
};
const char *const kTags[] = {"finance", "hiring", "ops", "board", "team", "vendors", "compliance", "reporting"};

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
        auto created = workflows.create(w);
        if (!created)
            return created.error();
        workflowIds << created->id;
        ++report.workflows;
        activeWorkflows += w.isActive ? 1 : 0;
        for (int run = seed.runs; run >= 1; --run) {
            WorkflowExecution e;
            e.scheduledFor = now.addSecs(-qint64(run) * 86400 * 90 / (seed.runs + 1));
            e.startedAt = e.scheduledFor.addSecs(rng.bounded(5));
            e.finishedAt = e.startedAt.addMSecs(200 + rng.bounded(4000));
            const bool failed = rng.bounded(100) < 6;
            e.status = failed ? ExecutionStatus::Failed : ExecutionStatus::Success;
            e.error = failed ? QStringLiteral("the report folder was not writable") : QString();
            e.minutesSaved = failed ? 0 : seed.minutes;
            e.tasksCreated = failed || seed.type != WorkflowType::TaskAutomation ? 0 : 1 + rng.bounded(3);
            e.output = json(QJsonObject{{QStringLiteral("summary"), failed ? QStringLiteral("failed") : QStringLiteral("done")}});
            if (auto recorded = workflows.execute(created->id, e); !recorded)
                return recorded.error();
            ++report.executions;
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
            t.title = QString::fromUtf8(kTaskTitles[n % std::size(kTaskTitles)]);
            if (n >= int(std::size(kTaskTitles)))
                t.title += QStringLiteral(" (part 2)");
            t.description = QStringLiteral("Sample task: %1.").arg(t.title.toLower());
            t.status = status;
            t.priority = static_cast<Priority>(rng.bounded(4));
            t.tags = {QString::fromUtf8(kTags[rng.bounded(int(std::size(kTags)))])};
            if (rng.bounded(3) == 0)
                t.tags << QString::fromUtf8(kTags[rng.bounded(int(std::size(kTags)))]);
            const int dueIn = int(rng.bounded(24)) - 6; // some overdue, some today, most ahead
            if (rng.bounded(5) != 0)
                t.dueDate = QDateTime(today.addDays(dueIn), QTime(17, 0)).toUTC();
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

    // A few notifications to start with.
    const QList<QPair<NotificationType, QString>> notes = {
        {NotificationType::Info, QStringLiteral("Welcome to Director of One")},
        {NotificationType::WorkflowComplete, QStringLiteral("Weekly status report is ready")},
        {NotificationType::TaskDue, QStringLiteral("3 tasks are due within 24 hours")},
        {NotificationType::Error, QStringLiteral("Monthly budget summary failed: the report folder was not writable")},
        {NotificationType::BudgetAlert, QStringLiteral("Spending is at 92% of this month's budget")},
    };
    for (const auto &[type, title] : notes) {
        Notification note;
        note.type = type;
        note.title = title;
        note.message = QStringLiteral("Sample notification.");
        if (type == NotificationType::WorkflowComplete)
            note.workflowId = workflowIds.first();
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
