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

} // namespace doo
