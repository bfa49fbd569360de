#pragma once

#include <functional>
#include <optional>

class QObject;

namespace doo {

// What the desktop offers the program in the background: a system tray (a panel that shows tray
// icons; stock GNOME has none) and a notification service on the session bus. The tray, the
// close-to-background rule and the desktop notifications ask here, so that all of them agree.
namespace DesktopIntegration {

// The desktop shows tray icons: what the first look at the desktop found (false until it is
// known; see whenTrayKnown). Asked once per program: Qt's own check blocks the window on the
// session bus (a StatusNotifierWatcher that does not answer holds it for 25 s per call).
bool hasSystemTray();
// Calls `done` with hasSystemTray() once it is known: at once when it is; otherwise after an
// asynchronous question to the tray service on the session bus, bounded by kTrayProbeMs. Only a
// service that answered in time is asked by Qt's blocking check; one that did not means no tray.
void whenTrayKnown(QObject *context, std::function<void(bool)> done);
inline constexpr int kTrayProbeMs = 1500;
// org.freedesktop.Notifications is on the session bus, running or started on demand.
bool hasNotificationService();
// Whether closing the window keeps the program running: LocalSettings::closeToTray(), else on
// when a system tray or a notification service exists (something can still reach the user).
bool closeToTray();
// A test seam: what hasSystemTray() answers (std::nullopt: what the desktop answered).
void setSystemTrayForTests(std::optional<bool> available);

} // namespace DesktopIntegration

} // namespace doo
