// Deleting a workflow so that it can be brought back as it was (the Workflows view's undo).
#include "repositories/WorkflowRepository.h"

#include "db/Database.h"
#include "db/Query.h"
#include "db/Transaction.h"

#include <QCoreApplication>

namespace doo {

namespace {

// Whole rows of `table` matching `where`. `numbered` is a column the database numbers itself
// (an identity on PostgreSQL): left out, so that inserting the rows again numbers them anew.
Status readRows(Database &db, SavedRows &into, const QString &where, const QString &id, const QString &numbered = {})
{
    Query q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(into.table, where), {id}))
        return q.error();
    const QStringList all = q.columns();
    QList<int> kept;
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i) == numbered)
            continue;
        kept << i;
        into.columns << all.at(i);
    }
    while (q.next()) {
        QVariantList row;
        for (const int i : std::as_const(kept))
            row << q.value(i);
        into.rows << row;
    }
    return {};
}

Status insertRows(Database &db, const SavedRows &saved)
{
    QStringList marks;
    for (qsizetype i = 0; i < saved.columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(saved.table, saved.columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    for (const QVariantList &row : saved.rows) {
        Query q(db);
        if (!q.exec(sql, row))
            return q.error();
    }
    return {};
}

} // namespace

Result<WorkflowSnapshot> WorkflowRepository::removeKeepingSnapshot(const QString &id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto existing = findById(id); !existing)
        return existing.error();
    WorkflowSnapshot snapshot;
    snapshot.workflowId = id;
    // In the order they go back in: the workflow before what refers to it.
    struct Part
    {
        const char *table;
        const char *where;
        const char *numbered;
    };
    const Part parts[] = {
        {"workflow", "id = ?", ""},
        {"workflow_version", "workflow_id = ? ORDER BY version", "id"},
        {"workflow_execution", "workflow_id = ?", ""},
        {"execution_change", "execution_id IN (SELECT id FROM workflow_execution WHERE workflow_id = ?) ORDER BY id", "id"},
        // Archived runs (migration 011) and their changes: plain ids, kept as they were.
        {"workflow_execution_archive", "workflow_id = ?", ""},
        {"execution_change_archive",
         "execution_id IN (SELECT id FROM workflow_execution_archive WHERE workflow_id = ?) ORDER BY id", ""},
    };
    for (const Part &part : parts) {
        SavedRows rows;
        rows.table = QString::fromLatin1(part.table);
        if (Status s = readRows(m_db, rows, QString::fromLatin1(part.where), id, QString::fromLatin1(part.numbered)); !s)
            return s.error();
        snapshot.tables << rows;
    }
    Query tasks(m_db);
    if (!tasks.exec(QStringLiteral("SELECT id, execution_id FROM task WHERE workflow_id = ?"), {id}))
        return tasks.error();
    while (tasks.next())
        snapshot.tasks.append({tasks.value(0).toString(), tasks.value(1)});
    Query notifications(m_db);
    if (!notifications.exec(QStringLiteral("SELECT id FROM notification WHERE workflow_id = ?"), {id}))
        return notifications.error();
    while (notifications.next())
        snapshot.notifications << notifications.value(0).toString();
    Query del(m_db);
    if (!del.exec(QStringLiteral("DELETE FROM workflow WHERE id = ?"), {id})) // runs and versions cascade
        return del.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return snapshot;
}

Status WorkflowRepository::restore(const WorkflowSnapshot &snapshot)
{
    if (snapshot.tables.isEmpty() || snapshot.tables.first().rows.size() != 1)
        return Error::validation(QStringLiteral("workflow"), WorkflowRepository::tr("nothing to bring back"));
    const SavedRows &workflow = snapshot.tables.first();
    const QString owner = workflow.rows.first().value(int(workflow.columns.indexOf(QStringLiteral("user_id")))).toString();
    if (!m_ctx.isAdmin() && owner != m_ctx.userId)
        return Error::make(Error::Kind::Forbidden, WorkflowRepository::tr("the workflow belongs to another user"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const auto taken = readCount(QStringLiteral("SELECT count(*) FROM workflow WHERE id = ?"), {snapshot.workflowId});
    if (!taken)
        return taken.error();
    if (*taken > 0)
        return Error::make(Error::Kind::Conflict, WorkflowRepository::tr("a workflow with this id exists again"));
    for (const SavedRows &rows : snapshot.tables)
        if (Status s = insertRows(m_db, rows); !s)
            return s;
    // Links that nobody changed meanwhile (a task deleted since stays deleted).
    for (const auto &task : snapshot.tasks) {
        Query q(m_db);
        if (!q.exec(QStringLiteral("UPDATE task SET workflow_id = ?, execution_id = ? WHERE id = ? AND workflow_id IS NULL"),
                    {snapshot.workflowId, task.second, task.first}))
            return q.error();
    }
    for (const QString &notification : snapshot.notifications) {
        Query q(m_db);
        if (!q.exec(QStringLiteral("UPDATE notification SET workflow_id = ? WHERE id = ? AND workflow_id IS NULL"),
                    {snapshot.workflowId, notification}))
            return q.error();
    }
    return tx.commit();
}

} // namespace doo
