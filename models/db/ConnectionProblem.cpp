#include "db/ConnectionProblem.h"

#include "db/Database.h"

#include <QAtomicInt>
#include <QFileInfo>

namespace doo {

namespace {
bool has(const QString &text, const char *words)
{
    return text.contains(QLatin1String(words), Qt::CaseInsensitive);
}
} // namespace

ConnectionProblem ConnectionCheck::classify(const QString &text)
{
    if (text.trimmed().isEmpty())
        return ConnectionProblem::Other;
    // The order matters: libpq's messages for a refused connection name the server and the port,
    // and TLS refusals come as "no pg_hba.conf entry … no encryption".
    if (has(text, "server does not support SSL") || has(text, "SSL is not supported")
        || has(text, "sslmode value \"require\" invalid when SSL support is not compiled in"))
        return ConnectionProblem::TlsNotSupported;
    if (has(text, "no pg_hba.conf entry") && (has(text, "no encryption") || has(text, "SSL off")))
        return ConnectionProblem::TlsRequired;
    if (has(text, "password authentication failed") || has(text, "authentication failed for user"))
        return ConnectionProblem::WrongPassword;
    if (has(text, "no password supplied") || has(text, "password is required"))
        return ConnectionProblem::PasswordMissing;
    if (has(text, "database \"") && has(text, "does not exist"))
        return ConnectionProblem::NoSuchDatabase;
    if (has(text, "role \"") && has(text, "does not exist"))
        return ConnectionProblem::NoSuchLogin;
    if (has(text, "timeout expired") || has(text, "timed out"))
        return ConnectionProblem::Timeout;
    if (has(text, "Connection refused") || has(text, "could not translate host name") || has(text, "No route to host")
        || has(text, "Network is unreachable") || has(text, "No such file or directory")
        || has(text, "could not connect to server") || has(text, "Name or service not known")
        || has(text, "the database system is starting up") || has(text, "the database system is shutting down")
        || has(text, "the database system is not yet accepting connections")
        || has(text, "the database system is in recovery mode")
        || has(text, "server closed the connection unexpectedly")) // a server going down as we connect
        return ConnectionProblem::ServerUnreachable;
    return ConnectionProblem::Other;
}

QString ConnectionCheck::describe(ConnectionProblem problem, const DatabaseUrl &url)
{
    const QString login = url.user.isEmpty() ? tr("your system login") : url.user;
    const QString server = url.host.isEmpty() ? QStringLiteral("localhost") : url.host;
    const QString where = url.port > 0 ? server + QLatin1Char(':') + QString::number(url.port) : server;
    switch (problem) {
    case ConnectionProblem::None:
        return url.type == DbType::SQLite ? tr("The file %1 opens.").arg(url.path)
                                          : tr("Connected to %1 on %2 as %3.").arg(url.database, where, login);
    case ConnectionProblem::WrongPassword:
        return tr("Wrong password for the login %1 (or there is no such login: the server does not say which).").arg(login);
    case ConnectionProblem::PasswordMissing:
        return tr("The server asks for the password of the login %1.").arg(login);
    case ConnectionProblem::NoSuchDatabase:
        return tr("The server %1 has no database named %2.").arg(where, url.database);
    case ConnectionProblem::NoSuchLogin:
        return tr("The server %1 has no login named %2.").arg(where, login);
    case ConnectionProblem::ServerUnreachable:
        return tr("No PostgreSQL server answers at %1: it is not running, or the host name or port is wrong.").arg(where);
    case ConnectionProblem::TlsRequired:
        return tr("The server %1 accepts this login only over an encrypted connection: choose the SSL mode \"require\".")
            .arg(where);
    case ConnectionProblem::TlsNotSupported:
        return tr("The server %1 does not offer an encrypted connection, but the SSL mode requires one.").arg(where);
    case ConnectionProblem::Timeout:
        return tr("The server %1 did not answer in time.").arg(where);
    case ConnectionProblem::NoSuchFile:
        return tr("There is no file %1.").arg(url.path);
    case ConnectionProblem::DamagedFile:
        return tr("The database file %1 is damaged or is not a database. Nothing was written to it.").arg(url.path);
    case ConnectionProblem::Other:
        break;
    }
    return url.type == DbType::SQLite ? tr("The file %1 cannot be opened.").arg(url.path)
                                      : tr("The connection to %1 failed.").arg(where);
}

ConnectionReport ConnectionCheck::report(const QString &driverText, const DatabaseUrl &url)
{
    ConnectionReport result;
    result.problem = classify(driverText);
    result.message = describe(result.problem, url);
    result.details = driverText.trimmed();
    if (!url.password.isEmpty()) // no driver repeats it; a message built around the URL might
        result.details.replace(url.password, QStringLiteral("***"));
    return result;
}

ConnectionReport ConnectionCheck::report(const Error &error, const DatabaseUrl &url)
{
    if (error.kind == Error::Kind::ConnectionLost)
        return report(error.text(), url);
    if (error.kind == Error::Kind::Damaged) {
        ConnectionReport result;
        result.problem = ConnectionProblem::DamagedFile;
        result.message = describe(result.problem, url);
        result.details = error.text();
        return result;
    }
    ConnectionReport result;
    result.problem = ConnectionProblem::Other;
    result.message = error.text();
    return result;
}

ConnectionReport ConnectionCheck::run(const DatabaseUrl &url, bool mustExist)
{
    if (url.type == DbType::SQLite && mustExist && !QFileInfo::exists(url.path)) {
        ConnectionReport result;
        result.problem = ConnectionProblem::NoSuchFile;
        result.message = describe(result.problem, url);
        return result;
    }
    static QAtomicInt counter;
    const QString name = QStringLiteral("doo-check-%1").arg(counter.fetchAndAddRelaxed(1));
    const auto db = Database::open(url, name);
    if (!db)
        return report(db.error(), url);
    ConnectionReport result;
    result.message = describe(ConnectionProblem::None, url);
    return result;
}

} // namespace doo
