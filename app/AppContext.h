#pragma once

#include "db/Database.h"
#include "domain/User.h"

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
    // Opens the database; with `migrate` brings the schema up to date (refusing a newer one).
    static Result<std::unique_ptr<AppContext>> open(const QString &databaseOption, bool migrate);

    // open() with the schema brought up to date, then resolveUser(): what every command starts with.
    static Result<std::pair<std::unique_ptr<AppContext>, User>> openAs(const QString &databaseOption, const QString &email);

    Database &db() { return *m_db; }
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
