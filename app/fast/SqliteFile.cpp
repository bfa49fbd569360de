#include "fast/SqliteFile.h"

#include "core/SqliteSession.h"

#include <sqlite3.h>
#include <sys/stat.h>

namespace doo::fast {

namespace {
using sqlitesession::kBusyTimeoutMs;
using sqlitesession::kLongLogBytes;
} // namespace

SqliteFile::~SqliteFile()
{
    sqlite3_close_v2(m_db);
}

bool SqliteFile::fail(const std::string &why)
{
    m_why = why;
    return false;
}

bool SqliteFile::open(const std::string &path)
{
    if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        return fail("cannot open " + path + ": " + sqlite3_errmsg(m_db));
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, static_cast<int *>(nullptr));
    if (!exec("PRAGMA synchronous = FULL") || !exec("PRAGMA foreign_keys = ON"))
        return false;
    // The module turns WAL on when it creates the file; the mode stays with the file.
    if (scalar("PRAGMA journal_mode") != "wal")
        return fail("the database is not in WAL mode");
    return true;
}

bool SqliteFile::exec(const char *sql, const std::vector<Value> &values)
{
    Statement statement(*this, sql, values);
    while (statement.next()) {
    }
    return statement.ok();
}

std::string SqliteFile::scalar(const char *sql, const std::vector<Value> &values)
{
    Statement statement(*this, sql, values);
    return statement.next() ? std::string(statement.text(0)) : std::string();
}

void SqliteFile::finish(const std::string &path)
{
    exec("PRAGMA optimize"); // best effort, as the module's
    struct stat log;
    if (stat((path + "-wal").c_str(), &log) != 0 || log.st_size <= kLongLogBytes)
        return;
    // Without waiting: when another connection is reading, the next program does it.
    if (exec("PRAGMA busy_timeout = 0"))
        exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

Statement::Statement(SqliteFile &file, const std::string &sql, const std::vector<Value> &values) : m_file(file)
{
    if (sqlite3_prepare_v2(file.handle(), sql.c_str(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
        file.fail(std::string(sqlite3_errmsg(file.handle())) + " in " + sql);
        return;
    }
    int index = 1;
    for (const Value &v : values) {
        int rc = SQLITE_OK;
        if (v.kind == Value::Kind::Text)
            rc = sqlite3_bind_text(m_stmt, index, v.text.data(), int(v.text.size()), SQLITE_TRANSIENT);
        else if (v.kind == Value::Kind::Integer)
            rc = sqlite3_bind_int64(m_stmt, index, v.integer);
        else
            rc = sqlite3_bind_null(m_stmt, index);
        if (rc != SQLITE_OK) {
            file.fail(std::string(sqlite3_errmsg(file.handle())) + " in " + sql);
            return;
        }
        ++index;
    }
    m_ok = true;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

bool Statement::next()
{
    if (!m_ok)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_ok = m_file.fail(sqlite3_errmsg(m_file.handle()));
    return false;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::string_view Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data, std::size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

} // namespace doo::fast
