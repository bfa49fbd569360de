#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QDateTime>

namespace doo {

class Database;

// What one round of housekeeping did.
struct HousekeepingReport
{
    int notificationsDeleted = 0;
    int runsArchived = 0;
    int historyArchived = 0;
    int budgetAlerts = 0;
};

// The scheduler's periodic housekeeping, for every user in the context's scope, each by their own
// preferences (domain/Preferences): read notifications older than purgeReadAfterDays are deleted,
// finished runs and task/consultation history older than archiveAfterDays archived
// (HousekeepingRepository, in small transactions), and the week is checked against the weekly
// target (BudgetAlerts). A failure for one user is logged and the others still get their turn.
class Housekeeping
{
public:
    // How often the scheduler runs it.
    static constexpr qint64 kEveryMs = 3600 * 1000;

    Housekeeping(Database &db, UserContext ctx);

    // One round at the clock's now; the first error (after every user had their turn).
    Result<HousekeepingReport> run();

private:
    Database &m_db;
    UserContext m_ctx;
};

} // namespace doo
