#include "itemmodels/TeamIntents.h"

#include "db/Database.h"
#include "itemmodels/TeamTableModel.h"
#include "itemmodels/WriteRetry.h"
#include "repositories/TeamRepository.h"

namespace doo {

TeamIntents::TeamIntents(Database &db, User me, QObject *parent)
    : QObject(parent), m_db(db), m_me(std::move(me)), m_model(new TeamTableModel(this))
{ }

Status TeamIntents::validate(const NewPerson &person)
{
    User user;
    user.email = person.email;
    user.name = person.name;
    user.normalize();
    if (Status s = user.validate(); !s)
        return s;
    if (!person.role)
        return Error::validation(QStringLiteral("role"), tr("choose a role"));
    if (Status s = TeamRepository::validateLogin(person.login.trimmed()); !s)
        return s;
    if (person.password.isEmpty())
        return Error::validation(QStringLiteral("password"), tr("enter a password for the new login"));
    if (person.repeated != person.password)
        return Error::validation(QStringLiteral("password"),
                                 tr("the two passwords differ; type the same password in both fields"));
    return {};
}

Status TeamIntents::reload()
{
    if (m_db.type() != DbType::PostgreSQL)
        return Error::make(Error::Kind::Schema,
                           tr("a team lives on a PostgreSQL database; an SQLite file has one user and no logins"));
    const auto members = TeamRepository(m_db).list();
    if (!members)
        return members.error();
    m_model->setMembers(*members);
    return {};
}

Status TeamIntents::mayChangeLogins()
{
    TeamRepository team(m_db);
    // Who may manage the team at all first: a member hears that, not a word about CREATEROLE.
    if (Status s = team.mayManage(); !s)
        return s;
    const auto who = team.signedIn();
    if (!who)
        return who.error();
    if (!who->createRole)
        return Error::make(Error::Kind::Forbidden,
                           tr("your login %1 may not create or change logins (it lacks CREATEROLE): the database "
                              "owner must do this, or give your login that right with ALTER ROLE %1 CREATEROLE")
                               .arg(who->login));
    return {};
}

std::function<std::optional<Result<User>>()> TeamIntents::landedWhen(const QString &email,
                                                                     std::function<bool(const TeamMember &)> done)
{
    return [this, key = email.trimmed().toLower(), done = std::move(done)]() -> std::optional<Result<User>> {
        const auto members = TeamRepository(m_db).list();
        if (!members)
            return Result<User>(members.error());
        for (const TeamMember &m : *members)
            if (m.user.email == key && done(m))
                return Result<User>(m.user);
        return std::nullopt;
    };
}

Status TeamIntents::refuseForMe(const QString &email, const QString &why) const
{
    if (email.trimmed().toLower() == m_me.email)
        return Error::make(Error::Kind::Forbidden, why);
    return {};
}

Result<User> TeamIntents::addPerson(const NewPerson &person)
{
    if (Status s = validate(person); !s)
        return s.error();
    if (Status s = mayChangeLogins(); !s)
        return s.error();
    User user;
    user.email = person.email;
    user.name = person.name;
    user.role = *person.role;
    const QString login = person.login.trimmed();
    // CREATE ROLE is transactional: the login and the user land together or not at all.
    const auto added = WriteRetry::run<Result<User>>(
        m_db, WriteRetry::tr("the new person %1").arg(person.email.trimmed()),
        [&] { return TeamRepository(m_db).addUser(user, login, person.password); },
        landedWhen(person.email, [&login](const TeamMember &m) { return m.login == login; }));
    if (!added)
        return added.error();
    (void)reload(); // the person was added; a failed reading shows on the next Reload
    return added;
}

Status TeamIntents::mayChangeMember(const QString &email)
{
    const int row = m_model->rowOf(email);
    const bool hasLogin = row < 0 || !m_model->members().at(row).login.isEmpty();
    return hasLogin ? mayChangeLogins() : TeamRepository(m_db).mayManage();
}

Result<User> TeamIntents::changeRole(const QString &email, UserRole role)
{
    if (role != UserRole::Admin && m_me.role == UserRole::Admin) {
        if (Status s = refuseForMe(email,
                                   tr("you cannot take away your own administrator role here; another "
                                      "administrator or the database owner can"));
            !s)
            return s.error();
    }
    if (Status s = mayChangeMember(email); !s)
        return s.error();
    const auto changed = WriteRetry::run<Result<User>>(
        m_db, WriteRetry::tr("the role of %1").arg(email), [&] { return TeamRepository(m_db).setRole(email, role); },
        landedWhen(email, [role](const TeamMember &m) { return m.user.role == role; }));
    if (!changed)
        return changed.error();
    (void)reload();
    return changed;
}

Result<User> TeamIntents::disable(const QString &email)
{
    if (Status s = refuseForMe(email,
                               tr("you cannot disable yourself here; another administrator or the database "
                                  "owner can"));
        !s)
        return s.error();
    if (Status s = mayChangeMember(email); !s)
        return s.error();
    const auto changed = WriteRetry::run<Result<User>>(
        m_db, WriteRetry::tr("disabling %1").arg(email), [&] { return TeamRepository(m_db).disable(email); },
        landedWhen(email, [](const TeamMember &m) { return !m.user.isActive; }));
    if (!changed)
        return changed.error();
    (void)reload();
    return changed;
}

} // namespace doo
