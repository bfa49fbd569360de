#pragma once

#include "domain/Result.h"
#include "domain/User.h"
#include "itemmodels/TeamTableModel.h"

#include <QObject>

#include <functional>
#include <optional>

namespace doo {

class Database;

// What the Team page does to a team's PostgreSQL database, through TeamRepository: list the
// people, add one (their login with its password, and the app user linked to it), change a
// role (and the login's group role with it), disable one (inactive, and the login NOLOGIN).
// A change the connection dropped follows WriteRetry's rule.
// Only the owner's login or an ADMIN's may; the server checks the same. Errors come back in
// words a person can act on, the field named when it is one of the form's.
class TeamIntents : public QObject
{
    Q_OBJECT

public:
    // `me` is the signed-in user: the page will not disable them or take away their own ADMIN role.
    TeamIntents(Database &db, User me, QObject *parent = nullptr);

    struct NewPerson
    {
        QString email;
        QString name;
        std::optional<UserRole> role; // none: not chosen yet
        QString login;
        QString password; // held only until it is sent to the server, as a bound value
        QString repeated;
    };
    // Ok when the form may be sent; else the first problem, naming its field (email, name, role,
    // login, password, repeatPassword).
    static Status validate(const NewPerson &person);

    TeamTableModel *model() const { return m_model; }

    // Reads the team again into model().
    Status reload();
    // Adds the person and lists the team again; nothing is created when it fails.
    Result<User> addPerson(const NewPerson &person);
    Result<User> changeRole(const QString &email, UserRole role);
    Result<User> disable(const QString &email);

private:
    // Ok when the signed-in login may create and change logins; else why not, in plain words.
    Status mayChangeLogins();
    // The right to change this member: a member with a login needs the right to change logins,
    // one without (a user of the database only) the right to manage the team.
    Status mayChangeMember(const QString &email);
    // WriteRetry's check after a COMMIT that may not have landed: the person as the server has
    // them when `done` says the change is there; nothing when it is not.
    std::function<std::optional<Result<User>>()> landedWhen(const QString &email, std::function<bool(const TeamMember &)> done);
    // Refused with `why` when `email` is the signed-in user's.
    Status refuseForMe(const QString &email, const QString &why) const;

    Database &m_db;
    User m_me;
    TeamTableModel *m_model = nullptr;
};

} // namespace doo
