#include "TestDatabase.h"

#include "db/Migrator.h"
#include "db/Query.h"
#include "repositories/UserRepository.h"

#include <QAtomicInt>
#include <QTest>
#include <QUuid>

namespace doo::test {

namespace {
QAtomicInt g_counter;

QString uniqueName(const QString &prefix)
{
    return prefix + QString::number(g_counter.fetchAndAddRelaxed(1)) + QLatin1Char('_')
        + QUuid::createUuid().toString(QUuid::Id128).left(12);
}
} // namespace

void TestDatabase::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

std::unique_ptr<TestDatabase> TestDatabase::create(const QString &backend, bool migrate, QString *skipReason, QString *failReason)
{
    std::unique_ptr<TestDatabase> self(new TestDatabase);
    if (backend == QLatin1String("sqlite")) {
        if (!self->m_dir.isValid()) {
            *failReason = QStringLiteral("cannot create a temporary folder");
            return nullptr;
        }
        self->m_url.type = DbType::SQLite;
        self->m_url.path = self->m_dir.filePath(QStringLiteral("test.sqlite"));
    } else {
        const QString admin = qEnvironmentVariable("DOO_TEST_PG_URL");
        if (admin.isEmpty()) {
            const QString why = QStringLiteral("no PostgreSQL server: run the tests through tests/with-postgres.sh");
            if (qEnvironmentVariableIntValue("DOO_TEST_REQUIRE_PG"))
                *failReason = why;
            else
                *skipReason = why;
            return nullptr;
        }
        auto adminUrl = DatabaseUrl::parse(admin);
        if (!adminUrl) {
            *failReason = adminUrl.error().text();
            return nullptr;
        }
        self->m_pgName = uniqueName(QStringLiteral("doo_t"));
        {
            auto adminDb = Database::open(*adminUrl, uniqueName(QStringLiteral("admin")));
            if (!adminDb) {
                *failReason = adminDb.error().text();
                return nullptr;
            }
            Query q(**adminDb);
            if (!q.exec(QStringLiteral("CREATE DATABASE ") + self->m_pgName)) {
                *failReason = q.error().text();
                return nullptr;
            }
        }
        self->m_url = *adminUrl;
        self->m_url.database = self->m_pgName;
    }
    auto db = Database::open(self->m_url, uniqueName(QStringLiteral("test")));
    if (!db) {
        *failReason = db.error().text();
        return nullptr;
    }
    self->m_db = db.takeValue();
    if (migrate) {
        Migrator migrator(*self->m_db);
        if (auto applied = migrator.migrate(); !applied) {
            *failReason = applied.error().text();
            return nullptr;
        }
    }
    return self;
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (m_pgName.isEmpty())
        return;
    auto adminUrl = DatabaseUrl::parse(qEnvironmentVariable("DOO_TEST_PG_URL"));
    if (!adminUrl)
        return;
    auto adminDb = Database::open(*adminUrl, uniqueName(QStringLiteral("admin")));
    if (adminDb) {
        Query q(**adminDb);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
    }
}

QString TestDatabase::urlString() const
{
    if (m_url.type == DbType::SQLite)
        return QStringLiteral("sqlite:") + m_url.path;
    return qEnvironmentVariable("DOO_TEST_PG_URL").section(QLatin1Char('/'), 0, 2) + QLatin1Char('/') + m_pgName;
}

bool TestDatabase::reopen()
{
    m_db.reset();
    auto db = Database::open(m_url, uniqueName(QStringLiteral("test")));
    if (!db) {
        qWarning("reopen failed: %s", qPrintable(db.error().text()));
        return false;
    }
    m_db = db.takeValue();
    return true;
}

std::unique_ptr<Database> TestDatabase::openSecond(const QString &connectionName)
{
    auto db = Database::open(m_url, connectionName);
    return db ? db.takeValue() : nullptr;
}

User TestDatabase::addUser(const QString &email, UserRole role)
{
    UserRepository users(*m_db, {QString(), UserRole::Admin});
    User u;
    u.email = email;
    u.name = email.section(QLatin1Char('@'), 0, 0);
    u.role = role;
    auto created = users.create(u);
    if (!created)
        qFatal("addUser failed: %s", qPrintable(created.error().text()));
    return *created;
}

int TestDatabase::rowCount(const QString &table)
{
    Query q(*m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        qFatal("rowCount(%s) failed: %s", qPrintable(table), qPrintable(q.error().text()));
    return q.value(0).toInt();
}

} // namespace doo::test
