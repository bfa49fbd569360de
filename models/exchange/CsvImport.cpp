#include "exchange/CsvImport.h"

#include "db/Query.h"
#include "domain/Validation.h"
#include "exchange/Csv.h"
#include "exchange/ImportInput.h"
#include "exchange/ImportValues.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace doo {

// The values of one row by column name, and where each column is for messages.
struct CsvImport::Cells
{
    const QStringList *header = nullptr;
    const QStringList *values = nullptr;
    int line = 0;

    int column(const QString &name) const { return int(header->indexOf(name)) + 1; }
    bool has(const QString &name) const { return header->contains(name); }
    QString value(const QString &name) const
    {
        const qsizetype i = header->indexOf(name);
        return i < 0 ? QString() : Csv::unneutralise(values->value(i)).trimmed();
    }
    QString raw(const QString &name) const // not trimmed: descriptions and notes keep their spacing
    {
        const qsizetype i = header->indexOf(name);
        return i < 0 ? QString() : Csv::unneutralise(values->value(i));
    }
    ImportIssue issue(const QString &name, const QString &reason) const { return {line, column(name), name, reason}; }
};

CsvImport::CsvImport(Database &db, UserContext ctx) : m_db(db), m_ctx(std::move(ctx))
{ }

QStringList CsvImport::taskColumns()
{
    return {QStringLiteral("id"),           QStringLiteral("title"),       QStringLiteral("description"),
            QStringLiteral("status"),       QStringLiteral("priority"),    QStringLiteral("due_date"),
            QStringLiteral("tags"),         QStringLiteral("created_at"),  QStringLiteral("updated_at"),
            QStringLiteral("completed_at"), QStringLiteral("consultation")};
}

QStringList CsvImport::consultationColumns()
{
    return {QStringLiteral("booking_id"), QStringLiteral("name"),
            QStringLiteral("email"),      QStringLiteral("company"),
            QStringLiteral("department"), QStringLiteral("challenges"),
            QStringLiteral("status"),     QStringLiteral("scheduled_date"),
            QStringLiteral("notes"),      QStringLiteral("cancellation_reason"),
            QStringLiteral("no_show"),    QStringLiteral("created_at"),
            QStringLiteral("updated_at")};
}

Result<int> CsvImport::owner(const QString &sql, const QVariantList &values)
{
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    if (!q.next())
        return 0;
    return (m_ctx.isAdmin() || q.value(0).toString() == m_ctx.userId) ? 1 : 2;
}

std::optional<QString> CsvImport::identify(ImportPlan &plan, ImportRow &row, const Cells &cells, const Identity &identity)
{
    QString ref;
    if (!identity.key.isEmpty()) {
        if (!identity.shape.match(identity.key).hasMatch())
            plan.reject(row, cells.issue(identity.column, identity.badShape));
    } else {
        ref = rowRef(identity.kind, cells);
    }
    if (row.fate == RowFate::Invalid)
        return std::nullopt;
    const QByteArray key =
        QCryptographicHash::hash((identity.key.isEmpty() ? ref : identity.key).toUtf8(), QCryptographicHash::Sha1);
    if (m_seen.contains(key)) {
        row.fate = RowFate::Duplicate;
        row.message = tr("repeats an earlier row of the file");
        return std::nullopt;
    }
    m_seen.insert(key);
    const auto found = identity.key.isEmpty()
        ? owner(QStringLiteral("SELECT user_id FROM %1 WHERE user_id = ? AND external_ref = ?").arg(identity.table),
                {m_ctx.userId, ref})
        : owner(QStringLiteral("SELECT user_id FROM %1 WHERE %2 = ?").arg(identity.table, identity.column), {identity.key});
    if (!found || *found == 2) {
        plan.reject(row, cells.issue(identity.column, found ? identity.otherUser : found.error().text()));
        return std::nullopt;
    }
    if (*found == 1) {
        row.fate = RowFate::Duplicate;
        row.message = tr("already imported");
        return std::nullopt;
    }
    return ref;
}

QString CsvImport::rowRef(ImportPlan::Kind kind, const Cells &cells) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(kind == ImportPlan::Kind::Tasks ? QByteArrayView("tasks") : QByteArrayView("consultations"));
    const QStringList columns = kind == ImportPlan::Kind::Tasks ? taskColumns() : consultationColumns();
    for (const QString &column : columns) {
        hash.addData(QByteArrayView("\x1f"));
        hash.addData(cells.raw(column).toUtf8());
    }
    return QStringLiteral("csv:") + QString::fromLatin1(hash.result().toHex());
}

Result<ImportPlan> CsvImport::plan(ImportPlan::Kind kind, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return read(kind, buffer, nullptr, {});
}

