#include "repositories/ConsultationRepository.h"

namespace doo {

ConsultationRepository::ConsultationRepository(Database &db, UserContext ctx) : Repository(db, std::move(ctx)) {}

} // namespace doo
