#include "AppContext.h"

#include "db/Migrator.h"
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

Result<std::unique_ptr<AppContext>> AppContext::open(const QString &databaseOption, bool migrate)
{
    auto url = resolveUrl(databaseOption);
    if (!url)
        return url.error();
    DatabaseUrl target = url.takeValue();
    if (target.type == DbType::PostgreSQL && target.password.isEmpty() && qEnvironmentVariableIsEmpty("PGPASSWORD")
        && passwordLookup())
        target.password = passwordLookup()(target); // in memory only; libpq gets it, never argv
    return open(target, migrate);
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
    Result<User> user = email.isEmpty() ? UserRepository::ensureLocalProfile(*m_db) : UserRepository::findByEmail(*m_db, email);
    if (user && !user->isActive)
        return Error::make(Error::Kind::Forbidden, AppContext::tr("the user %1 is deactivated").arg(user->email));
    return user;
}

} // namespace doo
