#pragma once

#include "domain/Task.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace doo {

// One task's fields as they come from the database, for writing JSON without building a Task.
// Views stay valid until the row is added.
struct TaskJsonRow
{
    QByteArrayView id, userId, title, description; // UTF-8
    QByteArrayView workflowId, executionId;        // UTF-8; empty prints null
    Priority priority = Priority::Medium;
    TaskStatus status = TaskStatus::Todo;
    qint64 position = 0;
    // UTC times in the form TaskJsonWriter::timeText gives ("2026-11-25T19:09:02.123Z"); empty prints null.
    QByteArrayView dueDate, createdAt, updatedAt, completedAt;
    QByteArrayView tagsJson;          // the stored JSON array of strings, used when `tags` is null
    const QStringList *tags = nullptr;
    int version = 1;
};

// Tasks as a JSON array, written straight into UTF-8 bytes: the same fields and values as
// Task::toJson() (one object per line), about ten times faster than building QJsonObjects —
// `task list --json` prints thousands of tasks. Rows are added one at a time, as they are read.
class TaskJsonWriter
{
public:
    explicit TaskJsonWriter(qsizetype expectedRows = 0);
    // Rows in the order given.
    void add(const TaskJsonRow &row);
    // Rows read in any order, laid out by finish() by (group, position), ties in the order added.
    // Not mixed with add().
    void addUnordered(const TaskJsonRow &row, int group, qint64 position);
    // The array, handed to `write` in pieces (big results are not copied into one buffer).
    void finish(const std::function<void(QByteArrayView)> &write);
    QByteArray finish();

    // A UTC time as the JSON has it, in 24 characters; false (and nothing written) when invalid.
    static bool timeText(const QDateTime &time, char (&out)[24]);
    // True when `text` already is such a time (year 1..9999, a real date and time).
    static bool isTimeText(QByteArrayView text);

private:
    struct Key
    {
        int group;
        qint64 position;
        qsizetype offset;
        qsizetype length;
    };
    QByteArray m_out;
    qsizetype m_length = 0;
    qsizetype m_rows = 0;
    QByteArray m_unordered; // objects written by addUnordered, found through m_keys
    qsizetype m_unorderedLength = 0;
    QList<Key> m_keys;
    bool m_inOrder = true; // the rows of addUnordered came sorted
};

QByteArray tasksToJson(const QList<Task> &tasks);

} // namespace doo
