#pragma once

#include <cstdint>

// The limits of a task's fields and the gap between card positions: one definition for the
// domain's validation, the workflow actions and the repository.
namespace doo::limits {

inline constexpr int kMaxTitle = 200; // UTF-16 code units, after trimming
inline constexpr int kMaxDescription = 10000; // UTF-16 code units
inline constexpr int kMaxTag = 50;
inline constexpr int kMaxTags = 20;
inline constexpr std::int64_t kPositionGap = 1024; // a new card's distance from the last one

} // namespace doo::limits
