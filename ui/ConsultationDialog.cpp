#include "ConsultationDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace doo {

ConsultationDialog::ConsultationDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("consultationDialog"));
    setWindowTitle(tr("New consultation request"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto edit = [this](const char *name, const QString &placeholder) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textChanged, this, &ConsultationDialog::revalidate);
        return e;
    };
    m_name = edit("nameEdit", tr("required"));
    m_email = edit("emailEdit", tr("required, e.g. name@example.com"));
    m_company = edit("companyEdit", QString());
    m_department = edit("departmentEdit", QString());
    m_challenges = new QPlainTextEdit(this);
    m_challenges->setObjectName(QStringLiteral("challengesEdit"));
    m_challenges->setPlaceholderText(tr("What takes too much of their time?"));
    connect(m_challenges, &QPlainTextEdit::textChanged, this, &ConsultationDialog::revalidate);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("C&hallenges:"), m_challenges);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText); // may quote what the user typed
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsultationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 360);
    revalidate();
}

void ConsultationDialog::setConsultation(const Consultation &consultation)
{
    m_base = consultation;
    m_loaded = consultation;
    setWindowTitle(tr("Edit consultation request %1").arg(consultation.bookingId));
    m_name->setText(consultation.name);
    m_email->setText(consultation.email);
    m_company->setText(consultation.company);
    m_department->setText(consultation.department);
    m_challenges->setPlainText(consultation.challenges);
    revalidate();
}

void ConsultationDialog::setStore(Save save, Read read)
{
    m_store = std::move(save);
    m_read = std::move(read);
}

void ConsultationDialog::accept()
{
    if (!m_save->isEnabled())
        return;
    if (!m_store)
        return QDialog::accept();
    const Consultation mine = consultation();
    auto saved = m_store(mine);
    if (saved) {
        m_saved = saved.takeValue();
        return QDialog::accept();
    }
    if (saved.error().kind != Error::Kind::Conflict || mine.id.isEmpty() || !m_read)
        return showProblem(tr("Not saved: %1").arg(describe(saved.error())));
    const auto outcome = ConflictDialog::resolve<Consultation>(m_loaded, mine, m_read, m_store, tr("this consultation request"),
                                                               this, m_conflictRunner);
    switch (outcome.choice) {
    case ConflictDialog::Merged:
    case ConflictDialog::KeptMine:
        m_saved = outcome.value;
        return QDialog::accept();
    case ConflictDialog::TookTheirs:
        setConsultation(outcome.value);
        m_loaded = outcome.base;
        return showProblem(tr("Showing their values for the fields you both changed, with your other changes; not saved yet."));
    case ConflictDialog::Cancelled:
        break;
    }
    showProblem(outcome.error.isError() ? tr("Not saved: %1").arg(describe(outcome.error))
                                        : tr("Not saved: the request was changed elsewhere. Save again to compare."));
}

void ConsultationDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
}

Consultation ConsultationDialog::consultation() const
{
    Consultation c = m_base;
    c.name = m_name->text();
    c.email = m_email->text();
    c.company = m_company->text();
    c.department = m_department->text();
    c.challenges = m_challenges->toPlainText();
    c.normalize();
    return c;
}

QString ConsultationDialog::problem() const
{
    const Status s = consultation().validate();
    return s ? QString() : describe(s.error());
}

QString ConsultationDialog::describe(const Error &error)
{
    const QHash<QString, QString> fields = {{QStringLiteral("name"), tr("Name")},
                                            {QStringLiteral("email"), tr("Email")},
                                            {QStringLiteral("company"), tr("Company")},
                                            {QStringLiteral("department"), tr("Department")},
                                            {QStringLiteral("challenges"), tr("Challenges")}};
    const QString field = fields.value(error.field);
    return field.isEmpty() ? error.text() : tr("%1: %2", "field name, then what is wrong with it").arg(field, error.message);
}

void ConsultationDialog::revalidate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_save->setEnabled(p.isEmpty());
}

} // namespace doo
