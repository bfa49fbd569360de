#include "exchange/CsvExport.h"

#include "db/Database.h"
#include "db/Query.h"
#include "exchange/Csv.h"
#include "exchange/CsvImport.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/TaskRepository.h"

#include <QHash>

namespace doo::CsvExport {

namespace {

QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

Result<QList<Consultation>> allConsultations(Database &db, const UserContext &ctx)
{
    ConsultationRepository repo(db, ctx);
    QList<Consultation> all;
    ConsultationFilter filter;
    filter.limit = 1000;
    for (;;) {
        auto page = repo.findAll(filter);
        if (!page)
            return page.error();
        all += page->items;
        if (page->items.size() < filter.limit)
            break;
        filter.offset += filter.limit;
    }
    return all;
}

Result<QByteArray> tasks(Database &db, const UserContext &ctx)
{
    const auto list = TaskRepository(db, ctx).list();
    if (!list)
        return list.error();
    QHash<QString, QString> bookings; // task id -> booking id of its consultation
    {
        QVariantList values;
        QString sql = QStringLiteral("SELECT t.id, c.booking_id FROM task t JOIN consultation c ON c.id = t.consultation_id "
                                     "WHERE 1 = 1");
        if (!ctx.isAdmin()) {
            sql += QStringLiteral(" AND t.user_id = ?");
            values << ctx.userId;
        }
        Query q(db);
        if (!q.exec(sql, values))
            return q.error();
        while (q.next())
            bookings.insert(q.value(0).toString(), q.value(1).toString());
    }
    QByteArray csv = Csv::row(CsvImport::taskColumns());
    for (const Task &t : *list)
        csv += Csv::row({t.id, t.title, t.description, toString(t.status), toString(t.priority), time(t.dueDate),
                         t.tags.join(QLatin1Char(';')), time(t.createdAt), time(t.updatedAt), time(t.completedAt),
                         bookings.value(t.id)});
    return csv;
}

Result<QByteArray> consultations(Database &db, const UserContext &ctx)
{
    const auto all = allConsultations(db, ctx);
    if (!all)
        return all.error();
    QByteArray csv = Csv::row(CsvImport::consultationColumns());
    for (const Consultation &c : *all)
        csv += Csv::row({c.bookingId, c.name, c.email, c.company, c.department, c.challenges, toString(c.status),
                         time(c.scheduledDate), c.notes, c.cancellationReason,
                         c.noShow ? QStringLiteral("true") : QStringLiteral("false"), time(c.createdAt), time(c.updatedAt)});
    return csv;
}

} // namespace doo::CsvExport
