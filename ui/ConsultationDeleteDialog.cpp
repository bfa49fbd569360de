#include "ConsultationDeleteDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace doo {

ConsultationDeleteDialog::ConsultationDeleteDialog(const Consultation &consultation, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("deleteConsultationDialog"));
    setWindowTitle(tr("Delete %1").arg(consultation.bookingId));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto *text = new QLabel(tr("Delete the request %1 from %2?\n\nIts history is deleted with it; its linked tasks stay on "
                               "the board. This cannot be undone.")
                                .arg(consultation.bookingId, consultation.name),
                            this);
    text->setObjectName(QStringLiteral("deleteQuestion"));
    text->setTextFormat(Qt::PlainText); // the name as typed
    text->setWordWrap(true);
    row->addWidget(text, 1);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *remove = buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    remove->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(remove, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(440, sizeHint().height());
}

} // namespace doo
