#include "itemmodels/OnboardingIntents.h"

#include "repositories/UserRepository.h"

namespace doo {

OnboardingIntents::OnboardingIntents(Database &db, UserContext ctx, QObject *parent)
    : QObject(parent), m_db(db), m_ctx(std::move(ctx))
{ }

Result<User> OnboardingIntents::completeOnboarding(const User &profile)
{
    User user = profile;
    user.onboardingCompleted = true;
    user.normalize();
    if (Status valid = user.validate(); !valid)
        return valid.error();
    return UserRepository(m_db, m_ctx).update(user);
}

} // namespace doo
