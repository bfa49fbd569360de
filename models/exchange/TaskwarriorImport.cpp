#include "exchange/TaskwarriorImport.h"

#include "domain/JsonText.h"
#include "domain/Validation.h"
#include "exchange/ImportInput.h"
#include "exchange/ImportValues.h"
#include "exchange/PendingRows.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace doo {

namespace {

constexpr int kMaxRecordLength = 1000000; // characters of one task in the export

// Taskwarrior's time stamps: 20260310T120000Z (UTC).
QDateTime twTime(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

TaskwarriorImport::TaskwarriorImport(Database &db, UserContext ctx) : m_db(db), m_ctx(std::move(ctx))
{ }

Result<ImportPlan> TaskwarriorImport::plan(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, nullptr, {});
}

Result<ImportPlan> TaskwarriorImport::read(QIODevice &input, ImportSink *sink, const Import::Progress &progress)
{
    ImportPlan plan;
    plan.kind = ImportPlan::Kind::Tasks;
    plan.header = {QStringLiteral("uuid"),     QStringLiteral("description"), QStringLiteral("status"),
                   QStringLiteral("priority"), QStringLiteral("due"),         QStringLiteral("tags")};
    m_seen.clear();
    PendingRows pending(m_db, m_ctx, plan, sink);
    Status failed;
    // A problem of the whole file, noted after the rows read before it.
    auto refuse = [&](const ImportIssue &issue) {
        if (failed)
            failed = pending.resolve();
        plan.refuse(issue);
    };
    const qint64 total = Import::inputSize(input);
    TextLines lines(input);
    enum class Shape { Unknown, Array, Lines, Done };
    Shape shape = Shape::Unknown;
    int depth = 0; // inside the array: 1; inside one of its values: more
    bool inString = false;
    bool escaped = false;
    bool afterComma = false;
    QString value; // the array's value, or the line, being read
    int valueLine = 0;
    bool cancelled = false;
    // One value of the array, or one line: parsed and checked.
    auto take = [&]() -> bool {
        const QString text = value.trimmed();
        value.clear();
        if (text.isEmpty())
            return true;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &error);
        if (error.error != QJsonParseError::NoError) {
            refuse(ImportIssue{
                valueLine + int(text.left(std::max(0, error.offset - 1)).count(QLatin1Char('\n'))),
                0,
                {},
                (shape == Shape::Array ? tr("not valid JSON: %1") : tr("not a JSON object: %1")).arg(error.errorString())});
            return false;
        }
        const QJsonValue v = doc.array().at(0);
        if (shape == Shape::Lines && !v.isObject()) {
            refuse(ImportIssue{valueLine, 0, {}, tr("not a JSON object: %1").arg(error.errorString())});
            return false;
        }
        planTask(pending, plan.header, valueLine, v);
        if (!pending.full())
            return true;
        failed = pending.resolve();
        if (!failed)
            return false;
        cancelled = progress && !progress(lines.bytesRead(), total, plan.rowCount());
        return !cancelled;
    };
    auto syntax = [&](int line) {
        refuse(ImportIssue{line, 0, {}, tr("not valid JSON: %1").arg(tr("the array is not well formed"))});
        return false;
    };
    TextLines::Piece piece;
    bool going = true;
    int pieceLine = 0;
    int pieceColumn = 0; // characters of the line before this piece
    while (going && lines.next(piece)) {
        pieceColumn = lines.line() == pieceLine ? pieceColumn : 0;
        pieceLine = lines.line();
        // Reading stops at a byte that is not UTF-8, not before: a problem before it in its line
        // comes first wherever the pieces end.
        const qsizetype bad = lines.badColumn() > 0 ? lines.badColumn() - 1 - pieceColumn : -1;
        pieceColumn += int(piece.text.size());
        const QString text = piece.text + piece.lineEnd;
        for (qsizetype i = 0; going && i < text.size(); ++i) {
            if (i == bad) {
                refuse(ImportIssue{lines.line(), 0, {}, Import::notUtf8(lines.line(), lines.badColumn())});
                return plan;
            }
            const QChar c = text.at(i);
            if (shape == Shape::Unknown) {
                if (c.isSpace())
                    continue;
                shape = c == QLatin1Char('[') ? Shape::Array : Shape::Lines;
                if (shape == Shape::Array) {
                    depth = 1;
                    continue;
                }
            }
            if (shape == Shape::Lines) {
                if (value.isEmpty())
                    valueLine = lines.line();
                value += c;
                continue;
            }
            if (shape == Shape::Done) {
                going = c.isSpace() || syntax(lines.line());
                continue;
            }
            if (inString) {
                value += c;
                if (escaped)
                    escaped = false;
                else if (c == QLatin1Char('\\'))
                    escaped = true;
                else if (c == QLatin1Char('"'))
                    inString = false;
                continue;
            }
            if (depth == 1 && (c == QLatin1Char(',') || c == QLatin1Char(']'))) {
                const bool empty = value.trimmed().isEmpty();
                if (empty && (c == QLatin1Char(',') || afterComma)) {
                    going = syntax(lines.line());
                    continue;
                }
                afterComma = c == QLatin1Char(',');
                going = take();
                if (c == QLatin1Char(']'))
                    shape = Shape::Done;
                continue;
            }
            if (value.isEmpty() && c.isSpace())
                continue;
            if (value.isEmpty())
                valueLine = lines.line();
            if (c == QLatin1Char('"'))
                inString = true;
            else if (c == QLatin1Char('[') || c == QLatin1Char('{'))
                ++depth;
            else if (c == QLatin1Char(']') || c == QLatin1Char('}'))
                --depth;
            value += c;
        }
        if (going && shape == Shape::Lines && piece.endsLine)
            going = take();
        if (going && value.size() > kMaxRecordLength) {
            refuse(ImportIssue{valueLine, 0, {}, tr("a task is longer than %1 characters").arg(kMaxRecordLength)});
            return plan;
        }
    }
    if (going && shape == Shape::Lines)
        going = take();
    if (failed && !cancelled)
        failed = pending.resolve();
    if (!failed)
        return failed.error();
    if (cancelled)
        return Import::cancelled();
    if (!lines.error().isEmpty()) {
        refuse(ImportIssue{lines.line(), 0, {}, lines.error()});
        return plan;
    }
    if (plan.fatal)
        return plan;
    if (shape == Shape::Array) {
        refuse(ImportIssue{lines.line(), 0, {}, tr("not valid JSON: %1").arg(tr("the array is not closed"))});
        return plan;
    }
    if (plan.rowCount() == 0) {
        refuse(ImportIssue{1, 0, {}, tr("the file holds no tasks")});
        return plan;
    }
    plan.bytesRead = lines.bytesRead();
    if (progress && !progress(lines.bytesRead(), total, plan.rowCount()))
        return Import::cancelled();
    return plan;
}

