#pragma once

#include "repositories/Repository.h"

#include <QCoreApplication>

class QTimeZone;

namespace doo {

// Users and the local profile. A non-ADMIN sees and changes only their own row.
class UserRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    UserRepository(Database &db, UserContext ctx = {});

    Result<User> create(User user);
    Result<User> findById(const QString &id);
    Result<QList<User>> list();
    // Saves name, email, company, department, onboarding (and role/isActive for an ADMIN).
    // The row's version must match; a stale one is a Conflict.
    Result<User> update(const User &user);
    Result<int> count();

    // The user row's columns (each prefixed with `alias.` when one is given) and its reader.
    static QString columns(const QString &alias = QString());
    static User readRow(const Query &q);

    // Identity look-ups used before there is a current user (`--user EMAIL`, the local profile).
    static Result<User> findByEmail(Database &db, const QString &email);
    static Result<User> localProfile(Database &db);
    // Creates the local profile when the database has no user yet: named after the system
    // account, DIRECTOR, onboarding not completed. Returns the existing profile otherwise.
    static Result<User> ensureLocalProfile(Database &db);
    static Status setLocalProfile(Database &db, const QString &userId);
    // The zone a user's schedules and calendar days follow: their IANA zone, else the computer's.
    static Result<QTimeZone> timeZoneOf(Database &db, const QString &userId);
    // The context a user's own work (their workflow's run) acts in: `known` when it is that
    // user's, else their id with their role (USER when it cannot be read); always only their own
    // rows (UserContext::ownScope), also for an ADMIN's workflow.
    static UserContext contextOf(Database &db, const QString &userId, const UserContext &known);

private:
    static Result<User> findOne(Database &db, const QString &where, const QVariantList &values);
    static Result<User> insert(Database &db, User user);
};

} // namespace doo
