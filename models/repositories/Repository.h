#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QVariantList>

namespace doo {

class Database;

// What every repository shares: the connection and who is asking.
class Repository
{
public:
    const UserContext &context() const { return m_ctx; }
    Database &database() const { return m_db; }

    // Counters in app_counter that writers bump so that other connections notice changes.
    static const QString kTaskChangesCounter;
    // Adds one to a counter in app_counter (creating it), inside the caller's transaction.
    static Status bumpCounter(Database &db, const QString &name);

protected:
    Repository(Database &db, UserContext ctx) : m_db(db), m_ctx(std::move(ctx)) {}

    // " AND <column> = ?" with the user's id appended to `values`, or nothing for an ADMIN.
    QString scope(const QString &column, QVariantList &values) const;
    // The owner a new row gets: the requested one for an ADMIN, else the current user.
    QString ownerFor(const QString &requested) const;
    Error notFound(const QString &what, const QString &id) const;
    Status bumpCounter(const QString &name) { return bumpCounter(m_db, name); }

    Database &m_db;
    UserContext m_ctx;
};

} // namespace doo
