#include "repositories/WorkflowRepository.h"

namespace doo {

WorkflowRepository::WorkflowRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx)) {}

} // namespace doo
