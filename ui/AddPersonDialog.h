#pragma once

#include "domain/User.h"
#include "itemmodels/TeamIntents.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace doo {

// Adds a person to the team: email, name, role, the PostgreSQL login they will sign in with and
// its password, typed twice. Checked on every edit with TeamIntents::validate (the message names
// the field; Add stays disabled until the form is valid). Add sends the person through the store
// and closes only when the server created them; its refusal is shown and what was typed stays.
// The password lives in the two fields only, until it is sent; both are cleared when the dialog
// closes.
class AddPersonDialog : public QDialog
{
    Q_OBJECT

public:
    using Save = std::function<Result<User>(const TeamIntents::NewPerson &)>;
    explicit AddPersonDialog(Save save, QWidget *parent = nullptr);
    ~AddPersonDialog() override;

    TeamIntents::NewPerson person() const;
    // Empty when the form may be sent, else one sentence naming the field.
    QString validationMessage() const;
    // The user the server created (after the dialog was accepted).
    const User &added() const { return m_added; }

    void accept() override;
    void done(int result) override;

private:
    void revalidate();
    void showProblem(const QString &message);

    Save m_save;
    User m_added;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeated = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace doo
