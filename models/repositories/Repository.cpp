#include "repositories/Repository.h"

#include "db/Query.h"

#include <QCoreApplication>

namespace doo {

const QString Repository::kTaskChangesCounter = QStringLiteral("task_changes");

Status Repository::bumpCounter(Database &db, const QString &name)
{
    Query update(db);
    if (!update.exec(QStringLiteral("UPDATE app_counter SET value = value + 1 WHERE name = ?"), {name}))
        return update.error();
    if (update.rowsAffected() > 0)
        return {};
    // First use: create the row; a concurrent first writer may win, then count again.
    Query insert(db);
    if (!insert.exec(QStringLiteral("INSERT INTO app_counter (name, value) VALUES (?, 1) ON CONFLICT (name) DO NOTHING"), {name}))
        return insert.error();
    if (insert.rowsAffected() > 0)
        return {};
    Query again(db);
    if (!again.exec(QStringLiteral("UPDATE app_counter SET value = value + 1 WHERE name = ?"), {name}))
        return again.error();
    return {};
}

QString Repository::scope(const QString &column, QVariantList &values) const
{
    if (m_ctx.isAdmin())
        return {};
    values << m_ctx.userId;
    return QStringLiteral(" AND %1 = ?").arg(column);
}

QString Repository::ownerFor(const QString &requested) const
{
    return (m_ctx.isAdmin() && !requested.isEmpty()) ? requested : m_ctx.userId;
}

Error Repository::notFound(const QString &what, const QString &id) const
{
    return Error::make(Error::Kind::NotFound, QCoreApplication::translate("Repository", "no %1 with id %2").arg(what, id));
}

} // namespace doo
