// `task add` and `task list --json` of the fast path: the rows TaskRepository::create writes and
// the text TaskRepository::writeJson prints (its SQLite branch), for input that is valid at sight.
#include "fast/Command.h"
#include "fast/SqliteFile.h"
#include "fast/Text.h"

#include "core/Names.h"
#include "core/TaskJsonText.h"
#include "core/TaskLimits.h"

#include <sys/random.h>

#include <cstdio>
#include <ctime>
#include <set>

namespace doo::fast {

namespace {

// The limits the domain's validation applies (core/TaskLimits.h).
constexpr std::size_t kMaxTitle = limits::kMaxTitle;
constexpr std::size_t kMaxDescription = limits::kMaxDescription;
constexpr std::size_t kMaxTag = limits::kMaxTag;
constexpr std::size_t kMaxTags = limits::kMaxTags;
constexpr std::int64_t kPositionGap = limits::kPositionGap;

template<std::size_t N>
bool isName(const std::array<const char *, N> &names, std::string_view text)
{
    for (const char *name : names)
        if (text == name)
            return true;
    return false;
}

// An enum option as parseEnum reads it (trimmed, upper case); false for anything not plainly a name.
template<std::size_t N>
bool enumOption(const std::array<const char *, N> &names, const std::string &given, std::string &name)
{
    if (!text::isAscii(given))
        return false;
    name = text::asciiUpper(text::trimmed(given));
    return isName(names, name);
}

std::string utcText(std::time_t seconds, int milliseconds)
{
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[96]; // room for any int, as the compiler checks; 24 are used
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, milliseconds);
    return buffer;
}

std::string nowText()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return utcText(now.tv_sec, int(now.tv_nsec / 1000000));
}

// "Due by the end of that day" as TaskCli's parseDue: 23:59:59 local time, in UTC.
bool dueText(const std::string &given, std::string &due)
{
    if (!text::isAscii(given))
        return false;
    const std::string_view d = text::trimmed(given);
    if (d.size() != 10 || d[4] != '-' || d[7] != '-')
        return false;
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (d[i] < '0' || d[i] > '9')
            return false;
    const int year = std::stoi(std::string(d.substr(0, 4))), month = std::stoi(std::string(d.substr(5, 2))),
              day = std::stoi(std::string(d.substr(8, 2)));
    static const int days[13] = {0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (year < 1900 || month < 1 || month > 12 || day < 1 || day > days[month] || (month == 2 && day == 29 && !leap))
        return false;
    std::tm local{};
    local.tm_year = year - 1900;
    local.tm_mon = month - 1;
    local.tm_mday = day;
    local.tm_hour = 23;
    local.tm_min = 59;
    local.tm_sec = 59;
    local.tm_isdst = -1;
    const std::time_t seconds = std::mktime(&local);
    if (seconds == std::time_t(-1) || local.tm_mday != day || local.tm_hour != 23)
        return false; // not a plain local time (a gap or fold): the module decides
    due = utcText(seconds, 0);
    return true;
}

// A random (version 4) UUID as QUuid::toString(WithoutBraces) writes it.
bool newId(std::string &id)
{
    unsigned char b[16];
    if (getrandom(b, sizeof b, 0) != ssize_t(sizeof b))
        return false;
    b[6] = (b[6] & 0x0F) | 0x40;
    b[8] = (b[8] & 0x3F) | 0x80;
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            id += '-';
        id += hex[b[i] >> 4];
        id += hex[b[i] & 0xF];
    }
    return true;
}

