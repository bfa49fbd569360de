#pragma once

#include "repositories/Repository.h"

#include <QDateTime>

namespace doo {

// How many rows one table holds (db status).
struct TableSize
{
    QString table;
    int rows = 0;
};

// Retention (domain/Preferences: purgeReadAfterDays, archiveAfterDays): deleting old read
// notifications and moving old finished runs, their task changes and task/consultation history
// rows into the archive tables of migration 011. The figures read the archive too
// (ArchiveTables), so none of them changes. Work goes in batches of kBatch rows, each batch its
// own transaction, so that no write waits long behind housekeeping; call these outside any
// transaction. A run still RUNNING or WAITING is never archived (a finished run can be undone
// until it is archived). Scoped to the user: `userId` must be the current user's unless ADMIN
// (on PostgreSQL the server's policies decide as well).
class HousekeepingRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(HousekeepingRepository)

public:
    static constexpr int kBatch = 250;

    HousekeepingRepository(Database &db, UserContext ctx);

    // The ids of the users whose rows this context may keep house for (itself; all for an ADMIN).
    Result<QStringList> userIds();

    // Deletes the user's read notifications created before `before`; returns how many.
    Result<int> purgeReadNotifications(const QString &userId, const QDateTime &before);
    // Archives the user's runs that finished before `before` with their task changes; how many runs.
    Result<int> archiveRuns(const QString &userId, const QDateTime &before);
    // Archives the history rows of the user's tasks and consultations changed before `before`.
    Result<int> archiveHistories(const QString &userId, const QDateTime &before);

    // One batch of each (at most `limit` rows, one transaction); the loops above repeat them.
    Result<int> purgeReadNotificationsBatch(const QString &userId, const QDateTime &before, int limit = kBatch);
    Result<int> archiveRunsBatch(const QString &userId, const QDateTime &before, int limit = kBatch);
    Result<int> archiveHistoryBatch(const QString &table, const QString &userId, const QDateTime &before, int limit = kBatch);

    // Rows in the tables that retention keeps small (notifications; each working table, then its archive).
    Result<QList<TableSize>> sizes();

private:
    Status checkUser(const QString &userId) const;
    // The ids of `sql` (bound `values`), and "?, ?, …" for as many.
    Result<QStringList> ids(const QString &sql, const QVariantList &values);
};

} // namespace doo
