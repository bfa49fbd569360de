#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QTime>

#include <array>

namespace doo {

// One user's preferences, kept in the database (table user_preference, one row per name) so that
// they follow the user from one computer to another and apply to the scheduler running without a
// window. The Settings window and `user set` change them; this is the one place that names them,
// gives their defaults and checks them. What belongs to one computer (tray switches, language,
// start at login) is in QSettings instead (itemmodels/LocalSettings).
struct Preferences
{
    // Hours saved the user aims for each week; 0: no target (no BUDGET_ALERT).
    double weeklyTargetHours = 0;
    // The first day of the user's week: the weekly target's week and its last working day (the
    // analytics keep ISO weeks).
    Qt::DayOfWeek weekStart = Qt::Monday;
    // Notification pop-ups (tray, desktop) are held back between `quietFrom` and `quietTo` (may
    // span midnight) and shown as one summary afterwards; the list in the window is unaffected.
    bool quietHours = false;
    QTime quietFrom{22, 0};
    QTime quietTo{7, 0};
    // The notification types that pop up; the others only appear in the list.
    QSet<NotificationType> popupTypes = allNotificationTypes();
    // Work-in-progress limit per board column; 0: no limit.
    std::array<int, kTaskStatusCount> wipLimits{};
    // Read notifications older than this are deleted; runs, their changes and histories older
    // than `archiveAfterDays` are archived (the analytics rows they fed stay).
    int purgeReadAfterDays = 90;
    int archiveAfterDays = 365;

    int wipLimit(TaskStatus status) const { return wipLimits[std::size_t(boardColumn(status))]; }
    void setWipLimit(TaskStatus status, int limit) { wipLimits[std::size_t(boardColumn(status))] = limit; }
    bool inQuietHours(QTime time) const;

    // Every field's name in the error of the first invalid one ("weekly_target_hours").
    Status validate() const;

    // Stored form: name → text, every field (defaults included); unknown names are kept apart by
    // the repository. `fromStored` fails naming the first unreadable field.
    QMap<QString, QString> toStored() const;
    static Result<Preferences> fromStored(const QMap<QString, QString> &stored);

    static QSet<NotificationType> allNotificationTypes();

    bool operator==(const Preferences &other) const;
    bool operator!=(const Preferences &other) const { return !(*this == other); }

    Q_DECLARE_TR_FUNCTIONS(Preferences)
};

} // namespace doo
