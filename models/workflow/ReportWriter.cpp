#include "workflow/ReportWriter.h"

#include "domain/LocaleFormat.h"
#include "db/Database.h"
#include "db/Query.h"
#include "exchange/Csv.h"
#include "exchange/CsvExport.h"
#include "repositories/ArchiveTables.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/TaskRepository.h"
#include "workflow/PdfDrawing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace doo::ReportWriter {

namespace {

using Row = ReportRow;

// Figures of one owner (all users for an ADMIN) between from and to.
Result<QList<Row>> figures(Database &db, const UserContext &owner, const QDateTime &from, const QDateTime &to)
{
    QList<Row> rows;
    const QString scope = owner.isAdmin() ? QString() : QStringLiteral(" AND user_id = ?");
    auto bound = [&owner](QVariantList values) {
        if (!owner.isAdmin())
            values << owner.userId;
        return values;
    };
    {
        Query q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM task WHERE created_at >= ? AND created_at <= ?") + scope,
                    bound({Database::toDb(from), Database::toDb(to)}))
            || !q.next())
            return q.error();
        rows << Row{Messages::tr("Tasks"), Messages::tr("Created"), q.value(0).toString()};
    }
    {
        Query q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM task WHERE completed_at >= ? AND completed_at <= ?") + scope,
                    bound({Database::toDb(from), Database::toDb(to)}))
            || !q.next())
            return q.error();
        rows << Row{Messages::tr("Tasks"), Messages::tr("Completed"), q.value(0).toString()};
    }
    {
        Query q(db);
        if (!q.exec(QStringLiteral("SELECT status, count(*) FROM task WHERE 1 = 1") + scope
                        + QStringLiteral(" GROUP BY status ORDER BY status"),
                    bound({})))
            return q.error();
        while (q.next()) {
            // The figures' labels are a person's text (translated), the status too.
            const auto status = enumFromString<TaskStatus>(q.value(0).toString());
            rows << Row{Messages::tr("Open now"), status ? displayName(*status) : q.value(0).toString(), q.value(1).toString()};
        }
    }
    {
        const QString wscope = owner.isAdmin() ? QString() : QStringLiteral(" AND w.user_id = ?");
        Query q(db);
        if (!q.exec(QStringLiteral("SELECT count(*), COALESCE(SUM(CASE WHEN e.status = 'SUCCESS' THEN 1 ELSE 0 END), 0), "
                                   "COALESCE(SUM(CASE WHEN e.status = 'FAILED' THEN 1 ELSE 0 END), 0), "
                                   "COALESCE(SUM(")
                        // hours saved as the dashboard counts them: archived runs too, undone ones not
                        + ArchiveTables::savedMinutes()
                        + QStringLiteral("), 0), COALESCE(SUM(CASE WHEN e.undone_at IS NULL THEN e.tasks_created ELSE 0 END), 0) "
                                         "FROM ")
                        + ArchiveTables::allExecutions()
                        + QStringLiteral(" e JOIN workflow w ON w.id = e.workflow_id "
                                         "WHERE e.started_at >= ? AND e.started_at <= ?")
                        + wscope,
                    bound({Database::toDb(from), Database::toDb(to)}))
            || !q.next())
            return q.error();
        rows << Row{Messages::tr("Workflow runs"), Messages::tr("Runs"), q.value(0).toString()}
             << Row{Messages::tr("Workflow runs"), Messages::tr("Successful"), q.value(1).toString()}
             << Row{Messages::tr("Workflow runs"), Messages::tr("Failed"), q.value(2).toString()}
             << Row{Messages::tr("Time saved"), Messages::tr("Hours"), QString::number(q.value(3).toDouble() / 60.0, 'f', 2)}
             << Row{Messages::tr("Time saved"), Messages::tr("Tasks created by workflows"), q.value(4).toString()};
    }
    return rows;
}

std::atomic<const PdfDrawing *> g_drawing{nullptr};

} // namespace

void setPdfDrawing(const PdfDrawing *drawing)
{
    g_drawing = drawing;
}

