#include "ImportPreviewDialog.h"

#include "exchange/ImportPlan.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doo {

ImportPreviewDialog::ImportPreviewDialog(const ImportPlan &plan, const QString &fileName, QWidget *parent)
    : QDialog(parent), m_fatal(plan.fatal), m_new(plan.count(RowFate::New)), m_invalid(plan.count(RowFate::Invalid))
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import %1").arg(fileName));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("summaryLabel"));
    summary->setWordWrap(true);
    if (plan.fatal) {
        QStringList lines;
        for (const QString &line : Import::issuesText(plan).split(QLatin1Char('\n')))
            lines << line.toHtmlEscaped();
        summary->setText(tr("<b>This file cannot be imported.</b><br>%1").arg(lines.join(QStringLiteral("<br>"))));
    } else {
        QString text = tr("%1 new, %2 already there, %3 invalid").arg(m_new).arg(plan.count(RowFate::Duplicate)).arg(m_invalid);
        if (plan.rowCount() > plan.rows.size())
            text += QLatin1Char(' ') + tr("(the first %n rows shown)", nullptr, int(plan.rows.size()));
        summary->setText(text);
    }
    layout->addWidget(summary);

    auto *table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("previewTable"));
    QStringList headers{tr("Line"), tr("Result")};
    headers += plan.header;
    headers << tr("Problem");
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(int(plan.rows.size()));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int r = 0; r < plan.rows.size(); ++r) {
        const ImportRow &row = plan.rows.at(r);
        const QString fate = row.fate == RowFate::New ? tr("new")
            : row.fate == RowFate::Duplicate          ? tr("already there")
                                                      : tr("invalid");
        QList<QTableWidgetItem *> items{new QTableWidgetItem(QString::number(row.line)), new QTableWidgetItem(fate)};
        for (int c = 0; c < plan.header.size(); ++c)
            items << new QTableWidgetItem(row.values.value(c).left(200));
        items << new QTableWidgetItem(row.message);
        const QColor tint = row.fate == RowFate::Invalid ? QColor(0xfd, 0xec, 0xea)
            : row.fate == RowFate::Duplicate             ? QColor(0xf1, 0xf1, 0xf1)
                                                         : QColor();
        for (int c = 0; c < items.size(); ++c) {
            if (tint.isValid())
                items.at(c)->setBackground(tint);
            table->setItem(r, c, items.at(c));
        }
    }
    table->resizeColumnsToContents();
    for (int c = 0; c < table->columnCount(); ++c)
        table->setColumnWidth(c, std::min(table->columnWidth(c), 260));
    layout->addWidget(table, 1);

    m_skip = new QCheckBox(tr("Skip the invalid rows and import the others"), this);
    m_skip->setObjectName(QStringLiteral("skipInvalidCheck"));
    m_skip->setVisible(!m_fatal && m_invalid > 0);
    connect(m_skip, &QCheckBox::toggled, this, &ImportPreviewDialog::update);
    layout->addWidget(m_skip);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_import = buttons->button(QDialogButtonBox::Ok);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 480);
    update();
}

bool ImportPreviewDialog::skipInvalid() const
{
    return m_skip->isChecked();
}

void ImportPreviewDialog::update()
{
    m_import->setEnabled(!m_fatal && m_new > 0 && (m_invalid == 0 || m_skip->isChecked()));
}

} // namespace doo
