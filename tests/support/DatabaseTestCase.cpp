#include "DatabaseTestCase.h"

#include <QTest>

namespace doo::test {

DatabaseTestCase::DatabaseTestCase(QString defaultEmail, UserRole defaultRole)
    : m_defaultEmail(std::move(defaultEmail)), m_defaultRole(defaultRole)
{ }

DatabaseTestCase::~DatabaseTestCase() = default;

void DatabaseTestCase::initTestCase_data()
{
    TestDatabase::addBackendRows();
}

void DatabaseTestCase::init()
{
    m_database.reset(); // a test whose init() skipped may not have been cleaned up
    m_defaultUser = User();
    if (m_clock) {
        m_clock->set(m_clockStart);
        Clock::setInstance(&*m_clock);
    }
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    QString skip, fail;
    m_database = TestDatabase::create(backend, true, &skip, &fail);
    if (!m_database && !fail.isEmpty())
        QFAIL(qPrintable(fail));
    if (!m_database)
        QSKIP(qPrintable(skip));
    if (!m_defaultEmail.isEmpty())
        m_defaultUser = m_database->addUser(m_defaultEmail, m_defaultRole);
}

void DatabaseTestCase::cleanup()
{
    m_database.reset();
    if (m_clock)
        Clock::setInstance(nullptr);
}

void DatabaseTestCase::useFixedClock(const QDateTime &start)
{
    m_clockStart = start;
    m_clock.emplace(start);
}

FixedClock &DatabaseTestCase::clock()
{
    if (!m_clock)
        qFatal("no fixed clock: call useFixedClock() in the test class's constructor");
    return *m_clock;
}

TestDatabase &DatabaseTestCase::database()
{
    if (!m_database)
        qFatal("no test database: does the test class's init() call DatabaseTestCase::init()?");
    return *m_database;
}

const User &DatabaseTestCase::defaultUser() const
{
    if (m_defaultUser.id.isEmpty())
        qFatal("no default user: pass its email to the DatabaseTestCase constructor");
    return m_defaultUser;
}

bool DatabaseTestCase::openUnmigrated()
{
    m_database.reset();
    QString skip, fail;
    m_database = TestDatabase::create(m_backend, false, &skip, &fail);
    if (!m_database)
        qWarning("cannot open an unmigrated %s database: %s", qPrintable(m_backend), qPrintable(fail + skip));
    return m_database != nullptr;
}

} // namespace doo::test