// The tags as Validation::normalizedTags and Validation::tags leave them, or false when that is
// not plain to see (non-ASCII text, which Qt case-folds; an invalid tag, which the module reports).
bool normalizedTags(const std::vector<std::string> &given, std::vector<std::string> &tags, std::string &json)
{
    std::set<std::string> seen;
    for (const std::string &tag : given) {
        if (!text::isAscii(tag))
            return false;
        const std::string t(text::trimmed(tag));
        if (t.empty() || !seen.insert(text::asciiLower(t)).second)
            continue;
        for (const char c : t)
            if (static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\' || c == ',')
                return false;
        if (t.size() > kMaxTag)
            return false;
        tags.push_back(t);
    }
    if (tags.size() > kMaxTags)
        return false;
    json = "[";
    for (const std::string &t : tags)
        json += (json.size() > 1 ? ",\"" : "\"") + t + '"';
    json += ']';
    return true;
}

// The rows of `sql` into `writer`, as TaskRepository::writeJson reads them; false (with why) for
// anything it would read through Qt's conversions, or a database error.
bool readRows(SqliteFile &db, const std::string &sql, const std::vector<Value> &values, const Profile &user,
              core::TaskJsonWriter &writer, std::string &why)
{
    // Pages read through a memory map, not copied one read() at a time (the module reads them
    // the ordinary way; same rows either way).
    db.exec("PRAGMA mmap_size = 1073741824");
    Statement q(db, sql, values);
    while (q.next()) {
        core::TaskJsonRow row;
        row.id = q.text(0);
        row.userId = user.admin ? q.text(1) : std::string_view(user.id);
        row.workflowId = q.text(2);
        row.executionId = q.text(3);
        row.title = q.text(4);
        row.description = q.text(5);
        row.priority = isName(names::kPriority, q.text(6)) ? q.text(6) : std::string_view("MEDIUM");
        const std::string_view stored = q.text(7);
        row.status = isName(names::kTaskStatus, stored) ? stored : std::string_view("TODO");
        row.position = q.integer(8);
        std::string_view *times[] = {&row.dueDate, &row.createdAt, &row.updatedAt, &row.completedAt};
        const int timeColumns[] = {9, 11, 12, 13};
        for (int k = 0; k < 4; ++k) {
            *times[k] = q.text(timeColumns[k]);
            if (times[k]->data() && !core::isTimeText(*times[k])) { // SQL NULL has no data
                why = "a stored time in another form";
                return false;
            }
        }
        row.tagsJson = q.text(10);
        row.version = int(q.integer(14));
        int group = 4; // the board's column order: the four working columns, then the rest
        for (int i = 0; i < 4; ++i)
            if (stored == names::kTaskStatus[std::size_t(i)])
                group = i;
        if (!writer.addUnordered(row, group, row.position)) {
            why = "stored text that is not plain UTF-8";
            return false;
        }
    }
    if (!q.ok())
        why = db.why();
    return q.ok();
}

} // namespace

