#include "domain/TaskJson.h"

#include <algorithm>

namespace doo {

namespace {

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

void appendDigits(char *at, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        at[i] = char('0' + value % 10);
}

// "2026-11-25T19:09:02.123Z", as QDateTime::toString(Qt::ISODateWithMs) writes a UTC time.
void appendTime(QByteArray &out, const QDateTime &t)
{
    if (!t.isValid()) {
        out += "null";
        return;
    }
    const QDateTime utc = t.toUTC();
    const QDate d = utc.date();
    const QTime tm = utc.time();
    char buf[] = "\"0000-00-00T00:00:00.000Z\"";
    appendDigits(buf + 1, d.year(), 4);
    appendDigits(buf + 6, d.month(), 2);
    appendDigits(buf + 9, d.day(), 2);
    appendDigits(buf + 12, tm.hour(), 2);
    appendDigits(buf + 15, tm.minute(), 2);
    appendDigits(buf + 18, tm.second(), 2);
    appendDigits(buf + 21, tm.msec(), 3);
    out.append(buf, sizeof(buf) - 1);
}

void appendKey(QByteArray &out, const char *key, bool first = false)
{
    if (!first)
        out += ',';
    out += '"';
    out += key;
    out += "\":";
}

void appendOptional(QByteArray &out, const QString &s)
{
    if (s.isEmpty())
        out += "null";
    else
        appendString(out, s);
}

} // namespace

QByteArray tasksToJson(const QList<Task> &tasks)
{
    QByteArray out;
    out.reserve(qsizetype(tasks.size()) * 480 + 4);
    out += "[\n";
    for (int i = 0; i < tasks.size(); ++i) {
        const Task &t = tasks.at(i);
        out += "  {";
        appendKey(out, "id", true);
        appendString(out, t.id);
        appendKey(out, "userId");
        appendString(out, t.userId);
        appendKey(out, "workflowId");
        appendOptional(out, t.workflowId);
        appendKey(out, "executionId");
        appendOptional(out, t.executionId);
        appendKey(out, "title");
        appendString(out, t.title);
        appendKey(out, "description");
        appendString(out, t.description);
        appendKey(out, "priority");
        appendString(out, toString(t.priority));
        appendKey(out, "status");
        appendString(out, toString(t.status));
        appendKey(out, "position");
        out += QByteArray::number(t.position);
        appendKey(out, "dueDate");
        appendTime(out, t.dueDate);
        appendKey(out, "tags");
        out += '[';
        for (int k = 0; k < t.tags.size(); ++k) {
            if (k)
                out += ',';
            appendString(out, t.tags.at(k));
        }
        out += ']';
        appendKey(out, "createdAt");
        appendTime(out, t.createdAt);
        appendKey(out, "updatedAt");
        appendTime(out, t.updatedAt);
        appendKey(out, "completedAt");
        appendTime(out, t.completedAt);
        appendKey(out, "version");
        out += QByteArray::number(t.version);
        out += i + 1 < tasks.size() ? "},\n" : "}\n";
    }
    out += "]\n";
    return out;
}

} // namespace doo