Result<const PdfDrawing *> pdfDrawing()
{
    if (const PdfDrawing *drawing = g_drawing)
        return drawing;
    return Error::make(Error::Kind::Internal,
                       Messages::tr("PDF reports need the graphical libraries; this program started "
                                    "without them"));
}

// A figure as the PDF shows it: counts with the locale's group separator, hours with its decimal
// sign; the CSV keeps the plain numbers.
QString shownFigure(const QString &value)
{
    bool whole = false;
    const qint64 count = value.toLongLong(&whole);
    if (whole)
        return LocaleFormat::integer(count);
    bool number = false;
    const double figure = value.toDouble(&number);
    return number ? LocaleFormat::decimal(figure, 1) : value;
}

QByteArray csvField(const QString &value)
{
    return Csv::field(value);
}

Result<QByteArray> report(Database &db, const UserContext &owner, const QString &title, const QDateTime &from,
                          const QDateTime &to, const QString &format)
{
    const auto rows = figures(db, owner, from, to);
    if (!rows)
        return rows.error();
    if (format == QLatin1String("pdf")) {
        const auto drawing = pdfDrawing();
        if (!drawing)
            return drawing.error();
        const QString period = Messages::tr("From %1 to %2").arg(LocaleFormat::dateTime(from), LocaleFormat::dateTime(to));
        QList<Row> shown = *rows;
        for (Row &row : shown)
            row.value = shownFigure(row.value);
        return (*drawing)->figuresReport(title, period, shown);
    }
    QByteArray csv = "section,metric,value\r\n";
    csv += "Report," + csvField(title) + ",\r\n";
    csv += "Period,from," + from.toUTC().toString(Qt::ISODate).toUtf8() + "\r\n";
    csv += "Period,to," + to.toUTC().toString(Qt::ISODate).toUtf8() + "\r\n";
    for (const Row &row : *rows)
        csv += csvField(row.section) + ',' + csvField(row.metric) + ',' + csvField(row.value) + "\r\n";
    return csv;
}

Result<QByteArray> exportData(Database &db, const UserContext &owner, const QString &kind, const QString &format)
{
    const bool json = format == QLatin1String("json");
    QJsonArray array;
    QByteArray csv;
    if (kind == QLatin1String("consultations")) {
        const auto all = CsvExport::allConsultations(db, owner);
        if (!all)
            return all.error();
        csv = "booking_id,name,email,company,department,status,scheduled_date,created_at\r\n";
        for (const Consultation &c : *all) {
            if (json) {
                array.append(c.toJson());
                continue;
            }
            csv += csvField(c.bookingId) + ',' + csvField(c.name) + ',' + csvField(c.email) + ',' + csvField(c.company) + ','
                + csvField(c.department) + ',' + csvField(toString(c.status)) + ','
                + csvField(c.scheduledDate.isValid() ? c.scheduledDate.toUTC().toString(Qt::ISODate) : QString()) + ','
                + csvField(c.createdAt.toUTC().toString(Qt::ISODate)) + "\r\n";
        }
    } else {
        TaskRepository repo(db, owner);
        const auto tasks = repo.list();
        if (!tasks)
            return tasks.error();
        csv = "id,title,description,status,priority,due_date,tags,created_at\r\n";
        for (const Task &t : *tasks) {
            if (json) {
                array.append(t.toJson());
                continue;
            }
            csv += csvField(t.id) + ',' + csvField(t.title) + ',' + csvField(t.description) + ',' + csvField(toString(t.status))
                + ',' + csvField(toString(t.priority)) + ','
                + csvField(t.dueDate.isValid() ? t.dueDate.toUTC().toString(Qt::ISODate) : QString()) + ','
                + csvField(t.tags.join(QLatin1Char(';'))) + ',' + csvField(t.createdAt.toUTC().toString(Qt::ISODate)) + "\r\n";
        }
    }
    return json ? QJsonDocument(array).toJson(QJsonDocument::Indented) : csv;
}

} // namespace doo::ReportWriter
