#pragma once

#include "SettingsPage.h"

#include <QMap>

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QSpinBox;
class QTimeEdit;

namespace doo {

// Notifications: which types pop up, quiet hours, the weekly target of hours saved (its
// BUDGET_ALERT) and how long read notifications and old runs are kept — all the user's, in the
// database.
class NotificationSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit NotificationSettingsPage(QWidget *parent = nullptr);

    void load(const Preferences &preferences) override;
    void store(Preferences &preferences) const override;

private:
    QMap<NotificationType, QCheckBox *> m_popups;
    QGroupBox *m_quiet = nullptr;
    QTimeEdit *m_quietFrom = nullptr;
    QTimeEdit *m_quietTo = nullptr;
    QDoubleSpinBox *m_weeklyTarget = nullptr;
    QSpinBox *m_purgeRead = nullptr;
    QSpinBox *m_archive = nullptr;
};

} // namespace doo