Result<ImportPlan> CsvImport::read(ImportPlan::Kind kind, QIODevice &input, ImportSink *sink, const Import::Progress &progress)
{
    ImportPlan plan;
    plan.kind = kind;
    m_seen.clear();
    m_sink = sink;
    TextLines lines(input);
    Csv::Reader reader(lines);
    Csv::Record head;
    const bool any = reader.next(head);
    if (!lines.error().isEmpty()) {
        plan.refuse(ImportIssue{lines.line(), 0, {}, lines.error()});
        return plan;
    }
    if (!any) {
        plan.refuse(ImportIssue{1, 0, {}, tr("the file is empty; the first line must name the columns")});
        return plan;
    }
    if (!head.error.isEmpty()) {
        plan.refuse(ImportIssue{head.line, head.errorColumn, {}, head.error});
        return plan;
    }
    const QStringList known = kind == ImportPlan::Kind::Tasks ? taskColumns() : consultationColumns();
    QSet<QString> names;
    QSet<QString> reported; // one problem per distinct name
    for (int i = 0; i < head.fields.size(); ++i) {
        QString name = head.fields.at(i).trimmed().toLower();
        name.replace(QLatin1Char(' '), QLatin1Char('_'));
        if (i == 0 && name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1);
        if (!known.contains(name)) {
            if (!reported.contains(name))
                plan.refuse(ImportIssue{head.line, i + 1, name,
                                        tr("unknown column (the columns are %1)").arg(known.join(QStringLiteral(", ")))});
            reported.insert(name);
        } else if (names.contains(name)) {
            if (!reported.contains(name))
                plan.refuse(ImportIssue{head.line, i + 1, name, tr("the column appears twice")});
            reported.insert(name);
        }
        names.insert(name);
        plan.header << name;
    }
    const QStringList required = kind == ImportPlan::Kind::Tasks ? QStringList{QStringLiteral("title")}
                                                                 : QStringList{QStringLiteral("name"), QStringLiteral("email")};
    for (const QString &name : required)
        if (!names.contains(name))
            plan.refuse(ImportIssue{head.line, 0, {}, tr("the column \"%1\" is missing").arg(name)});
    if (plan.fatal)
        return plan;

    const qint64 total = Import::inputSize(input);
    Csv::Record record;
    while (reader.next(record)) {
        if (!lines.error().isEmpty())
            break;
        ImportRow row;
        row.line = record.line;
        row.values = record.fields;
        if (!record.error.isEmpty()) {
            plan.reject(row, {record.line, record.errorColumn, plan.header.value(record.errorColumn - 1), record.error});
        } else if (record.fields.size() != plan.header.size()) {
            plan.reject(row,
                        {record.line,
                         0,
                         {},
                         tr("the row has %1 fields; the header has %2").arg(record.fields.size()).arg(plan.header.size())});
        } else {
            const Cells cells{&plan.header, &record.fields, record.line};
            const Status written =
                kind == ImportPlan::Kind::Tasks ? planTask(plan, row, cells) : planConsultation(plan, row, cells);
            if (!written)
                return written.error();
        }
        plan.add(std::move(row));
        if (progress && plan.rowCount() % 1000 == 0 && !progress(lines.bytesRead(), total, plan.rowCount()))
            return Import::cancelled();
    }
    if (!lines.error().isEmpty()) {
        plan.refuse(ImportIssue{lines.line(), 0, {}, lines.error()});
        return plan;
    }
    plan.bytesRead = lines.bytesRead();
    if (progress && !progress(lines.bytesRead(), total, plan.rowCount()))
        return Import::cancelled();
    return plan;
}

Status CsvImport::planTask(ImportPlan &plan, ImportRow &row, const Cells &cells)
{
    auto bad = [&](const QString &column, const QString &reason) { plan.reject(row, cells.issue(column, reason)); };
    Task t;
    t.title = cells.value(QStringLiteral("title"));
    t.description = cells.raw(QStringLiteral("description"));
    if (const QString s = cells.value(QStringLiteral("status")); !s.isEmpty()) {
        if (const auto status = ImportValues::taskStatus(s))
            t.status = *status;
        else
            bad(QStringLiteral("status"), ImportValues::unknown<TaskStatus>(s));
    }
    if (const QString p = cells.value(QStringLiteral("priority")); !p.isEmpty()) {
        if (const auto priority = enumFromString<Priority>(p.toUpper()))
            t.priority = *priority;
        else
            bad(QStringLiteral("priority"), ImportValues::unknown<Priority>(p));
    }
    const struct
    {
        const char *column;
        QDateTime *target;
        bool dateMeansEndOfDay;
    } times[] = {{"due_date", &t.dueDate, true},
                 {"created_at", &t.createdAt, false},
                 {"updated_at", &t.updatedAt, false},
                 {"completed_at", &t.completedAt, false}};
    for (const auto &time : times) {
        const QString column = QLatin1String(time.column);
        const QString text = cells.value(column);
        if (text.isEmpty())
            continue;
        const auto parsed = ImportValues::dateTime(text, time.dateMeansEndOfDay);
        if (parsed)
            *time.target = *parsed;
        else
            bad(column, parsed.error().message);
    }
    t.tags = ImportValues::tags(cells.value(QStringLiteral("tags")));
    t.normalize();
    if (Status s = t.validate(); !s)
        bad(ImportValues::columnOf(s.error().field), s.error().message);

    QString consultationId;
    if (const QString booking = cells.value(QStringLiteral("consultation")).toUpper(); !booking.isEmpty()) {
        QVariantList values{booking};
        Query q(m_db);
        if (!q.exec(QStringLiteral("SELECT id, user_id FROM consultation WHERE booking_id = ?"), values))
            bad(QStringLiteral("consultation"), q.error().text());
        else if (!q.next() || (!m_ctx.isAdmin() && q.value(1).toString() != m_ctx.userId))
            bad(QStringLiteral("consultation"),
                tr("no consultation with the booking id %1 (import the consultations first)").arg(booking));
        else
            consultationId = q.value(0).toString();
    }

    // Identity: the id the file gives, else a hash of the row.
    static const QRegularExpression idShape(QStringLiteral("^[0-9a-z][0-9a-z-]{0,35}$"));
    const QString id = cells.value(QStringLiteral("id")).toLower();
    const auto ref =
        identify(plan, row, cells,
                 {ImportPlan::Kind::Tasks, QStringLiteral("task"), QStringLiteral("id"), id, idShape,
                  tr("an id is at most 36 letters, digits and dashes"), tr("the id belongs to a task of another user")});
    if (!ref)
        return {};
    t.id = id.isEmpty() ? Validation::newId() : id;
    t.userId = m_ctx.userId;
    return m_sink ? m_sink->addTask(t, *ref, consultationId) : Status();
}

