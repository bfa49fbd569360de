#include "AppContext.h"

#include "db/AutoBackup.h"
#include "db/ConnectionProblem.h"
#include "db/Migrator.h"
#include "repositories/TeamRepository.h"
#include "repositories/UserRepository.h"

#include <QCoreApplication>

namespace doo {

namespace {
std::function<QString(const DatabaseUrl &)> &passwordLookup()
{
    static std::function<QString(const DatabaseUrl &)> lookup;
    return lookup;
}
} // namespace

void AppContext::setPasswordLookup(std::function<QString(const DatabaseUrl &)> lookup)
{
    passwordLookup() = std::move(lookup);
}

Result<DatabaseUrl> AppContext::resolveUrl(const QString &option)
{
    if (!option.isEmpty())
        return DatabaseUrl::parse(option);
    const QString env = qEnvironmentVariable("DIRECTOR_DATABASE");
    if (!env.isEmpty())
        return DatabaseUrl::parse(env);
    return DatabaseUrl::defaultLocal();
}

Result<DatabaseUrl> AppContext::resolveTarget(const QString &option)
{
    auto url = resolveUrl(option);
    if (!url)
        return url.error();
    DatabaseUrl target = url.takeValue();
    if (target.type == DbType::PostgreSQL && target.password.isEmpty() && qEnvironmentVariableIsEmpty("PGPASSWORD")
        && passwordLookup())
        target.password = passwordLookup()(target); // in memory only; libpq gets it, never argv
    return target;
}

Error AppContext::explained(const Error &error, const DatabaseUrl &url)
{
    Error hinted = error;
    if (error.kind == Error::Kind::Damaged) {
        hinted.message += QLatin1Char('\n') + AutoBackup::restoreHint(url);
    } else if (error.kind == Error::Kind::ConnectionLost && url.type == DbType::PostgreSQL) {
        const ConnectionReport report = ConnectionCheck::report(error, url);
        hinted.message = report.message + QLatin1Char('\n') + report.details;
    }
    return hinted;
}

Result<std::unique_ptr<AppContext>> AppContext::open(const QString &databaseOption, bool migrate)
{
    auto target = resolveTarget(databaseOption);
    if (!target)
        return target.error();
    auto context = open(*target, migrate);
    if (!context)
        return explained(context.error(), *target);
    return context;
}

Result<std::unique_ptr<AppContext>> AppContext::open(const DatabaseUrl &url, bool migrate, const QString &connectionName)
{
    auto db = Database::open(url, connectionName);
    if (!db)
        return db.error();
    std::unique_ptr<AppContext> context(new AppContext);
    context->m_db = db.takeValue();
    if (migrate) {
        Migrator migrator(*context->m_db);
        if (auto applied = migrator.migrate(); !applied)
            return applied.error();
    }
    return context;
}

Result<std::pair<std::unique_ptr<AppContext>, User>> AppContext::openAs(const QString &databaseOption, const QString &email)
{
    auto context = open(databaseOption, true);
    if (!context)
        return context.error();
    auto user = (*context)->resolveUser(email);
    if (!user)
        return user.error();
    return std::make_pair(context.takeValue(), user.takeValue());
}

Result<User> AppContext::resolveUser(const QString &email)
{
    if (m_db->type() == DbType::PostgreSQL) {
        // Who you are is your login: the user linked to it. Only the owner (running `db migrate`,
        // the tests) keeps the local profile and --user.
        const auto who = TeamRepository(*m_db).signedIn();
        if (!who)
            return who.error();
        if (who->hasLogins && !who->userId.isEmpty())
            return linkedUser(who->userId, who->login, email);
        if (who->hasLogins && !who->owner)
            return Error::make(Error::Kind::Forbidden,
                               AppContext::tr("the login %1 is not linked to an active user of this database; ask the "
                                              "owner or an administrator to run `director-of-one team add-user`")
                                   .arg(who->login));
    }
    Result<User> user = email.isEmpty() ? UserRepository::ensureLocalProfile(*m_db) : UserRepository::findByEmail(*m_db, email);
    if (user && !user->isActive)
        return Error::make(Error::Kind::Forbidden, AppContext::tr("the user %1 is deactivated").arg(user->email));
    return user;
}

Result<User> AppContext::linkedUser(const QString &userId, const QString &login, const QString &email)
{
    auto self = UserRepository(*m_db, UserContext{userId, UserRole::User}).findById(userId);
    if (!self || email.isEmpty())
        return self;
    if (self->role != UserRole::Admin && email.trimmed().toLower() != self->email)
        return Error::make(Error::Kind::Forbidden,
                           AppContext::tr("--user is for administrators: the login %1 is %2's").arg(login, self->email));
    // An ADMIN views another user's data; the server still knows them as themselves.
    auto other = UserRepository::findByEmail(*m_db, email);
    if (other && !other->isActive)
        return Error::make(Error::Kind::Forbidden, AppContext::tr("the user %1 is deactivated").arg(other->email));
    return other;
}

} // namespace doo
