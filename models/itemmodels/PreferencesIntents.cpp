#include "itemmodels/PreferencesIntents.h"

#include "db/Transaction.h"
#include "repositories/PreferenceRepository.h"
#include "repositories/UserRepository.h"

namespace doo {

PreferencesIntents::PreferencesIntents(Database &db, UserContext ctx, QObject *parent)
    : QObject(parent), m_db(db), m_ctx(std::move(ctx))
{ }

void PreferencesIntents::hold(const Preferences &preferences)
{
    if (preferences == m_preferences)
        return;
    m_preferences = preferences;
    Q_EMIT changed(m_preferences);
}

Status PreferencesIntents::reload()
{
    auto loaded = PreferenceRepository(m_db, m_ctx).load();
    if (!loaded)
        return loaded.error();
    hold(*loaded);
    return {};
}

Result<User> PreferencesIntents::profile()
{
    return UserRepository(m_db, m_ctx).findById(m_ctx.userId);
}

Status PreferencesIntents::save(const Preferences &preferences, const std::optional<User> &profile)
{
    if (Status valid = preferences.validate(); !valid)
        return valid;
    std::optional<User> edited = profile;
    if (edited) {
        edited->normalize();
        if (Status valid = edited->validate(); !valid)
            return valid;
    }
    // Both repositories join this transaction: the profile refused leaves the preferences unsaved.
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto saved = PreferenceRepository(m_db, m_ctx).save(preferences);
    if (!saved)
        return saved.error();
    std::optional<User> savedUser;
    bool zoneChanged = false;
    if (edited) {
        UserRepository users(m_db, m_ctx);
        const auto before = users.findById(edited->id);
        if (!before)
            return before.error();
        auto updated = users.update(*edited);
        if (!updated)
            return updated.error();
        zoneChanged = updated->timeZone != before->timeZone;
        savedUser = updated.takeValue();
    }
    if (Status s = tx.commit(); !s)
        return s;
    hold(*saved);
    if (savedUser)
        Q_EMIT profileChanged(*savedUser, zoneChanged);
    return {};
}

Status PreferencesIntents::setWipLimit(TaskStatus status, int limit)
{
    auto saved = PreferenceRepository(m_db, m_ctx).change([&](Preferences &p) { p.setWipLimit(status, limit); });
    if (!saved)
        return saved.error();
    hold(*saved);
    return {};
}

} // namespace doo
