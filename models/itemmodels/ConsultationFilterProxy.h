#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace doo {

class ConsultationTableModel;

// Filters the consultation table by status, a date range (of the request or of the meeting)
// and text (contained in booking id, name, email, company or department, any case); sorts by
// Qt::UserRole (times as times).
class ConsultationFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class DateField { Received, Scheduled };

    explicit ConsultationFilterProxy(QObject *parent = nullptr);

    void setStatus(std::optional<ConsultationStatus> status);
    // Inclusive local dates; an invalid one leaves that side open.
    void setDateRange(DateField field, const QDate &from, const QDate &to);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ConsultationTableModel *table() const;

    std::optional<ConsultationStatus> m_status;
    DateField m_dateField = DateField::Received;
    QDate m_from;
    QDate m_to;
    QString m_text;
};

} // namespace doo
