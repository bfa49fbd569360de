#include "repositories/TeamRepository.h"

#include "repositories/UserRepository.h"

#include "db/Database.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "domain/Clock.h"
#include "domain/Validation.h"

namespace doo {

namespace {

QString columns()
{
    return UserRepository::columns(QStringLiteral("u")) + QStringLiteral(", u.login, COALESCE(r.rolcanlogin, false)");
}

TeamRepository::Member readMember(const Query &q)
{
    TeamRepository::Member m;
    m.user = UserRepository::readRow(q);
    m.login = q.value(12).toString();
    m.canLogIn = q.value(13).toBool();
    return m;
}

QString groupFor(UserRole role)
{
    return role == UserRole::Admin ? QStringLiteral("doo_admin") : QStringLiteral("doo_member");
}

} // namespace

TeamRepository::TeamRepository(Database &db) : m_db(db)
{ }

Status TeamRepository::validateLogin(const QString &login)
{
    bool ok = !login.isEmpty() && login.size() <= 63 && login.at(0) >= QLatin1Char('a') && login.at(0) <= QLatin1Char('z')
        && !login.startsWith(QLatin1String("pg_"));
    for (const QChar c : login) {
        ok = ok
            && ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-'));
    }
    if (!ok)
        return Error::validation(QStringLiteral("login"),
                                 tr("a login is 1 to 63 lower-case letters, digits, '_', '.' or '-', starting with a "
                                    "letter (and not with pg_)"));
    return {};
}

Result<TeamRepository::SignedIn> TeamRepository::signedIn()
{
    SignedIn who;
    {
        Query q(m_db);
        if (!q.exec(QStringLiteral("SELECT current_user::text, pg_has_role(current_user, d.datdba, 'MEMBER'), "
                                   "to_regprocedure('doo_user_id(text)') IS NOT NULL, "
                                   "(SELECT r.rolcreaterole OR r.rolsuper FROM pg_roles r WHERE r.rolname = current_user) "
                                   "FROM pg_database d WHERE d.datname = current_database()"))
            || !q.next())
            return q.error();
        who.login = q.value(0).toString();
        who.owner = q.value(1).toBool();
        who.hasLogins = q.value(2).toBool();
        who.createRole = q.value(3).toBool();
    }
    if (who.hasLogins) {
        Query q(m_db);
        if (!q.exec(QStringLiteral("SELECT doo_user_id()")) || !q.next())
            return q.error();
        who.userId = q.value(0).toString();
    }
    return who;
}

Status TeamRepository::mayManage()
{
    const auto who = signedIn();
    if (!who)
        return who.error();
    if (!who->hasLogins)
        return Error::make(Error::Kind::Schema, tr("the database has no logins yet: run `director-of-one db migrate`"));
    if (who->owner)
        return {};
    if (!who->userId.isEmpty()) {
        Query q(m_db);
        if (!q.exec(QStringLiteral("SELECT doo_is_admin()")) || !q.next())
            return q.error();
        if (q.value(0).toBool())
            return {};
    }
    return Error::make(
        Error::Kind::Forbidden,
        tr("only the owner of the database or an administrator can manage the team (signed in as %1)").arg(who->login));
}

Result<QString> TeamRepository::schedulerLogin()
{
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT current_user::text, CASE WHEN to_regrole('doo_scheduler') IS NULL THEN false "
                               "ELSE pg_has_role(current_user, 'doo_scheduler', 'MEMBER') END"))
        || !q.next())
        return q.error();
    if (!q.value(1).toBool())
        return Error::make(Error::Kind::Forbidden,
                           tr("the team scheduler runs under a login in the group role doo_scheduler; %1 is not one")
                               .arg(q.value(0).toString()));
    return q.value(0).toString();
}

Result<User> TeamRepository::addUser(User user, const QString &login, const QString &password)
{
    user.normalize();
    if (Status s = user.validate(); !s)
        return s.error();
    if (Status s = validateLogin(login); !s)
        return s.error();
    if (password.isEmpty())
        return Error::validation(QStringLiteral("password"), tr("the password is empty"));
    if (Status s = mayManage(); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    {
        Query q(m_db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM app_user WHERE email = ? OR login = ?"), {user.email, login})
            || !q.next())
            return q.error();
        if (q.value(0).toInt() > 0)
            return Error::validation(QStringLiteral("email"),
                                     tr("%1 or the login %2 is already used by another user").arg(user.email, login));
    }
    {
        Query q(m_db);
        q.setSecretValues();
        if (!q.exec(QStringLiteral("SELECT doo_create_login(?, ?, ?)"), {login, password, groupFor(user.role)}))
            return q.error();
    }
    user.id = Validation::newId();
    user.createdAt = user.updatedAt = Clock::currentUtc();
    user.version = 1;
    user.isActive = true;
    Query q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO app_user (id, email, name, company, department, role, is_active, "
                               "onboarding_completed, created_at, updated_at, version, time_zone, login) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {user.id, user.email, user.name, Database::nullIfEmpty(user.company), Database::nullIfEmpty(user.department),
                 toString(user.role), true, user.onboardingCompleted, Database::toDb(user.createdAt),
                 Database::toDb(user.updatedAt), user.version, Validation::notNull(user.timeZone), login}))
        return q.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return user;
}

Result<QList<TeamRepository::Member>> TeamRepository::list()
{
    if (Status s = mayManage(); !s)
        return s.error();
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM app_user u LEFT JOIN pg_roles r ON r.rolname = u.login "
                               "ORDER BY u.name, u.email")
                    .arg(columns())))
        return q.error();
    QList<Member> members;
    while (q.next())
        members << readMember(q);
    return members;
}

Result<TeamRepository::Member> TeamRepository::findMember(const QString &email)
{
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM app_user u LEFT JOIN pg_roles r ON r.rolname = u.login "
                               "WHERE u.email = ?")
                    .arg(columns()),
                {email.trimmed().toLower()}))
        return q.error();
    if (!q.next())
        return Error::make(Error::Kind::NotFound, tr("no user with the email %1").arg(email));
    return readMember(q);
}

Result<User> TeamRepository::setRole(const QString &email, UserRole role)
{
    if (Status s = mayManage(); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto member = findMember(email);
    if (!member)
        return member.error();
    Query q(m_db);
    if (!q.exec(QStringLiteral("UPDATE app_user SET role = ?, updated_at = ?, version = version + 1 WHERE id = ?"),
                {toString(role), Database::toDb(Clock::currentUtc()), member->user.id}))
        return q.error();
    if (!member->login.isEmpty()) {
        Query group(m_db);
        if (!group.exec(QStringLiteral("SELECT doo_set_group(?, ?)"), {member->login, groupFor(role)}))
            return group.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    User user = member->user;
    user.role = role;
    user.version += 1;
    return user;
}

Result<User> TeamRepository::disable(const QString &email)
{
    if (Status s = mayManage(); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto member = findMember(email);
    if (!member)
        return member.error();
    Query q(m_db);
    if (!q.exec(QStringLiteral("UPDATE app_user SET is_active = ?, updated_at = ?, version = version + 1 WHERE id = ?"),
                {false, Database::toDb(Clock::currentUtc()), member->user.id}))
        return q.error();
    if (!member->login.isEmpty()) {
        Query login(m_db);
        if (!login.exec(QStringLiteral("SELECT doo_disable_login(?)"), {member->login}))
            return login.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    User user = member->user;
    user.isActive = false;
    user.version += 1;
    return user;
}

} // namespace doo
