#pragma once

#include <cstddef>

namespace doo {

// The sample board's cards (Seeder): what a department's director has on the go, each with the
// note they would write on it. In column order: 18 to do, 12 in progress, 8 in review, 17
// completed, 5 cancelled. English, as all of the sample data.
struct SampleTask
{
    const char *title;
    const char *description;
};

extern const SampleTask kSampleTasks[];
extern const std::size_t kSampleTaskCount;

} // namespace doo
