#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QCoreApplication>

namespace doo {

class Database;

struct SeedReport
{
    int tasks = 0;
    int workflows = 0;
    int executions = 0;
    int analyticsDays = 0;
    int consultations = 0;
    int notifications = 0;
};

// Believable sample data for one user, all through the repositories in one transaction:
// about 60 tasks over every column, a workflow of every type (each description says what its
// actions do) with its runs, the analytics of those runs, consultations in every status and the
// notifications those tasks and runs would have raised. Refuses a user who already has tasks.
// Joins the caller's transaction when there is one (Transaction nests).
class Seeder
{
    Q_DECLARE_TR_FUNCTIONS(Seeder)

public:
    static Result<SeedReport> seed(Database &db, const User &user);
};

} // namespace doo
