#pragma once

#include "db/DatabaseUrl.h"
#include "domain/Error.h"

#include <QCoreApplication>
#include <QString>

namespace doo {

// What went wrong when a connection could not be opened, in words a user can act on. The driver's
// text (libpq's, through Qt's QPSQL driver; SQLite's) is classified by its wording, which libpq
// writes in English unless its own translations are installed; what is not recognised is Other,
// and the driver's text is always kept for a "Details" line.
enum class ConnectionProblem {
    None,
    WrongPassword, // also a login that does not exist: with password sign-in the server says the same
    PasswordMissing, // the server asked for a password and none was given
    NoSuchDatabase,
    NoSuchLogin,
    ServerUnreachable, // not running, wrong port, unknown host, no route
    TlsRequired, // the server accepts this login only over TLS
    TlsNotSupported, // TLS was required, the server does not offer it
    Timeout,
    NoSuchFile, // SQLite: the file to open does not exist
    DamagedFile, // SQLite: the file fails its check or is no database; nothing was written to it
    Other,
};

// The outcome of trying a connection: the class, one sentence for the user and the driver's text.
struct ConnectionReport
{
    ConnectionProblem problem = ConnectionProblem::None;
    QString message; // translated; names no password
    QString details; // the driver's text, for "Details"

    bool ok() const { return problem == ConnectionProblem::None; }
};

class ConnectionCheck
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCheck)

public:
    // The one classification of a driver's connection error text.
    static ConnectionProblem classify(const QString &driverText);
    // The user's sentence for a problem on `url` (login, server and database from it).
    static QString describe(ConnectionProblem problem, const DatabaseUrl &url);
    static ConnectionReport report(const QString &driverText, const DatabaseUrl &url);
    // An open that failed: a lost or refused connection is classified, any other error (a newer
    // schema, a missing driver, a deactivated user) is its own message.
    static ConnectionReport report(const Error &error, const DatabaseUrl &url);

    // Opens a connection of its own to `url` (session set-up included), closes it and reports.
    // Blocks for up to the connection timeout: call it off the window's thread. `mustExist`
    // refuses a SQLite file that is not there yet instead of creating it.
    static ConnectionReport run(const DatabaseUrl &url, bool mustExist = false);
};

} // namespace doo
