#include "repositories/AnalyticsRepository.h"

namespace doo {

AnalyticsRepository::AnalyticsRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx)) {}

} // namespace doo
