#include "workflow/Logging.h"

Q_LOGGING_CATEGORY(lcScheduler, "doo.scheduler", QtWarningMsg)
