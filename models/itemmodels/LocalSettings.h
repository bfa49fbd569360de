#pragma once

#include <QString>

#include <optional>

namespace doo {

// What this computer keeps for the program (QSettings), as opposed to the user's preferences,
// which are in the database (domain/Preferences). The one place that names these keys and gives
// their defaults: the Settings window writes them, the tray, the window and the start read them.
namespace LocalSettings {

// The tray icon is shown (when the desktop has a tray).
bool showTrayIcon();
void setShowTrayIcon(bool on);
// Minimising the window hides it to the tray.
bool minimiseToTray();
void setMinimiseToTray(bool on);
// Closing the window keeps the program (and its scheduler) running in the background. Not set:
// the caller's default (on when a tray or a desktop notification service exists).
std::optional<bool> closeToTray();
void setCloseToTray(bool on);
// The first close to the background said where the program went (said once).
bool closeHintShown();
void setCloseHintShown(bool shown);
// The window said once that neither a tray nor a notification service exists.
bool noDeliveryHintShown();
void setNoDeliveryHintShown(bool shown);
// The language of the texts ("de", "fr"); empty: the system's (domain/Translations names the key
// and applies it, for the window and the command line).
QString language();
void setLanguage(const QString &language);
// The window runs the workflow scheduler (off when a separate `director-of-one scheduler` does).
bool schedulerEnabled();
void setSchedulerEnabled(bool on);
// The window's scheduler is paused (kept across restarts, shown in the window and the tray).
bool schedulerPaused();
void setSchedulerPaused(bool paused);
// How many automatic backups of the database are kept (the oldest beyond go).
int backupsKept();
void setBackupsKept(int count);

} // namespace LocalSettings

} // namespace doo
