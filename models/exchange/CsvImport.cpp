#include "exchange/CsvImport.h"

#include "domain/Validation.h"
#include "exchange/Csv.h"
#include "exchange/ImportInput.h"
#include "exchange/ImportValues.h"
#include "exchange/PendingRows.h"

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

void CsvImport::identify(PendingRows &pending, PendingRows::Row &r, const Cells &cells, const Identity &identity)
{
    const bool byKey = !identity.key.isEmpty();
    if (byKey) {
        if (!identity.shape.match(identity.key).hasMatch())
            ImportPlan::reject(r.row, cells.issue(identity.column, identity.badShape));
    } else {
        r.ref = rowRef(identity.kind, cells);
    }
    if (r.row.fate == RowFate::Invalid)
        return;
    const QString key = byKey ? identity.key : r.ref;
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    const bool tasks = identity.kind == ImportPlan::Kind::Tasks;
    using Key = PendingRows::Key;
    const Key kind = byKey ? (tasks ? Key::TaskId : Key::BookingId) : (tasks ? Key::TaskRef : Key::ConsultationRef);
    pending.ask(kind, key,
                [this, digest, otherUser = cells.issue(identity.column, identity.otherUser)](PendingRows::Row &r,
                                                                                             const PendingRows::Found *found) {
                    if (r.row.fate == RowFate::Invalid) // an earlier decision rejected it
                        return;
                    if (m_seen.contains(digest)) {
                        r.row.fate = RowFate::Duplicate;
                        r.row.message = tr("repeats an earlier row of the file");
                        return;
                    }
                    m_seen.insert(digest);
                    if (found && !m_ctx.isAdmin() && found->userId != m_ctx.userId) {
                        ImportPlan::reject(r.row, otherUser);
                    } else if (found) {
                        r.row.fate = RowFate::Duplicate;
                        r.row.message = tr("already imported");
                    }
                });
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
    PendingRows pending(m_db, m_ctx, plan, sink);
    Csv::Record record;
    while (reader.next(record)) {
        if (!lines.error().isEmpty())
            break;
        PendingRows::Row &r = pending.add(record.line);
        r.row.values = record.fields;
        if (!record.error.isEmpty()) {
            ImportPlan::reject(r.row, {record.line, record.errorColumn, plan.header.value(record.errorColumn - 1), record.error});
        } else if (record.fields.size() != plan.header.size()) {
            ImportPlan::reject(
                r.row,
                {record.line,
                 0,
                 {},
                 tr("the row has %1 fields; the header has %2").arg(record.fields.size()).arg(plan.header.size())});
        } else {
            const Cells cells{&plan.header, &record.fields, record.line};
            if (kind == ImportPlan::Kind::Tasks)
                planTask(pending, r, cells);
            else
                planConsultation(pending, r, cells);
        }
        if (pending.full()) {
            if (Status s = pending.resolve(); !s)
                return s.error();
            if (progress && !progress(lines.bytesRead(), total, plan.rowCount()))
                return Import::cancelled();
        }
    }
    if (Status s = pending.resolve(); !s)
        return s.error();
    if (!lines.error().isEmpty()) {
        plan.refuse(ImportIssue{lines.line(), 0, {}, lines.error()});
        return plan;
    }
    plan.bytesRead = lines.bytesRead();
    if (progress && !progress(lines.bytesRead(), total, plan.rowCount()))
        return Import::cancelled();
    return plan;
}

void CsvImport::planTask(PendingRows &pending, PendingRows::Row &r, const Cells &cells)
{
    auto bad = [&](const QString &column, const QString &reason) { ImportPlan::reject(r.row, cells.issue(column, reason)); };
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

    const QString id = cells.value(QStringLiteral("id")).toLower();
    t.id = id.isEmpty() ? Validation::newId() : id;
    t.userId = m_ctx.userId;
    r.task = t;

    if (const QString booking = cells.value(QStringLiteral("consultation")).toUpper(); !booking.isEmpty()) {
        const ImportIssue unknown =
            cells.issue(QStringLiteral("consultation"),
                        tr("no consultation with the booking id %1 (import the consultations first)").arg(booking));
        pending.ask(PendingRows::Key::BookingId, booking, [this, unknown](PendingRows::Row &r, const PendingRows::Found *found) {
            if (!found || (!m_ctx.isAdmin() && found->userId != m_ctx.userId))
                ImportPlan::reject(r.row, unknown);
            else
                r.consultationId = found->id;
        });
    }

    // Identity: the id the file gives, else a hash of the row.
    static const QRegularExpression idShape(QStringLiteral("^[0-9a-z][0-9a-z-]{0,35}$"));
    identify(pending, r, cells,
             {ImportPlan::Kind::Tasks, QStringLiteral("id"), id, idShape, tr("an id is at most 36 letters, digits and dashes"),
              tr("the id belongs to a task of another user")});
}

void CsvImport::planConsultation(PendingRows &pending, PendingRows::Row &r, const Cells &cells)
{
    auto bad = [&](const QString &column, const QString &reason) { ImportPlan::reject(r.row, cells.issue(column, reason)); };
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
    if (c.status == ConsultationStatus::Scheduled && !c.scheduledDate.isValid() && r.row.fate != RowFate::Invalid)
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
    c.bookingId = booking;
    c.userId = m_ctx.userId;
    r.consultation = c;
    identify(pending, r, cells,
             {ImportPlan::Kind::Consultations, QStringLiteral("booking_id"), booking, bookingShape,
              tr("a booking id is at most 32 letters, digits and dashes"),
              tr("the booking id belongs to a consultation of another user")});
}

} // namespace doo
