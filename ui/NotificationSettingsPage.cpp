#include "NotificationSettingsPage.h"

#include "domain/LocaleFormat.h"

#include "itemmodels/NotificationListModel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace doo {

NotificationSettingsPage::NotificationSettingsPage(QWidget *parent)
    : SettingsPage(tr("Notifications"), QStringLiteral("preferences-desktop-notification"), parent)
{
    auto *popups = new QGroupBox(tr("Pop up"), this);
    auto *popupLayout = new QVBoxLayout(popups);
    popupLayout->addWidget(note(tr("These kinds pop up on the desktop; the others only appear in the Notifications view.")));
    auto *grid = new QGridLayout;
    int i = 0;
    for (const QString &name : enumNames<NotificationType>()) {
        const NotificationType type = *enumFromString<NotificationType>(name);
        auto *box = new QCheckBox(displayName(type), popups);
        box->setObjectName(QStringLiteral("popup_") + name);
        grid->addWidget(box, i / 2, i % 2);
        m_popups.insert(type, box);
        ++i;
    }
    popupLayout->addLayout(grid);
    content()->addWidget(popups);

    m_quiet = new QGroupBox(tr("&Quiet hours"), this);
    m_quiet->setObjectName(QStringLiteral("quietHours"));
    m_quiet->setCheckable(true);
    auto *quietLayout = new QVBoxLayout(m_quiet);
    auto *times = new QHBoxLayout;
    m_quietFrom = new QTimeEdit(m_quiet);
    m_quietFrom->setObjectName(QStringLiteral("quietFrom"));
    m_quietFrom->setAccessibleName(tr("Quiet hours from"));
    m_quietFrom->setDisplayFormat(LocaleFormat::timeEditFormat());
    m_quietTo = new QTimeEdit(m_quiet);
    m_quietTo->setObjectName(QStringLiteral("quietTo"));
    m_quietTo->setAccessibleName(tr("Quiet hours to"));
    m_quietTo->setDisplayFormat(LocaleFormat::timeEditFormat());
    times->addWidget(new QLabel(tr("From"), m_quiet));
    times->addWidget(m_quietFrom);
    times->addWidget(new QLabel(tr("to"), m_quiet));
    times->addWidget(m_quietTo);
    times->addStretch(1);
    quietLayout->addLayout(times);
    quietLayout->addWidget(note(tr("Pop-ups are held back in these hours and shown as one summary afterwards.")));
    content()->addWidget(m_quiet);

    auto *target = new QGroupBox(tr("Weekly target"), this);
    auto *targetForm = new QFormLayout(target);
    m_weeklyTarget = new QDoubleSpinBox(target);
    m_weeklyTarget->setObjectName(QStringLiteral("weeklyTarget"));
    m_weeklyTarget->setRange(0, 168);
    m_weeklyTarget->setDecimals(1);
    m_weeklyTarget->setSingleStep(0.5);
    m_weeklyTarget->setSpecialValueText(tr("No target"));
    m_weeklyTarget->setSuffix(tr(" h"));
    targetForm->addRow(tr("Hours &saved per week:"), m_weeklyTarget);
    targetForm->addRow(QString(), note(tr("When a week falls short of it, a budget alert says by how much.")));
    content()->addWidget(target);

    auto *retention = new QGroupBox(tr("Keeping"), this);
    auto *retentionForm = new QFormLayout(retention);
    m_purgeRead = new QSpinBox(retention);
    m_purgeRead->setObjectName(QStringLiteral("purgeReadAfterDays"));
    m_archive = new QSpinBox(retention);
    m_archive->setObjectName(QStringLiteral("archiveAfterDays"));
    for (QSpinBox *box : {m_purgeRead, m_archive}) {
        box->setRange(1, 36500);
        box->setSuffix(tr(" days"));
    }
    retentionForm->addRow(tr("Delete &read notifications after:"), m_purgeRead);
    retentionForm->addRow(tr("&Archive workflow runs after:"), m_archive);
    retentionForm->addRow(QString(), note(tr("Archived runs still count in the analytics.")));
    content()->addWidget(retention);

    addField(QStringLiteral("popup_types"), tr("Pop up"), popups);
    addField(QStringLiteral("quiet_hours"), tr("Quiet hours"), m_quietFrom);
    addField(QStringLiteral("weekly_target_hours"), tr("Weekly target"), m_weeklyTarget);
    addField(QStringLiteral("purge_read_after_days"), tr("Delete read notifications after"), m_purgeRead);
    addField(QStringLiteral("archive_after_days"), tr("Archive workflow runs after"), m_archive);
}

void NotificationSettingsPage::load(const Preferences &preferences)
{
    for (auto it = m_popups.cbegin(); it != m_popups.cend(); ++it)
        it.value()->setChecked(preferences.popupTypes.contains(it.key()));
    m_quiet->setChecked(preferences.quietHours);
    m_quietFrom->setTime(preferences.quietFrom);
    m_quietTo->setTime(preferences.quietTo);
    m_weeklyTarget->setValue(preferences.weeklyTargetHours);
    m_purgeRead->setValue(preferences.purgeReadAfterDays);
    m_archive->setValue(preferences.archiveAfterDays);
}

void NotificationSettingsPage::store(Preferences &preferences) const
{
    preferences.popupTypes.clear();
    for (auto it = m_popups.cbegin(); it != m_popups.cend(); ++it)
        if (it.value()->isChecked())
            preferences.popupTypes.insert(it.key());
    preferences.quietHours = m_quiet->isChecked();
    preferences.quietFrom = m_quietFrom->time();
    preferences.quietTo = m_quietTo->time();
    preferences.weeklyTargetHours = m_weeklyTarget->value();
    preferences.purgeReadAfterDays = m_purgeRead->value();
    preferences.archiveAfterDays = m_archive->value();
}

} // namespace doo
