#pragma once

#include "TestDatabase.h"

#include "domain/Clock.h"

#include <QObject>

#include <memory>
#include <optional>

namespace doo::test {

// The base of every test class that needs a database: each test function runs once per backend
// (the global data rows "sqlite" and "postgresql") on a fresh migrated database, which init()
// opens and cleanup() drops. A class whose tests all start with the same user passes its email and
// role to the constructor; init() adds that user and defaultUser() returns it. A class whose
// tests run on a fixed clock calls useFixedClock() in its constructor.
//
// A test class that declares its own init() or cleanup() calls DatabaseTestCase::init() at its
// end, or DatabaseTestCase::cleanup() at its start.
class DatabaseTestCase : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseTestCase(QString defaultEmail = {}, UserRole defaultRole = UserRole::Director);
    ~DatabaseTestCase() override;

protected:
    // The open database of the running test (a fatal error outside a test function).
    TestDatabase &database();
    const User &defaultUser() const;
    // Every test starts at `start` on a FixedClock, installed before the database opens and
    // removed when the test ends. Call it in the constructor.
    void useFixedClock(const QDateTime &start);
    FixedClock &clock();
    // Replaces the test's database with a fresh one on the same backend without the schema;
    // false (with a warning saying why) when it cannot be created.
    [[nodiscard]] bool openUnmigrated();

    // Protected, so that QTest does not run them as test functions; it finds them by name.
protected Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

private:
    QString m_defaultEmail;
    UserRole m_defaultRole;
    QString m_backend;
    std::unique_ptr<TestDatabase> m_database;
    User m_defaultUser;
    QDateTime m_clockStart;
    std::optional<FixedClock> m_clock;
};

} // namespace doo::test
