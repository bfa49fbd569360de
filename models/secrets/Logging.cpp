#include "secrets/Logging.h"

Q_LOGGING_CATEGORY(lcSecrets, "doo.secrets", QtWarningMsg)
