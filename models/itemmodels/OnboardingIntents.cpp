#include "itemmodels/OnboardingIntents.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "exchange/Seeder.h"
#include "repositories/TaskRepository.h"
#include "repositories/UserRepository.h"

namespace doo {

OnboardingIntents::OnboardingIntents(Database &db, UserContext ctx, QObject *parent)
    : QObject(parent), m_db(db), m_ctx(std::move(ctx))
{ }

Result<User> OnboardingIntents::completeOnboarding(const User &profile, bool loadSampleData)
{
    User user = profile;
    user.onboardingCompleted = true;
    user.normalize();
    if (Status valid = user.validate(); !valid)
        return valid.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto saved = UserRepository(m_db, m_ctx).update(user);
    if (!saved)
        return saved;
    if (loadSampleData) {
        if (auto seeded = Seeder::seed(m_db, *saved); !seeded)
            return seeded.error();
    }
    if (Status committed = tx.commit(); !committed)
        return committed.error();
    return saved;
}

bool OnboardingIntents::canLoadSampleData() const
{
    const auto count = TaskRepository(m_db, m_ctx).count();
    return count && *count == 0;
}

bool OnboardingIntents::isLocal() const
{
    return m_db.type() == DbType::SQLite;
}

} // namespace doo
