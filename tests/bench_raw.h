#pragma once

// The raw baselines of bench_board: the same statements through the plain SQLite C API and libpq,
// plus the output helpers they report through. Included by bench_board.cpp only.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdlib>

namespace {

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

inline void progress(const QString &text)
{
    static QTextStream s(stderr);
    s << QStringLiteral("bench_board: ") << text << Qt::endl;
}

[[noreturn]] inline void die(const QString &text)
{
    progress(QStringLiteral("error: ") + text);
    out().flush();
    std::exit(1);
}

// ---------------------------------------------------------------------------------------------
// The raw baselines: the same statements through the plain C APIs

struct Param
{
    QByteArray text;
    qint64 integer = 0;
    bool isInt = false;
};

inline Param text(const QString &s)
{
    return {s.toUtf8(), 0, false};
}

inline Param integer(qint64 v)
{
    return {QByteArray::number(v), v, true};
}

class RawConnection
{
public:
    virtual ~RawConnection() = default;
    virtual QString label() const = 0;
    // Runs a statement with '?' placeholders and reads every value of every row; rows or -1.
    virtual int select(const QByteArray &sql, const QList<Param> &params) = 0;
    virtual bool exec(const QByteArray &sql, const QList<Param> &params = {}) = 0;
    virtual QByteArray beginWrite() const = 0;
    // The plan of a statement with '?' placeholders, one line per step.
    virtual QStringList plan(const QByteArray &sql, const QList<Param> &params) = 0;
    virtual QString lastError() const = 0;

protected:
    quint64 m_sink = 0; // what was read, so that no read is optimised away
};

class RawSqlite : public RawConnection
{
public:
    explicit RawSqlite(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            die(QStringLiteral("sqlite3_open_v2 %1: %2").arg(path, lastError()));
        // The same session as Database::setupSession.
        for (const char *pragma : {"PRAGMA busy_timeout = 30000", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                   "PRAGMA foreign_keys = ON"})
            if (sqlite3_exec(m_db, pragma, nullptr, nullptr, nullptr) != SQLITE_OK)
                die(QStringLiteral("%1: %2").arg(QLatin1String(pragma), lastError()));
    }
    ~RawSqlite() override { sqlite3_close_v2(m_db); }

    QString label() const override { return QStringLiteral("C API"); }
    QByteArray beginWrite() const override { return QByteArrayLiteral("BEGIN IMMEDIATE"); }
    QString lastError() const override { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    int select(const QByteArray &sql, const QList<Param> &params) override
    {
        sqlite3_stmt *st = prepare(sql, params);
        if (!st)
            return -1;
        const int columns = sqlite3_column_count(st);
        int rows = 0;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            ++rows;
            for (int c = 0; c < columns; ++c) {
                const unsigned char *v = sqlite3_column_text(st, c);
                m_sink += quint64(sqlite3_column_bytes(st, c)) + (v ? v[0] : 0u);
            }
        }
        sqlite3_finalize(st);
        return rc == SQLITE_DONE ? rows : -1;
    }

    bool exec(const QByteArray &sql, const QList<Param> &params) override
    {
        sqlite3_stmt *st = prepare(sql, params);
        if (!st)
            return false;
        const int rc = sqlite3_step(st);
        sqlite3_finalize(st);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }

    QStringList plan(const QByteArray &sql, const QList<Param> &params) override
    {
        sqlite3_stmt *st = prepare(QByteArrayLiteral("EXPLAIN QUERY PLAN ") + sql, params);
        if (!st)
            return {QStringLiteral("(EXPLAIN failed: %1)").arg(lastError())};
        QHash<int, int> depth; // node id -> indentation
        QStringList lines;
        while (sqlite3_step(st) == SQLITE_ROW) {
            const int id = sqlite3_column_int(st, 0);
            const int parent = sqlite3_column_int(st, 1);
            const int d = depth.value(parent, -1) + 1;
            depth.insert(id, d);
            lines << QString(2 * d, QLatin1Char(' '))
                    + QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 3)));
        }
        sqlite3_finalize(st);
        return lines;
    }

private:
    sqlite3_stmt *prepare(const QByteArray &sql, const QList<Param> &params)
    {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK) {
            progress(QStringLiteral("sqlite3_prepare_v2 failed: %1").arg(lastError()));
            sqlite3_finalize(st);
            return nullptr;
        }
        for (int i = 0; i < params.size(); ++i) {
            const Param &p = params.at(i);
            if (p.isInt)
                sqlite3_bind_int64(st, i + 1, p.integer);
            else
                sqlite3_bind_text(st, i + 1, p.text.constData(), int(p.text.size()), SQLITE_STATIC);
        }
        return st;
    }

    sqlite3 *m_db = nullptr;
};

class RawPostgres : public RawConnection
{
public:
    explicit RawPostgres(const QString &url)
    {
        m_conn = PQconnectdb(url.toUtf8().constData());
        if (PQstatus(m_conn) != CONNECTION_OK)
            die(QStringLiteral("PQconnectdb %1: %2").arg(url, lastError()));
        exec(QByteArrayLiteral("SET TIME ZONE 'UTC'"), {}); // as Database::setupSession
    }
    ~RawPostgres() override { PQfinish(m_conn); }

    QString label() const override { return QStringLiteral("libpq"); }
    QByteArray beginWrite() const override { return QByteArrayLiteral("BEGIN"); }
    QString lastError() const override { return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(); }

    static QByteArray dollars(const QByteArray &sql)
    {
        QByteArray result;
        int n = 0;
        for (char c : sql) {
            if (c == '?')
                result += '$' + QByteArray::number(++n);
            else
                result += c;
        }
        return result;
    }

    int select(const QByteArray &sql, const QList<Param> &params) override
    {
        PGresult *r = run(sql, params);
        if (!r)
            return -1;
        const int rows = PQntuples(r);
        const int fields = PQnfields(r);
        for (int i = 0; i < rows; ++i)
            for (int c = 0; c < fields; ++c)
                m_sink += quint64(PQgetlength(r, i, c)) + quint64(uchar(PQgetvalue(r, i, c)[0]));
        PQclear(r);
        return rows;
    }

    bool exec(const QByteArray &sql, const QList<Param> &params) override
    {
        PGresult *r = run(sql, params);
        if (!r)
            return false;
        PQclear(r);
        return true;
    }

    QStringList plan(const QByteArray &sql, const QList<Param> &params) override
    {
        PGresult *r = run(QByteArrayLiteral("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ") + sql, params);
        if (!r)
            return {QStringLiteral("(EXPLAIN failed: %1)").arg(lastError())};
        QStringList lines;
        for (int i = 0; i < PQntuples(r); ++i)
            lines << QString::fromUtf8(PQgetvalue(r, i, 0));
        PQclear(r);
        return lines;
    }

private:
    PGresult *run(const QByteArray &sql, const QList<Param> &params)
    {
        const QByteArray statement = dollars(sql);
        QList<const char *> values;
        for (const Param &p : params)
            values << p.text.constData();
        PGresult *r = PQexecParams(m_conn, statement.constData(), int(params.size()), nullptr,
                                   values.isEmpty() ? nullptr : values.constData(), nullptr, nullptr, 0);
        const ExecStatusType s = PQresultStatus(r);
        if (s != PGRES_TUPLES_OK && s != PGRES_COMMAND_OK) {
            progress(QStringLiteral("PQexecParams failed: %1").arg(QString::fromUtf8(PQresultErrorMessage(r)).trimmed()));
            PQclear(r);
            return nullptr;
        }
        return r;
    }

    PGconn *m_conn = nullptr;
};

} // namespace
