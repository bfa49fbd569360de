#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcScheduler) // doo.scheduler: each run, claim and catch-up (info)
