#include "repositories/HousekeepingRepository.h"

#include "db/Database.h"
#include "domain/Clock.h"

namespace doo {

namespace {

// The history tables and how their rows belong to a user: table, archive, parent table, parent
// key column, the columns moved.
struct HistoryTable
{
    const char *table;
    const char *archive;
    const char *parent;
    const char *parentKey;
    const char *columns;
};

const HistoryTable kHistories[] = {
    {"task_history", "task_history_archive", "task", "task_id", "id, task_id, from_status, to_status, changed_at"},
    {"consultation_history", "consultation_history_archive", "consultation", "consultation_id",
     "id, consultation_id, from_status, to_status, changed_at, note"},
};

const char *const kRunColumns = "id, workflow_id, status, trigger_key, scheduled_for, started_at, finished_at, error, output, "
                                "tasks_created, minutes_saved, attempts, depth, undone_at";

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), n);
    return marks.join(QStringLiteral(", "));
}

QVariantList asValues(const QStringList &ids)
{
    QVariantList values;
    for (const QString &id : ids)
        values << id;
    return values;
}

// Repeats `batch` until it does less than a full batch; the total.
template<typename Batch>
Result<int> untilDone(Batch batch)
{
    int total = 0;
    for (;;) {
        const auto done = batch();
        if (!done)
            return done.error();
        total += *done;
        if (*done < HousekeepingRepository::kBatch)
            return total;
    }
}

} // namespace

HousekeepingRepository::HousekeepingRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx))
{ }

Status HousekeepingRepository::checkUser(const QString &userId) const
{
    if (userId != m_ctx.userId && !m_ctx.isAdmin())
        return notFound(tr("user"), userId);
    return {};
}

Result<QStringList> HousekeepingRepository::ids(const QString &sql, const QVariantList &values)
{
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    QStringList found;
    while (q.next())
        found << q.value(0).toString();
    return found;
}

Result<QStringList> HousekeepingRepository::userIds()
{
    QVariantList values;
    return ids(QStringLiteral("SELECT id FROM app_user WHERE 1 = 1") + scope(QStringLiteral("id"), values)
                   + QStringLiteral(" ORDER BY id"),
               values);
}

Result<int> HousekeepingRepository::purgeReadNotifications(const QString &userId, const QDateTime &before)
{
    return untilDone([&] { return purgeReadNotificationsBatch(userId, before); });
}

Result<int> HousekeepingRepository::archiveRuns(const QString &userId, const QDateTime &before)
{
    return untilDone([&] { return archiveRunsBatch(userId, before); });
}

Result<int> HousekeepingRepository::archiveHistories(const QString &userId, const QDateTime &before)
{
    int total = 0;
    for (const HistoryTable &h : kHistories) {
        const auto done = untilDone([&] { return archiveHistoryBatch(QLatin1String(h.table), userId, before); });
        if (!done)
            return done.error();
        total += *done;
    }
    return total;
}

Result<int> HousekeepingRepository::purgeReadNotificationsBatch(const QString &userId, const QDateTime &before, int limit)
{
    if (Status s = checkUser(userId); !s)
        return s.error();
    return inTransaction([&]() -> Result<int> {
        const auto found = ids(QStringLiteral("SELECT id FROM notification WHERE user_id = ? AND is_read = ? "
                                              "AND created_at < ? ORDER BY created_at LIMIT ?"),
                               {userId, true, Database::toDb(before), limit});
        if (!found)
            return found.error();
        if (found->isEmpty())
            return 0;
        Query q(m_db);
        if (!q.exec(QStringLiteral("DELETE FROM notification WHERE id IN (%1)").arg(placeholders(found->size())),
                    asValues(*found)))
            return q.error();
        return int(found->size());
    });
}

