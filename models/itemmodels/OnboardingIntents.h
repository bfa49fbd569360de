#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QObject>

namespace doo {

class Database;

// What the first-start dialog does to the database: the user confirms their profile (with their
// time zone), onboarding is complete, and on request the sample data is loaded for them — all in
// one transaction. Refused (nothing written) when the profile is invalid, the database says no
// (typically an email another user has) or the sample data cannot be loaded.
class OnboardingIntents : public QObject
{
    Q_OBJECT

public:
    OnboardingIntents(Database &db, UserContext ctx, QObject *parent = nullptr);

    // Saves `profile` (normalised) with onboarding completed; returns the stored user. With
    // `loadSampleData`, the sample data (Seeder) is made for the user in the same transaction,
    // its dates in the zone just saved.
    Result<User> completeOnboarding(const User &profile, bool loadSampleData = false);
    // Whether sample data can be loaded: the user has no task yet (the seeder refuses to mix).
    bool canLoadSampleData() const;
    // Whether the database is a file on this computer (SQLite) rather than a team server.
    bool isLocal() const;

private:
    Database &m_db;
    UserContext m_ctx;
};

} // namespace doo
