#pragma once

#include "SettingsPage.h"

class QCheckBox;

namespace doo {

// Scheduler: whether this window runs the workflows (off when a separate `director-of-one
// scheduler` does) and whether its scheduler is paused; both this computer's.
class SchedulerSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit SchedulerSettingsPage(QWidget *parent = nullptr);

    void load(const Preferences &preferences) override;
    Status applyLocal(bool *changed) override;

Q_SIGNALS:
    // Emitted by applyLocal() when the setting changed.
    void enabledChanged(bool enabled);
    void pauseChanged(bool paused);

private:
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_paused = nullptr;
};

} // namespace doo
