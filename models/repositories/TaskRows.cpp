#include "repositories/TaskRows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace doo::taskrows {

const QString kColumns =
    QStringLiteral("t.id, t.user_id, t.workflow_id, t.execution_id, t.title, t.description, t.priority, t.status, t.position, "
                   "CAST(t.due_date AS TEXT), t.tags, CAST(t.created_at AS TEXT), CAST(t.updated_at AS TEXT), "
                   "CAST(t.completed_at AS TEXT), t.version");

const QString kCardColumns =
    QStringLiteral("t.id, t.title, t.tags, t.position, CAST(t.due_date AS TEXT), t.priority, t.status, t.workflow_id, "
                   "CAST(t.completed_at AS TEXT), CAST(t.updated_at AS TEXT)");

const QString kInsertColumns =
    QStringLiteral("id, user_id, workflow_id, execution_id, title, description, priority, status, position, "
                   "due_date, tags, created_at, updated_at, completed_at, version, external_ref, consultation_id");

const QString &boardOrder()
{
    static const QString order = [] {
        QString text = QStringLiteral("CASE t.status");
        for (int i = 0; i < kTaskStatusCount; ++i)
            text += QStringLiteral(" WHEN '%1' THEN %2").arg(toString(kBoardColumns[std::size_t(i)])).arg(i);
        return QString(text + QStringLiteral(" ELSE %1 END, t.position").arg(kTaskStatusCount));
    }();
    return order;
}

QString tagsJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString &json)
{
    // ["a", "b"] with plain strings (no escapes, no control characters): split by hand; a
    // JSON parser per row is most of the time of a long list. Anything else goes to the parser.
    QStringList tags;
    const auto isSpace = [](QChar c) {
        return c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
    };
    qsizetype i = 0;
    const qsizetype n = json.size();
    auto skipSpace = [&] {
        while (i < n && isSpace(json.at(i)))
            ++i;
    };
    bool simple = false;
    skipSpace();
    if (i < n && json.at(i) == QLatin1Char('[')) {
        ++i;
        skipSpace();
        if (i < n && json.at(i) == QLatin1Char(']')) {
            ++i;
            simple = true;
        }
        while (!simple && i < n && json.at(i) == QLatin1Char('"')) {
            const qsizetype start = ++i;
            while (i < n && json.at(i) != QLatin1Char('"') && json.at(i) != QLatin1Char('\\') && json.at(i).unicode() >= 0x20)
                ++i;
            if (i >= n || json.at(i) != QLatin1Char('"'))
                break;
            tags << json.mid(start, i - start);
            ++i;
            skipSpace();
            if (i < n && json.at(i) == QLatin1Char(',')) {
                ++i;
                skipSpace();
            } else if (i < n && json.at(i) == QLatin1Char(']')) {
                ++i;
                simple = true;
            } else {
                break;
            }
        }
        skipSpace();
        simple = simple && i == n;
    }
    if (simple)
        return tags;
    tags.clear();
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        tags << v.toString();
    return tags;
}

QVariantList insertValues(const Task &t, const QString &externalRef, const QString &consultationId)
{
    return {t.id,
            t.userId,
            Database::nullIfEmpty(t.workflowId),
            Database::nullIfEmpty(t.executionId),
            t.title,
            t.description,
            toString(t.priority),
            toString(t.status),
            t.position,
            Database::toDb(t.dueDate),
            tagsJson(t.tags),
            Database::toDb(t.createdAt),
            Database::toDb(t.updatedAt),
            Database::toDb(t.completedAt),
            t.version,
            Database::nullIfEmpty(externalRef),
            Database::nullIfEmpty(consultationId)};
}

std::string_view jsonTime(QByteArrayView stored, char (&buffer)[24])
{
    if (stored.isNull()) // SQL NULL
        return {};
    if (core::isTimeText(view(stored)))
        return view(stored);
    const QDateTime time = Database::dateTimeFromDb(QVariant(QString::fromUtf8(stored)));
    return taskJsonTime(time, buffer) ? std::string_view(buffer, 24) : std::string_view();
}

QString inList(const QStringList &ids, QVariantList &values)
{
    QStringList marks;
    for (const QString &id : ids) {
        marks << QStringLiteral("?");
        values << id;
    }
    return marks.join(QStringLiteral(", "));
}

QString placeholders(int columns, int rows)
{
    QStringList marks;
    for (int i = 0; i < columns; ++i)
        marks << QStringLiteral("?");
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList all;
    for (int i = 0; i < rows; ++i)
        all << row;
    return all.join(QStringLiteral(", "));
}

QDateTime completedAtFor(TaskStatus from, TaskStatus to, const QDateTime &previous, const QDateTime &now)
{
    if (to != TaskStatus::Completed)
        return {};
    return from == TaskStatus::Completed && previous.isValid() ? previous : now;
}

} // namespace doo::taskrows
