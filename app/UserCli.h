#pragma once

namespace doo::cli {

struct Args;

// `director-of-one user show [--json]` and `user set [--name N] [--company C] [--department D]
// [--time-zone Z]`: the current user's profile.
int runUserCommand(const Args &args);

} // namespace doo::cli
