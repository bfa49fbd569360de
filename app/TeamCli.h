#pragma once

namespace doo::cli {

struct Args;

// `team add-user|list|set-role|disable`: the logins and roles of a team's PostgreSQL database.
int runTeamCommand(const Args &args);

} // namespace doo::cli
