#pragma once

#include "db/DatabaseUrl.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

#include <algorithm>
#include <memory>

class QDateTime;
class QSqlError;

namespace doo {

class Reconnector;

// One open connection (one per thread, named deterministically) with its dialect's session
// set up. Dialect differences live here and in the migration files, nowhere else.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens and sets up the session. `connectionName` defaults to one per thread.
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl &url, const QString &connectionName = {});
    // A read-only check of a SQLite file (nothing for a server or a missing or empty file): its
    // header and schema, or with `everyPage` every page (PRAGMA quick_check; this takes time in
    // proportion to the file). An Error::Kind::Damaged names what is wrong.
    static Status checkFile(const DatabaseUrl &url, bool everyPage);

    DbType type() const { return m_url.type; }
    const DatabaseUrl &url() const { return m_url; }
    QSqlDatabase handle() const;
    QString connectionName() const { return m_name; }
    bool isConnected() const;
    // SQLite: the file (or its folder, where the write-ahead log would be made) may only be read.
    // Then the connection is opened read-only and nothing writes at open (journal mode, migrations,
    // marks, optimize, the log's truncation); every write fails with readOnlyError().
    bool isReadOnly() const { return m_readOnly; }
    // "the database FILE is read-only; …": the one message for a write refused on such a file.
    static Error readOnlyError(const QString &path);

    // A lost connection (PostgreSQL): noticed by Query when a statement fails with a connection
    // error (QSqlDatabase::isOpen() does not notice). Until reconnect() succeeds, statements fail
    // at once with Error::Kind::ConnectionLost and nothing is sent.
    bool isLost() const { return m_lost; }
    void markLost();
    // Closes and reopens the connection and sets the session up again; the cached prepared
    // statements are dropped (they died with the server's session). Refused inside a transaction
    // or while a statement is in use. A Reconnector attached to this connection hears of it.
    // `connectTimeoutSecs` (PostgreSQL, > 0) bounds how long a server that does not answer blocks.
    Status reconnect(int connectTimeoutSecs = 0);
    // Counts successful reconnects: whoever set something up on the session (LISTEN) does it again
    // when this changed.
    int generation() const { return m_generation; }
    // The connection's Reconnector, made on first use (on this connection's thread); without one
    // a lost connection stays lost (the command line's short commands just fail).
    Reconnector &reconnector();
    // True when someone asked for reconnector(): a lost connection will come back by itself.
    bool reconnects() const { return m_reconnector != nullptr; }

    // Values for binding: timestamps are UTC with milliseconds on both backends; an empty
    // optional text is SQL NULL.
    static QVariant toDb(const QDateTime &value);
    static QVariant nullIfEmpty(const QString &text);
    static QDateTime dateTimeFromDb(const QVariant &value);
    static QDate dateFromDb(const QVariant &value);

    // Dialect pieces. `column` is an SQL expression; the returned fragment takes one bound value,
    // which must come from ftsQuery().
    QString fullTextCondition(const QString &taskAlias) const;
    static QString ftsQuery(DbType type, const QString &userText);
    QString ftsQuery(const QString &userText) const { return ftsQuery(type(), userText); }
    // Rows per multi-row INSERT of `columns` values each (Repository::insertMany): as many as the
    // driver binds (SQLite 3.40: 32,766 values; PostgreSQL: 65,535) up to where a bigger statement
    // no longer saves time (SQLite runs each row through the same steps; PostgreSQL wants few
    // round trips).
    int rowsPerInsert(int columns) const
    {
        return std::max(1, std::min(type() == DbType::SQLite ? 100 : 1000, (type() == DbType::SQLite ? 32766 : 65535) / columns));
    }
    // Refreshes the planner's statistics where the database does not do it itself (SQLite:
    // PRAGMA optimize; PostgreSQL's autovacuum analyzes on its own). Cheap when nothing changed.
    void optimize();
    // " FOR UPDATE" where row locks exist (PostgreSQL); SQLite's BEGIN IMMEDIATE already
    // serialises writers, so there it is empty.
    // `of` names the table alias to lock in a join ("FOR UPDATE OF u"), empty for all.
    // SkipLocked passes over rows another transaction holds (" ... SKIP LOCKED"): several
    // schedulers each take different rows instead of waiting for one another.
    enum class RowLock { Wait, SkipLocked };
    QString forUpdate(const QString &of, RowLock lock = RowLock::Wait) const;
    // Escapes %, _ and \ for `LIKE ? ESCAPE '\'`.
    static QString likeContains(const QString &text);

    // Classifies a driver error into something a user can act on.
    Error classify(const QSqlError &error, const QString &context) const;
    // Called with the error whenever a statement meets a damaged SQLite file (SQLITE_CORRUPT,
    // SQLITE_NOTADB), before the error goes back to the caller: the command line stops there with
    // that one message (no half-printed list, no later step on a damaged file); the window sets
    // none and shows the error where the action failed.
    using DamageHandler = void (*)(const Error &);
    static void setDamageHandler(DamageHandler handler);

    // Transaction bookkeeping used by Transaction and Query.
    int transactionDepth() const { return m_depth; }
    // True after a statement failed inside a transaction that has been rolled back already
    // (PostgreSQL aborts the whole transaction on any error); later statements are refused.
    bool transactionAborted() const { return m_aborted; }
    // Called by Query when a statement fails: on PostgreSQL inside a transaction, rolls back at
    // once, so the failed statement can be released and nothing runs outside the transaction.
    void statementFailed();

    // The connection's prepared statements, reused by Query. acquire gives null when the SQL is
    // not worth caching (a long one, unless `reused` says it runs again and again) or its
    // statement is in use; `fresh` says it still needs prepare().
    QSqlQuery *acquireStatement(const QString &sql, bool *fresh, bool reused = false);
    void releaseStatement(const QString &sql, bool keep);
    // Forgets every cached statement (after the schema changed). None may be in use.
    void clearStatements();

private:
    friend class Transaction;
    friend class Reconnector;
    Database(DatabaseUrl url, QString name);
    Status setupSession();
    // SQLite, on close: empties the write-ahead log into the database when it has grown long.
    void truncateLongLog();

    DatabaseUrl m_url;
    QString m_name;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    bool m_aborted = false;
    struct CachedStatement;
    QHash<QString, CachedStatement *> m_statements;
    bool m_lost = false;
    bool m_readOnly = false;
    int m_generation = 0;
    Reconnector *m_reconnector = nullptr;
};

} // namespace doo
