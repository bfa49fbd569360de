#pragma once

#include <QStringList>

namespace doo::cli {

struct Args;

// `director-of-one notifications list [--unread] [--type T] [--json]`, `notifications read ID|--all`
// and `notifications purge [--older-than DAYS]`: the current user's own notifications.
int runNotificationsCommand(const Args &args);
// The options its commands take with a value, from its table (for Args::parse).
QStringList notificationValueOptions();

} // namespace doo::cli
