#include "itemmodels/LocalSettings.h"

#include "db/AutoBackup.h"
#include "domain/Translations.h"

#include <QSettings>

namespace doo::LocalSettings {

namespace {
const QString kShowTrayIcon = QStringLiteral("tray/showIcon");
const QString kMinimiseToTray = QStringLiteral("tray/minimiseToTray");
const QString kCloseToTray = QStringLiteral("tray/closeToTray");
const QString kCloseHintShown = QStringLiteral("tray/closeHintShown");
const QString kNoDeliveryHintShown = QStringLiteral("notifications/noDeliveryHintShown");
const QString kSchedulerEnabled = QStringLiteral("scheduler/enabled");
const QString kSchedulerPaused = QStringLiteral("scheduler/paused");

bool flag(const QString &key, bool fallback)
{
    return QSettings().value(key, fallback).toBool();
}
void setFlag(const QString &key, bool on)
{
    QSettings().setValue(key, on);
}
} // namespace

bool showTrayIcon()
{
    return flag(kShowTrayIcon, true);
}
void setShowTrayIcon(bool on)
{
    setFlag(kShowTrayIcon, on);
}
bool minimiseToTray()
{
    return flag(kMinimiseToTray, false);
}
void setMinimiseToTray(bool on)
{
    setFlag(kMinimiseToTray, on);
}
std::optional<bool> closeToTray()
{
    const QVariant value = QSettings().value(kCloseToTray);
    return value.isValid() ? std::optional<bool>(value.toBool()) : std::nullopt;
}
void setCloseToTray(bool on)
{
    setFlag(kCloseToTray, on);
}
bool closeHintShown()
{
    return flag(kCloseHintShown, false);
}
void setCloseHintShown(bool shown)
{
    setFlag(kCloseHintShown, shown);
}
bool noDeliveryHintShown()
{
    return flag(kNoDeliveryHintShown, false);
}
void setNoDeliveryHintShown(bool shown)
{
    setFlag(kNoDeliveryHintShown, shown);
}
QString language()
{
    return Translations::chosenLanguage();
}
void setLanguage(const QString &language)
{
    Translations::setChosenLanguage(language);
}
bool schedulerEnabled()
{
    return flag(kSchedulerEnabled, true);
}
void setSchedulerEnabled(bool on)
{
    setFlag(kSchedulerEnabled, on);
}
bool schedulerPaused()
{
    return flag(kSchedulerPaused, false);
}
void setSchedulerPaused(bool paused)
{
    setFlag(kSchedulerPaused, paused);
}
int backupsKept()
{
    return AutoBackup::keepSetting();
}
void setBackupsKept(int count)
{
    AutoBackup::setKeepSetting(count);
}

} // namespace doo::LocalSettings
