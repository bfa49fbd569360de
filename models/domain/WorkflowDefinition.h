#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QByteArray;
class QJsonObject;

namespace doo {

struct Workflow;

// What starts a workflow: the `trigger` JSON object. Field paths in errors start with "trigger".
//   {"type":"schedule","at":"weekly on monday at 09:00","catch_up":true}
//   {"type":"interval","minutes":30,"catch_up":false}
//   {"type":"event","event":"task.status_changed","from":"REVIEW","to":"COMPLETED"}
//   {"type":"event","event":"task.due_soon","within_hours":24}
//   {"type":"manual"}
struct TriggerSpec
{
    enum class Kind { Schedule, Interval, Event, Manual };
    enum class Event {
        None,
        TaskCreated,
        TaskStatusChanged,
        TaskDueSoon,
        ConsultationCreated,
        ConsultationScheduled,
        ConsultationCompleted,
        ConsultationCancelled,
    };

    Kind kind = Kind::Manual;
    QString at; // schedule: the frequency text as given (Schedule::parse accepts it)
    int intervalMinutes = 0; // interval: 1..525600
    bool catchUp = true; // schedule and interval: one catch-up run for slots missed while closed
    Event event = Event::None;
    std::optional<TaskStatus> from; // task.status_changed, optional
    std::optional<TaskStatus> to; // task.status_changed, optional
    int withinHours = 0; // task.due_soon: 1..720

    // "task.created", "consultation.cancelled", ... ("" for None).
    static QString eventName(Event event);
    // The trigger in words, for the workflow's frequency column: "Every Monday at 09:00",
    // "Every 30 minutes", "When a task moves from Review to Completed", "When a task is due
    // within 24 hours", "When a consultation is scheduled", "Manually".
    QString inWords() const;
    QJsonObject toJson() const;
};

// update_tasks: which tasks. Every key is optional but at least one must be given.
struct TaskFilterSpec
{
    QList<TaskStatus> statuses; // "status": "REVIEW" or ["TODO","REVIEW"]
    std::optional<Priority> priority; // "priority"
    QString tag; // "tag"
    std::optional<bool> overdue; // "overdue": due date before today
    std::optional<int> dueWithinDays; // "due_within_days": 0..3650, due today .. today+N
    std::optional<int> staleDays; // "not_updated_for_days": 1..3650
    std::optional<bool> createdByWorkflow; // "created_by_workflow"
};

// update_tasks: what to change. At least one key.
struct TaskChangeSpec
{
    std::optional<TaskStatus> status; // "status"
    std::optional<Priority> priority; // "priority"
    QStringList addTags; // "add_tags"
    QStringList removeTags; // "remove_tags"
    std::optional<int> dueInDays; // "due_in_days": 0..3650 from the run's date
};

// One element of the `actions` JSON array. Keys are snake_case; paths in errors look like
// "actions[2].due_in_days". Text fields may hold placeholders (see Template.h).
struct ActionSpec
{
    enum class Kind { CreateTask, UpdateTasks, Notify, GenerateReport, ExportData, RequestApproval };

    Kind kind = Kind::CreateTask;
    // create_task: title (required, template), description (template), priority (default MEDIUM),
    // due_in_days (0..3650), tags (each 1..50 chars, at most 20)
    // notify: notification_type (default INFO), title (required, template), message (template)
    // request_approval: title (required, template), description (template); creates a REVIEW task
    QString title;
    QString description; // create_task, request_approval
    QString message; // notify
    Priority priority = Priority::Medium;
    std::optional<int> dueInDays;
    QStringList tags;
    NotificationType notificationType = NotificationType::Info;
    // update_tasks
    TaskFilterSpec filter;
    TaskChangeSpec set;
    // generate_report: period day|week|month (default week), format csv|pdf (default pdf),
    //   folder (required)
    // export_data: kind tasks|consultations (default tasks), format csv|json (default csv),
    //   folder (required)
    // After parsing, period/format/dataKind always hold a value (the default when not given);
    // folder is an absolute path or starts with "~/"; tags are trimmed.
    QString period;
    QString format;
    QString folder;
    QString dataKind; // export_data "kind"

    static QString kindName(Kind kind); // "create_task", ...
    QJsonObject toJson() const;
};

// The trigger and actions of a workflow, parsed and strictly validated: unknown keys or types,
// wrong value types and out-of-range values are refused with an error naming the path; a
// document over 64 KiB or nested deeper than 16 levels is refused whole.
struct WorkflowDefinition
{
    TriggerSpec trigger;
    QList<ActionSpec> actions;

    static Result<TriggerSpec> parseTrigger(const QString &json);
    static Result<QList<ActionSpec>> parseActions(const QString &json, const TriggerSpec &trigger = {});
    static Result<WorkflowDefinition> parse(const QString &triggerJson, const QString &actionsJson);

    Q_DECLARE_TR_FUNCTIONS(WorkflowDefinition)
};

// A workflow file (workflow add --file, update --file, export, import): one JSON object with
// `name`, `description`, `type`, `trigger`, `actions`, `estimatedMinutesSaved`.
namespace WorkflowFile {
// Fills name, description, type, trigger, actions (compact JSON), frequency (in words) and
// estimatedMinutesSaved; other fields keep their defaults. Errors name the path ("name",
// "trigger.at", "actions[1].type").
Result<Workflow> parse(const QByteArray &json);
// Indented JSON with the same six keys.
QByteArray write(const Workflow &workflow);
} // namespace WorkflowFile

} // namespace doo
