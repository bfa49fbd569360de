#pragma once

#include "domain/User.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace doo {

class Database;
class OnboardingIntents;

// First start: the user confirms name and email (and optionally company and department).
// Continue stays disabled while the fields are invalid, with the reason shown; it saves the
// profile with onboarding completed. A save error (typically an email another user has) is
// shown and the dialog stays open.
class OnboardingDialog : public QDialog
{
    Q_OBJECT

public:
    OnboardingDialog(Database &db, const User &user, QWidget *parent = nullptr);
    ~OnboardingDialog() override;

    // Shows the dialog modally; true when the profile was saved (`user` then holds it),
    // false when the user quit.
    static bool run(Database &db, User &user, QWidget *parent = nullptr);

    // The profile as the fields describe it: normalised, onboarding completed.
    User editedUser() const;
    // Validates and saves editedUser() (what Continue does); on success the dialog holds the
    // saved user, on failure the reason is shown in the dialog.
    Result<User> save();
    const User &savedUser() const { return m_user; }

private:
    void validate();
    void showProblem(const Error &error);
    static QString describe(const Error &error);

    OnboardingIntents *m_intents = nullptr;
    User m_user;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_department = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_continue = nullptr;
};

} // namespace doo
