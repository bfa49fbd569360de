#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDbQuery) // doo.db.query: every statement (debug)
Q_DECLARE_LOGGING_CATEGORY(lcDbError) // doo.db.error: failed statements with the driver's text
Q_DECLARE_LOGGING_CATEGORY(lcDbConnection) // doo.db.connection: open, close, session setup, migrations
