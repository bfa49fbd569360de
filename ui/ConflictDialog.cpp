#include "ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace doo {

ConflictDialog::ConflictDialog(EditConflict &conflict, const QString &what, QWidget *parent)
    : QDialog(parent), m_conflict(conflict)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed elsewhere"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("Someone else saved %1 while you were editing it. Their changes to fields you did not edit are kept; "
                            "you both changed these fields:")
                             .arg(what),
                         this);
    m_intro->setTextFormat(Qt::PlainText); // names what the user edited
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setModel(&m_conflict);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(EditConflict::FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EditConflict::TheirsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EditConflict::MineColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText); // may quote what the user typed
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("&Keep mine"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMineButton"));
    keep->setToolTip(tr("Save your values for these fields, with your other changes and theirs"));
    QPushButton *take = buttons->addButton(tr("&Take theirs"), QDialogButtonBox::DestructiveRole);
    take->setObjectName(QStringLiteral("takeTheirsButton"));
    take->setToolTip(tr("Take their values for these fields; your other changes stay in the form, not saved yet"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setToolTip(tr("Back to your edit, not saved"));
    connect(keep, &QPushButton::clicked, this, &ConflictDialog::keepMine);
    connect(take, &QPushButton::clicked, this, &ConflictDialog::takeTheirs);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    cancel->setDefault(true);
    resize(720, 360);
}

void ConflictDialog::keepMine()
{
    if (Status s = m_conflict.keepMine(); !s)
        return showProblem(s.error());
    done(KeptMine);
}

void ConflictDialog::takeTheirs()
{
    if (Status s = m_conflict.takeTheirs(); !s)
        return showProblem(s.error());
    done(TookTheirs);
}

void ConflictDialog::showProblem(const Error &error)
{
    m_problem->setText(error.kind == Error::Kind::Conflict
                           ? tr("It was changed again meanwhile; the table now shows the newest version. Nothing was saved.")
                           : tr("Not saved: %1").arg(error.text()));
    m_problem->show();
}

} // namespace doo
