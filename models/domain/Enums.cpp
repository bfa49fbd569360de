#include "domain/Enums.h"

#include "core/Names.h"

#include <QCoreApplication>

#include <array>

namespace doo {

namespace {

template<typename E, std::size_t N>
struct Names
{
    std::array<const char *, N> names;

    QString of(E value) const { return QString::fromLatin1(names.at(static_cast<std::size_t>(value))); }
    std::optional<E> parse(const QString &text) const
    {
        for (std::size_t i = 0; i < N; ++i)
            if (text == QLatin1String(names[i]))
                return static_cast<E>(i);
        return std::nullopt;
    }
    QStringList all() const
    {
        QStringList list;
        for (const char *n : names)
            list << QString::fromLatin1(n);
        return list;
    }
};

const Names<UserRole, 4> kUserRole{names::kUserRole};
const Names<ConsultationStatus, 4> kConsultationStatus{{"PENDING", "SCHEDULED", "COMPLETED", "CANCELLED"}};
const Names<WorkflowType, 6> kWorkflowType{
    {"REPORTING", "TASK_AUTOMATION", "NOTIFICATION", "DATA_SYNC", "APPROVAL", "SCHEDULING"}};
const Names<ExecutionStatus, 5> kExecutionStatus{{"RUNNING", "WAITING", "SUCCESS", "FAILED", "CANCELLED"}};
const Names<TaskStatus, 5> kTaskStatus{names::kTaskStatus};
const Names<Priority, 4> kPriority{names::kPriority};
const Names<NotificationType, 7> kNotificationType{
    {"INFO", "WARNING", "ERROR", "SUCCESS", "TASK_DUE", "WORKFLOW_COMPLETE", "BUDGET_ALERT"}};

} // namespace

#define DOO_ENUM_STRINGS(Type, table)                                                                                            \
    QString enumtext::toString(Type value)                                                                                       \
    {                                                                                                                            \
        return table.of(value);                                                                                                  \
    }                                                                                                                            \
    template<>                                                                                                                   \
    std::optional<Type> enumFromString<Type>(const QString &text)                                                                \
    {                                                                                                                            \
        return table.parse(text);                                                                                                \
    }                                                                                                                            \
    template<>                                                                                                                   \
    QStringList enumNames<Type>()                                                                                                \
    {                                                                                                                            \
        return table.all();                                                                                                      \
    }

DOO_ENUM_STRINGS(UserRole, kUserRole)
DOO_ENUM_STRINGS(ConsultationStatus, kConsultationStatus)
DOO_ENUM_STRINGS(WorkflowType, kWorkflowType)
DOO_ENUM_STRINGS(ExecutionStatus, kExecutionStatus)
DOO_ENUM_STRINGS(TaskStatus, kTaskStatus)
DOO_ENUM_STRINGS(Priority, kPriority)
DOO_ENUM_STRINGS(NotificationType, kNotificationType)

#undef DOO_ENUM_STRINGS

// One context per enum, with a comment that says what the word names: "Completed" is a task's or
// a consultation's state, "Data sync" a kind of workflow (a noun, not an order).

QString displayName(UserRole value)
{
    switch (value) {
    case UserRole::Admin:
        return QCoreApplication::translate("UserRole", "Administrator", "a person's role in the team");
    case UserRole::Director:
        return QCoreApplication::translate("UserRole", "Director", "a person's role in the team");
    case UserRole::Manager:
        return QCoreApplication::translate("UserRole", "Manager", "a person's role in the team");
    case UserRole::User:
        return QCoreApplication::translate("UserRole", "User", "a person's role in the team");
    }
    return {};
}

QString displayName(ConsultationStatus value)
{
    switch (value) {
    case ConsultationStatus::Pending:
        return QCoreApplication::translate("ConsultationStatus", "Pending", "state of a consultation request");
    case ConsultationStatus::Scheduled:
        return QCoreApplication::translate("ConsultationStatus", "Scheduled", "state of a consultation request");
    case ConsultationStatus::Completed:
        return QCoreApplication::translate("ConsultationStatus", "Completed", "state of a consultation request");
    case ConsultationStatus::Cancelled:
        return QCoreApplication::translate("ConsultationStatus", "Cancelled", "state of a consultation request");
    }
    return {};
}

QString displayName(WorkflowType value)
{
    switch (value) {
    case WorkflowType::Reporting:
        return QCoreApplication::translate("WorkflowType", "Reporting", "kind of workflow (a noun)");
    case WorkflowType::TaskAutomation:
        return QCoreApplication::translate("WorkflowType", "Task automation", "kind of workflow (a noun)");
    case WorkflowType::Notification:
        return QCoreApplication::translate("WorkflowType", "Notification", "kind of workflow (a noun)");
    case WorkflowType::DataSync:
        return QCoreApplication::translate("WorkflowType", "Data sync", "kind of workflow (a noun, not an order)");
    case WorkflowType::Approval:
        return QCoreApplication::translate("WorkflowType", "Approval", "kind of workflow (a noun)");
    case WorkflowType::Scheduling:
        return QCoreApplication::translate("WorkflowType", "Scheduling", "kind of workflow (a noun)");
    }
    return {};
}

QString displayName(ExecutionStatus value)
{
    switch (value) {
    case ExecutionStatus::Running:
        return QCoreApplication::translate("ExecutionStatus", "Running", "state of a workflow run");
    case ExecutionStatus::Waiting:
        return QCoreApplication::translate("ExecutionStatus", "Waiting for approval", "state of a workflow run");
    case ExecutionStatus::Success:
        return QCoreApplication::translate("ExecutionStatus", "Succeeded", "state of a workflow run");
    case ExecutionStatus::Failed:
        return QCoreApplication::translate("ExecutionStatus", "Failed", "state of a workflow run");
    case ExecutionStatus::Cancelled:
        return QCoreApplication::translate("ExecutionStatus", "Cancelled", "state of a workflow run");
    }
    return {};
}

QString displayName(TaskStatus value)
{
    switch (value) {
    case TaskStatus::Todo:
        return QCoreApplication::translate("TaskStatus", "To do");
    case TaskStatus::InProgress:
        return QCoreApplication::translate("TaskStatus", "In progress");
    case TaskStatus::Review:
        return QCoreApplication::translate("TaskStatus", "Review");
    case TaskStatus::Completed:
        return QCoreApplication::translate("TaskStatus", "Completed");
    case TaskStatus::Cancelled:
        return QCoreApplication::translate("TaskStatus", "Cancelled");
    }
    return {};
}

QString displayName(Priority value)
{
    switch (value) {
    case Priority::Low:
        return QCoreApplication::translate("Priority", "Low");
    case Priority::Medium:
        return QCoreApplication::translate("Priority", "Medium");
    case Priority::High:
        return QCoreApplication::translate("Priority", "High");
    case Priority::Urgent:
        return QCoreApplication::translate("Priority", "Urgent");
    }
    return {};
}

QString displayName(NotificationType value)
{
    switch (value) {
    case NotificationType::Info:
        return QCoreApplication::translate("NotificationType", "Information", "kind of notification (a noun)");
    case NotificationType::Warning:
        return QCoreApplication::translate("NotificationType", "Warning", "kind of notification (a noun)");
    case NotificationType::Error:
        return QCoreApplication::translate("NotificationType", "Error", "kind of notification (a noun)");
    case NotificationType::Success:
        return QCoreApplication::translate("NotificationType", "Success", "kind of notification (a noun)");
    case NotificationType::TaskDue:
        return QCoreApplication::translate("NotificationType", "Task due", "kind of notification");
    case NotificationType::WorkflowComplete:
        return QCoreApplication::translate("NotificationType", "Workflow finished", "kind of notification");
    case NotificationType::BudgetAlert:
        return QCoreApplication::translate("NotificationType", "Budget alert", "kind of notification (a noun)");
    }
    return {};
}

} // namespace doo
