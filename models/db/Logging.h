#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDbQuery) // doo.db.query: every statement (debug), never its values
Q_DECLARE_LOGGING_CATEGORY(lcDbError) // doo.db.error: failed statements with the driver's text, without row values
// doo.db.values (debug, off unless asked for): the bound values of every statement and the row
// values in the driver's error texts — the user's data in the log, which is why it is separate.
Q_DECLARE_LOGGING_CATEGORY(lcDbValues)
Q_DECLARE_LOGGING_CATEGORY(lcDbConnection) // doo.db.connection: open, close, session setup, migrations
