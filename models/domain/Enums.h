#pragma once

#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>

namespace doo {

// The enums of the data model. Stored and printed as their names (e.g. "IN_PROGRESS").
enum class UserRole { Admin, Director, Manager, User };
enum class ConsultationStatus { Pending, Scheduled, Completed, Cancelled };
enum class WorkflowType { Reporting, TaskAutomation, Notification, DataSync, Approval, Scheduling };
enum class ExecutionStatus { Running, Waiting, Success, Failed, Cancelled };
enum class TaskStatus { Todo, InProgress, Review, Completed, Cancelled };
enum class Priority { Low, Medium, High, Urgent };
enum class NotificationType { Info, Warning, Error, Success, TaskDue, WorkflowComplete, BudgetAlert };

// The names live in their own namespace so that argument-dependent lookup (QTest's QCOMPARE
// printing, for one) does not pick them up; code in namespace doo sees them through the using.
namespace enumtext {
QString toString(UserRole value);
QString toString(ConsultationStatus value);
QString toString(WorkflowType value);
QString toString(ExecutionStatus value);
QString toString(TaskStatus value);
QString toString(Priority value);
QString toString(NotificationType value);
} // namespace enumtext
using namespace enumtext;

// Parses the stored name (case-sensitive, as stored). std::nullopt when unknown.
template<typename E>
std::optional<E> enumFromString(const QString &text);

// Every name of an enum, in declaration order (for usage messages and combo boxes).
template<typename E>
QStringList enumNames();

// The translated label a person sees ("In progress", "Administrator"). The stored names stay in
// JSON, files, object names, logs and everything a program parses.
QString displayName(UserRole value);
QString displayName(ConsultationStatus value);
QString displayName(WorkflowType value);
QString displayName(ExecutionStatus value);
QString displayName(TaskStatus value);
QString displayName(Priority value);
QString displayName(NotificationType value);

// What a person typed: the stored name in any case ("in_progress") or the display name in the
// current language, case-insensitively ("in progress", "In Bearbeitung"). std::nullopt when unknown.
template<typename E>
std::optional<E> enumFromInput(const QString &text)
{
    const QString given = text.trimmed();
    if (const auto stored = enumFromString<E>(given.toUpper()))
        return stored;
    const int count = int(enumNames<E>().size());
    for (int i = 0; i < count; ++i)
        if (displayName(static_cast<E>(i)).compare(given, Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    return std::nullopt;
}

// The length of the longest display name of E: text tables pad their column to it.
template<typename E>
qsizetype widestDisplayName()
{
    qsizetype widest = 0;
    const int count = int(enumNames<E>().size());
    for (int i = 0; i < count; ++i)
        widest = std::max(widest, displayName(static_cast<E>(i)).size());
    return widest;
}

constexpr int kTaskStatusCount = 5;

// The board's columns from left to right. Lists that span columns sort by it (then by position),
// the board shows its columns in it, and forms offer the statuses in it.
inline constexpr std::array<TaskStatus, kTaskStatusCount> kBoardColumns{
    {TaskStatus::Todo, TaskStatus::InProgress, TaskStatus::Review, TaskStatus::Completed, TaskStatus::Cancelled}};
// A status's place in kBoardColumns.
constexpr int boardColumn(TaskStatus status)
{
    for (int i = 0; i < kTaskStatusCount; ++i)
        if (kBoardColumns[std::size_t(i)] == status)
            return i;
    return kTaskStatusCount;
}

} // namespace doo
