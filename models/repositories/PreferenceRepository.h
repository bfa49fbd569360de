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

private:
    Result<QMap<QString, QString>> stored(const QString &userId);
};

} // namespace doo
