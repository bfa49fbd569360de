#include "itemmodels/ConsultationTableModel.h"
#include "itemmodels/PlainToolTip.h"

#include "domain/LocaleFormat.h"
#include "db/Database.h"

#include <QColor>
#include <QRegularExpression>
#include <QSqlRecord>

namespace doo {

ConsultationTableModel::ConsultationTableModel(Database &db, const UserContext &ctx, QObject *parent)
    : QSqlTableModel(parent, db.handle())
{
    setTable(QStringLiteral("consultation"));
    setEditStrategy(QSqlTableModel::OnManualSubmit);
    if (!ctx.isAdmin()) {
        // setFilter() takes SQL text, not bound values: the id is checked to be one of ours first.
        static const QRegularExpression idShape(QStringLiteral("^[0-9A-Za-z-]{1,36}$"));
        setFilter(idShape.match(ctx.userId).hasMatch() ? QStringLiteral("user_id = '%1'").arg(ctx.userId)
                                                       : QStringLiteral("1 = 0"));
    }
    const QStringList titles = {tr("Booking"), tr("Name"),  tr("Status"),     tr("Scheduled"),
                                tr("Company"), tr("Email"), tr("Department"), tr("Received")};
    const QStringList columns = shownColumns();
    for (int i = 0; i < columns.size(); ++i)
        setHeaderData(column(columns.at(i)), Qt::Horizontal, titles.at(i));
}

QStringList ConsultationTableModel::shownColumns()
{
    return {QStringLiteral("booking_id"), QStringLiteral("name"),  QStringLiteral("status"),     QStringLiteral("scheduled_date"),
            QStringLiteral("company"),    QStringLiteral("email"), QStringLiteral("department"), QStringLiteral("created_at")};
}

int ConsultationTableModel::column(const QString &name) const
{
    return record().indexOf(name);
}

bool ConsultationTableModel::select()
{
    const bool ok = QSqlTableModel::select();
    while (ok && canFetchMore())
        fetchMore();
    return ok;
}

QVariant ConsultationTableModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && role == Qt::ForegroundRole && record().fieldName(index.column()) == QLatin1String("status")) {
        const QString status = QSqlTableModel::data(index).toString();
        return status == QLatin1String("PENDING")  ? QColor(0xb2, 0x6a, 0x00)
            : status == QLatin1String("SCHEDULED") ? QColor(0x15, 0x65, 0xc0)
            : status == QLatin1String("COMPLETED") ? QColor(0x2e, 0x7d, 0x32)
                                                   : QColor(0x75, 0x75, 0x75);
    }
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::UserRole && role != Qt::ToolTipRole))
        return QSqlTableModel::data(index, role);
    const QVariant raw = QSqlTableModel::data(index, Qt::DisplayRole);
    const QString name = record().fieldName(index.column());
    if (name == QLatin1String("scheduled_date") || name == QLatin1String("created_at") || name == QLatin1String("updated_at")) {
        const QDateTime t = Database::dateTimeFromDb(raw);
        if (role == Qt::UserRole)
            return t;
        return LocaleFormat::dateTime(t);
    }
    if (name == QLatin1String("status") && role != Qt::UserRole) {
        const bool noShow = QSqlTableModel::data(this->index(index.row(), column(QStringLiteral("no_show")))).toBool();
        const auto status = enumFromString<ConsultationStatus>(raw.toString());
        const QString shown = status ? displayName(*status) : raw.toString();
        return noShow ? tr("%1 (no-show)").arg(shown) : shown;
    }
    if (role == Qt::UserRole)
        return raw.toString().toCaseFolded();
    if (role == Qt::ToolTipRole && !raw.toString().isEmpty())
        return plainToolTip(raw.toString());
    return raw;
}

Qt::ItemFlags ConsultationTableModel::flags(const QModelIndex &index) const
{
    return QSqlTableModel::flags(index) & ~Qt::ItemIsEditable;
}

QString ConsultationTableModel::idAt(int row) const
{
    return QSqlTableModel::data(index(row, column(QStringLiteral("id")))).toString();
}

int ConsultationTableModel::rowOf(const QString &id) const
{
    const int idColumn = column(QStringLiteral("id"));
    for (int r = 0; r < rowCount(); ++r)
        if (QSqlTableModel::data(index(r, idColumn)).toString() == id)
            return r;
    return -1;
}

} // namespace doo
