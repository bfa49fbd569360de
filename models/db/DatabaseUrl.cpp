#include "db/DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace doo {

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::validation(QStringLiteral("database"), tr("the database URL is empty"));

    DatabaseUrl url;
    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        QString path = trimmed.mid(7);
        if (path.startsWith(QLatin1String("//"))) { // sqlite:///abs/path, the URL form
            path = QUrl::fromPercentEncoding(path.mid(2).toUtf8());
            if (!path.startsWith(QLatin1Char('/')))
                return Error::validation(
                    QStringLiteral("database"),
                    tr("%1 names a host; sqlite:// is followed by an absolute path, e.g. sqlite:///home/me/director.db")
                        .arg(trimmed));
        }
        if (path.isEmpty())
            return Error::validation(QStringLiteral("database"),
                                     tr("sqlite: needs a file path, e.g. sqlite:/home/me/director.db"));
        // A path is a path: no SQLite URI ("file:…?mode=memory"), no in-memory database, no
        // options; taken as a file name, each would create a file of that odd name.
        const bool hasControl =
            std::any_of(path.cbegin(), path.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
        if (path.startsWith(QLatin1String("file:")) || path.startsWith(QLatin1String(":memory:"))
            || path.contains(QLatin1Char('?')) || hasControl)
            return Error::validation(QStringLiteral("database"),
                                     tr("\"%1\" is not a file path: sqlite: takes a plain path without options, "
                                        "e.g. sqlite:/home/me/director.db")
                                         .arg(trimmed));
        if (path.endsWith(QLatin1Char('/')))
            return Error::validation(QStringLiteral("database"),
                                     tr("%1 names a folder; give the path of a file in it, e.g. %2")
                                         .arg(path, path + QStringLiteral("director-of-one.sqlite")));
        url.type = DbType::SQLite;
        url.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        return url;
    }

    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(trimmed, QUrl::StrictMode);
        if (!u.isValid()) {
            // QUrl's message ends with the whole text ("; source was …"), password included.
            QString reason = u.errorString();
            reason = reason.left(reason.indexOf(QLatin1String("; source was"))).replace(trimmed, redacted(trimmed));
            return Error::validation(QStringLiteral("database"),
                                     tr("not a valid PostgreSQL URI %1: %2").arg(redacted(trimmed), reason));
        }
        url.type = DbType::PostgreSQL;
        url.user = u.userName();
        url.password = u.password();
        url.host = u.host();
        url.port = u.port(-1);
        url.database = u.path().mid(1);
        QStringList options;
        const auto items = QUrlQuery(u).queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            // libpq accepts host=/socket/dir in the query string; keep that as the host.
            if (item.first == QLatin1String("host"))
                url.host = item.second;
            else if (item.first == QLatin1String("port"))
                url.port = item.second.toInt();
            else if (item.first == QLatin1String("user"))
                url.user = item.second;
            else if (item.first == QLatin1String("dbname"))
                url.database = item.second;
            else if (item.first == QLatin1String("password"))
                url.password = item.second;
            else
                options << item.first + QLatin1Char('=') + item.second;
        }
        url.options = options.join(QLatin1Char(';'));
        if (url.database.isEmpty())
            return Error::validation(QStringLiteral("database"),
                                     tr("the PostgreSQL URI names no database, e.g. postgresql://me@localhost:5432/director"));
        return url;
    }

    return Error::validation(
        QStringLiteral("database"),
        tr("unknown database URL \"%1\": use sqlite:PATH or postgresql://user@host:port/dbname").arg(redacted(trimmed)));
}

DatabaseUrl DatabaseUrl::defaultLocal()
{
    DatabaseUrl url;
    url.type = DbType::SQLite;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    url.path = QDir(dir).filePath(QStringLiteral("director-of-one.sqlite"));
    return url;
}

QString DatabaseUrl::display() const
{
    if (type == DbType::SQLite)
        return QStringLiteral("SQLite %1").arg(path);
    QString where = host.isEmpty() ? QStringLiteral("localhost") : host;
    if (port > 0)
        where += QLatin1Char(':') + QString::number(port);
    const QString who = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("PostgreSQL %1%2/%3").arg(who, where, database);
}

QString DatabaseUrl::text() const
{
    if (type == DbType::SQLite)
        return QStringLiteral("sqlite:") + path;
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    // A socket folder is no URL host: libpq takes it as ?host=.
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        u.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
    if (port > 0)
        u.setPort(port);
    u.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), host);
    for (const QString &option : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = option.indexOf(QLatin1Char('='));
        if (eq > 0 && option.left(eq).trimmed() != QLatin1String("password"))
            query.addQueryItem(option.left(eq).trimmed(), option.mid(eq + 1).trimmed());
    }
    u.setQuery(query);
    return u.toString();
}

QString DatabaseUrl::redacted(const QString &text)
{
    QString result = text;
    // password=… in a query string or a key=value list, up to the next separator.
    static const QRegularExpression parameter(QStringLiteral("(password\\s*=\\s*)[^&;\\s]*"),
                                              QRegularExpression::CaseInsensitiveOption);
    result.replace(parameter, QStringLiteral("\\1***"));
    // scheme://user:password@host: the password runs to the last @ of the authority (a typed
    // password may hold / or @ itself).
    const int scheme = result.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return result;
    const int start = scheme + 3;
    const int query = result.indexOf(QLatin1Char('?'), start);
    const int at = result.lastIndexOf(QLatin1Char('@'), query < 0 ? -1 : query);
    if (at < start)
        return result;
    const int colon = result.indexOf(QLatin1Char(':'), start);
    if (colon < 0 || colon > at)
        return result;
    return result.left(colon + 1) + QStringLiteral("***") + result.mid(at);
}

} // namespace doo
