#pragma once

namespace doo {

// The only place that names the SQL dialects. Everything dialect-specific switches on this.
enum class DbType { SQLite, PostgreSQL };

} // namespace doo
