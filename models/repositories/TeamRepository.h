#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QCoreApplication>

namespace doo {

class Database;

// The team on a PostgreSQL database: who the signed-in login is, and the logins of the team's
// users (migration 009: app_user.login, the group roles doo_member/doo_admin/doo_scheduler).
// Changing logins needs the owner's login or an ADMIN's (with CREATEROLE); the server checks
// both the program's rule and its own.
class TeamRepository
{
    Q_DECLARE_TR_FUNCTIONS(TeamRepository)

public:
    explicit TeamRepository(Database &db);

    struct SignedIn
    {
        QString login; // current_user
        bool owner = false; // owns the database, or a superuser
        bool hasLogins = false; // the schema links users to logins (migration 009 ran)
        bool createRole = false; // the login may create and change logins (CREATEROLE, or a superuser)
        QString userId; // the active app user linked to the login; empty when none
    };
    struct Member
    {
        User user;
        QString login; // empty: a user without a login (e.g. the owner's local profile)
        bool canLogIn = false;

        // Active and able to sign in (a user without a login: active).
        bool isActive() const { return user.isActive && (login.isEmpty() || canLogIn); }
    };

    // PostgreSQL only.
    Result<SignedIn> signedIn();
    // Ok for the owner and for a login linked to an active ADMIN; Forbidden otherwise.
    Status mayManage();
    // The signed-in login when it is in doo_scheduler (the team scheduler); Forbidden otherwise.
    Result<QString> schedulerLogin();

    // Creates the login (member of doo_admin for an ADMIN, else doo_member) and the user linked
    // to it, in one transaction. The password is a bound value only.
    Result<User> addUser(User user, const QString &login, const QString &password);
    Result<QList<Member>> list();
    // Sets the role and switches the login's group role with it.
    Result<User> setRole(const QString &email, UserRole role);
    // Marks the user inactive and the login NOLOGIN.
    Result<User> disable(const QString &email);

    // Lower-case letters, digits, '_', '.', '-'; starting with a letter; at most 63 characters.
    static Status validateLogin(const QString &login);

private:
    Result<Member> findMember(const QString &email);

    Database &m_db;
};

} // namespace doo
