#pragma once

#include <QStringList>

namespace doo::cli {

struct Args;

// `consultation add | list | schedule | reschedule | complete | cancel | no-show | stats`.
// An ID is a booking id (DO-2026-000123, any case) or the full id. WHEN is local time
// YYYY-MM-DDTHH:MM (or ISO 8601 with Z or an offset).
int runConsultationCommand(const Args &args);
// The options its commands take with a value, from its table (for Args::parse).
QStringList consultationValueOptions();

} // namespace doo::cli
