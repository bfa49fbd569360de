#include "repositories/UserRepository.h"

#include "domain/Clock.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/Transaction.h"
#include "domain/Validation.h"
#include "repositories/WorkflowRepository.h"
#include "domain/WorkflowTiming.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace doo {

namespace {

const QString kColumns = QStringLiteral(
    "id, email, name, company, department, role, is_active, onboarding_completed, created_at, updated_at, version, "
    "time_zone");
const QString kLocalProfileKey = QStringLiteral("local_profile_user_id");

Status emailFree(Database &db, const QString &email, const QString &exceptId)
{
    Query q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM app_user WHERE email = ? AND id <> ?"), {email, exceptId}) || !q.next())
        return q.error();
    if (q.value(0).toInt() > 0)
        return Error::validation(QStringLiteral("email"), UserRepository::tr("%1 is already used by another user").arg(email));
    return {};
}

} // namespace

UserRepository::UserRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx))
{ }

Result<User> UserRepository::findOne(Database &db, const QString &where, const QVariantList &values)
{
    Query q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM app_user WHERE %2").arg(kColumns, where), values))
        return q.error();
    if (!q.next())
        return Error::make(Error::Kind::NotFound, tr("no such user"));
    return UserRepository::readRow(q);
}

Result<User> UserRepository::insert(Database &db, User user)
{
    user.normalize();
    if (Status s = user.validate(); !s)
        return s.error();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (Status s = emailFree(db, user.email, QStringLiteral("")); !s)
        return s.error();
    user.id = Validation::newId();
    user.createdAt = user.updatedAt = Clock::currentUtc();
    user.version = 1;
    Query q(db);
    if (!q.exec(QStringLiteral("INSERT INTO app_user (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns),
                {user.id, user.email, user.name, Database::nullIfEmpty(user.company), Database::nullIfEmpty(user.department),
                 toString(user.role), user.isActive, user.onboardingCompleted, Database::toDb(user.createdAt),
                 Database::toDb(user.updatedAt), user.version, Validation::notNull(user.timeZone)}))
        return q.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return user;
}

Result<User> UserRepository::create(User user)
{
    // Anyone may create the first user (onboarding); afterwards only an ADMIN creates others.
    if (!m_ctx.isAdmin()) {
        const auto n = count();
        if (!n)
            return n.error();
        if (*n > 0)
            return Error::make(Error::Kind::Forbidden, tr("only an administrator can add users"));
    }
    return insert(m_db, std::move(user));
}

Result<User> UserRepository::findById(const QString &id)
{
    QVariantList values{id};
    const QString where = QStringLiteral("id = ?") + scope(QStringLiteral("id"), values);
    auto found = findOne(m_db, where, values);
    if (!found && found.error().kind == Error::Kind::NotFound)
        return notFound(tr("user"), id);
    return found;
}

Result<QList<User>> UserRepository::list()
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT %1 FROM app_user WHERE 1 = 1%2 ORDER BY name, email")
                            .arg(kColumns, scope(QStringLiteral("id"), values));
    return readAll(sql, values, UserRepository::readRow);
}

