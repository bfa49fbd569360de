#pragma once

#include <QString>

class QDateTime;

namespace doo {
class Database;
struct UserContext;
struct WorkflowExecution;
} // namespace doo

namespace doo::cli {

struct Args;

// A time as the workflow commands print it ("2026-11-25 17:00", "-" for none), in the current
// user's time zone (the zone schedules are read in) once setDisplayZone has named it.
QString timeText(const QDateTime &time);
void setDisplayZone(const QString &ianaId);

// One line about a run: short id, scheduled time, status, counts, error, "undone" mark.
QString executionLine(const WorkflowExecution &execution);

// The workflow commands about runs rather than workflows: `runs`, `undo-run`, `approve`,
// `reject` (`name`). Arguments were checked by the caller.
int runRunCommand(const QString &name, const Args &args, Database &db, const UserContext &user);

} // namespace doo::cli
