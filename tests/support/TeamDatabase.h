#pragma once

#include "CliRunner.h"

#include "db/Database.h"
#include "domain/Enums.h"

#include <QHash>

#include <memory>

namespace doo::test {

// A team's PostgreSQL database on the private test server, set up as a team would: the superuser
// creates an owner login (not a superuser; CREATEROLE) and a database it owns, the owner runs
// `db migrate` and `team add-user` (the password on standard input). Logins are cluster-wide, so
// their names end in a random suffix; the database and every login go again when the object does.
class TeamDatabase
{
public:
    ~TeamDatabase();

    // Null with `why` set when there is no PostgreSQL server or a step fails.
    static std::unique_ptr<TeamDatabase> create(QString *why);

    // "alice" -> "alice_<suffix>".
    QString login(const QString &name) const { return name + QLatin1Char('_') + m_suffix; }
    QString owner() const { return login(QStringLiteral("owner")); }
    static QString password(const QString &login) { return login + QStringLiteral("-Secret9"); }
    // The URL of the database for a login, without its password.
    QString url(const QString &login) const;
    // The program run under a login (its password in PGPASSWORD, as libpq reads it).
    CliRunner runner(const QString &login) const;
    // A connection of this process under a login; null (with a warning) when it cannot be opened.
    std::unique_ptr<Database> open(const QString &login) const;
    // The superuser's connection to the team database (bypasses row-level security).
    Database &superuser() { return *m_super; }

    // `team add-user` run by the owner; the login is login(name). Returns the new user's id.
    QString addUser(const QString &name, UserRole role, QString *why);
    // A login in doo_scheduler, created by the superuser.
    bool addSchedulerLogin(const QString &name, QString *why);

private:
    TeamDatabase() = default;
    bool exec(const QString &sql, QString *why);

    QString m_suffix;
    QString m_database;
    QString m_base; // postgresql://127.0.0.1:port
    QStringList m_logins;
    std::unique_ptr<Database> m_admin; // superuser, database "postgres"
    std::unique_ptr<Database> m_super; // superuser, the team database
};

} // namespace doo::test
