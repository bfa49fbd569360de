#include "SchedulerSettingsPage.h"

#include "itemmodels/LocalSettings.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace doo {

SchedulerSettingsPage::SchedulerSettingsPage(QWidget *parent)
    : SettingsPage(tr("Scheduler"), QStringLiteral("chronometer"), parent)
{
    auto *box = new QGroupBox(tr("Workflows on a schedule"), this);
    auto *layout = new QVBoxLayout(box);
    m_enabled = new QCheckBox(tr("Run the workflows that fall due in this program"), box);
    m_enabled->setObjectName(QStringLiteral("schedulerEnabled"));
    layout->addWidget(m_enabled);
    layout->addWidget(note(tr("Turn this off when a separate \"director-of-one scheduler\" runs them on a server. "
                              "Takes effect at once.")));
    m_paused = new QCheckBox(tr("Pause the scheduler"), box);
    m_paused->setObjectName(QStringLiteral("schedulerPaused"));
    layout->addWidget(m_paused);
    layout->addWidget(note(tr("While paused, no workflow runs on its schedule. The pause "
                              "lasts across restarts until you resume.")));
    content()->addWidget(box);
}

void SchedulerSettingsPage::load(const Preferences &preferences)
{
    Q_UNUSED(preferences)
    m_enabled->setChecked(LocalSettings::schedulerEnabled());
    m_paused->setChecked(LocalSettings::schedulerPaused());
}

Status SchedulerSettingsPage::applyLocal(bool *changed)
{
    if (m_enabled->isChecked() != LocalSettings::schedulerEnabled()) {
        LocalSettings::setSchedulerEnabled(m_enabled->isChecked());
        *changed = true;
        Q_EMIT enabledChanged(m_enabled->isChecked());
    }
    if (m_paused->isChecked() != LocalSettings::schedulerPaused()) {
        LocalSettings::setSchedulerPaused(m_paused->isChecked());
        *changed = true;
        Q_EMIT pauseChanged(m_paused->isChecked());
    }
    return {};
}

} // namespace doo