Status CsvImport::planConsultation(ImportPlan &plan, ImportRow &row, const Cells &cells)
{
    auto bad = [&](const QString &column, const QString &reason) { plan.reject(row, cells.issue(column, reason)); };
    Consultation c;
    c.name = cells.value(QStringLiteral("name"));
    c.email = cells.value(QStringLiteral("email"));
    c.company = cells.value(QStringLiteral("company"));
    c.department = cells.value(QStringLiteral("department"));
    c.challenges = cells.raw(QStringLiteral("challenges"));
    c.notes = cells.raw(QStringLiteral("notes")).trimmed();
    c.cancellationReason = cells.value(QStringLiteral("cancellation_reason"));
    if (const QString s = cells.value(QStringLiteral("status")); !s.isEmpty()) {
        if (const auto status = enumFromString<ConsultationStatus>(s.toUpper()))
            c.status = *status;
        else
            bad(QStringLiteral("status"), ImportValues::unknown<ConsultationStatus>(s));
    }
    if (const QString n = cells.value(QStringLiteral("no_show")); !n.isEmpty()) {
        if (const auto flag = ImportValues::boolean(n))
            c.noShow = *flag;
        else
            bad(QStringLiteral("no_show"), tr("\"%1\" is not yes or no (use true, false, 1, 0, yes or no)").arg(n));
    }
    const struct
    {
        const char *column;
        QDateTime *target;
    } times[] = {{"scheduled_date", &c.scheduledDate}, {"created_at", &c.createdAt}, {"updated_at", &c.updatedAt}};
    for (const auto &time : times) {
        const QString column = QLatin1String(time.column);
        const QString text = cells.value(column);
        if (text.isEmpty())
            continue;
        const auto parsed = ImportValues::dateTime(text, false);
        if (parsed)
            *time.target = *parsed;
        else
            bad(column, parsed.error().message);
    }
    c.bookingId = cells.value(QStringLiteral("booking_id")).toUpper();
    c.normalize();
    if (Status s = c.validate(); !s)
        bad(ImportValues::columnOf(s.error().field), s.error().message);
    if (c.status == ConsultationStatus::Scheduled && !c.scheduledDate.isValid() && row.fate != RowFate::Invalid)
        bad(QStringLiteral("scheduled_date"), tr("a SCHEDULED consultation needs its date and time"));
    if (c.status == ConsultationStatus::Cancelled && c.cancellationReason.isEmpty()) {
        if (c.noShow)
            c.cancellationReason = tr("no-show");
        else
            bad(QStringLiteral("cancellation_reason"), tr("a CANCELLED consultation needs its reason"));
    }
    if (c.noShow && c.status != ConsultationStatus::Cancelled)
        bad(QStringLiteral("no_show"), tr("only a CANCELLED consultation can be a no-show"));

    static const QRegularExpression bookingShape(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,31}$"));
    const QString booking = cells.value(QStringLiteral("booking_id")).toUpper();
    const auto ref = identify(plan, row, cells,
                              {ImportPlan::Kind::Consultations, QStringLiteral("consultation"), QStringLiteral("booking_id"),
                               booking, bookingShape, tr("a booking id is at most 32 letters, digits and dashes"),
                               tr("the booking id belongs to a consultation of another user")});
    if (!ref)
        return {};
    c.bookingId = booking;
    c.userId = m_ctx.userId;
    return m_sink ? m_sink->addConsultation(c, *ref) : Status();
}

} // namespace doo
