#pragma once

#include "domain/User.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QWidget;

namespace doo {

class Database;
class OnboardingIntents;

// First start: where the data lives (this computer, or a team server: then the connection dialog
// takes over), who the user is (name and email; company and department optional), their time
// zone (preselected from the computer's), and whether to start with sample data. Continue stays
// disabled while the fields are invalid, with the reason shown; it saves the profile with
// onboarding completed (and the sample data, in the same transaction). A save error (typically an
// email another user has) is shown and the dialog stays open.
class OnboardingDialog : public QDialog
{
    Q_OBJECT

public:
    // How the dialog ended (its result code).
    enum Outcome { Quit = QDialog::Rejected, Saved = QDialog::Accepted, TeamServer = 2 };

    OnboardingDialog(Database &db, const User &user, QWidget *parent = nullptr);
    ~OnboardingDialog() override;

    // Shows the dialog modally. Saved: the profile was saved (`user` then holds it); TeamServer:
    // the user's data lives on a team server, nothing was saved here (the caller opens the
    // connection dialog); Quit: the user quit.
    static Outcome run(Database &db, User &user, QWidget *parent = nullptr);

    // The profile as the fields describe it: normalised, onboarding completed.
    User editedUser() const;
    bool loadSampleData() const;
    bool teamServerChosen() const;
    // Validates and saves editedUser() (what Continue does on this computer); on success the
    // dialog holds the saved user, on failure the reason is shown in the dialog.
    Result<User> save();
    const User &savedUser() const { return m_user; }

Q_SIGNALS:
    // Continue with "A team server" chosen: the connection dialog should follow.
    void teamServerRequested();

private:
    QWidget *buildPlace();
    void fillTimeZones();
    void proceed();
    void validate();
    void showProblem(const Error &error);
    static QString describe(const Error &error);

    OnboardingIntents *m_intents = nullptr;
    User m_user;
    QRadioButton *m_thisComputer = nullptr;
    QRadioButton *m_teamServer = nullptr;
    QWidget *m_profile = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_company = nullptr;
    QLineEdit *m_department = nullptr;
    QComboBox *m_timeZone = nullptr;
    bool m_canSeed = false; // asked once: the user has no task yet
    QCheckBox *m_sample = nullptr;
    QLabel *m_sampleNote = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_continue = nullptr;
};

} // namespace doo
