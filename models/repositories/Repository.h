#pragma once

#include "db/Query.h"
#include "db/Transaction.h"
#include "domain/Result.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QVariantList>

namespace doo {

class Database;

// What every repository shares: the connection and who is asking.
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(Repository)

public:
    const UserContext &context() const { return m_ctx; }
    Database &database() const { return m_db; }

    // The counter in app_counter that every write to a task bumps (triggers, migration 002), so
    // that other connections notice changes.
    static const QString kTaskChangesCounter;

protected:
    Repository(Database &db, UserContext ctx) : m_db(db), m_ctx(std::move(ctx)) { }

    // " AND <column> = ?" with the user's id appended to `values`, or nothing for an ADMIN.
    QString scope(const QString &column, QVariantList &values) const;
    // The owner a new row gets: the requested one for an ADMIN, else the current user.
    QString ownerFor(const QString &requested) const;
    Error notFound(const QString &what, const QString &id) const;

    // The one row of `sql` (a SELECT ending in its WHERE clause; the user's scope on
    // `scopeColumn` is appended), read by `read`; not found names `what` and `id`.
    template<typename Read>
    auto readOne(const QString &sql, QVariantList values, const QString &scopeColumn, const QString &what, const QString &id,
                 Read read) -> Result<decltype(read(std::declval<const Query &>()))>
    {
        const QString scoped = sql + scope(scopeColumn, values);
        Query q(m_db);
        if (!q.exec(scoped, values))
            return q.error();
        if (!q.next())
            return notFound(what, id);
        return read(q);
    }
    // In one transaction: `find(id)` must see the row (so the user's scope applies), then `sql`
    // runs with `values`.
    template<typename Find>
    Status writeVisible(const QString &id, Find find, const QString &sql, const QVariantList &values)
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        if (auto existing = find(id); !existing)
            return existing.error();
        Query q(m_db);
        if (!q.exec(sql, values))
            return q.error();
        return tx.commit();
    }
    // Every row of `sql`, read by `read`.
    template<typename Read>
    auto readAll(const QString &sql, const QVariantList &values, Read read)
        -> Result<QList<decltype(read(std::declval<const Query &>()))>>
    {
        Query q(m_db);
        if (!q.exec(sql, values))
            return q.error();
        QList<decltype(read(std::declval<const Query &>()))> rows;
        while (q.next())
            rows << read(q);
        return rows;
    }

    Database &m_db;
    UserContext m_ctx;
};

} // namespace doo
