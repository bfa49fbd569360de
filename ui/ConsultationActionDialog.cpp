#include "ConsultationActionDialog.h"

#include "domain/LocaleFormat.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace doo {

ConsultationActionDialog::ConsultationActionDialog(Kind kind, const QString &who, const QDateTime &initial,
                                                   std::function<QString(const QDateTime &)> overlaps, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_overlaps(std::move(overlaps))
{
    setObjectName(QStringLiteral("consultationActionDialog"));
    auto *layout = new QVBoxLayout(this);
    QString title, prompt, okText;
    switch (kind) {
    case Kind::Schedule:
        title = tr("Schedule consultation");
        prompt = tr("When do you meet %1?").arg(who);
        okText = tr("Schedule");
        break;
    case Kind::Reschedule:
        title = tr("Reschedule consultation");
        prompt = tr("Move the meeting with %1 to:").arg(who);
        okText = tr("Reschedule");
        break;
    case Kind::Complete:
        title = tr("Complete consultation");
        prompt = tr("How did the meeting with %1 go? (optional)").arg(who);
        okText = tr("Complete");
        break;
    case Kind::Cancel:
        title = tr("Cancel consultation");
        prompt = tr("Why is the request of %1 cancelled?").arg(who);
        okText = tr("Cancel request");
        break;
    }
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setTextFormat(Qt::PlainText); // names as typed, never as HTML
    label->setWordWrap(true);
    layout->addWidget(label);
    if (kind == Kind::Schedule || kind == Kind::Reschedule) {
        m_when = new QDateTimeEdit(initial.toLocalTime(), this);
        m_when->setObjectName(QStringLiteral("whenEdit"));
        label->setBuddy(m_when);
        m_when->setCalendarPopup(true);
        m_when->setDisplayFormat(LocaleFormat::dateTimeEditFormat());
        connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &ConsultationActionDialog::update);
        layout->addWidget(m_when);
    } else {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("textEdit"));
        label->setBuddy(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, &ConsultationActionDialog::update);
        layout->addWidget(m_text);
    }
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b26a00;"));
    layout->addWidget(m_warning);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(420, m_text ? 260 : 160);
    update();
}

QDateTime ConsultationActionDialog::when() const
{
    return m_when ? m_when->dateTime().toUTC() : QDateTime();
}

QString ConsultationActionDialog::text() const
{
    return m_text ? m_text->toPlainText().trimmed() : QString();
}

QString ConsultationActionDialog::warning() const
{
    return m_warning->text();
}

void ConsultationActionDialog::update()
{
    if (m_when) {
        const QString clash = m_overlaps ? m_overlaps(when()) : QString();
        m_warning->setText(clash.isEmpty() ? QString() : tr("Overlaps %1").arg(clash));
    }
    m_ok->setEnabled(m_kind != Kind::Cancel || !text().isEmpty());
    if (m_kind == Kind::Cancel)
        m_warning->setText(text().isEmpty() ? tr("A reason is required.") : QString());
}

} // namespace doo
