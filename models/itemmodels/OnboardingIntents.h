#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QObject>

namespace doo {

class Database;

// What the first-start dialog does to the database: the user confirms their profile and
// onboarding is complete. Refused (nothing written) when the profile is invalid or the database
// says no (typically an email another user has).
class OnboardingIntents : public QObject
{
    Q_OBJECT

public:
    OnboardingIntents(Database &db, UserContext ctx, QObject *parent = nullptr);

    // Saves `profile` (normalised) with onboarding completed; returns the stored user.
    Result<User> completeOnboarding(const User &profile);

private:
    Database &m_db;
    UserContext m_ctx;
};

} // namespace doo
