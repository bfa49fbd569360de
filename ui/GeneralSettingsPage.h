#pragma once

#include "SettingsPage.h"

class QCheckBox;
class QComboBox;

namespace doo {

// General: the language, start at login, the three tray switches (this computer's) and the first
// day of the week (the user's, in the database).
class GeneralSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit GeneralSettingsPage(QWidget *parent = nullptr);

    void load(const Preferences &preferences) override;
    void store(Preferences &preferences) const override;
    Status applyLocal(bool *changed) override;

private:
    QComboBox *m_language = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QCheckBox *m_showTrayIcon = nullptr;
    QCheckBox *m_minimiseToTray = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QComboBox *m_weekStart = nullptr;
    bool m_closeToTrayShown = false; // as shown by load(), stored or the default
};

} // namespace doo
