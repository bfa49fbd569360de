#include "ConsultationColumns.h"

#include "domain/Enums.h"
#include "domain/LocaleFormat.h"
#include "itemmodels/ConsultationTableModel.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QSqlRecord>
#include <QTableView>

#include <algorithm>

namespace doo {

void layOutConsultationColumns(QTableView *table, const ConsultationTableModel *model)
{
    QHeaderView *header = table->horizontalHeader();
    const QStringList shown = ConsultationTableModel::shownColumns();
    const QStringList stretched = {QStringLiteral("name"), QStringLiteral("company"), QStringLiteral("email")};
    const QStringList hidden = {QStringLiteral("department"), QStringLiteral("created_at")};
    for (int c = 0; c < model->columnCount(); ++c)
        table->setColumnHidden(c, !shown.contains(model->record().fieldName(c)));
    for (int i = 0; i < shown.size(); ++i) // the shown columns first, in their order
        header->moveSection(header->visualIndex(model->column(shown.at(i))), i);

    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    header->setTextElideMode(Qt::ElideRight);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(table->fontMetrics().averageCharWidth() * 6);
    header->setSectionResizeMode(QHeaderView::Interactive);

    const QFontMetrics metrics = table->fontMetrics();
    const int padding = 2 * table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 12;
    const int dateTime =
        metrics.horizontalAdvance(LocaleFormat::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58), Qt::UTC))) + padding;
    int status = 0; // the longest plain status ("Cancelled (no-show)" is cut; its tooltip says it)
    for (const QString &name : enumNames<ConsultationStatus>())
        status = std::max(status, metrics.horizontalAdvance(displayName(*enumFromString<ConsultationStatus>(name))));
    status += padding;

    for (const QString &name : shown) {
        const int c = model->column(name);
        if (stretched.contains(name)) {
            header->setSectionResizeMode(c, QHeaderView::Stretch);
        } else if (name == QLatin1String("booking_id")) {
            header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        } else {
            const int wanted = name == QLatin1String("status") ? status : dateTime;
            table->setColumnWidth(c, std::max(wanted, header->sectionSizeHint(c)));
        }
        if (hidden.contains(name))
            table->setColumnHidden(c, true);

        // Right-click the header: a switch per column.
        auto *toggle = new QAction(model->headerData(c, Qt::Horizontal).toString(), header);
        toggle->setObjectName(QStringLiteral("showColumn_") + name);
        toggle->setCheckable(true);
        toggle->setChecked(!table->isColumnHidden(c));
        QObject::connect(toggle, &QAction::toggled, table, [table, c](bool on) { table->setColumnHidden(c, !on); });
        header->addAction(toggle);
    }
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace doo
