#pragma once

// The settings of every SQLite connection the program opens (models/db/Database).
namespace doo::sqlitesession {

inline constexpr int kBusyTimeoutMs = 30000; // how long a writer waits for another
inline constexpr long long kLongLogBytes = 1024 * 1024; // past this the closing program empties the WAL

} // namespace doo::sqlitesession
