#include "repositories/Repository.h"

#include <QCoreApplication>

namespace doo {

const QString Repository::kTaskChangesCounter = QStringLiteral("task_changes");

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
    return Error::make(Error::Kind::NotFound, tr("no %1 with id %2").arg(what, id));
}

} // namespace doo
