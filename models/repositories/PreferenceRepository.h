#pragma once

#include "domain/Preferences.h"
#include "repositories/Repository.h"

#include <functional>

namespace doo {

// The current user's preferences (table user_preference): read whole, changed in one transaction.
// Names this program does not know (written by a newer version) are left as they are.
class PreferenceRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(PreferenceRepository)

public:
    PreferenceRepository(Database &db, UserContext ctx);

    // The user's preferences, defaults for what was never set. `userId` empty: the current user's;
    // another user's only for an ADMIN (or on PostgreSQL a scheduler login, which sees all).
    Result<Preferences> load(const QString &userId = {});
    // In one transaction: the stored preferences are read, `change` applies to them, the result is
    // validated (an error names the field; nothing is written) and the names whose value changed
    // are written. Returns the preferences as saved.
    Result<Preferences> change(const std::function<void(Preferences &)> &change);
    // Saves `preferences` whole (the Settings window's OK), the same way.
    Result<Preferences> save(const Preferences &preferences);
    // A mark kept beside the preferences that is not one of them (its name is none of Preferences'
    // names, e.g. "budget_alert_week"): set to `value` for `userId` unless it has that value
    // already. True when this call set it, so of two processes marking the same value only one
    // gets true. Joins the caller's transaction.
    Result<bool> claimMark(const QString &userId, const QString &name, const QString &value);

private:
    Result<QMap<QString, QString>> stored(const QString &userId);
};

} // namespace doo
