#include "itemmodels/WorkflowTemplates.h"

#include "domain/WorkflowDefinition.h"

#include <QDebug>
#include <QFile>

namespace doo::WorkflowTemplates {

namespace {
struct Entry
{
    WorkflowType type;
    const char *file;
};
constexpr Entry kEntries[] = {
    {WorkflowType::Reporting, "reporting-weekly-report.json"},
    {WorkflowType::TaskAutomation, "task-automation-daily-triage.json"},
    {WorkflowType::Notification, "notification-due-date-reminder.json"},
    {WorkflowType::DataSync, "data-sync-nightly-export.json"},
    {WorkflowType::Approval, "approval-review-sign-off.json"},
    {WorkflowType::Scheduling, "scheduling-consultation-follow-up.json"},
};

std::optional<Workflow> load(const Entry &e)
{
    QFile file(QStringLiteral(":/workflow-templates/") + QLatin1String(e.file));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "missing workflow template" << file.fileName();
        return std::nullopt;
    }
    auto parsed = WorkflowFile::parse(file.readAll());
    if (!parsed) {
        qWarning() << "workflow template" << file.fileName() << "does not parse:" << parsed.error().text();
        return std::nullopt;
    }
    return parsed.takeValue();
}
} // namespace

QList<Workflow> all()
{
    QList<Workflow> list;
    for (const Entry &e : kEntries)
        if (auto w = load(e))
            list << *w;
    return list;
}

Workflow forType(WorkflowType type)
{
    for (const Entry &e : kEntries)
        if (e.type == type)
            if (auto w = load(e))
                return *w;
    return {};
}

} // namespace doo::WorkflowTemplates
