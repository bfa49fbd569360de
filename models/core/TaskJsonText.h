#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

// The text of `task list --json`, written straight from the database's bytes without a QVariant
// or QString per value: used by TaskRepository (domain/TaskJson.h adds the Qt side).
namespace doo::core {

// One task's fields as they come from the database. Views stay valid until the row is added.
struct TaskJsonRow
{
    std::string_view id, userId, title, description; // UTF-8
    std::string_view workflowId, executionId; // empty prints null
    std::string_view priority, status; // stored names, e.g. "IN_PROGRESS"
    std::int64_t position = 0;
    // UTC times in the form isTimeText accepts ("2026-11-25T19:09:02.123Z"); empty prints null.
    std::string_view dueDate, createdAt, updatedAt, completedAt;
    std::string_view tagsJson; // the stored JSON array, used when `tags` is null
    const std::vector<std::string> *tags = nullptr; // UTF-8
    int version = 1;
};

// Appends `utf8` as a JSON string (quotes, backslashes and control characters escaped). False,
// and nothing appended, when it is not valid UTF-8 or (unless `leadingBom`) starts with a byte
// order mark, which Qt drops when it reads UTF-8: such text needs the caller's own conversion.
bool appendJsonString(std::string &out, std::string_view utf8, bool leadingBom = false);

// True when `text` is a UTC time as the JSON shows it (year 1..9999, a real date and time).
bool isTimeText(std::string_view text);

// Bytes written straight into spare room (no zero-filling, no copy when it grows: realloc).
class TextBuffer
{
public:
    TextBuffer() = default;
    ~TextBuffer();
    TextBuffer(TextBuffer &&other) noexcept;
    TextBuffer(const TextBuffer &) = delete;
    TextBuffer &operator=(const TextBuffer &) = delete;
    TextBuffer &operator=(TextBuffer &&) = delete;

    void reserve(std::size_t bytes);
    // Room for `bytes` more at the returned position; commit() the end of what was written.
    char *room(std::size_t bytes);
    void commit(char *end) { m_size = std::size_t(end - m_data); }
    void append(std::string_view text) { commit(copy(room(text.size()), text)); }
    std::string_view view() const { return {m_data, m_size}; }
    std::size_t size() const { return m_size; }
    void clear() { m_size = 0; }
    static char *copy(char *at, std::string_view text);

private:
    char *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
};

// Tasks as a JSON array (one object per line), written straight into UTF-8 bytes.
class TaskJsonWriter
{
public:
    // Writes the JSON value of a text appendJsonString refused, or of stored tags that are not a
    // plain ["a","b"] array; false gives up (add() then returns false).
    using Fallback = std::function<bool(std::string &out, std::string_view stored)>;

    explicit TaskJsonWriter(std::size_t expectedRows = 0, Fallback text = {}, Fallback tags = {});
    // Room for `bytes` of text ahead (one allocation instead of growing and copying).
    void reserve(std::size_t bytes);
    // Rows in the order given. False when a text needed a fallback that failed.
    bool add(const TaskJsonRow &row);
    // Rows read in any order, laid out by finish() by (group, position), ties in the order added.
    // Not mixed with add().
    bool addUnordered(const TaskJsonRow &row, int group, std::int64_t position);
    // The array, handed to `write` in pieces (big results are not copied into one buffer).
    void finish(const std::function<void(std::string_view)> &write);
    std::string finish();

private:
    struct Key
    {
        int group;
        std::int64_t position;
        std::size_t offset;
        std::size_t length;
    };
    bool writeObject(TextBuffer &out, const TaskJsonRow &row);
    bool appendText(std::string &out, std::string_view utf8);

    Fallback m_text, m_tags;
    TextBuffer m_out;
    std::size_t m_rows = 0;
    TextBuffer m_unordered; // objects written by addUnordered, found through m_keys
    std::string m_scratch; // a row that needs escaping, before it is copied in
    std::vector<Key> m_keys;
    bool m_inOrder = true; // the rows of addUnordered came sorted
};

} // namespace doo::core
