#include "domain/TaskJson.h"

#include "core/Names.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace doo {

namespace {

void appendDigits(char *at, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        at[i] = char('0' + value % 10);
}

} // namespace

core::TaskJsonWriter taskJsonWriter(std::size_t expectedRows)
{
    // Not valid UTF-8: through QString, as a Task's fields are read (bad bytes become U+FFFD).
    auto text = [](std::string &out, std::string_view stored) {
        const QByteArray utf8 = QString::fromUtf8(QByteArrayView(stored.data(), qsizetype(stored.size()))).toUtf8();
        return core::appendJsonString(out, view(utf8), true);
    };
    // Tags that are not a plain ["a","b"]: parsed.
    auto tags = [](std::string &out, std::string_view stored) {
        const QJsonArray array = QJsonDocument::fromJson(QByteArray(stored.data(), qsizetype(stored.size()))).array();
        out += '[';
        for (qsizetype k = 0; k < array.size(); ++k) {
            if (k)
                out += ',';
            const QByteArray tag = array.at(k).toString().toUtf8();
            if (!core::appendJsonString(out, view(tag), true))
                return false;
        }
        out += ']';
        return true;
    };
    return core::TaskJsonWriter(expectedRows, text, tags);
}

bool taskJsonTime(const QDateTime &time, char (&out)[24])
{
    if (!time.isValid())
        return false;
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime tm = utc.time();
    static const char shape[] = "0000-00-00T00:00:00.000Z";
    std::copy(shape, shape + 24, out);
    appendDigits(out, d.year(), 4);
    appendDigits(out + 5, d.month(), 2);
    appendDigits(out + 8, d.day(), 2);
    appendDigits(out + 11, tm.hour(), 2);
    appendDigits(out + 14, tm.minute(), 2);
    appendDigits(out + 17, tm.second(), 2);
    appendDigits(out + 20, tm.msec(), 3);
    return true;
}

std::string_view nameView(Priority value)
{
    return names::kPriority.at(std::size_t(value));
}

std::string_view nameView(TaskStatus value)
{
    return names::kTaskStatus.at(std::size_t(value));
}

QByteArray tasksToJson(const QList<Task> &tasks)
{
    core::TaskJsonWriter writer = taskJsonWriter(std::size_t(tasks.size()));
    for (const Task &t : tasks) {
        const QByteArray id = t.id.toUtf8(), userId = t.userId.toUtf8(), workflowId = t.workflowId.toUtf8(),
                         executionId = t.executionId.toUtf8(), title = t.title.toUtf8(), description = t.description.toUtf8();
        std::vector<std::string> tags;
        tags.reserve(size_t(t.tags.size()));
        for (const QString &tag : t.tags)
            tags.push_back(tag.toStdString());
        char due[24], created[24], updated[24], completed[24];
        auto time = [](const QDateTime &value, char(&buffer)[24]) {
            return taskJsonTime(value, buffer) ? std::string_view(buffer, 24) : std::string_view();
        };
        core::TaskJsonRow row;
        row.id = view(id);
        row.userId = view(userId);
        row.workflowId = view(workflowId);
        row.executionId = view(executionId);
        row.title = view(title);
        row.description = view(description);
        row.priority = nameView(t.priority);
        row.status = nameView(t.status);
        row.position = t.position;
        row.dueDate = time(t.dueDate, due);
        row.createdAt = time(t.createdAt, created);
        row.updatedAt = time(t.updatedAt, updated);
        row.completedAt = time(t.completedAt, completed);
        row.tags = &tags;
        row.version = t.version;
        writer.add(row);
    }
    const std::string all = writer.finish();
    return QByteArray(all.data(), qsizetype(all.size()));
}

} // namespace doo
