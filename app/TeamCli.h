#pragma once

#include <QStringList>

namespace doo::cli {

struct Args;

// `team add-user|list|set-role|disable`: the logins and roles of a team's PostgreSQL database.
int runTeamCommand(const Args &args);
// The options its commands take with a value, from its table (for Args::parse).
QStringList teamValueOptions();

} // namespace doo::cli
