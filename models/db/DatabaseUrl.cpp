#include "db/DatabaseUrl.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace doo {

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::validation(QStringLiteral("database"), tr("the database URL is empty"));

    DatabaseUrl url;
    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        QString path = trimmed.mid(7);
        if (path.startsWith(QLatin1String("//"))) // sqlite:///abs/path, the URL form
            path = QUrl::fromPercentEncoding(path.mid(2).toUtf8());
        if (path.isEmpty())
            return Error::validation(QStringLiteral("database"),
                                     tr("sqlite: needs a file path, e.g. sqlite:/home/me/director.db"));
        url.type = DbType::SQLite;
        url.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        return url;
    }

    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl u(trimmed, QUrl::StrictMode);
        if (!u.isValid())
            return Error::validation(QStringLiteral("database"), tr("not a valid PostgreSQL URI: %1").arg(u.errorString()));
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
        tr("unknown database URL \"%1\": use sqlite:PATH or postgresql://user@host:port/dbname").arg(trimmed));
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

} // namespace doo
