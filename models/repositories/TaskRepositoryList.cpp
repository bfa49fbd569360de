// TaskRepository: list readers. `task list --json` reads thousands of rows; they go from the
// database into the JSON text without a Task (and on SQLite without a QVariant) per row.
#include "repositories/TaskRepository.h"

#include "db/Logging.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/SqliteApi.h"
#include "repositories/TaskRows.h"

#include <QSqlDriver>
#include <QSqlError>

namespace doo {

using namespace taskrows;

QString TaskRepository::whereClause(const TaskFilter &f, QVariantList &values) const
{
    QString where = QStringLiteral(" WHERE 1 = 1") + scope(QStringLiteral("t.user_id"), values);
    andWhere(where, values, QStringLiteral("t.status = ?"), nameOf(f.status));
    andWhere(where, values, QStringLiteral("t.priority = ?"), nameOf(f.priority));
    if (!f.tag.isEmpty())
        andWhere(where, values, QStringLiteral("EXISTS (SELECT 1 FROM task_tag tt WHERE tt.task_id = t.id AND tt.tag_key = ?)"),
                 f.tag.trimmed().toCaseFolded());
    andWhere(where, values, QStringLiteral("t.due_date >= ?"), Database::toDb(f.dueFrom));
    andWhere(where, values, QStringLiteral("t.due_date < ?"), Database::toDb(f.dueBefore));
    andWhere(where, values, QStringLiteral("t.created_at >= ?"), Database::toDb(f.createdFrom));
    andWhere(where, values, QStringLiteral("t.workflow_id = ?"), Database::nullIfEmpty(f.workflowId));
    andWhere(where, values, QStringLiteral("t.consultation_id = ?"), Database::nullIfEmpty(f.consultationId));
    if (f.createdByWorkflow)
        where += *f.createdByWorkflow ? QStringLiteral(" AND t.workflow_id IS NOT NULL")
                                      : QStringLiteral(" AND t.workflow_id IS NULL");
    if (!f.text.trimmed().isEmpty()) {
        const QString query = m_db.ftsQuery(f.text);
        if (query.isEmpty()) {
            where += QStringLiteral(" AND 1 = 0"); // only punctuation: nothing can match
        } else {
            where += QStringLiteral(" AND ") + m_db.fullTextCondition(QStringLiteral("t"));
            values << query;
        }
    }
    if (f.afterPosition) {
        where += QStringLiteral(" AND t.position > ?");
        values << *f.afterPosition;
    }
    return where;
}

QString TaskRepository::listSql(const QString &columns, const TaskFilter &filter, QVariantList &values) const
{
    QString sql = QStringLiteral("SELECT %1 FROM task t").arg(columns) + whereClause(filter, values);
    sql += QStringLiteral(" ORDER BY ") + (filter.status ? QStringLiteral("t.position") : boardOrder());
    if (filter.limit >= 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << filter.limit << std::max(filter.offset, 0);
    }
    return sql;
}

Result<QList<Task>> TaskRepository::list(const TaskFilter &filter)
{
    QVariantList values;
    const QString sql = listSql(kColumns, filter, values);
    if (auto direct = listThroughSqlite(sql, values))
        return *direct;
    return readAll(sql, values, [](const Query &q) { return taskFrom(QueryRow(q)); });
}

std::optional<Result<QList<Task>>> TaskRepository::listThroughSqlite(const QString &sql, const QVariantList &values)
{
    sqlite3 *raw = SqliteApi::handle(m_db.handle().driver());
    if (!raw || m_db.transactionAborted())
        return std::nullopt;
    qCDebug(lcDbQuery).noquote() << sql << values;
    SqliteStatement q(raw);
    QList<Task> tasks;
    const SqliteRow row(q);
    if (q.exec(sql, values)) {
        while (q.next())
            tasks << taskFrom(row);
    }
    if (q.failed())
        return Result<QList<Task>>(m_db.classify(q.error(), QStringLiteral("exec ") + sql));
    return Result<QList<Task>>(tasks);
}

Result<QList<Task>> TaskRepository::listCards(const TaskFilter &filter)
{
    QVariantList values;
    const QString sql = listSql(kCardColumns, filter, values);
    return readAll(sql, values, [](const Query &q) { return cardFrom(QueryRow(q)); });
}

Result<QByteArray> TaskRepository::listJson(const TaskFilter &filter)
{
    QByteArray all;
    if (Status s = writeJson(filter, [&all](QByteArrayView piece) { all += piece; }); !s)
        return s.error();
    return all;
}

Status TaskRepository::writeJson(const TaskFilter &filter, const std::function<void(QByteArrayView)> &write)
{
    const std::size_t expected = filter.limit >= 0 ? std::size_t(filter.limit) : 0;
    core::TaskJsonWriter writer = taskJsonWriter(expected);
    // Bytes for QByteArrayView-taking callers.
    const auto writePiece = [&write](std::string_view piece) { write(QByteArrayView(piece.data(), qsizetype(piece.size()))); };
    JsonTimes times;

    sqlite3 *raw = SqliteApi::handle(m_db.handle().driver());
    if (raw) {
        // Without paging the rows are read in table order (no index walk, no sort inside SQLite;
        // both cost more than the rest together on a big board) and laid out in board order here.
        const bool unordered = filter.limit < 0;
        QVariantList values;
        const QString sql = unordered ? QStringLiteral("SELECT %1 FROM task t").arg(kColumns) + whereClause(filter, values)
                                      : listSql(kColumns, filter, values);
        qCDebug(lcDbQuery).noquote() << sql << values;
        // A USER sees only their own tasks: the scope guarantees the owner's id, byte for byte.
        const QByteArray owner = m_ctx.userId.toUtf8();
        SqliteStatement q(raw);
        SqliteRow row(q);
        if (q.exec(sql, values)) {
            while (q.next()) {
                const core::TaskJsonRow json = jsonRowFrom(row, times, m_ctx.isAdmin() ? nullptr : &owner);
                if (unordered)
                    writer.addUnordered(json, boardColumn(enumFromBytes(q.text(7), TaskStatus::Todo)), json.position);
                else
                    writer.add(json);
            }
        }
        if (q.failed())
            return m_db.classify(q.error(), QStringLiteral("exec ") + sql);
        writer.finish(writePiece);
        return {};
    }

    QVariantList values;
    const QString sql = listSql(kColumns, filter, values);
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    QueryRow row(q);
    while (q.next())
        writer.add(jsonRowFrom(row, times));
    writer.finish(writePiece);
    return {};
}

Result<int> TaskRepository::count(const TaskFilter &filter)
{
    const bool wholeColumns = !filter.priority && filter.tag.trimmed().isEmpty() && !filter.dueFrom.isValid()
        && !filter.dueBefore.isValid() && !filter.createdFrom.isValid() && filter.workflowId.isEmpty()
        && !filter.createdByWorkflow && filter.text.trimmed().isEmpty();
    if (wholeColumns) { // the counts the triggers keep: no scan of a big board
        QVariantList values;
        QString sql =
            QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM task_count WHERE 1 = 1") + scope(QStringLiteral("user_id"), values);
        if (filter.status) {
            sql += QStringLiteral(" AND status = ?");
            values << toString(*filter.status);
        }
        return readCount(sql, values);
    }
    QVariantList values;
    TaskFilter f = filter;
    f.afterPosition.reset();
    return readCount(QStringLiteral("SELECT count(*) FROM task t") + whereClause(f, values), values);
}

} // namespace doo
