#pragma once

#include "db/Database.h"
#include "domain/User.h"

#include <functional>
#include <memory>

#include <QCoreApplication>

namespace doo {

// The composition root's shared start: which database, its schema, and who is using it.
// Used by the window and by every command.
class AppContext
{
    Q_DECLARE_TR_FUNCTIONS(AppContext)

public:
    // --database, else $DIRECTOR_DATABASE, else the SQLite file in the application data folder.
    static Result<DatabaseUrl> resolveUrl(const QString &option);
    // resolveUrl() with the PostgreSQL password the lookup knows (in memory only).
    static Result<DatabaseUrl> resolveTarget(const QString &option);
    // An open error as the command line says it: a damaged SQLite file with the restore command
    // and the newest verified backup of it in the data folder; a PostgreSQL connection that could
    // not be made in ConnectionCheck's words, the driver's text below them.
    static Error explained(const Error &error, const DatabaseUrl &url);
    // Opens the database; with `migrate` brings the schema up to date (refusing a newer one).
    static Result<std::unique_ptr<AppContext>> open(const QString &databaseOption, bool migrate);
    // The same on a URL already resolved, on a connection of the given name (the window opens the
    // next database while the current one is still open).
    static Result<std::unique_ptr<AppContext>> open(const DatabaseUrl &url, bool migrate, const QString &connectionName = {});

    // open() with the schema brought up to date, then resolveUser(): what every command starts with.
    static Result<std::pair<std::unique_ptr<AppContext>, User>> openAs(const QString &databaseOption, const QString &email);

    // How a command finds a PostgreSQL password that neither the URL nor PGPASSWORD gives (the
    // keychain, set by main); the window has its own, asynchronous way (WindowHost).
    static void setPasswordLookup(std::function<QString(const DatabaseUrl &)> lookup);

    Database &db() { return *m_db; }
    // Hands the connection over (the window keeps it for as long as it shows that database).
    std::unique_ptr<Database> takeDatabase() { return std::move(m_db); }
    // SQLite: --user EMAIL, else the local profile (created on an empty database). PostgreSQL:
    // the user linked to the signed-in login; --user EMAIL only for an ADMIN (whose data views
    // then show that user's); a login linked to no user is refused unless it owns the database,
    // which keeps the SQLite behaviour (the owner's `db migrate`, the tests).
    Result<User> resolveUser(const QString &email);

private:
    Result<User> linkedUser(const QString &userId, const QString &login, const QString &email);

    std::unique_ptr<Database> m_db;
};

} // namespace doo