void TaskwarriorImport::planTask(PendingRows &pending, const QStringList &header, int line, const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    PendingRows::Row &r = pending.add(line);
    ImportRow &row = r.row;
    const QString uuid = o.value(QStringLiteral("uuid")).toString().trimmed().toLower();
    const QString status = o.value(QStringLiteral("status")).toString();
    const QString priority = o.value(QStringLiteral("priority")).toString();
    QStringList tags;
    const QJsonArray tagArray = o.value(QStringLiteral("tags")).toArray();
    for (const QJsonValue &tag : tagArray)
        tags << tag.toString();
    row.values = {uuid,     o.value(QStringLiteral("description")).toString(), status,
                  priority, o.value(QStringLiteral("due")).toString(),         tags.join(QLatin1Char(' '))};
    auto bad = [&](const QString &field, const QString &reason) {
        ImportPlan::reject(row, ImportIssue{line, int(header.indexOf(field)) + 1, field, reason});
    };
    if (!value.isObject()) {
        ImportPlan::reject(row, ImportIssue{line, 0, {}, tr("not a JSON object")});
        return;
    }
    if (status == QLatin1String("recurring")) {
        row.fate = RowFate::Duplicate;
        row.message = tr("the template of a recurring task: its occurrences are imported");
        return;
    }
    Task t;
    t.title = o.value(QStringLiteral("description")).toString();
    if (status == QLatin1String("pending") || status == QLatin1String("waiting"))
        t.status = TaskStatus::Todo;
    else if (status == QLatin1String("completed"))
        t.status = TaskStatus::Completed;
    else if (status == QLatin1String("deleted"))
        t.status = TaskStatus::Cancelled;
    else
        bad(QStringLiteral("status"), tr("unknown status \"%1\" (pending, waiting, completed, deleted, recurring)").arg(status));
    if (priority == QLatin1String("H"))
        t.priority = Priority::High;
    else if (priority == QLatin1String("M") || priority.isEmpty())
        t.priority = Priority::Medium;
    else if (priority == QLatin1String("L"))
        t.priority = Priority::Low;
    else
        bad(QStringLiteral("priority"), tr("unknown priority \"%1\" (H, M or L)").arg(priority));
    const struct
    {
        const char *key;
        QDateTime *target;
    } times[] = {{"due", &t.dueDate}, {"entry", &t.createdAt}, {"modified", &t.updatedAt}, {"end", &t.completedAt}};
    for (const auto &time : times) {
        const QJsonValue v = o.value(QLatin1String(time.key));
        if (v.isUndefined())
            continue;
        *time.target = twTime(v);
        if (!time.target->isValid())
            bad(QLatin1String(time.key), tr("\"%1\" is not a Taskwarrior time (YYYYMMDDTHHMMSSZ)").arg(v.toString()));
    }
    if (t.status != TaskStatus::Completed)
        t.completedAt = {};
    QStringList notes;
    const QJsonArray annotations = o.value(QStringLiteral("annotations")).toArray();
    for (const QJsonValue &a : annotations) {
        const QDateTime at = twTime(a.toObject().value(QStringLiteral("entry")));
        notes << (at.isValid() ? at.date().toString(Qt::ISODate) + QStringLiteral(": ") : QString())
                + a.toObject().value(QStringLiteral("description")).toString();
    }
    t.description = notes.join(QLatin1Char('\n'));
    t.tags = tags;
    if (const QString project = o.value(QStringLiteral("project")).toString(); !project.isEmpty())
        t.tags << project;
    t.normalize();
    if (Status s = t.validate(); !s) {
        const QString field = ImportValues::columnOf(s.error().field);
        bad(field == QLatin1String("title") ? QStringLiteral("description") : field, s.error().message);
    }
    if (uuid.isEmpty() || uuid.size() > 100)
        bad(QStringLiteral("uuid"), tr("every task needs its uuid"));
    if (row.fate == RowFate::Invalid)
        return;
    t.id = Validation::newId();
    t.userId = m_ctx.userId;
    r.task = t;
    r.ref = QStringLiteral("taskwarrior:") + uuid;
    pending.ask(PendingRows::Key::TaskRef, r.ref,
                [this, uuid = uuid.toUtf8()](PendingRows::Row &r, const PendingRows::Found *found) {
                    if (m_seen.contains(uuid) || found) { // earlier in the file, or imported before
                        r.row.fate = RowFate::Duplicate;
                        r.row.message = tr("already imported");
                    } else {
                        m_seen.insert(uuid);
                    }
                });
}

} // namespace doo
