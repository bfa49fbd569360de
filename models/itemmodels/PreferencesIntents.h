#pragma once

#include "domain/Preferences.h"
#include "domain/Result.h"
#include "domain/User.h"

#include <QObject>

#include <optional>

namespace doo {

class Database;

// What the window does with the signed-in user's preferences (domain/Preferences, in the
// database) and profile: it holds the ones last loaded or saved, saves them through
// PreferenceRepository and UserRepository (the same path as `user set`, which re-times the
// workflows when the time zone changes) in one transaction, and tells the parts that follow them
// (the board's WIP limits, the Settings window, pop-up rules) through changed() and
// profileChanged(). One object per window, shared by those parts.
class PreferencesIntents : public QObject
{
    Q_OBJECT

public:
    PreferencesIntents(Database &db, UserContext ctx, QObject *parent = nullptr);

    // The preferences as last loaded or saved (the defaults until reload() succeeds).
    const Preferences &preferences() const { return m_preferences; }
    // Reads the preferences again; changed() when they differ from those held.
    Status reload();
    // The user's profile as stored now (name, company, department, time zone, version).
    Result<User> profile();

    // Saves `preferences`, and `profile` when given, in one transaction: an invalid value is
    // refused naming its field ("quiet_hours", "timeZone") and nothing is written.
    Status save(const Preferences &preferences, const std::optional<User> &profile = std::nullopt);
    // One column's work-in-progress limit (0: none), the board's own way of setting it.
    Status setWipLimit(TaskStatus status, int limit);

Q_SIGNALS:
    void changed(const doo::Preferences &preferences);
    // The profile was saved; `zoneChanged`: the workflows were re-timed to the new time zone.
    void profileChanged(const doo::User &user, bool zoneChanged);

private:
    void hold(const Preferences &preferences);

    Database &m_db;
    UserContext m_ctx;
    Preferences m_preferences;
};

} // namespace doo
