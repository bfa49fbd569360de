#include "repositories/PreferenceRepository.h"

#include "db/Database.h"
#include "domain/Clock.h"

namespace doo {

PreferenceRepository::PreferenceRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx))
{ }

Result<QMap<QString, QString>> PreferenceRepository::stored(const QString &userId)
{
    const QString owner = userId.isEmpty() ? m_ctx.userId : userId;
    if (owner != m_ctx.userId && !m_ctx.isAdmin())
        return notFound(tr("user"), owner);
    Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, value FROM user_preference WHERE user_id = ?"), {owner}))
        return q.error();
    QMap<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

Result<Preferences> PreferenceRepository::load(const QString &userId)
{
    const auto values = stored(userId);
    if (!values)
        return values.error();
    return Preferences::fromStored(*values);
}

Result<Preferences> PreferenceRepository::change(const std::function<void(Preferences &)> &change)
{
    return inTransaction([&]() -> Result<Preferences> {
        const auto values = stored({});
        if (!values)
            return values.error();
        auto read = Preferences::fromStored(*values);
        if (!read)
            return read.error();
        Preferences preferences = read.takeValue();
        change(preferences);
        if (Status s = preferences.validate(); !s)
            return s.error();
        const QMap<QString, QString> next = preferences.toStored();
        const QVariant now = Database::toDb(Clock::currentUtc());
        for (auto it = next.cbegin(); it != next.cend(); ++it) {
            if (values->value(it.key()) == it.value() && values->contains(it.key()))
                continue;
            if (Status s =
                    exec(QStringLiteral("INSERT INTO user_preference (user_id, name, value, updated_at) VALUES (?, ?, ?, ?) "
                                        "ON CONFLICT (user_id, name) DO UPDATE SET value = excluded.value, "
                                        "updated_at = excluded.updated_at"),
                         {m_ctx.userId, it.key(), it.value(), now});
                !s)
                return s.error();
        }
        return preferences;
    });
}

Result<Preferences> PreferenceRepository::save(const Preferences &preferences)
{
    return change([&](Preferences &p) { p = preferences; });
}

Result<bool> PreferenceRepository::claimMark(const QString &userId, const QString &name, const QString &value)
{
    if (userId != m_ctx.userId && !m_ctx.isAdmin())
        return notFound(tr("user"), userId);
    Query q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO user_preference (user_id, name, value, updated_at) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (user_id, name) DO UPDATE SET value = excluded.value, "
                               "updated_at = excluded.updated_at WHERE user_preference.value <> excluded.value"),
                {userId, name, value, Database::toDb(Clock::currentUtc())}))
        return q.error();
    return q.rowsAffected() > 0;
}

} // namespace doo
