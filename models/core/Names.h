#pragma once

#include <array>

// The stored names of the enums, for code that works on the database's bytes (core/TaskJsonText).
// domain/Enums.cpp builds its enums on these lists: one list per enum.
namespace doo::names {

inline constexpr std::array<const char *, 4> kUserRole{{"ADMIN", "DIRECTOR", "MANAGER", "USER"}};
inline constexpr std::array<const char *, 5> kTaskStatus{{"TODO", "IN_PROGRESS", "REVIEW", "COMPLETED", "CANCELLED"}};
inline constexpr std::array<const char *, 4> kPriority{{"LOW", "MEDIUM", "HIGH", "URGENT"}};

} // namespace doo::names
