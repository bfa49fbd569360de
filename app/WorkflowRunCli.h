#pragma once

#include <QString>

namespace doo {
class Database;
struct UserContext;
struct WorkflowExecution;
} // namespace doo

namespace doo::cli {

struct Args;

// One line about a run: short id, scheduled time, status, counts, error, "undone" mark.
QString executionLine(const WorkflowExecution &execution);

// The workflow commands about runs rather than workflows: `runs`, `undo-run`, `approve`,
// `reject` (`name`). Arguments were checked by the caller.
int runRunCommand(const QString &name, const Args &args, Database &db, const UserContext &user);

} // namespace doo::cli
