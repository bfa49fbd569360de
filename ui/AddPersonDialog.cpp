#include "AddPersonDialog.h"

#include "itemmodels/TeamTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace doo {

AddPersonDialog::AddPersonDialog(Save save, QWidget *parent) : QDialog(parent), m_save(std::move(save))
{
    setObjectName(QStringLiteral("addPersonDialog"));
    setWindowTitle(tr("Add person"));
    setMinimumWidth(440);

    auto edit = [this](const char *name, const QString &placeholder) {
        auto *line = new QLineEdit(this);
        line->setObjectName(QString::fromLatin1(name));
        line->setPlaceholderText(placeholder);
        connect(line, &QLineEdit::textChanged, this, &AddPersonDialog::revalidate);
        return line;
    };
    m_email = edit("emailEdit", tr("name@example.com"));
    m_name = edit("nameEdit", tr("First and last name"));
    m_login = edit("loginEdit", tr("e.g. jsmith"));
    m_login->setToolTip(tr("The PostgreSQL login this person signs in with: lower-case letters, digits, '_', '.' or "
                           "'-', starting with a letter"));
    m_password = edit("passwordEdit", QString());
    m_password->setEchoMode(QLineEdit::Password);
    m_repeated = edit("repeatPasswordEdit", QString());
    m_repeated->setEchoMode(QLineEdit::Password);

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (UserRole role : {UserRole::Admin, UserRole::Director, UserRole::Manager, UserRole::User})
        m_role->addItem(displayName(role), int(role));
    m_role->setPlaceholderText(tr("Choose a role"));
    m_role->setCurrentIndex(-1);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddPersonDialog::revalidate);

    auto *form = new QFormLayout;
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Pass&word again:"), m_repeated);

    auto *note = new QLabel(tr("The password is sent to the database server, which keeps only its hash; the program "
                               "stores it nowhere. Give it to the person in a safe way."),
                            this);
    note->setWordWrap(true);

    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText); // may quote what the user typed
    m_problem->setObjectName(QStringLiteral("validationLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddPersonDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    revalidate();
}

AddPersonDialog::~AddPersonDialog() = default;

TeamIntents::NewPerson AddPersonDialog::person() const
{
    TeamIntents::NewPerson p;
    p.email = m_email->text();
    p.name = m_name->text();
    if (m_role->currentIndex() >= 0)
        p.role = UserRole(m_role->currentData().toInt());
    p.login = m_login->text();
    p.password = m_password->text();
    p.repeated = m_repeated->text();
    return p;
}

QString AddPersonDialog::validationMessage() const
{
    const Status valid = TeamIntents::validate(person());
    return valid ? QString() : valid.error().text();
}

void AddPersonDialog::revalidate()
{
    const QString problem = validationMessage();
    m_add->setEnabled(problem.isEmpty());
    showProblem(problem);
}

void AddPersonDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void AddPersonDialog::accept()
{
    const QString problem = validationMessage();
    if (!problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    const auto added = m_save ? m_save(person()) : Result<User>(Error::make(Error::Kind::Internal, tr("nothing saves")));
    if (!added) {
        showProblem(added.error().text()); // what was typed stays, to be corrected
        return;
    }
    m_added = *added;
    QDialog::accept();
}

void AddPersonDialog::done(int result)
{
    m_password->clear();
    m_repeated->clear();
    QDialog::done(result);
}

} // namespace doo
