#include "workflow/Housekeeping.h"

#include "domain/Clock.h"
#include "repositories/HousekeepingRepository.h"
#include "repositories/PreferenceRepository.h"
#include "repositories/UserRepository.h"
#include "workflow/BudgetAlerts.h"
#include "workflow/Logging.h"

namespace doo {

Housekeeping::Housekeeping(Database &db, UserContext ctx) : m_db(db), m_ctx(std::move(ctx))
{ }

Result<HousekeepingReport> Housekeeping::run()
{
    HousekeepingRepository repo(m_db, m_ctx);
    const auto users = repo.userIds();
    if (!users)
        return users.error();
    const QDateTime now = Clock::currentUtc();
    HousekeepingReport report;
    Status first;
    auto note = [&first](const QString &userId, const Error &error) {
        qCWarning(lcScheduler).noquote() << "housekeeping for" << userId << ":" << error.text();
        if (first)
            first = error;
    };
    for (const QString &userId : *users) {
        const auto preferences = PreferenceRepository(m_db, UserRepository::contextOf(m_db, userId, m_ctx)).load();
        if (!preferences) {
            note(userId, preferences.error());
            continue;
        }
        if (const auto n = repo.purgeReadNotifications(userId, now.addDays(-preferences->purgeReadAfterDays)); n)
            report.notificationsDeleted += *n;
        else
            note(userId, n.error());
        const QDateTime archiveBefore = now.addDays(-preferences->archiveAfterDays);
        if (const auto n = repo.archiveRuns(userId, archiveBefore); n)
            report.runsArchived += *n;
        else
            note(userId, n.error());
        if (const auto n = repo.archiveHistories(userId, archiveBefore); n)
            report.historyArchived += *n;
        else
            note(userId, n.error());
        if (const auto alerted = BudgetAlerts(m_db, m_ctx).check(userId); alerted)
            report.budgetAlerts += *alerted ? 1 : 0;
        else
            note(userId, alerted.error());
    }
    if (!first)
        return first.error();
    return report;
}

} // namespace doo
