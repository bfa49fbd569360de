#include "repositories/Repository.h"

#include "db/Database.h"
#include "db/Query.h"

#include <QCoreApplication>

#include <algorithm>

namespace doo {

const QString Repository::kTaskChangesCounter = QStringLiteral("task_changes");

QString Repository::scope(const QString &column, QVariantList &values) const
{
    if (m_ctx.isAdmin())
        return {};
    values << m_ctx.userId;
    return QStringLiteral(" AND %1 = ?").arg(column);
}

void Repository::andWhere(QString &sql, QVariantList &values, const QString &condition, const QVariant &value)
{
    if (value.isNull())
        return;
    sql += QStringLiteral(" AND ") + condition;
    values << value;
}

QString Repository::ownerFor(const QString &requested) const
{
    return (m_ctx.isAdmin() && !requested.isEmpty()) ? requested : m_ctx.userId;
}

Error Repository::notFound(const QString &what, const QString &id) const
{
    return Error::make(Error::Kind::NotFound, tr("no %1 with id %2").arg(what, id));
}

Status Repository::exec(const QString &sql, const QVariantList &values)
{
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    return {};
}

Status Repository::insertMany(const QString &head, int columns, const QVariantList &values)
{
    const qsizetype total = values.size() / columns;
    const qsizetype chunk = m_db.rowsPerInsert(columns);
    const auto sqlFor = [&](qsizetype rows) {
        QString row(2 * columns + 1, QLatin1Char('?'));
        row[0] = QLatin1Char('(');
        for (int i = 1; i < columns; ++i)
            row[2 * i] = QLatin1Char(',');
        row.back() = QLatin1Char(')');
        QString sql = head;
        sql.reserve(head.size() + rows * (row.size() + 1));
        for (qsizetype i = 0; i < rows; ++i) {
            if (i > 0)
                sql += QLatin1Char(',');
            sql += row;
        }
        return sql;
    };
    QString full;
    QVariantList part;
    for (qsizetype start = 0; start < total; start += chunk) {
        const qsizetype rows = std::min(chunk, total - start);
        if (rows == chunk && full.isEmpty())
            full = sqlFor(chunk);
        part = values.mid(start * columns, rows * columns);
        Query q(m_db);
        if (rows == chunk)
            q.setReused(); // the remainder is a one-off
        if (!q.exec(rows == chunk ? full : sqlFor(rows), part))
            return q.error();
    }
    return {};
}

Status Repository::updateOne(const QString &sql, const QVariantList &values, const Error &conflict)
{
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    if (q.rowsAffected() != 1)
        return conflict;
    return {};
}

Result<int> Repository::readCount(const QString &sql, const QVariantList &values)
{
    return readFirst(sql, values, [](const Query &q) { return q.value(0).toInt(); });
}

Result<QString> Repository::readMark(const QString &sql, const QVariantList &values, int columns)
{
    return readFirst(sql, values, [columns](const Query &q) {
        QStringList parts;
        for (int i = 0; i < columns; ++i)
            parts << q.value(i).toString();
        return parts.join(QLatin1Char('/'));
    });
}

} // namespace doo
