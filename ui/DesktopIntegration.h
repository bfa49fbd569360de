#pragma once

#include <optional>

namespace doo {

// What the desktop offers the program in the background: a system tray (a panel that shows tray
// icons; stock GNOME has none) and a notification service on the session bus. The tray, the
// close-to-background rule and the desktop notifications ask here, so that all of them agree.
namespace DesktopIntegration {

// The desktop shows tray icons.
bool hasSystemTray();
// org.freedesktop.Notifications is on the session bus, running or started on demand.
bool hasNotificationService();
// Whether closing the window keeps the program running: LocalSettings::closeToTray(), else on
// when a system tray or a notification service exists (something can still reach the user).
bool closeToTray();
// A test seam: what hasSystemTray() answers (std::nullopt: ask the desktop again).
void setSystemTrayForTests(std::optional<bool> available);

} // namespace DesktopIntegration

} // namespace doo
