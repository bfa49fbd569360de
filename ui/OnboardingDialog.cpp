#include "OnboardingDialog.h"

#include "itemmodels/OnboardingIntents.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace doo {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(24, 0, 0, 0); // under the text of the choice it explains
    return label;
}

} // namespace

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
    m_profile = new QWidget(this);
    auto *intro = new QLabel(tr("Tell us who you are. Your name and email mark your tasks, workflows and "
                                "consultations in this database; company and department are optional."),
                             m_profile);
    intro->setWordWrap(true);
    m_name = new QLineEdit(m_user.name, m_profile);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_email = new QLineEdit(m_user.email, m_profile);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_company = new QLineEdit(m_user.company, m_profile);
    m_company->setObjectName(QStringLiteral("companyEdit"));
    m_company->setPlaceholderText(tr("Optional"));
    m_department = new QLineEdit(m_user.department, m_profile);
    m_department->setObjectName(QStringLiteral("departmentEdit"));
    m_department->setPlaceholderText(tr("Optional"));
    m_timeZone = new QComboBox(m_profile);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setToolTip(tr("Schedules run and dates count in this zone. Type part of a name to search."));
    fillTimeZones();

    auto *profile = new QVBoxLayout(m_profile);
    profile->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    profile->addWidget(intro);
    profile->addLayout(form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Time zone:"), m_timeZone);

    m_sample = new QCheckBox(tr("&Load sample data"), this);
    m_sample->setObjectName(QStringLiteral("sampleDataCheck"));
    m_canSeed = m_intents->canLoadSampleData();
    m_sample->setEnabled(m_canSeed);
    m_sampleNote = note(m_canSeed ? tr("About 60 tasks, ten workflows with three months of runs, consultations and "
                                       "notifications, to try things out before your own work moves in.")
                                  : tr("You already have tasks in this database, so no sample data is added."),
                        this);
    m_sampleNote->setObjectName(QStringLiteral("sampleDataNote"));

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
    connect(m_continue, &QPushButton::clicked, this, &OnboardingDialog::proceed);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(buildPlace());
    layout->addWidget(m_profile);
    layout->addWidget(m_sample);
    layout->addWidget(m_sampleNote);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_name, m_email, m_company, m_department})
        connect(edit, &QLineEdit::textChanged, this, &OnboardingDialog::validate);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &OnboardingDialog::validate);
    validate();
    // The wrapped explanations get the lines they need at the narrowest width (a window's height
    // does not follow its labels' wrapping by itself).
    const int width = 90 * fontMetrics().averageCharWidth();
    setMinimumWidth(width);
    if (layout->hasHeightForWidth())
        setMinimumHeight(layout->totalHeightForWidth(width));
}

OnboardingDialog::~OnboardingDialog() = default;

QWidget *OnboardingDialog::buildPlace()
{
    auto *box = new QGroupBox(tr("Where your data lives"), this);
    box->setObjectName(QStringLiteral("placeGroup"));
    m_thisComputer = new QRadioButton(tr("This &computer"), box);
    m_thisComputer->setObjectName(QStringLiteral("thisComputerRadio"));
    m_thisComputer->setChecked(true);
    m_teamServer = new QRadioButton(tr("A team &server"), box);
    m_teamServer->setObjectName(QStringLiteral("teamServerRadio"));
    auto *group = new QButtonGroup(box);
    group->addButton(m_thisComputer);
    group->addButton(m_teamServer);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_thisComputer);
    layout->addWidget(note(tr("A database file in your home folder. Nothing to set up."), box));
    layout->addWidget(m_teamServer);
    layout->addWidget(note(tr("A PostgreSQL server your team shares; you sign in with your own login. "
                              "Continue opens the connection settings."),
                           box));
    connect(m_teamServer, &QRadioButton::toggled, this, &OnboardingDialog::validate);
    // On a team server already: the question is answered.
    box->setVisible(m_intents->isLocal());
    return box;
}

void OnboardingDialog::fillTimeZones()
{
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->setMaxVisibleItems(15);
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        ids << QString::fromUtf8(id);
    // An id Qt cannot use (a bare "localtime") stays unsaid: empty is the computer's zone.
    QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!QTimeZone(system.toUtf8()).isValid())
        system.clear();
    const QString chosen = m_user.timeZone.isEmpty() ? system : m_user.timeZone;
    if (!chosen.isEmpty() && !ids.contains(chosen))
        ids << chosen;
    ids.sort();
    m_timeZone->addItems(ids);
    // Typing any part of a name ("berl", "york") finds it.
    auto *completer = new QCompleter(m_timeZone->model(), m_timeZone);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->setCompleter(completer);
    m_timeZone->setCurrentIndex(m_timeZone->findText(chosen));
}

OnboardingDialog::Outcome OnboardingDialog::run(Database &db, User &user, QWidget *parent)
{
    OnboardingDialog dialog(db, user, parent);
    const int result = dialog.exec();
    if (result == Saved)
        user = dialog.savedUser();
    return result == Saved || result == TeamServer ? Outcome(result) : Quit;
}

User OnboardingDialog::editedUser() const
{
    User user = m_user;
    user.name = m_name->text();
    user.email = m_email->text();
    user.company = m_company->text();
    user.department = m_department->text();
    user.timeZone = m_timeZone->currentText().trimmed();
    user.onboardingCompleted = true;
    user.normalize();
    return user;
}

bool OnboardingDialog::loadSampleData() const
{
    return m_sample->isEnabled() && m_sample->isChecked();
}

bool OnboardingDialog::teamServerChosen() const
{
    return m_teamServer->isChecked() && m_intents->isLocal();
}

void OnboardingDialog::proceed()
{
    if (teamServerChosen()) {
        Q_EMIT teamServerRequested();
        done(TeamServer);
        return;
    }
    if (save())
        accept();
}

void OnboardingDialog::validate()
{
    const bool team = teamServerChosen();
    // The profile and the sample data belong to the database chosen: on a team server they are
    // asked there, after signing in.
    m_profile->setEnabled(!team);
    m_sample->setEnabled(!team && m_canSeed);
    m_sampleNote->setEnabled(!team);
    m_continue->setText(team ? tr("&Connect…") : tr("&Continue"));
    const Status status = team ? Status() : editedUser().validate();
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
    auto saved = m_intents->completeOnboarding(edited, loadSampleData());
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
    else if (error.field == QLatin1String("timeZone"))
        return tr("Choose a time zone from the list (type part of its name to find it).");
    if (!label.isEmpty())
        return tr("%1 %2.").arg(label, error.message);
    QString text = error.text();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace doo