bool addTask(const Command &command, SqliteFile &db, const Profile &user, Decline &decline, int &code)
{
    const std::string_view title = text::trimmed(command.words[2]);
    if (title.empty() || text::utf16Length(title) > kMaxTitle)
        return decline("the title is empty or too long");
    const std::string description = command.option("--description");
    if (text::utf16Length(description) > kMaxDescription)
        return decline("the description is too long");
    std::string priority = "MEDIUM";
    if (command.has("--priority") && !enumOption(names::kPriority, command.option("--priority"), priority))
        return decline("the priority");
    std::string due;
    if (command.has("--due") && !dueText(command.option("--due"), due))
        return decline("the due date");
    std::vector<std::string> tags;
    std::string tagsJson;
    if (!normalizedTags(command.tags, tags, tagsJson))
        return decline("the tags");
    std::string id, historyId;
    if (!newId(id) || !newId(historyId))
        return decline("no random numbers");

    // One transaction, as TaskRepository::create: the end of the TODO column, the task, its
    // tags and its first history entry.
    if (!db.exec("BEGIN IMMEDIATE"))
        return decline(db.why());
    const auto rollBack = [&]() {
        const std::string why = db.why();
        db.exec("ROLLBACK");
        return decline(why);
    };
    const std::string now = nowText();
    std::int64_t position = kPositionGap;
    {
        Statement q(db, "SELECT MAX(position) FROM task WHERE user_id = ? AND status = ?",
                    {Value::of(user.id), Value::of("TODO")});
        if (!q.next())
            return rollBack();
        if (!q.isNull(0))
            position = q.integer(0) + kPositionGap;
    }
    const Value dueValue = due.empty() ? Value::null() : Value::of(due);
    if (!db.exec("INSERT INTO task (id, user_id, workflow_id, execution_id, title, description, priority, status, position, "
                 "due_date, tags, created_at, updated_at, completed_at, version) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 {Value::of(id), Value::of(user.id), Value::null(), Value::null(), Value::of(title), Value::of(description),
                  Value::of(priority), Value::of("TODO"), Value::of(position), dueValue, Value::of(tagsJson), Value::of(now),
                  Value::of(now), Value::null(), Value::of(std::int64_t(1))}))
        return rollBack();
    for (const std::string &tag : tags)
        if (!db.exec("INSERT INTO task_tag (task_id, tag, tag_key) VALUES (?, ?, ?)",
                     {Value::of(id), Value::of(tag), Value::of(text::asciiLower(tag))}))
            return rollBack();
    if (!db.exec("INSERT INTO task_history (id, task_id, from_status, to_status, changed_at) VALUES (?, ?, ?, ?, ?)",
                 {Value::of(historyId), Value::of(id), Value::null(), Value::of("TODO"), Value::of(now)})
        || !db.exec("COMMIT"))
        return rollBack();
    std::printf("Created task %s: %.*s\n", id.c_str(), int(title.size()), title.data());
    std::fflush(stdout);
    code = 0;
    return true;
}

bool listTasks(const Command &command, SqliteFile &db, const Profile &user, Decline &decline, int &code)
{
    // TaskRepository::writeJson without paging: the rows in table order, laid out by board
    // column and position. The same SQL text, so SQLite reads the rows in the same order.
    std::string sql = "SELECT t.id, t.user_id, t.workflow_id, t.execution_id, t.title, t.description, t.priority, "
                      "t.status, t.position, t.due_date, t.tags, t.created_at, t.updated_at, t.completed_at, t.version "
                      "FROM task t WHERE 1 = 1";
    std::vector<Value> values;
    std::string status, priority, tag;
    if (!user.admin) {
        sql += " AND t.user_id = ?";
        values.push_back(Value::of(user.id));
    }
    if (command.has("--status")) {
        if (!enumOption(names::kTaskStatus, command.option("--status"), status))
            return decline("the status");
        sql += " AND t.status = ?";
        values.push_back(Value::of(status));
    }
    if (command.has("--priority")) {
        if (!enumOption(names::kPriority, command.option("--priority"), priority))
            return decline("the priority");
        sql += " AND t.priority = ?";
        values.push_back(Value::of(priority));
    }
    if (!command.tags.empty()) {
        if (!text::isAscii(command.tags.front()))
            return decline("the tag");
        tag = text::asciiLower(text::trimmed(command.tags.front()));
        if (!tag.empty()) {
            sql += " AND EXISTS (SELECT 1 FROM task_tag tt WHERE tt.task_id = t.id AND tt.tag_key = ?)";
            values.push_back(Value::of(tag));
        }
    }

    core::TaskJsonWriter writer; // no fallbacks: text Qt would convert declines
    // The text is about as long as the rows are in the file: room for that, taken once (the
    // memory is only touched as it fills).
    writer.reserve(std::size_t(std::stoll("0" + db.scalar("SELECT page_count * page_size FROM pragma_page_count, pragma_page_size"))));
    std::string why;
    if (!readRows(db, sql, values, user, writer, why))
        return decline(why);
    writer.finish([](std::string_view piece) { std::fwrite(piece.data(), 1, piece.size(), stdout); });
    std::fflush(stdout);
    code = 0;
    return true;
}

} // namespace doo::fast