Result<int> HousekeepingRepository::archiveRunsBatch(const QString &userId, const QDateTime &before, int limit)
{
    if (Status s = checkUser(userId); !s)
        return s.error();
    return inTransaction([&]() -> Result<int> {
        // Finished runs only: RUNNING and WAITING ones are still going (and Undo refuses them).
        const auto found = ids(QStringLiteral("SELECT e.id FROM workflow_execution e JOIN workflow w ON w.id = e.workflow_id "
                                              "WHERE w.user_id = ? AND e.status IN (?, ?, ?) AND e.finished_at IS NOT NULL "
                                              "AND e.finished_at < ? ORDER BY e.finished_at LIMIT ?"),
                               {userId, toString(ExecutionStatus::Success), toString(ExecutionStatus::Failed),
                                toString(ExecutionStatus::Cancelled), Database::toDb(before), limit});
        if (!found)
            return found.error();
        if (found->isEmpty())
            return 0;
        const QString in = placeholders(found->size());
        const QVariantList idValues = asValues(*found);
        const QString columns = QLatin1String(kRunColumns);
        QVariantList runValues{Database::toDb(Clock::currentUtc())};
        runValues += idValues;
        const QStringList statements = {
            QStringLiteral("INSERT INTO workflow_execution_archive (%1, archived_at) SELECT %1, ? FROM workflow_execution "
                           "WHERE id IN (%2)")
                .arg(columns, in),
            QStringLiteral("INSERT INTO execution_change_archive (id, execution_id, task_id, change, before) "
                           "SELECT id, execution_id, task_id, change, before FROM execution_change WHERE execution_id IN (%1)")
                .arg(in),
            QStringLiteral("DELETE FROM execution_change WHERE execution_id IN (%1)").arg(in),
            QStringLiteral("DELETE FROM event_origin WHERE execution_id IN (%1)").arg(in),
            QStringLiteral("DELETE FROM workflow_execution WHERE id IN (%1)").arg(in),
        };
        for (qsizetype i = 0; i < statements.size(); ++i) {
            Query q(m_db);
            if (!q.exec(statements.at(i), i == 0 ? runValues : idValues))
                return q.error();
        }
        return int(found->size());
    });
}

Result<int> HousekeepingRepository::archiveHistoryBatch(const QString &table, const QString &userId, const QDateTime &before,
                                                        int limit)
{
    if (Status s = checkUser(userId); !s)
        return s.error();
    const HistoryTable *h = nullptr;
    for (const HistoryTable &candidate : kHistories)
        if (table == QLatin1String(candidate.table))
            h = &candidate;
    if (!h)
        return Error::validation(QStringLiteral("table"), tr("has no archive"));
    return inTransaction([&]() -> Result<int> {
        const auto found = ids(QStringLiteral("SELECT h.id FROM %1 h JOIN %2 p ON p.id = h.%3 WHERE p.user_id = ? "
                                              "AND h.changed_at < ? ORDER BY h.changed_at LIMIT ?")
                                   .arg(QLatin1String(h->table), QLatin1String(h->parent), QLatin1String(h->parentKey)),
                               {userId, Database::toDb(before), limit});
        if (!found)
            return found.error();
        if (found->isEmpty())
            return 0;
        const QString in = placeholders(found->size());
        const QVariantList idValues = asValues(*found);
        Query copy(m_db);
        if (!copy.exec(QStringLiteral("INSERT INTO %1 (%3) SELECT %3 FROM %2 WHERE id IN (%4)")
                           .arg(QLatin1String(h->archive), QLatin1String(h->table), QLatin1String(h->columns), in),
                       idValues))
            return copy.error();
        Query remove(m_db);
        if (!remove.exec(QStringLiteral("DELETE FROM %1 WHERE id IN (%2)").arg(QLatin1String(h->table), in), idValues))
            return remove.error();
        return int(found->size());
    });
}

Result<QList<TableSize>> HousekeepingRepository::sizes()
{
    // Table names come from this fixed list, never from input.
    static const char *const tables[] = {
        "notification",         "workflow_execution",       "workflow_execution_archive",
        "execution_change",     "execution_change_archive", "task_history",
        "task_history_archive", "consultation_history",     "consultation_history_archive",
    };
    QList<TableSize> result;
    for (const char *table : tables) {
        const auto rows = readCount(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table), {});
        if (!rows)
            return rows.error();
        result << TableSize{QLatin1String(table), *rows};
    }
    return result;
}

} // namespace doo
