#include "OnboardingDialog.h"

#include "itemmodels/OnboardingIntents.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace doo {

OnboardingDialog::OnboardingDialog(Database &db, const User &user, QWidget *parent)
    : QDialog(parent), m_intents(new OnboardingIntents(db, UserContext::of(user), this)), m_user(user)
{
    setObjectName(QStringLiteral("onboardingDialog"));
    setWindowTitle(tr("Welcome to Director of One"));

    auto *heading = new QLabel(tr("Welcome to Director of One"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *intro = new QLabel(tr("Tell us who you are. Your name and email mark your tasks, workflows and "
                                "consultations in this database; company and department are optional."),
                             this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(m_user.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_email = new QLineEdit(m_user.email, this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_company = new QLineEdit(m_user.company, this);
    m_company->setObjectName(QStringLiteral("companyEdit"));
    m_company->setPlaceholderText(tr("Optional"));
    m_department = new QLineEdit(m_user.department, this);
    m_department->setObjectName(QStringLiteral("departmentEdit"));
    m_department->setPlaceholderText(tr("Optional"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Department:"), m_department);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("validationLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setMinimumHeight(2 * m_problem->fontMetrics().lineSpacing());
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(this);
    m_continue = buttons->addButton(tr("&Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_name, m_email, m_company, m_department})
        connect(edit, &QLineEdit::textChanged, this, &OnboardingDialog::validate);
    setMinimumWidth(460);
    validate();
}

OnboardingDialog::~OnboardingDialog() = default;

bool OnboardingDialog::run(Database &db, User &user, QWidget *parent)
{
    OnboardingDialog dialog(db, user, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    user = dialog.savedUser();
    return true;
}

User OnboardingDialog::editedUser() const
{
    User user = m_user;
    user.name = m_name->text();
    user.email = m_email->text();
    user.company = m_company->text();
    user.department = m_department->text();
    user.onboardingCompleted = true;
    user.normalize();
    return user;
}

void OnboardingDialog::validate()
{
    const Status status = editedUser().validate();
    m_continue->setEnabled(status.ok());
    if (status)
        m_problem->clear();
    else
        showProblem(status.error());
}

Result<User> OnboardingDialog::save()
{
    const User edited = editedUser();
    if (Status status = edited.validate(); !status) {
        showProblem(status.error());
        return status.error();
    }
    auto saved = m_intents->completeOnboarding(edited);
    if (!saved) {
        showProblem(saved.error());
        return saved;
    }
    m_user = *saved;
    m_problem->clear();
    return saved;
}

void OnboardingDialog::showProblem(const Error &error)
{
    m_problem->setText(describe(error));
}

QString OnboardingDialog::describe(const Error &error)
{
    QString label;
    if (error.field == QLatin1String("name"))
        label = tr("Name");
    else if (error.field == QLatin1String("email"))
        label = tr("Email");
    else if (error.field == QLatin1String("company"))
        label = tr("Company");
    else if (error.field == QLatin1String("department"))
        label = tr("Department");
    if (!label.isEmpty())
        return tr("%1 %2.").arg(label, error.message);
    QString text = error.text();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace doo
