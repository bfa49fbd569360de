#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QDate>

namespace doo {

class Database;

// The sample consultations of `db seed`: about 30 requests received over the last 12 weeks, in
// every status (two no-shows among them), with their history at believable times and a
// follow-up task linked to each completed one. Runs in the caller's transaction.
namespace ConsultationSeeder {

// The number of consultations created.
Result<int> seed(Database &db, const UserContext &ctx, const QDate &today);

} // namespace ConsultationSeeder

} // namespace doo
