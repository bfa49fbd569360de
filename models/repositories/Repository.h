#pragma once

#include "db/Query.h"
#include "db/Transaction.h"
#include "domain/Enums.h"
#include "domain/Validation.h"
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
    // " AND <condition>" and its one value appended, unless the value is null (a filter not set).
    static void andWhere(QString &sql, QVariantList &values, const QString &condition, const QVariant &value);
    // The stored name of an optional enum value, or null (for andWhere).
    template<typename E>
    static QVariant nameOf(const std::optional<E> &value)
    {
        return value ? QVariant(toString(*value)) : QVariant();
    }
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
    // A value about to be written, normalized and then validated.
    template<typename T>
    static Status checked(T &value)
    {
        value.normalize();
        return value.validate();
    }
    // `write` in one transaction, committed when it succeeds (a failure rolls back); its result.
    template<typename Write>
    auto inTransaction(Write write) -> decltype(write())
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        auto result = write();
        if (!result)
            return result;
        if (Status s = tx.commit(); !s)
            return s.error();
        return result;
    }
    // A new row: `value` normalized and validated, then in one transaction given a fresh id and
    // its owner (ownerFor) and written by `write`, which may set more; the value as written.
    template<typename T, typename Write>
    Result<T> insertNew(T value, Write write)
    {
        if (Status s = checked(value); !s)
            return s.error();
        return inTransaction([&]() -> Result<T> {
            value.id = Validation::newId();
            value.userId = ownerFor(value.userId);
            if (Status s = write(value); !s)
                return s.error();
            return value;
        });
    }
    // A change to a row: `value` normalized and validated, then in one transaction the row as it
    // is now (`find(value.id)`, so the user's scope applies) is read and `write(value, existing)`
    // saves the change (checking the version); the value as written.
    template<typename T, typename Find, typename Write>
    Result<T> updateExisting(T value, Find find, Write write)
    {
        if (Status s = checked(value); !s)
            return s.error();
        return inTransaction([&]() -> Result<T> {
            const auto existing = find(value.id);
            if (!existing)
                return existing.error();
            if (Status s = write(value, *existing); !s)
                return s.error();
            return value;
        });
    }
    // In one transaction: `find(id)` must see the row (so the user's scope applies), then `sql`
    // runs with `values`.
    template<typename Find>
    Status writeVisible(const QString &id, Find find, const QString &sql, const QVariantList &values)
    {
        return inTransaction([&]() -> Status {
            if (auto existing = find(id); !existing)
                return existing.error();
            return exec(sql, values);
        });
    }
    // `sql` run with `values`, for a statement whose rows are not read.
    Status exec(const QString &sql, const QVariantList &values);
    // Rows of `columns` values each (`values` holds them one row after the other) inserted by
    // `head` ("INSERT INTO t (a, b) VALUES ") with as many rows per statement as the driver
    // allows (Database::rowsPerInsert); every full chunk reuses one prepared statement.
    Status insertMany(const QString &head, int columns, const QVariantList &values);
    // An UPDATE that must change exactly one row: its WHERE checks a version or a claim, so no
    // row changed means another connection came first, which is `conflict`.
    Status updateOne(const QString &sql, const QVariantList &values, const Error &conflict);
    // The first row of `sql` (an aggregate, which always has one), read by `read`.
    template<typename Read>
    auto readFirst(const QString &sql, const QVariantList &values, Read read)
        -> Result<decltype(read(std::declval<const Query &>()))>
    {
        Query q(m_db);
        if (!q.exec(sql, values) || !q.next())
            return q.error();
        return read(q);
    }
    // The whole number in the first column of the first row of `sql` (a count).
    Result<int> readCount(const QString &sql, const QVariantList &values);
    // The first `columns` values of the first row of `sql` joined with '/': a mark that a reload
    // compares to see whether anything changed.
    Result<QString> readMark(const QString &sql, const QVariantList &values, int columns);
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
