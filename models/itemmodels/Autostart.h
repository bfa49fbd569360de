#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace doo {

// "Start at login": the XDG autostart entry $XDG_CONFIG_HOME/autostart/director-of-one.desktop
// (~/.config when XDG_CONFIG_HOME is not set), which desktops that follow the XDG Autostart
// specification (GNOME, KDE, Xfce…) run when the user logs in. Per computer, like the tray switches.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Autostart)

public:
    // Where the entry is (whether or not it exists).
    static QString entryPath();
    // The entry exists and is not hidden.
    static bool isEnabled();
    // Writes or removes the entry; an error says why in words (a folder that cannot be written).
    static Status setEnabled(bool on);
    // The Exec= line's command: the program by name when it is the one on PATH, else its path.
    static QString command();
};

} // namespace doo
