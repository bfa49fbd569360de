#pragma once

#include <cstdint>
#include <vector>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace doo::fast {

// A statement value to bind: text (UTF-8), an integer, or NULL.
struct Value
{
    enum class Kind { Text, Integer, Null } kind = Kind::Null;
    std::string_view text;
    std::int64_t integer = 0;
    static Value of(std::string_view t) { return {Kind::Text, t, 0}; }
    static Value of(std::int64_t i) { return {Kind::Integer, {}, i}; }
    static Value null() { return {}; }
};

// The SQLite file with the session the module's Database gives it (WAL, synchronous=FULL,
// foreign keys, busy timeout, no checkpoint on close). Statements always bind their values.
class SqliteFile
{
public:
    SqliteFile() = default;
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    // An existing file only; false (with why()) when it cannot be opened or set up.
    bool open(const std::string &path);
    bool exec(const char *sql, const std::vector<Value> &values = {});
    // The first column of the first row as text ("" when there is no row or on error).
    std::string scalar(const char *sql, const std::vector<Value> &values = {});
    sqlite3 *handle() const { return m_db; }
    const std::string &why() const { return m_why; }
    bool fail(const std::string &why);
    // What the module's Database does before it closes: `PRAGMA optimize` (statistics for the
    // query planner when they are missing or stale; nearly free otherwise), and the WAL copied in
    // and emptied past 1 MiB.
    void finish(const std::string &path);

private:
    sqlite3 *m_db = nullptr;
    std::string m_why;
};

// A prepared statement with bound values, stepped row by row.
class Statement
{
public:
    Statement(SqliteFile &file, const std::string &sql, const std::vector<Value> &values = {});
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool next();                 // false at the end or on an error (see ok())
    bool ok() const { return m_ok; }
    bool isNull(int column) const;
    std::string_view text(int column) const; // valid until next()
    std::int64_t integer(int column) const;

private:
    SqliteFile &m_file;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = false;
};

} // namespace doo::fast
