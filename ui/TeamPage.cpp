#include "TeamPage.h"

#include "AddPersonDialog.h"
#include "itemmodels/TeamIntents.h"
#include "itemmodels/TeamTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace doo {

TeamPage::TeamPage(Database &db, const User &me, QWidget *parent) : QWidget(parent)
{
    m_intents = new TeamIntents(db, me, this);

    auto button = [this](const char *name, const QString &text, void (TeamPage::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_add = button("addPersonButton", tr("&Add person…"), &TeamPage::addPerson);
    m_role = button("changeRoleButton", tr("Change &role…"), &TeamPage::changeRole);
    m_disable = button("disableButton", tr("&Disable…"), &TeamPage::disablePerson);
    m_reload = button("reloadButton", tr("Re&load"), &TeamPage::reload);
    m_reload->setShortcut(QKeySequence::Refresh);
    auto *toolbar = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_role, m_disable})
        toolbar->addWidget(b);
    toolbar->addStretch(1);
    toolbar->addWidget(m_reload);

    auto *note = new QLabel(tr("Everyone signs in to this database with their own login. Adding a person creates "
                               "their login; an administrator's login is in the group that sees everyone's data. "
                               "Disabling keeps the person's data and stops the login from signing in."),
                            this);
    note->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setAccessibleName(tr("Team members"));
    m_table->setModel(m_intents->model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TeamPage::updateButtons);
    connect(m_intents->model(), &QAbstractItemModel::modelReset, this, &TeamPage::updateButtons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("teamMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    reload();
}

TeamPage::~TeamPage() = default;

QString TeamPage::message() const
{
    return m_message->text();
}

void TeamPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void TeamPage::reload()
{
    const QString selected = selectedEmail();
    if (Status s = m_intents->reload(); !s) {
        report(s.error().text(), true);
        return;
    }
    m_table->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectPerson(selected);
}

bool TeamPage::selectPerson(const QString &email)
{
    const int row = m_intents->model()->rowOf(email);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_intents->model()->index(row, 0));
    m_table->selectRow(row);
    return true;
}

QString TeamPage::selectedEmail() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(TeamTableModel::EmailRole).toString() : QString();
}

void TeamPage::updateButtons()
{
    const int row = m_intents->model()->rowOf(selectedEmail());
    const bool active = row >= 0 && m_intents->model()->members().at(row).isActive();
    m_role->setEnabled(active);
    m_disable->setEnabled(active);
}

void TeamPage::report(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    if (!error)
        Q_EMIT statusMessage(text);
}

bool TeamPage::run(QDialog &dialog)
{
    return m_runDialog ? m_runDialog(dialog) : dialog.exec() == QDialog::Accepted;
}

void TeamPage::addPerson()
{
    AddPersonDialog dialog([this](const TeamIntents::NewPerson &person) { return m_intents->addPerson(person); }, this);
    if (!run(dialog))
        return;
    const User &added = dialog.added();
    selectPerson(added.email);
    report(tr("Added %1 <%2> as %3; they sign in with their own login.").arg(added.name, added.email, displayName(added.role)));
}

void TeamPage::changeRole()
{
    const int row = m_intents->model()->rowOf(selectedEmail());
    if (row < 0)
        return;
    const User person = m_intents->model()->members().at(row).user;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("changeRoleDialog"));
    dialog.setWindowTitle(tr("Change role"));
    auto *combo = new QComboBox(&dialog);
    combo->setObjectName(QStringLiteral("roleCombo"));
    for (UserRole role : {UserRole::Admin, UserRole::Director, UserRole::Manager, UserRole::User})
        combo->addItem(displayName(role), int(role));
    combo->setCurrentIndex(combo->findData(int(person.role)));
    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("%1 <%2>").arg(person.name, person.email), &dialog));
    form->addRow(tr("&Role:"), combo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (!run(dialog))
        return;
    const auto role = UserRole(combo->currentData().toInt());
    if (role == person.role)
        return;
    const auto changed = m_intents->changeRole(person.email, role);
    if (!changed) {
        report(tr("The role of %1 was not changed: %2").arg(person.email, changed.error().text()), true);
        return;
    }
    selectPerson(changed->email);
    report(tr("%1 is now %2.").arg(changed->email, displayName(changed->role)));
}

void TeamPage::disablePerson()
{
    const int row = m_intents->model()->rowOf(selectedEmail());
    if (row < 0)
        return;
    const User person = m_intents->model()->members().at(row).user;
    const QString question =
        tr("Disable %1 <%2>? Their login can no longer sign in; their data stays.").arg(person.name, person.email);
    const bool yes = m_confirm
        ? m_confirm(question)
        : QMessageBox::question(this, tr("Disable person"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    if (!yes)
        return;
    const auto changed = m_intents->disable(person.email);
    if (!changed) {
        report(tr("%1 was not disabled: %2").arg(person.email, changed.error().text()), true);
        return;
    }
    selectPerson(changed->email);
    report(tr("%1 is disabled; the login can no longer sign in.").arg(changed->email));
}

} // namespace doo
