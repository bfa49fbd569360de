#include "repositories/NotificationRepository.h"

namespace doo {

NotificationRepository::NotificationRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx)) {}

} // namespace doo
