#pragma once

// The settings of every SQLite connection the program opens: models/db/Database (through Qt's
// driver) and the command line's fast path (app/fast, through the C library).
namespace doo::sqlitesession {

inline constexpr int kBusyTimeoutMs = 30000;           // how long a writer waits for another
inline constexpr long long kLongLogBytes = 1024 * 1024; // past this the closing program empties the WAL

} // namespace doo::sqlitesession
