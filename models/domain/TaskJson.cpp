#include "domain/TaskJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>

namespace doo {

namespace {

bool isPlain(QByteArrayView utf8) // printable ASCII without quotes or backslashes: copied as is
{
    // Eight bytes at a time (titles and ids are most of a list's text): a byte is special when
    // its high bit is set, it is below 0x20, or it equals '"' or '\\'.
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    auto hasZero = [](quint64 v) { return (v - ones) & ~v & highs; };
    const char *p = utf8.data();
    qsizetype n = utf8.size();
    for (; n >= 8; p += 8, n -= 8) {
        quint64 v;
        std::memcpy(&v, p, 8);
        if ((v & highs) || ((v - ones * 0x20) & ~v & highs) || hasZero(v ^ (ones * '"')) || hasZero(v ^ (ones * '\\')))
            return false;
    }
    for (; n > 0; ++p, --n) {
        const auto u = static_cast<unsigned char>(*p);
        if (u < 0x20 || u >= 0x80 || u == '"' || u == '\\')
            return false;
    }
    return true;
}

void appendString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    const bool plain = std::all_of(utf8.cbegin(), utf8.cend(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\';
    });
    if (plain) { // the usual case: one append
        out += utf8;
        out += '"';
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

// Appends to a buffer without Qt's per-call bookkeeping (rows are thousands of small pieces):
// the QByteArray is grown ahead and `length` counts what is written; the rest is slack.
class Sink
{
public:
    Sink(QByteArray &buffer, qsizetype &length) : m_buffer(buffer), m_length(length) {}
    Sink(const Sink &) = delete;
    Sink &operator=(const Sink &) = delete;

    void put(const char *data, qsizetype n)
    {
        if (m_length + n > m_buffer.size())
            m_buffer.resize(std::max<qsizetype>(2 * m_buffer.size(), m_length + n + 65536));
        std::memcpy(m_buffer.data() + m_length, data, size_t(n));
        m_length += n;
    }
    void put(QByteArrayView v) { put(v.data(), v.size()); }
    void put(char c) { put(&c, 1); }

private:
    QByteArray &m_buffer;
    qsizetype &m_length;
};

void appendString(Sink &out, const QString &s)
{
    QByteArray escaped;
    appendString(escaped, s);
    out.put(escaped);
}

// Stored UTF-8: plain text is copied; anything else goes through QString, as a Task's fields do.
void appendString(Sink &out, QByteArrayView utf8)
{
    if (!isPlain(utf8)) {
        appendString(out, QString::fromUtf8(utf8));
        return;
    }
    out.put('"');
    out.put(utf8);
    out.put('"');
}

void appendDigits(char *at, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        at[i] = char('0' + value % 10);
}

void appendNumber(Sink &out, qint64 value)
{
    char buffer[24];
    char *const end = buffer + sizeof(buffer);
    char *at = end;
    const bool negative = value < 0;
    quint64 n = negative ? 0 - quint64(value) : quint64(value);
    do {
        *--at = char('0' + n % 10);
        n /= 10;
    } while (n);
    if (negative)
        *--at = '-';
    out.put(at, end - at);
}

void appendOptional(Sink &out, QByteArrayView utf8)
{
    if (utf8.isEmpty())
        out.put("null");
    else
        appendString(out, utf8);
}

void appendTime(Sink &out, QByteArrayView text)
{
    if (text.isEmpty()) {
        out.put("null");
        return;
    }
    out.put('"');
    out.put(text);
    out.put('"');
}

// ["a","b"] as stored: copied when it is exactly that shape with plain strings; else parsed.
void appendTags(Sink &out, QByteArrayView json)
{
    bool simple = json.size() >= 2 && json.front() == '[' && json.back() == ']';
    for (qsizetype i = 1; simple && i + 1 < json.size();) {
        if (json.at(i) != '"') {
            simple = false;
            break;
        }
        const qsizetype end = json.indexOf('"', i + 1);
        simple = end > 0 && end + 1 < json.size() && isPlain(json.sliced(i + 1, end - i - 1));
        i = end + 1;
        if (simple && i + 1 < json.size())
            simple = json.at(i++) == ',' && i + 1 < json.size();
    }
    if (simple) {
        out.put(json);
        return;
    }
    out.put('[');
    const QJsonArray array = QJsonDocument::fromJson(json.toByteArray()).array();
    for (qsizetype k = 0; k < array.size(); ++k) {
        if (k)
            out.put(',');
        appendString(out, array.at(k).toString());
    }
    out.put(']');
}

void appendTags(Sink &out, const QStringList &tags)
{
    out.put('[');
    for (int k = 0; k < tags.size(); ++k) {
        if (k)
            out.put(',');
        appendString(out, tags.at(k));
    }
    out.put(']');
}

// The enum names as JSON strings, quotes included.
template<typename E>
QByteArrayView quoted(E value)
{
    static const QList<QByteArray> names = [] {
        QList<QByteArray> all;
        const QStringList list = enumNames<E>(); // in declaration order
        for (const QString &name : list)
            all << '"' + name.toUtf8() + '"';
        return all;
    }();
    return names.at(int(value));
}

void writeObject(Sink &out, const TaskJsonRow &t)
{
    out.put("{\"id\":");
    appendString(out, t.id);
    out.put(",\"userId\":");
    appendString(out, t.userId);
    out.put(",\"workflowId\":");
    appendOptional(out, t.workflowId);
    out.put(",\"executionId\":");
    appendOptional(out, t.executionId);
    out.put(",\"title\":");
    appendString(out, t.title);
    out.put(",\"description\":");
    appendString(out, t.description);
    out.put(",\"priority\":");
    out.put(quoted(t.priority));
    out.put(",\"status\":");
    out.put(quoted(t.status));
    out.put(",\"position\":");
    appendNumber(out, t.position);
    out.put(",\"dueDate\":");
    appendTime(out, t.dueDate);
    out.put(",\"tags\":");
    if (t.tags)
        appendTags(out, *t.tags);
    else
        appendTags(out, t.tagsJson);
    out.put(",\"createdAt\":");
    appendTime(out, t.createdAt);
    out.put(",\"updatedAt\":");
    appendTime(out, t.updatedAt);
    out.put(",\"completedAt\":");
    appendTime(out, t.completedAt);
    out.put(",\"version\":");
    appendNumber(out, t.version);
    out.put('}');
}

} // namespace

TaskJsonWriter::TaskJsonWriter(qsizetype expectedRows)
{
    m_out.resize(expectedRows * 480 + 4);
    Sink(m_out, m_length).put("[\n");
}

bool TaskJsonWriter::timeText(const QDateTime &time, char (&out)[24])
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

bool TaskJsonWriter::isTimeText(QByteArrayView t)
{
    if (t.size() != 24 || t.at(4) != '-' || t.at(7) != '-' || t.at(10) != 'T' || t.at(13) != ':' || t.at(16) != ':'
        || t.at(19) != '.' || t.at(23) != 'Z')
        return false;
    int n[7] = {}; // year, month, day, hour, minute, second, millisecond
    static const int from[7] = {0, 5, 8, 11, 14, 17, 20};
    static const int length[7] = {4, 2, 2, 2, 2, 2, 3};
    for (int f = 0; f < 7; ++f) {
        for (int i = from[f]; i < from[f] + length[f]; ++i) {
            const int digit = t.at(i) - '0';
            if (digit < 0 || digit > 9)
                return false;
            n[f] = n[f] * 10 + digit;
        }
    }
    static const int days[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (n[0] % 4 == 0 && n[0] % 100 != 0) || n[0] % 400 == 0;
    return n[0] >= 1 && n[1] >= 1 && n[1] <= 12 && n[2] >= 1 && n[2] <= days[n[1]] && (n[1] != 2 || n[2] <= 28 || leap)
           && n[3] < 24 && n[4] < 60 && n[5] < 60; // milliseconds: three digits are always valid
}

void TaskJsonWriter::add(const TaskJsonRow &row)
{
    Sink out(m_out, m_length);
    out.put(m_rows++ > 0 ? QByteArrayView(",\n  ") : QByteArrayView("  "));
    writeObject(out, row);
}

void TaskJsonWriter::addUnordered(const TaskJsonRow &row, int group, qint64 position)
{
    // Each object is written after its separator, so that rows that came in order (a board
    // nobody rearranged is stored in its order) are already the text: finish() sorts nothing.
    Sink out(m_unordered, m_unorderedLength);
    out.put(",\n  ");
    const qsizetype start = m_unorderedLength;
    writeObject(out, row);
    if (!m_keys.isEmpty()) {
        const Key &last = m_keys.last();
        m_inOrder = m_inOrder && (last.group < group || (last.group == group && last.position <= position));
    }
    m_keys.append({group, position, start, m_unorderedLength - start});
}

void TaskJsonWriter::finish(const std::function<void(QByteArrayView)> &write)
{
    if (m_keys.isEmpty()) {
        Sink(m_out, m_length).put(m_rows > 0 ? QByteArrayView("\n]\n") : QByteArrayView("]\n"));
        write(QByteArrayView(m_out.constData(), m_length));
    } else if (m_inOrder) {
        write(QByteArrayView("[\n  "));
        const qsizetype first = m_keys.first().offset;
        write(QByteArrayView(m_unordered.constData() + first, m_unorderedLength - first));
        write(QByteArrayView("\n]\n"));
    } else {
        std::stable_sort(m_keys.begin(), m_keys.end(), [](const Key &a, const Key &b) {
            return a.group != b.group ? a.group < b.group : a.position < b.position;
        });
        // Laid out in pieces of about kChunk bytes, each handed to `write` as it fills.
        constexpr qsizetype kChunk = 256 * 1024;
        for (const Key &key : std::as_const(m_keys)) {
            if (m_length >= kChunk) {
                write(QByteArrayView(m_out.constData(), m_length));
                m_length = 0;
            }
            Sink out(m_out, m_length);
            out.put(m_rows++ > 0 ? QByteArrayView(",\n  ") : QByteArrayView("  "));
            out.put(m_unordered.constData() + key.offset, key.length);
        }
        Sink(m_out, m_length).put("\n]\n");
        write(QByteArrayView(m_out.constData(), m_length));
    }
    m_out.clear();
    m_length = 0;
    m_keys.clear();
    m_unordered.clear();
    m_unorderedLength = 0;
    m_inOrder = true;
}

QByteArray TaskJsonWriter::finish()
{
    QByteArray all;
    finish([&all](QByteArrayView piece) { all += piece; });
    return all;
}

QByteArray tasksToJson(const QList<Task> &tasks)
{
    TaskJsonWriter writer(tasks.size());
    for (const Task &t : tasks) {
        const QByteArray id = t.id.toUtf8(), userId = t.userId.toUtf8(), workflowId = t.workflowId.toUtf8(),
                         executionId = t.executionId.toUtf8(), title = t.title.toUtf8(), description = t.description.toUtf8();
        char due[24], created[24], updated[24], completed[24];
        auto time = [](const QDateTime &value, char (&buffer)[24]) {
            return TaskJsonWriter::timeText(value, buffer) ? QByteArrayView(buffer, 24) : QByteArrayView();
        };
        TaskJsonRow row;
        row.id = id;
        row.userId = userId;
        row.workflowId = workflowId;
        row.executionId = executionId;
        row.title = title;
        row.description = description;
        row.priority = t.priority;
        row.status = t.status;
        row.position = t.position;
        row.dueDate = time(t.dueDate, due);
        row.createdAt = time(t.createdAt, created);
        row.updatedAt = time(t.updatedAt, updated);
        row.completedAt = time(t.completedAt, completed);
        row.tags = &t.tags;
        row.version = t.version;
        writer.add(row);
    }
    return writer.finish();
}

} // namespace doo
