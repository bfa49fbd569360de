#pragma once

#include "db/DatabaseUrl.h"

#include <QList>

namespace doo {

// The connections the window opened, newest first, in QSettings (connections/recent) as their
// URL text without the password (DatabaseUrl::text()); the first one is where the window starts
// when neither --database nor DIRECTOR_DATABASE says otherwise.
class RecentConnections
{
public:
    static constexpr int kMaximum = 8;

    static QList<DatabaseUrl> load();
    // Moves `url` to the front (dropping the oldest beyond kMaximum).
    static void remember(const DatabaseUrl &url);
    // The most recent, if any.
    static bool last(DatabaseUrl *url);
};

} // namespace doo
