#include "itemmodels/WriteRetry.h"

#include "db/Database.h"

namespace doo {

bool WriteRetry::reopen(Database &db)
{
    return !db.isLost() || db.reconnect(kConnectTimeoutSecs).ok();
}

Error WriteRetry::notSaved(const QString &what, const Error &cause)
{
    return Error::make(Error::Kind::ConnectionLost,
                       tr("Not saved: %1. The connection to the database server was lost (%2); the window "
                          "reconnects by itself, then do it again.")
                           .arg(what, cause.message));
}

Error WriteRetry::maybeSaved(const QString &what)
{
    return Error::make(Error::Kind::CommitUnknown,
                       tr("Perhaps not saved: %1. The connection to the database server was lost while it was "
                          "being saved; look whether it is there once the status bar shows Connected again.")
                           .arg(what));
}

} // namespace doo