Result<User> UserRepository::update(const User &input)
{
    User user = input;
    user.normalize();
    if (Status s = user.validate(); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto existing = findById(user.id);
    if (!existing)
        return existing.error();
    if (!m_ctx.isAdmin() && (user.role != existing->role || user.isActive != existing->isActive))
        return Error::make(Error::Kind::Forbidden, tr("only an administrator can change a role or deactivate a user"));
    if (Status s = emailFree(m_db, user.email, user.id); !s)
        return s.error();
    user.updatedAt = Clock::currentUtc();
    Query q(m_db);
    if (!q.exec(QStringLiteral("UPDATE app_user SET email = ?, name = ?, company = ?, department = ?, role = ?, "
                               "is_active = ?, onboarding_completed = ?, updated_at = ?, time_zone = ?, version = version + 1 "
                               "WHERE id = ? AND version = ?"),
                {user.email, user.name, Database::nullIfEmpty(user.company), Database::nullIfEmpty(user.department),
                 toString(user.role), user.isActive, user.onboardingCompleted, Database::toDb(user.updatedAt),
                 Validation::notNull(user.timeZone), user.id, user.version}))
        return q.error();
    if (q.rowsAffected() != 1)
        return Error::make(Error::Kind::Conflict, tr("this profile was changed elsewhere; reload it and try again"));
    if (user.timeZone != existing->timeZone) { // schedules follow the new zone from their next run on
        if (Status s = WorkflowRepository(m_db, UserContext{user.id, user.role}).retime(); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    user.version += 1;
    user.createdAt = existing->createdAt;
    return user;
}

UserContext UserRepository::contextOf(Database &db, const QString &userId, const UserContext &known)
{
    if (userId == known.userId)
        return known.ownScope();
    Query q(db);
    if (q.exec(QStringLiteral("SELECT role FROM app_user WHERE id = ?"), {userId}) && q.next())
        return UserContext{userId, enumFromString<UserRole>(q.value(0).toString()).value_or(UserRole::User)}.ownScope();
    return UserContext{userId, UserRole::User};
}

Result<QTimeZone> UserRepository::timeZoneOf(Database &db, const QString &userId)
{
    Query q(db);
    if (!q.exec(QStringLiteral("SELECT time_zone FROM app_user WHERE id = ?"), {userId}))
        return q.error();
    return WorkflowTiming::zoneFor(q.next() ? q.value(0).toString() : QString());
}

Result<int> UserRepository::count()
{
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM app_user")) || !q.next())
        return q.error();
    return q.value(0).toInt();
}

Result<User> UserRepository::findByEmail(Database &db, const QString &email)
{
    auto found = findOne(db, QStringLiteral("email = ?"), {email.trimmed().toLower()});
    if (!found && found.error().kind == Error::Kind::NotFound)
        return Error::make(Error::Kind::NotFound, tr("no user with the email %1").arg(email));
    return found;
}

Result<User> UserRepository::localProfile(Database &db)
{
    Query q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM app_setting WHERE key = ?"), {kLocalProfileKey}))
        return q.error();
    if (!q.next())
        return Error::make(Error::Kind::NotFound,
                           tr("there is no local profile yet: run `director-of-one db migrate` or start the app"));
    return findOne(db, QStringLiteral("id = ?"), {q.value(0).toString()});
}

Status UserRepository::setLocalProfile(Database &db, const QString &userId)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    Query del(db);
    if (!del.exec(QStringLiteral("DELETE FROM app_setting WHERE key = ?"), {kLocalProfileKey}))
        return del.error();
    Query ins(db);
    if (!ins.exec(QStringLiteral("INSERT INTO app_setting (key, value) VALUES (?, ?)"), {kLocalProfileKey, userId}))
        return ins.error();
    return tx.commit();
}

Result<User> UserRepository::ensureLocalProfile(Database &db)
{
    if (auto existing = localProfile(db); existing) // the usual case: read only, no write lock
        return existing;
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (auto existing = localProfile(db); existing)
        return existing;
    Query q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM app_user")) || !q.next())
        return q.error();
    if (q.value(0).toInt() > 0) // users exist but no local profile: a shared database; do not invent one
        return Error::make(Error::Kind::NotFound, tr("this database has users but no local profile: pass --user EMAIL"));

    QString account = qEnvironmentVariable("USER");
    if (account.isEmpty())
        account = qEnvironmentVariable("LOGNAME");
    if (account.isEmpty())
        account = QStringLiteral("director");
    QString local = account.toLower();
    local.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]")), QStringLiteral("."));
    User user;
    user.name = account;
    user.email = local + QStringLiteral("@localhost");
    user.role = UserRole::Director;
    user.onboardingCompleted = false;
    auto created = insert(db, user);
    if (!created)
        return created;
    if (Status s = setLocalProfile(db, created->id); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return created;
}

QString UserRepository::columns(const QString &alias)
{
    if (alias.isEmpty())
        return kColumns;
    QStringList names = kColumns.split(QStringLiteral(", "));
    for (QString &name : names)
        name = alias + QLatin1Char('.') + name;
    return names.join(QStringLiteral(", "));
}

User UserRepository::readRow(const Query &q)
{
    User u;
    u.id = q.value(0).toString();
    u.email = q.value(1).toString();
    u.name = q.value(2).toString();
    u.company = q.value(3).toString();
    u.department = q.value(4).toString();
    u.role = enumFromString<UserRole>(q.value(5).toString()).value_or(UserRole::User);
    u.isActive = q.value(6).toBool();
    u.onboardingCompleted = q.value(7).toBool();
    u.createdAt = Database::dateTimeFromDb(q.value(8));
    u.updatedAt = Database::dateTimeFromDb(q.value(9));
    u.version = q.value(10).toInt();
    u.timeZone = q.value(11).toString();
    return u;
}

} // namespace doo
