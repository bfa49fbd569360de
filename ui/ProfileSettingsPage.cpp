#include "ProfileSettingsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace doo {

ProfileSettingsPage::ProfileSettingsPage(QWidget *parent) : SettingsPage(tr("Profile"), QStringLiteral("user-identity"), parent)
{
    auto *box = new QGroupBox(tr("You"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(box);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_company = new QLineEdit(box);
    m_company->setObjectName(QStringLiteral("profileCompany"));
    m_company->setPlaceholderText(tr("Optional"));
    m_department = new QLineEdit(box);
    m_department->setObjectName(QStringLiteral("profileDepartment"));
    m_department->setPlaceholderText(tr("Optional"));
    m_timeZone = new QComboBox(box);
    m_timeZone->setObjectName(QStringLiteral("profileTimeZone"));
    m_timeZone->addItem(tr("This computer's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(QString(),
                 note(tr("Schedules and calendar days follow this zone. A new zone re-times the "
                         "workflows' next runs as soon as you press OK or Apply.")));
    content()->addWidget(box);
    addField(QStringLiteral("name"), tr("Name"), m_name);
    addField(QStringLiteral("company"), tr("Company"), m_company);
    addField(QStringLiteral("department"), tr("Department"), m_department);
    addField(QStringLiteral("timeZone"), tr("Time zone"), m_timeZone);
    addField(QStringLiteral("email"), tr("Email"), nullptr);
}

void ProfileSettingsPage::load(const Preferences &preferences)
{
    Q_UNUSED(preferences)
    m_name->setText(m_user.name);
    m_company->setText(m_user.company);
    m_department->setText(m_user.department);
    int zone = m_timeZone->findData(m_user.timeZone);
    if (zone < 0) { // a zone this computer's list lacks stays as it is
        m_timeZone->addItem(m_user.timeZone, m_user.timeZone);
        zone = m_timeZone->count() - 1;
    }
    m_timeZone->setCurrentIndex(zone);
}

std::optional<User> ProfileSettingsPage::editedProfile() const
{
    if (m_user.id.isEmpty()) // the profile could not be read
        return std::nullopt;
    User user = m_user;
    user.name = m_name->text();
    user.company = m_company->text();
    user.department = m_department->text();
    user.timeZone = m_timeZone->currentData().toString();
    user.normalize();
    User stored = m_user;
    stored.normalize();
    if (user.name == stored.name && user.company == stored.company && user.department == stored.department
        && user.timeZone == stored.timeZone)
        return std::nullopt;
    return user;
}

} // namespace doo
