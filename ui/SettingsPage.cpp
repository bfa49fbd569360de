#include "SettingsPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace doo {

SettingsPage::SettingsPage(const QString &title, const QString &iconName, QWidget *parent)
    : QWidget(parent), m_title(title), m_iconName(iconName)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    heading->setFont(font);
    layout->addWidget(heading);
    m_content = new QVBoxLayout;
    layout->addLayout(m_content);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pageError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void SettingsPage::addField(const QString &field, const QString &label, QWidget *widget)
{
    m_fields.insert(field, {label, widget});
}

QLabel *SettingsPage::note(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    return note;
}

bool SettingsPage::showError(const Error &error)
{
    const auto field = m_fields.constFind(error.field);
    if (field == m_fields.cend())
        return false;
    m_error->setText(tr("%1: %2").arg(field->label, error.message));
    m_error->show();
    if (field->widget)
        field->widget->setFocus();
    return true;
}

void SettingsPage::clearError()
{
    m_error->clear();
    m_error->hide();
}

QString SettingsPage::errorText() const
{
    return m_error->text();
}

} // namespace doo
