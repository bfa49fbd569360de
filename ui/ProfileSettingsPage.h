#pragma once

#include "SettingsPage.h"

#include "domain/User.h"

#include <optional>

class QComboBox;
class QLineEdit;

namespace doo {

// Profile: the signed-in user's name, company, department and time zone — the fields and rules of
// `user set`; a new time zone re-times the workflows' next runs when the window saves.
class ProfileSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit ProfileSettingsPage(QWidget *parent = nullptr);

    // The profile as stored, shown by load().
    void setProfile(const User &user) { m_user = user; }
    void load(const Preferences &preferences) override;
    // The edited profile when it differs from the stored one.
    std::optional<User> editedProfile() const;

private:
    User m_user;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_department = nullptr;
    QComboBox *m_timeZone = nullptr;
};

} // namespace doo
