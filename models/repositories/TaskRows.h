#pragma once

// The shapes a task row is read in, each with one column list and one reader: a whole Task, the
// JSON row of `task list --json` (the same columns), and a board card. Every reader takes a row
// source (QueryRow over Qt's driver, SqliteRow over the SQLite C library), so the column order
// lives here only. Private to the task repository's files.

#include "db/Database.h"
#include "db/Query.h"
#include "db/SqliteApi.h"
#include "domain/Task.h"
#include "domain/TaskJson.h"

#include <QCoreApplication>

#include <array>

namespace doo::taskrows {

// A whole task, columns 0..14 in the order of the readers below. Times as text: Qt's PostgreSQL
// driver turns a timestamptz into a local QDateTime (a time zone conversion per value); the text,
// identical on the wire, is read by Database::dateTimeFromDb.
extern const QString kColumns;
// A board card: id, title, tags, position, due date, priority, status, workflow, completed and
// updated times (a cancelled card shows its last change as the time it was cancelled).
extern const QString kCardColumns;
// The columns an INSERT of a whole task writes, and their values (same order): the task, then
// what an import links it by (its external ref, its consultation; empty: none).
extern const QString kInsertColumns;
constexpr int kInsertColumnCount = 17;
QVariantList insertValues(const Task &t, const QString &externalRef = {}, const QString &consultationId = {});
// The stored tags (a JSON array of strings) and back.
QString tagsJson(const QStringList &tags);
QStringList tagsFromJson(const QString &json);
// ORDER BY of lists that span columns: the board's column order, then the position.
const QString &boardOrder();

// A stored name as a Task reads it: unknown ones become the default.
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

// A row of a Query. bytes() views stay valid until the next bytes() call for that column.
class QueryRow
{
public:
    explicit QueryRow(const Query &q) : m_q(q) { }
    QString string(int column) const { return m_q.value(column).toString(); }
    QByteArrayView bytes(int column)
    {
        const QVariant v = m_q.value(column);
        if (v.isNull())
            return {};
        m_keep[column] = v.toString().toUtf8();
        return m_keep[column];
    }
    qint64 integer(int column) const { return m_q.value(column).toLongLong(); }
    QDateTime time(int column) const { return Database::dateTimeFromDb(m_q.value(column)); }
    template<typename E>
    E enumAt(int column, E fallback) const
    {
        return enumFromString<E>(m_q.value(column).toString()).value_or(fallback);
    }

private:
    const Query &m_q;
    std::array<QByteArray, kInsertColumnCount> m_keep;
};

// A row of a SqliteStatement: no QVariant per value.
class SqliteRow
{
public:
    explicit SqliteRow(const SqliteStatement &q) : m_q(q) { }
    QString string(int column) const { return QString::fromUtf8(m_q.text(column)); }
    QByteArrayView bytes(int column) const { return m_q.text(column); }
    qint64 integer(int column) const { return m_q.integer(column); }
    QDateTime time(int column) const
    {
        const QByteArrayView v = m_q.text(column);
        return Database::dateTimeFromDb(v.isNull() ? QVariant() : QVariant(QString::fromUtf8(v)));
    }
    template<typename E>
    E enumAt(int column, E fallback) const
    {
        return enumFromBytes(m_q.text(column), fallback);
    }

private:
    const SqliteStatement &m_q;
};

// kColumns into a Task.
template<typename Row>
Task taskFrom(const Row &row)
{
    Task t;
    t.id = row.string(0);
    t.userId = row.string(1);
    t.workflowId = row.string(2);
    t.executionId = row.string(3);
    t.title = row.string(4);
    t.description = row.string(5);
    t.priority = row.enumAt(6, Priority::Medium);
    t.status = row.enumAt(7, TaskStatus::Todo);
    t.position = row.integer(8);
    t.dueDate = row.time(9);
    t.tags = tagsFromJson(row.string(10));
    t.createdAt = row.time(11);
    t.updatedAt = row.time(12);
    t.completedAt = row.time(13);
    t.version = int(row.integer(14));
    return t;
}

// Room for the four times of a JSON row.
struct JsonTimes
{
    char due[24], created[24], updated[24], completed[24];
};

// A stored time as the JSON shows it: copied when already in that form, else read as a Task reads it.
std::string_view jsonTime(QByteArrayView stored, char (&buffer)[24]);

// kColumns into a JSON row. Its views point into the row and `times`: use it before the next row.
// `owner`, when not null, is the user id every row has (the scope guarantees it), not read.
template<typename Row>
core::TaskJsonRow jsonRowFrom(Row &row, JsonTimes &times, const QByteArray *owner = nullptr)
{
    core::TaskJsonRow r;
    r.id = view(row.bytes(0));
    r.userId = view(owner ? QByteArrayView(*owner) : row.bytes(1));
    r.workflowId = view(row.bytes(2));
    r.executionId = view(row.bytes(3));
    r.title = view(row.bytes(4));
    r.description = view(row.bytes(5));
    r.priority = nameView(enumFromBytes(row.bytes(6), Priority::Medium));
    r.status = nameView(enumFromBytes(row.bytes(7), TaskStatus::Todo));
    r.position = row.integer(8);
    r.dueDate = jsonTime(row.bytes(9), times.due);
    r.tagsJson = view(row.bytes(10));
    r.createdAt = jsonTime(row.bytes(11), times.created);
    r.updatedAt = jsonTime(row.bytes(12), times.updated);
    r.completedAt = jsonTime(row.bytes(13), times.completed);
    r.version = int(row.integer(14));
    return r;
}

// kCardColumns into a Task with only what a card shows.
template<typename Row>
Task cardFrom(const Row &row)
{
    Task t;
    t.id = row.string(0);
    t.title = row.string(1);
    t.tags = tagsFromJson(row.string(2));
    t.position = row.integer(3);
    t.dueDate = row.time(4);
    t.priority = row.enumAt(5, Priority::Medium);
    t.status = row.enumAt(6, TaskStatus::Todo);
    t.workflowId = row.string(7);
    t.completedAt = row.time(8);
    t.updatedAt = row.time(9);
    return t;
}

// "?, ?, ?" for an IN list, with the values appended.
QString inList(const QStringList &ids, QVariantList &values);
// `rows` groups of `columns` question marks: "(?, ?), (?, ?)".
QString placeholders(int columns, int rows);
// completed_at after a move from `from` to `to`: kept inside COMPLETED, set on the way in, cleared on the way out.
QDateTime completedAtFor(TaskStatus from, TaskStatus to, const QDateTime &previous, const QDateTime &now);

} // namespace doo::taskrows
