#pragma once

#include "db/Database.h"
#include "domain/User.h"

#include <QTemporaryDir>

#include <memory>

namespace doo::test {

// A fresh, migrated database on one backend for one test: a temporary SQLite file, or a new
// database on the private PostgreSQL server named by DOO_TEST_PG_URL (started by
// tests/with-postgres.sh). Dropped again when the object goes away.
class TestDatabase
{
public:
    ~TestDatabase();

    // backend: "sqlite" or "postgresql". Returns null and sets `skipReason` when the backend is
    // not available (PostgreSQL without DOO_TEST_PG_URL); `failReason` when it should be.
    static std::unique_ptr<TestDatabase> create(const QString &backend, bool migrate, QString *skipReason, QString *failReason);

    Database &db() { return *m_db; }
    const DatabaseUrl &url() const { return m_url; }
    QString urlString() const;
    // Closes the test's connection (a restore needs every connection to a SQLite file closed) and
    // opens it again; reopen() false when it cannot.
    void close() { m_db.reset(); }
    [[nodiscard]] bool reopen();
    // Another connection to the same database (as another thread or process would have).
    std::unique_ptr<Database> openSecond(const QString &connectionName);
    // Creates a user directly (for scoping tests).
    User addUser(const QString &email, UserRole role);
    // Rows in a table, read without any scoping.
    int rowCount(const QString &table);

    // Adds the "backend" column with one row per backend (DatabaseTestCase's global data).
    static void addBackendRows();

private:
    TestDatabase() = default;

    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    QString m_pgName;
    std::unique_ptr<Database> m_db;
};

} // namespace doo::test
