#include "exchange/TaskwarriorImport.h"

#include "db/Query.h"
#include "domain/JsonText.h"
#include "domain/Validation.h"
#include "exchange/ImportValues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

namespace doo {

namespace {

// Line (1-based) of a byte offset.
int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// The line where each top-level object of a JSON array starts (valid JSON: no line break in a string).
QList<int> objectLines(const QByteArray &bytes)
{
    QList<int> lines;
    int depth = 0;
    int line = 1;
    forEachOutsideStrings(bytes, [&](char c) {
        if (c == '\n') {
            ++line;
        } else if (c == '[' || c == '{') {
            if (c == '{' && depth == 1)
                lines << line;
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        }
        return true;
    });
    return lines;
}

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
    ImportPlan plan;
    plan.kind = ImportPlan::Kind::Tasks;
    plan.header = {QStringLiteral("uuid"),     QStringLiteral("description"), QStringLiteral("status"),
                   QStringLiteral("priority"), QStringLiteral("due"),         QStringLiteral("tags")};
    QList<QPair<int, QJsonValue>> records; // line, object
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            plan.fatal = true;
            plan.issues << ImportIssue{lineAt(bytes, error.offset), 0, {}, tr("not valid JSON: %1").arg(error.errorString())};
            return plan;
        }
        const QList<int> lines = objectLines(bytes);
        const QJsonArray array = doc.array();
        for (qsizetype i = 0; i < array.size(); ++i)
            records << qMakePair(lines.value(i), array.at(i));
    } else {
        const QList<QByteArray> lines = bytes.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).trimmed().isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()) {
                plan.fatal = true;
                plan.issues << ImportIssue{int(i) + 1, 0, {}, tr("not a JSON object: %1").arg(error.errorString())};
                return plan;
            }
            records << qMakePair(int(i) + 1, QJsonValue(doc.object()));
        }
    }
    if (records.isEmpty()) {
        plan.fatal = true;
        plan.issues << ImportIssue{1, 0, {}, tr("the file holds no tasks")};
        return plan;
    }

    QSet<QString> seen;
    for (const auto &[line, value] : std::as_const(records)) {
        const QJsonObject o = value.toObject();
        ImportRow row;
        row.line = line;
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
            plan.reject(row, ImportIssue{row.line, int(plan.header.indexOf(field)) + 1, field, reason});
        };
        if (!value.isObject()) {
            plan.reject(row, ImportIssue{line, 0, {}, tr("not a JSON object")});
            plan.rows << row;
            continue;
        }
        if (status == QLatin1String("recurring")) {
            row.fate = RowFate::Duplicate;
            row.message = tr("the template of a recurring task: its occurrences are imported");
            plan.rows << row;
            continue;
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
            bad(QStringLiteral("status"),
                tr("unknown status \"%1\" (pending, waiting, completed, deleted, recurring)").arg(status));
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
        if (row.fate == RowFate::Invalid) {
            plan.rows << row;
            continue;
        }
        const QString ref = QStringLiteral("taskwarrior:") + uuid;
        Query q(m_db);
        if (!q.exec(QStringLiteral("SELECT 1 FROM task WHERE user_id = ? AND external_ref = ?"), {m_ctx.userId, ref}))
            return q.error();
        if (q.next() || seen.contains(ref)) {
            row.fate = RowFate::Duplicate;
            row.message = tr("already imported");
        } else {
            seen.insert(ref);
            t.id = Validation::newId();
            t.userId = m_ctx.userId;
            plan.tasks << t;
            plan.taskRefs << ref;
            plan.taskConsultationIds << QString();
        }
        plan.rows << row;
    }
    return plan;
}

} // namespace doo
