#pragma once

#include "db/DbType.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace doo {

// Where the data lives: `sqlite:PATH` or a libpq URI `postgresql://user@host:port/dbname`.
// A password in the URI is accepted but discouraged: libpq reads PGPASSWORD and ~/.pgpass.
struct DatabaseUrl
{
    DbType type = DbType::SQLite;
    QString path; // SQLite file
    QString user; // PostgreSQL
    QString password; // PostgreSQL, only when the URI carried one
    QString host; // PostgreSQL host name or socket directory
    int port = -1; // PostgreSQL, -1 = libpq default
    QString database; // PostgreSQL database name
    QString options; // PostgreSQL query parameters as libpq "key=value;..." (sslmode, ...)

    static Result<DatabaseUrl> parse(const QString &text);
    // The default when no URL is given: a SQLite file in the user's application data folder.
    static DatabaseUrl defaultLocal();
    // Human-readable, never containing the password.
    QString display() const;
    // The URL to remember (recent connections, --database): `sqlite:PATH` or
    // `postgresql://user@host:port/db?sslmode=…`, never with the password.
    QString text() const;
    // `text` with any password in it (user:PASSWORD@, password=…) replaced by ***: what an error
    // message or a log may show of a URL the user typed.
    static QString redacted(const QString &text);

    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
};

} // namespace doo
