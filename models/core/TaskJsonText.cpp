#include "core/TaskJsonText.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

#include <sys/mman.h>

namespace doo::core {

namespace {

// Printable ASCII without quotes or backslashes: copied as is. Eight bytes at a time (titles and
// ids are most of a list's text): a byte is special when its high bit is set, it is below 0x20,
// or it equals '"' or '\\'.
bool isPlain(std::string_view utf8)
{
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    auto hasZero = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    const char *p = utf8.data();
    std::size_t n = utf8.size();
    for (; n >= 8; p += 8, n -= 8) {
        std::uint64_t v;
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

// The length of the well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF) starting at `i`, or 0.
std::size_t sequenceLength(std::string_view s, std::size_t i)
{
    const auto b = [&s](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = b(i);
    std::size_t length;
    unsigned char low = 0x80, high = 0xBF; // the allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (i + length > s.size() || b(i + 1) < low || b(i + 1) > high)
        return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (b(i + k) < 0x80 || b(i + k) > 0xBF)
            return 0;
    return length;
}

// The decimal digits of `value`, written at the end of `buffer`.
std::string_view numberText(std::int64_t value, char (&buffer)[24])
{
    char *const end = buffer + sizeof(buffer);
    char *at = end;
    const bool negative = value < 0;
    std::uint64_t n = negative ? 0 - std::uint64_t(value) : std::uint64_t(value);
    do {
        *--at = char('0' + n % 10);
        n /= 10;
    } while (n);
    if (negative)
        *--at = '-';
    return {at, std::size_t(end - at)};
}

void appendNumber(std::string &out, std::int64_t value)
{
    char buffer[24];
    out += numberText(value, buffer);
}

void appendTime(std::string &out, std::string_view text)
{
    if (text.empty()) {
        out += "null";
        return;
    }
    out += '"';
    out += text;
    out += '"';
}

// ["a","b"] (or []) with plain strings, as the program stores tags: copied as they are.
bool isPlainTags(std::string_view json)
{
    if (json.size() < 2 || json.front() != '[' || json.back() != ']')
        return false;
    for (std::size_t i = 1; i + 1 < json.size();) {
        if (json[i] != '"')
            return false;
        const std::size_t end = json.find('"', i + 1);
        if (end == std::string_view::npos || end + 1 >= json.size() || !isPlain(json.substr(i + 1, end - i - 1)))
            return false;
        i = end + 1;
        if (i + 1 < json.size() && (json[i++] != ',' || i + 1 >= json.size()))
            return false;
    }
    return true;
}

bool appendPlainTags(std::string &out, std::string_view json)
{
    if (!isPlainTags(json))
        return false;
    out += json;
    return true;
}

template<std::size_t N>
char *put(char *at, const char (&literal)[N])
{
    std::memcpy(at, literal, N - 1);
    return at + N - 1;
}

char *put(char *at, std::string_view text)
{
    if (!text.empty())
        std::memcpy(at, text.data(), text.size());
    return at + text.size();
}

char *putNumber(char *at, std::int64_t value)
{
    char buffer[24];
    return put(at, numberText(value, buffer));
}

// The fields of a task object in their order, written through a sink: PlainSink for rows whose
// texts need no escaping (nearly all), EscapingSink for the rest.
template<typename Sink>
void writeFields(Sink &out, const TaskJsonRow &t)
{
    out.raw("{\"id\":");
    out.text(t.id);
    out.raw(",\"userId\":");
    out.text(t.userId);
    out.raw(",\"workflowId\":");
    out.optional(t.workflowId);
    out.raw(",\"executionId\":");
    out.optional(t.executionId);
    out.raw(",\"title\":");
    out.text(t.title);
    out.raw(",\"description\":");
    out.text(t.description);
    out.raw(",\"priority\":");
    out.name(t.priority);
    out.raw(",\"status\":");
    out.name(t.status);
    out.raw(",\"position\":");
    out.number(t.position);
    out.raw(",\"dueDate\":");
    out.time(t.dueDate);
    out.raw(",\"tags\":");
    out.tags(t);
    out.raw(",\"createdAt\":");
    out.time(t.createdAt);
    out.raw(",\"updatedAt\":");
    out.time(t.updatedAt);
    out.raw(",\"completedAt\":");
    out.time(t.completedAt);
    out.raw(",\"version\":");
    out.number(t.version);
    out.raw("}");
}

// Straight into room reserved for the whole row: no per-piece bookkeeping.
struct PlainSink
{
    char *at;
    void raw(std::string_view text) { at = put(at, text); }
    void text(std::string_view text)
    {
        *at++ = '"';
        at = put(at, text);
        *at++ = '"';
    }
    void name(std::string_view text) { this->text(text); }
    void optional(std::string_view text) { text.empty() ? raw("null") : this->text(text); }
    void number(std::int64_t value) { at = putNumber(at, value); }
    void time(std::string_view text) { text.empty() ? raw("null") : this->text(text); }
    void tags(const TaskJsonRow &t) { raw(t.tagsJson); }
};

// A row whose texts need no escaping, in one go; false, with nothing written, for any other row.
bool writePlainObject(TextBuffer &out, const TaskJsonRow &t)
{
    const std::string_view texts[] = {t.id, t.userId, t.workflowId, t.executionId, t.title, t.description};
    std::size_t bound = 320 + t.priority.size() + t.status.size() + t.tagsJson.size() + 4 * 26;
    for (const std::string_view text : texts) {
        if (!isPlain(text))
            return false;
        bound += text.size();
    }
    if (t.tags || !isPlainTags(t.tagsJson))
        return false;
    PlainSink sink{out.room(bound)};
    writeFields(sink, t);
    out.commit(sink.at);
    return true;
}

} // namespace

TextBuffer::~TextBuffer()
{
    std::free(m_data);
}

TextBuffer::TextBuffer(TextBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)),
      m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0))
{ }

void TextBuffer::reserve(std::size_t bytes)
{
    if (bytes <= m_capacity)
        return;
    // Big buffers grow by realloc, which moves pages rather than bytes.
    void *grown = std::realloc(m_data, bytes);
    if (!grown)
        throw std::bad_alloc();
    m_data = static_cast<char *>(grown);
    m_capacity = bytes;
    // In huge pages where the system offers them on request: one page fault per 2 MiB instead of
    // one per 4 KiB, most of the cost of filling fresh memory.
    constexpr std::uintptr_t kHuge = 2 * 1024 * 1024;
    const auto start = reinterpret_cast<std::uintptr_t>(m_data);
    const std::uintptr_t from = (start + kHuge - 1) & ~(kHuge - 1), to = (start + m_capacity) & ~(kHuge - 1);
    if (to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
}

char *TextBuffer::room(std::size_t bytes)
{
    if (m_size + bytes > m_capacity)
        reserve(std::max(2 * m_capacity, m_size + bytes + 65536));
    return m_data + m_size;
}

char *TextBuffer::copy(char *at, std::string_view text)
{
    if (!text.empty())
        std::memcpy(at, text.data(), text.size());
    return at + text.size();
}

bool appendJsonString(std::string &out, std::string_view utf8, bool leadingBom)
{
    if (isPlain(utf8)) { // the usual case: one append
        out += '"';
        out += utf8;
        out += '"';
        return true;
    }
    if (!leadingBom && utf8.substr(0, 3) == "\xEF\xBB\xBF")
        return false;
    const std::size_t start = out.size();
    out += '"';
    for (std::size_t i = 0; i < utf8.size();) {
        const char c = utf8[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            const std::size_t length = sequenceLength(utf8, i);
            if (length == 0) {
                out.resize(start);
                return false;
            }
            out.append(utf8.data() + i, length);
            i += length;
            continue;
        }
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(u >> 4) & 0xf];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
        ++i;
    }
    out += '"';
    return true;
}

bool isTimeText(std::string_view t)
{
    if (t.size() != 24 || t[4] != '-' || t[7] != '-' || t[10] != 'T' || t[13] != ':' || t[16] != ':' || t[19] != '.'
        || t[23] != 'Z')
        return false;
    int n[7] = {}; // year, month, day, hour, minute, second, millisecond
    static const int from[7] = {0, 5, 8, 11, 14, 17, 20};
    static const int length[7] = {4, 2, 2, 2, 2, 2, 3};
    for (int f = 0; f < 7; ++f) {
        for (int i = from[f]; i < from[f] + length[f]; ++i) {
            const int digit = t[std::size_t(i)] - '0';
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

TaskJsonWriter::TaskJsonWriter(std::size_t expectedRows, Fallback text, Fallback tags)
    : m_text(std::move(text)), m_tags(std::move(tags))
{
    m_out.reserve(expectedRows * 480 + 4);
    m_out.append("[\n");
}

void TaskJsonWriter::reserve(std::size_t bytes)
{
    m_unordered.reserve(bytes);
    m_keys.reserve(bytes / 256); // a task's text is hardly ever shorter
}

bool TaskJsonWriter::appendText(std::string &out, std::string_view utf8)
{
    return appendJsonString(out, utf8) || (m_text && m_text(out, utf8));
}

bool TaskJsonWriter::writeObject(TextBuffer &buffer, const TaskJsonRow &t)
{
    if (writePlainObject(buffer, t))
        return true;
    // Escaped, and through the fallbacks where the text asks for them.
    struct EscapingSink
    {
        TaskJsonWriter &writer;
        std::string &out;
        bool ok = true;
        void raw(std::string_view text) { out += text; }
        void text(std::string_view utf8) { ok = writer.appendText(out, utf8) && ok; }
        void name(std::string_view text)
        {
            out += '"';
            out += text;
            out += '"';
        }
        void optional(std::string_view utf8) { utf8.empty() ? raw("null") : text(utf8); }
        void number(std::int64_t value) { appendNumber(out, value); }
        void time(std::string_view text) { appendTime(out, text); }
        void tags(const TaskJsonRow &t)
        {
            if (!t.tags) {
                ok = (appendPlainTags(out, t.tagsJson) || (writer.m_tags && writer.m_tags(out, t.tagsJson))) && ok;
                return;
            }
            out += '[';
            for (std::size_t k = 0; k < t.tags->size(); ++k) {
                if (k)
                    out += ',';
                text((*t.tags)[k]);
            }
            out += ']';
        }
    };
    m_scratch.clear();
    EscapingSink sink{*this, m_scratch};
    writeFields(sink, t);
    buffer.append(m_scratch);
    return sink.ok;
}

bool TaskJsonWriter::add(const TaskJsonRow &row)
{
    m_out.append(m_rows++ > 0 ? std::string_view(",\n  ") : std::string_view("  "));
    return writeObject(m_out, row);
}

bool TaskJsonWriter::addUnordered(const TaskJsonRow &row, int group, std::int64_t position)
{
    // Each object is written after its separator, so that rows that came in order (a board
    // nobody rearranged is stored in its order) are already the text: finish() sorts nothing.
    m_unordered.append(",\n  ");
    const std::size_t start = m_unordered.size();
    const bool ok = writeObject(m_unordered, row);
    if (!m_keys.empty()) {
        const Key &last = m_keys.back();
        m_inOrder = m_inOrder && (last.group < group || (last.group == group && last.position <= position));
    }
    m_keys.push_back({group, position, start, m_unordered.size() - start});
    return ok;
}

void TaskJsonWriter::finish(const std::function<void(std::string_view)> &write)
{
    if (m_keys.empty()) {
        m_out.append(m_rows > 0 ? std::string_view("\n]\n") : std::string_view("]\n"));
        write(m_out.view());
    } else if (m_inOrder) {
        write("[\n  ");
        write(m_unordered.view().substr(m_keys.front().offset));
        write("\n]\n");
    } else {
        std::stable_sort(m_keys.begin(), m_keys.end(), [](const Key &a, const Key &b) {
            return a.group != b.group ? a.group < b.group : a.position < b.position;
        });
        // Laid out in pieces of about kChunk bytes, each handed to `write` as it fills.
        constexpr std::size_t kChunk = 256 * 1024;
        for (const Key &key : m_keys) {
            if (m_out.size() >= kChunk) {
                write(m_out.view());
                m_out.clear();
            }
            m_out.append(m_rows++ > 0 ? std::string_view(",\n  ") : std::string_view("  "));
            m_out.append(m_unordered.view().substr(key.offset, key.length));
        }
        m_out.append("\n]\n");
        write(m_out.view());
    }
    m_out.clear();
    m_keys.clear();
    m_unordered.clear();
    m_inOrder = true;
}

std::string TaskJsonWriter::finish()
{
    std::string all;
    finish([&all](std::string_view piece) { all += piece; });
    return all;
}

} // namespace doo::core
