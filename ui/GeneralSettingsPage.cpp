#include "GeneralSettingsPage.h"

#include "DesktopIntegration.h"

#include "itemmodels/Autostart.h"
#include "itemmodels/LocalSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace doo {

GeneralSettingsPage::GeneralSettingsPage(QWidget *parent)
    : SettingsPage(tr("General"), QStringLiteral("preferences-system"), parent)
{
    auto *startup = new QGroupBox(tr("Start"), this);
    auto *startupForm = new QFormLayout(startup);
    m_language = new QComboBox(startup);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("The system's language"), QString());
    // Each language in its own words, so that someone who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    startupForm->addRow(tr("&Language:"), m_language);
    startupForm->addRow(QString(), note(tr("Takes effect at the next start of the program.")));
    m_startAtLogin = new QCheckBox(tr("Start Director of One when I log in"), startup);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    startupForm->addRow(m_startAtLogin);
    startupForm->addRow(note(tr("Writes the desktop's autostart entry on this computer: %1").arg(Autostart::entryPath())));
    content()->addWidget(startup);

    auto *tray = new QGroupBox(tr("System tray"), this);
    auto *trayLayout = new QVBoxLayout(tray);
    m_showTrayIcon = new QCheckBox(tr("Show an icon in the system tray"), tray);
    m_showTrayIcon->setObjectName(QStringLiteral("showTrayIcon"));
    m_minimiseToTray = new QCheckBox(tr("Minimise to the tray instead of the task bar"), tray);
    m_minimiseToTray->setObjectName(QStringLiteral("minimiseToTray"));
    m_closeToTray = new QCheckBox(tr("Keep running in the background when the window is closed"), tray);
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    for (QCheckBox *box : {m_showTrayIcon, m_minimiseToTray, m_closeToTray})
        trayLayout->addWidget(box);
    trayLayout->addWidget(note(tr("The workflows keep running while the program runs in the background.")));
    if (!DesktopIntegration::hasSystemTray())
        trayLayout->addWidget(note(tr("This desktop shows no system tray at the moment.")));
    content()->addWidget(tray);

    auto *week = new QGroupBox(tr("Calendar"), this);
    auto *weekForm = new QFormLayout(week);
    m_weekStart = new QComboBox(week);
    m_weekStart->setObjectName(QStringLiteral("weekStartCombo"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekStart->addItem(QLocale().dayName(day), day);
    weekForm->addRow(tr("&Week starts on:"), m_weekStart);
    weekForm->addRow(
        QString(),
        note(tr("For the weekly target of hours saved and its last working day; kept with your profile in the database.")));
    content()->addWidget(week);
    addField(QStringLiteral("week_start"), tr("Week starts on"), m_weekStart);
    addField(QStringLiteral("startAtLogin"), tr("Start at login"), m_startAtLogin);
}

void GeneralSettingsPage::load(const Preferences &preferences)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(LocalSettings::language())));
    m_startAtLogin->setChecked(Autostart::isEnabled());
    m_showTrayIcon->setChecked(LocalSettings::showTrayIcon());
    m_minimiseToTray->setChecked(LocalSettings::minimiseToTray());
    m_closeToTrayShown = LocalSettings::closeToTray().value_or(DesktopIntegration::hasSystemTray());
    m_closeToTray->setChecked(m_closeToTrayShown);
    m_weekStart->setCurrentIndex(std::max(0, m_weekStart->findData(int(preferences.weekStart))));
}

void GeneralSettingsPage::store(Preferences &preferences) const
{
    preferences.weekStart = Qt::DayOfWeek(m_weekStart->currentData().toInt());
}

Status GeneralSettingsPage::applyLocal(bool *changed)
{
    if (m_startAtLogin->isChecked() != Autostart::isEnabled()) {
        if (Status s = Autostart::setEnabled(m_startAtLogin->isChecked()); !s)
            return Error::validation(QStringLiteral("startAtLogin"), s.error().message);
        *changed = true;
    }
    const QString language = m_language->currentData().toString();
    if (language != LocalSettings::language()) {
        LocalSettings::setLanguage(language);
        *changed = true;
    }
    if (m_showTrayIcon->isChecked() != LocalSettings::showTrayIcon()) {
        LocalSettings::setShowTrayIcon(m_showTrayIcon->isChecked());
        *changed = true;
    }
    if (m_minimiseToTray->isChecked() != LocalSettings::minimiseToTray()) {
        LocalSettings::setMinimiseToTray(m_minimiseToTray->isChecked());
        *changed = true;
    }
    // Left unset while the user keeps the default, which follows the desktop (a tray appearing).
    if (m_closeToTray->isChecked() != m_closeToTrayShown || LocalSettings::closeToTray().has_value()) {
        if (LocalSettings::closeToTray() != m_closeToTray->isChecked())
            *changed = true;
        LocalSettings::setCloseToTray(m_closeToTray->isChecked());
        m_closeToTrayShown = m_closeToTray->isChecked();
    }
    return {};
}

} // namespace doo
