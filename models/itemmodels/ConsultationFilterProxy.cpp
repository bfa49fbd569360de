#include "itemmodels/ConsultationFilterProxy.h"

#include "itemmodels/ConsultationTableModel.h"

#include <QDateTime>

namespace doo {

ConsultationFilterProxy::ConsultationFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
    setDynamicSortFilter(true);
}

ConsultationTableModel *ConsultationFilterProxy::table() const
{
    return qobject_cast<ConsultationTableModel *>(sourceModel());
}

void ConsultationFilterProxy::setStatus(std::optional<ConsultationStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void ConsultationFilterProxy::setDateRange(DateField field, const QDate &from, const QDate &to)
{
    m_dateField = field;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void ConsultationFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed().toCaseFolded();
    invalidateFilter();
}

bool ConsultationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const ConsultationTableModel *t = table();
    if (!t)
        return true;
    auto raw = [&](const char *column) { return t->QSqlTableModel::data(t->index(sourceRow, t->column(QLatin1String(column)))); };
    if (m_status && raw("status").toString() != toString(*m_status))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const int column =
            t->column(m_dateField == DateField::Received ? QStringLiteral("created_at") : QStringLiteral("scheduled_date"));
        const QDateTime at = t->data(t->index(sourceRow, column), Qt::UserRole).toDateTime();
        if (!at.isValid())
            return false;
        const QDate day = at.toLocalTime().date();
        if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
            return false;
    }
    if (!m_text.isEmpty()) {
        for (const char *column : {"booking_id", "name", "email", "company", "department"})
            if (raw(column).toString().toCaseFolded().contains(m_text))
                return true;
        return false;
    }
    return true;
}

} // namespace doo
