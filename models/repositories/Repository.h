#pragma once

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
    Repository(Database &db, UserContext ctx) : m_db(db), m_ctx(std::move(ctx)) {}

    // " AND <column> = ?" with the user's id appended to `values`, or nothing for an ADMIN.
    QString scope(const QString &column, QVariantList &values) const;
    // The owner a new row gets: the requested one for an ADMIN, else the current user.
    QString ownerFor(const QString &requested) const;
    Error notFound(const QString &what, const QString &id) const;

    Database &m_db;
    UserContext m_ctx;
};

} // namespace doo
