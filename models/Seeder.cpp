#include "Seeder.h"

namespace doo {

Result<SeedReport> Seeder::seed(Database &, const User &)
{
    return Error::make(Error::Kind::Internal, QStringLiteral("seeding is not written yet"));
}

} // namespace doo
