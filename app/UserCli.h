#pragma once

#include <QStringList>

namespace doo::cli {

struct Args;

// `director-of-one user show [--json]` and `user set [--name N] [--company C] [--department D]
// [--time-zone Z] [--weekly-target-hours H]`: the current user's profile and weekly target of hours
// saved (Preferences::weeklyTargetHours).
int runUserCommand(const Args &args);
// The options its commands take with a value, from its table (for Args::parse).
QStringList userValueOptions();

} // namespace doo::cli
