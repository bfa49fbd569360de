// Reading many tasks: stored tags, board cards, and TaskRepository::listJson: `task list --json`
// reads thousands of rows; they go from the database into the JSON text without a Task (and on
// SQLite without a QVariant) per row.
#include "repositories/TaskRepository.h"

#include "db/Logging.h"
#include "db/Database.h"
#include "db/Query.h"
#include "db/SqliteApi.h"
#include "domain/TaskJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>

namespace doo {

namespace {

// Columns 0..14, in the order the row readers below expect.
const QString kJsonColumns = QStringLiteral(
    "t.id, t.user_id, t.workflow_id, t.execution_id, t.title, t.description, t.priority, t.status, t.position, "
    "t.due_date, t.tags, t.created_at, t.updated_at, t.completed_at, t.version");
// PostgreSQL: times as text (see TaskRepository.cpp), read by Database::dateTimeFromDb.
const QString kJsonColumnsText = QStringLiteral(
    "t.id, t.user_id, t.workflow_id, t.execution_id, t.title, t.description, t.priority, t.status, t.position, "
    "CAST(t.due_date AS TEXT), t.tags, CAST(t.created_at AS TEXT), CAST(t.updated_at AS TEXT), "
    "CAST(t.completed_at AS TEXT), t.version");
constexpr int kDue = 9;
constexpr int kCreated = 11;
constexpr int kUpdated = 12;
constexpr int kCompleted = 13;

// A stored name as readTask parses it: unknown ones become the default.
template<typename E>
E enumFromBytes(QByteArrayView text, E fallback)
{
    static const QList<QPair<QByteArray, E>> names = [] {
        QList<QPair<QByteArray, E>> all;
        const QStringList list = enumNames<E>();
        for (const QString &name : list)
            all.append({name.toUtf8(), *enumFromString<E>(name)});
        return all;
    }();
    for (const auto &name : names)
        if (name.first == text)
            return name.second;
    return enumFromString<E>(QString::fromUtf8(text)).value_or(fallback);
}

// A stored time as the JSON shows it: copied when already in that form, else read as readTask does.
std::string_view timeFrom(const QVariant &stored, char (&buffer)[24])
{
    return taskJsonTime(Database::dateTimeFromDb(stored), buffer) ? std::string_view(buffer, 24) : std::string_view();
}

std::string_view timeFrom(QByteArrayView stored, char (&buffer)[24])
{
    if (stored.isNull()) // SQL NULL
        return {};
    if (core::isTimeText(view(stored)))
        return view(stored);
    return timeFrom(QVariant(QString::fromUtf8(stored)), buffer);
}

// The board's column order, as list() sorts: the four working columns, then everything else.
int boardColumn(QByteArrayView status)
{
    static const char *const order[] = {"TODO", "IN_PROGRESS", "REVIEW", "COMPLETED"};
    for (int i = 0; i < 4; ++i)
        if (status == QByteArrayView(order[i]))
            return i;
    return 4;
}

// What listCards reads, in this order.
const QString kCardColumns = QStringLiteral("t.id, t.title, t.tags, t.position, CAST(t.due_date AS TEXT), t.priority, t.status, t.workflow_id");

} // namespace

QStringList TaskRepository::tagsFromJson(const QString &json)
{
    // ["a", "b"] with plain strings (no escapes, no control characters): split by hand; a
    // JSON parser per row is most of the time of a long list. Anything else goes to the parser.
    QStringList tags;
    const auto isSpace = [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t') || c == QLatin1Char('\r'); };
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

std::optional<Result<QList<Task>>> TaskRepository::listThroughSqlite(const QString &sql, const QVariantList &values)
{
    sqlite3 *raw = SqliteApi::handle(m_db.handle().driver());
    if (!raw || m_db.transactionAborted())
        return std::nullopt;
    qCDebug(lcDbQuery).noquote() << sql << values;
    SqliteStatement q(raw);
    QList<Task> tasks;
    auto text = [&q](int column) { return QString::fromUtf8(q.text(column)); };
    // A time as Query would hand it to readTask: NULL, or the stored text.
    auto time = [&q](int column) {
        const QByteArrayView v = q.text(column);
        return Database::dateTimeFromDb(v.isNull() ? QVariant() : QVariant(QString::fromUtf8(v)));
    };
    if (q.exec(sql, values)) {
        while (q.next()) { // the columns of readTask, in its order
            Task t;
            t.id = text(0);
            t.userId = text(1);
            t.workflowId = text(2);
            t.executionId = text(3);
            t.title = text(4);
            t.description = text(5);
            t.priority = enumFromBytes(q.text(6), Priority::Medium);
            t.status = enumFromBytes(q.text(7), TaskStatus::Todo);
            t.position = q.integer(8);
            t.dueDate = time(9);
            t.tags = tagsFromJson(text(10));
            t.createdAt = time(11);
            t.updatedAt = time(12);
            t.completedAt = time(13);
            t.version = int(q.integer(14));
            tasks << t;
        }
    }
    if (q.failed())
        return Result<QList<Task>>(m_db.classify(q.error(), QStringLiteral("exec ") + sql));
    return Result<QList<Task>>(tasks);
}

Result<QList<Task>> TaskRepository::listCards(const TaskFilter &filter)
{
    QVariantList values;
    const QString sql = listSql(kCardColumns, filter, values);
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    QList<Task> tasks;
    while (q.next()) {
        Task t;
        t.id = q.value(0).toString();
        t.title = q.value(1).toString();
        t.tags = tagsFromJson(q.value(2).toString());
        t.position = q.value(3).toLongLong();
        t.dueDate = Database::dateTimeFromDb(q.value(4));
        t.priority = enumFromString<Priority>(q.value(5).toString()).value_or(Priority::Medium);
        t.status = enumFromString<TaskStatus>(q.value(6).toString()).value_or(TaskStatus::Todo);
        t.workflowId = q.value(7).toString();
        tasks << t;
    }
    return tasks;
}

Result<QByteArray> TaskRepository::listJson(const TaskFilter &filter)
{
    QByteArray all;
    if (Status s = writeJson(filter, [&all](QByteArrayView piece) { all += piece; }); !s)
        return s.error();
    return all;
}

Status TaskRepository::writeJson(const TaskFilter &filter, const std::function<void(QByteArrayView)> &write)
{
    const std::size_t expected = filter.limit >= 0 ? std::size_t(filter.limit) : 0;
    core::TaskJsonWriter writer = taskJsonWriter(expected);
    // Bytes for QByteArrayView-taking callers.
    const auto writePiece = [&write](std::string_view piece) { write(QByteArrayView(piece.data(), qsizetype(piece.size()))); };
    char due[24], created[24], updated[24], completed[24];

    sqlite3 *raw = SqliteApi::handle(m_db.handle().driver());
    if (raw) {
        // Without paging the rows are read in table order (no index walk, no sort inside SQLite;
        // both cost more than the rest together on a big board) and laid out in board order here.
        const bool unordered = filter.limit < 0;
        QVariantList values;
        const QString sql = unordered ? QStringLiteral("SELECT %1 FROM task t").arg(kJsonColumns) + whereClause(filter, values)
                                      : listSql(kJsonColumns, filter, values);
        qCDebug(lcDbQuery).noquote() << sql << values;
        // A USER sees only their own tasks: the scope guarantees the owner's id, byte for byte.
        const QByteArray owner = m_ctx.isAdmin() ? QByteArray() : m_ctx.userId.toUtf8();
        SqliteStatement q(raw);
        if (q.exec(sql, values)) {
            while (q.next()) {
                core::TaskJsonRow row;
                row.id = view(q.text(0));
                row.userId = view(m_ctx.isAdmin() ? q.text(1) : QByteArrayView(owner));
                row.workflowId = view(q.text(2));
                row.executionId = view(q.text(3));
                row.title = view(q.text(4));
                row.description = view(q.text(5));
                row.priority = nameView(enumFromBytes(q.text(6), Priority::Medium));
                const QByteArrayView status = q.text(7);
                row.status = nameView(enumFromBytes(status, TaskStatus::Todo));
                row.position = q.integer(8);
                row.dueDate = timeFrom(q.text(kDue), due);
                row.tagsJson = view(q.text(10));
                row.createdAt = timeFrom(q.text(kCreated), created);
                row.updatedAt = timeFrom(q.text(kUpdated), updated);
                row.completedAt = timeFrom(q.text(kCompleted), completed);
                row.version = int(q.integer(14));
                if (unordered)
                    writer.addUnordered(row, boardColumn(status), row.position);
                else
                    writer.add(row);
            }
        }
        if (q.failed())
            return m_db.classify(q.error(), QStringLiteral("exec ") + sql);
        writer.finish(writePiece);
        return {};
    }

    QVariantList values;
    const QString sql = listSql(kJsonColumnsText, filter, values);
    Query q(m_db);
    if (!q.exec(sql, values))
        return q.error();
    while (q.next()) {
        const QByteArray id = q.value(0).toString().toUtf8(), userId = q.value(1).toString().toUtf8(),
                         workflowId = q.value(2).toString().toUtf8(), executionId = q.value(3).toString().toUtf8(),
                         title = q.value(4).toString().toUtf8(), description = q.value(5).toString().toUtf8(),
                         tags = q.value(10).toString().toUtf8();
        core::TaskJsonRow row;
        row.id = view(id);
        row.userId = view(userId);
        row.workflowId = view(workflowId);
        row.executionId = view(executionId);
        row.title = view(title);
        row.description = view(description);
        row.priority = nameView(enumFromString<Priority>(q.value(6).toString()).value_or(Priority::Medium));
        row.status = nameView(enumFromString<TaskStatus>(q.value(7).toString()).value_or(TaskStatus::Todo));
        row.position = q.value(8).toLongLong();
        row.dueDate = timeFrom(q.value(kDue), due);
        row.tagsJson = view(tags);
        row.createdAt = timeFrom(q.value(kCreated), created);
        row.updatedAt = timeFrom(q.value(kUpdated), updated);
        row.completedAt = timeFrom(q.value(kCompleted), completed);
        row.version = q.value(14).toInt();
        writer.add(row);
    }
    writer.finish(writePiece);
    return {};
}

} // namespace doo
