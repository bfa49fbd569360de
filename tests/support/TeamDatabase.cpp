#include "TeamDatabase.h"

#include "db/Query.h"

#include <QUuid>

namespace doo::test {

namespace {

QString sqlError(const Query &q)
{
    return q.error().text();
}

} // namespace

std::unique_ptr<TeamDatabase> TeamDatabase::create(QString *why)
{
    const QString admin = qEnvironmentVariable("DOO_TEST_PG_URL");
    if (admin.isEmpty()) {
        *why = QStringLiteral("no PostgreSQL server: run the tests through tests/with-postgres.sh");
        return nullptr;
    }
    auto adminUrl = DatabaseUrl::parse(admin);
    if (!adminUrl) {
        *why = adminUrl.error().text();
        return nullptr;
    }
    std::unique_ptr<TeamDatabase> self(new TeamDatabase);
    self->m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(10);
    self->m_database = QStringLiteral("team_") + self->m_suffix;
    self->m_base = QStringLiteral("postgresql://%1:%2").arg(adminUrl->host).arg(adminUrl->port);
    auto opened = Database::open(*adminUrl, QStringLiteral("team-admin-") + self->m_suffix);
    if (!opened) {
        *why = opened.error().text();
        return nullptr;
    }
    self->m_admin = opened.takeValue();
    const QString owner = self->owner();
    if (!self->exec(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2'").arg(owner, password(owner)), why))
        return nullptr;
    self->m_logins << owner;
    if (!self->exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(self->m_database, owner), why))
        return nullptr;
    DatabaseUrl superUrl = *adminUrl;
    superUrl.database = self->m_database;
    auto super = Database::open(superUrl, QStringLiteral("team-super-") + self->m_suffix);
    if (!super) {
        *why = super.error().text();
        return nullptr;
    }
    self->m_super = super.takeValue();
    const CliRun migrated = self->runner(owner).run({QStringLiteral("db"), QStringLiteral("migrate")});
    if (migrated.exitCode != 0) {
        *why = QStringLiteral("db migrate as the owner: ") + migrated.err;
        return nullptr;
    }
    return self;
}

TeamDatabase::~TeamDatabase()
{
    m_super.reset();
    if (!m_admin)
        return;
    QString ignored;
    exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database), &ignored);
    for (const QString &login : std::as_const(m_logins))
        exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login), &ignored);
}

bool TeamDatabase::exec(const QString &sql, QString *why)
{
    Query q(*m_admin);
    if (!q.exec(sql)) {
        *why = sqlError(q);
        return false;
    }
    return true;
}

QString TeamDatabase::url(const QString &login) const
{
    return QStringLiteral("postgresql://%1@%2/%3").arg(login, m_base.mid(13), m_database);
}

CliRunner TeamDatabase::runner(const QString &login) const
{
    CliRunner r;
    r.database = url(login);
    r.setEnv(QStringLiteral("PGPASSWORD"), password(login));
    r.setEnv(QStringLiteral("USER"), QStringLiteral("team.owner"));
    return r;
}

std::unique_ptr<Database> TeamDatabase::open(const QString &login) const
{
    auto parsed = DatabaseUrl::parse(url(login));
    if (!parsed)
        return nullptr;
    DatabaseUrl u = *parsed;
    u.password = password(login);
    auto db = Database::open(u, QStringLiteral("team-%1").arg(login));
    if (!db) {
        qWarning("cannot open %s: %s", qPrintable(login), qPrintable(db.error().text()));
        return nullptr;
    }
    return db.takeValue();
}

QString TeamDatabase::addUser(const QString &name, UserRole role, QString *why)
{
    CliRunner r = runner(owner());
    const QString l = login(name);
    r.input = password(l).toUtf8() + "\n";
    const CliRun added =
        r.run({QStringLiteral("team"), QStringLiteral("add-user"), name + QStringLiteral("@team.example"),
               QStringLiteral("--name"), name, QStringLiteral("--role"), toString(role), QStringLiteral("--login"), l});
    if (added.exitCode != 0) {
        *why = QStringLiteral("team add-user %1: %2").arg(name, added.err);
        return QString();
    }
    m_logins << l;
    Query q(*m_super);
    if (!q.exec(QStringLiteral("SELECT id FROM app_user WHERE login = ?"), {l}) || !q.next()) {
        *why = QStringLiteral("no user linked to %1").arg(l);
        return QString();
    }
    return q.value(0).toString();
}

bool TeamDatabase::addSchedulerLogin(const QString &name, QString *why)
{
    const QString l = login(name);
    if (!exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE doo_scheduler").arg(l, password(l)), why))
        return false;
    m_logins << l;
    return true;
}

} // namespace doo::test
