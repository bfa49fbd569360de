#pragma once

#include <QLatin1String>

namespace doo::RunLimits {

// How many tasks workflow runs may create, so that workflows reacting to each other's tasks
// cannot multiply one task into millions (the chain depth alone, WorkflowScheduler's three
// steps, still allows 50 * 50 * 50 * 50 tasks from two workflows of 50 create_task actions).
//
// A chain is every run that follows from one event a person caused (or one timed or manual
// run): its runs together create at most kTasksPerChain tasks. A user's workflow runs together
// create at most kTasksPerMinute tasks in any 60 seconds. The run that would go beyond a limit
// fails as a whole (nothing of it is kept) with one ERROR notification, is not tried again,
// and the rest of its chain (or the user's event runs of that minute) is not started.
constexpr int kTasksPerChain = 200;
constexpr int kTasksPerMinute = 500;

// The field of the Error a run fails with when it reaches a limit.
inline const QLatin1String kChainField("limit.chain");
inline const QLatin1String kMinuteField("limit.minute");

} // namespace doo::RunLimits
