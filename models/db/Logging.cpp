#include "db/Logging.h"

Q_LOGGING_CATEGORY(lcDbQuery, "doo.db.query", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDbError, "doo.db.error", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDbConnection, "doo.db.connection", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDbValues, "doo.db.values", QtWarningMsg)
