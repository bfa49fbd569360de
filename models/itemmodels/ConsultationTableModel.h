#pragma once

#include "domain/User.h"

#include <QSqlTableModel>

namespace doo {

class Database;

// The consultation table of the current user (everyone's for an ADMIN) for the Consultations
// view: a read-only QSqlTableModel (changes go through ConsultationRepository, then select()).
// Times show in the locale's format; the status of a no-show says so; tool tips hold the texts
// escaped (a name is never drawn as HTML). Qt::UserRole gives
// values to sort by (times as QDateTime, text case-folded). All rows are fetched, so that the
// filter proxy sees them all.
class ConsultationTableModel : public QSqlTableModel
{
    Q_OBJECT

public:
    ConsultationTableModel(Database &db, const UserContext &ctx, QObject *parent = nullptr);

    // The columns the view shows, in order.
    static QStringList shownColumns();
    int column(const QString &name) const;

    bool select() override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QString idAt(int row) const;
    int rowOf(const QString &id) const;
};

} // namespace doo
