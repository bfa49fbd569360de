#pragma once

#include "domain/Result.h"

#include <QCoreApplication>

namespace doo {

class Database;

// A write transaction that rolls back in its destructor unless committed.
// SQLite: BEGIN IMMEDIATE, so two processes queue on the busy timeout instead of failing
// with "database is locked" at their first write. Nested transactions join the outer one;
// a nested one that is not committed dooms the outer one.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed; error() tells why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status status() const { return m_active ? Status() : Status(m_error); }

    Status commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    bool m_outer = false;
    Error m_error;
};

} // namespace doo
