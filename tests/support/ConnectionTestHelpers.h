#pragma once

#include "db/Database.h"
#include "db/Migrator.h"
#include "db/Query.h"
#include "repositories/UserRepository.h"
#include "WindowHost.h"

#include <QUuid>

namespace doo::test {

// A PostgreSQL login of its own with a password (the private server signs ordinary logins in by
// password), dropped again when the object goes away.
class TestLogin
{
public:
    // `admin` is a superuser connection to the private server; the password is made up afresh.
    explicit TestLogin(Database &admin) : m_admin(admin)
    {
        const QString unique = QUuid::createUuid().toString(QUuid::Id128).left(12);
        m_name = QStringLiteral("doo_login_") + unique;
        m_password = QStringLiteral("Pw-") + QUuid::createUuid().toString(QUuid::Id128);
        Query q(m_admin);
        // DDL takes no bound values; both texts are made of [A-Za-z0-9_-] only.
        if (!q.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_name, m_password)))
            qFatal("cannot create a login: %s", qPrintable(q.error().text()));
    }
    ~TestLogin()
    {
        Query q(m_admin);
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_name));
    }
    TestLogin(const TestLogin &) = delete;
    TestLogin &operator=(const TestLogin &) = delete;

    const QString &name() const { return m_name; }
    const QString &password() const { return m_password; }
    // `url` signed in as this login, without the password.
    DatabaseUrl url(DatabaseUrl url) const
    {
        url.user = m_name;
        url.password.clear();
        return url;
    }

private:
    Database &m_admin;
    QString m_name;
    QString m_password;
};

// What the window's composition root does (AppContext), without the onboarding dialog: open,
// migrate, the local profile.
inline WindowHost::Opener testOpener()
{
    return [](const DatabaseUrl &url, const QString &name) -> Result<WindowHost::Session> {
        auto db = Database::open(url, name);
        if (!db)
            return db.error();
        Migrator migrator(**db);
        if (auto applied = migrator.migrate(); !applied)
            return applied.error();
        auto user = UserRepository::ensureLocalProfile(**db);
        if (!user)
            return user.error();
        return WindowHost::Session{db.takeValue(), user.takeValue()};
    };
}

} // namespace doo::test
