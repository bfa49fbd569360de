#pragma once

#include "domain/DashboardData.h"
#include "domain/User.h"

namespace doo {

class Database;

// Reads what the dashboard, `analytics summary` and the PDF report show, for one user (every
// user for an ADMIN) and one range.
namespace DashboardLoader {

Result<DashboardSummary> summary(Database &db, const UserContext &ctx, const DateRange &range);
// The summary of the range and of the previous one, the analytics series in `bucket`, the task
// flow in weeks (months beyond 366 days), the `topWorkflows` workflows that saved the most hours, the consultation funnel.
Result<DashboardData> load(Database &db, const UserContext &ctx, const DateRange &range, Bucket bucket, int topWorkflows = 10);

} // namespace DashboardLoader

} // namespace doo
