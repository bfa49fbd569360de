#pragma once

#include "domain/Workflow.h"
#include "repositories/Repository.h"

#include <QHash>

namespace doo {

// What the Workflows view shows about each workflow's runs.
struct WorkflowRunSummary
{
    int executions = 0;
    int successful = 0;
    int failed = 0;
    double minutesSaved = 0; // of successful runs that were not undone
    std::optional<ExecutionStatus> lastStatus;

    // successful / (successful + failed); nullopt before the first finished run.
    std::optional<double> successRate() const
    {
        const int finished = successful + failed;
        return finished > 0 ? std::optional<double>(double(successful) / finished) : std::nullopt;
    }
};

// Read-only figures for the Workflows view, scoped like every repository.
class WorkflowOverviewRepository : public Repository
{
public:
    WorkflowOverviewRepository(Database &db, UserContext ctx);

    // Per workflow id (only workflows with at least one execution are listed).
    Result<QHash<QString, WorkflowRunSummary>> summaries();
    // Changes whenever the user's workflows or their runs change (added, edited, deleted, a run
    // started, finished or undone): compared, it tells whether the view needs reading again.
    Result<QString> changeMark();
};

} // namespace doo
