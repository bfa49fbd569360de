// The Taskwarrior reader (TaskwarriorImport::plan: the JSON of `task export`, an array or one
// object per line, mapped to tasks) on any bytes, against a migrated SQLite database made once.
// Checks: a plan either is fatal with an issue or has one row per record; every new task is
// valid (Task::validate) with its reference and holds no U+FFFD the input did not; every invalid
// row has an issue on its line.

#include "FuzzCheck.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "exchange/TaskwarriorImport.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace doo;

namespace {

Database *database = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the SQL driver plugins
    static QTemporaryDir dir;
    DatabaseUrl url;
    url.type = DbType::SQLite;
    url.path = dir.filePath(QStringLiteral("fuzz.sqlite"));
    auto db = Database::open(url, QStringLiteral("fuzz"));
    FUZZ_CHECK(db, db ? QString() : db.error().text());
    static std::unique_ptr<Database> keep = db.takeValue();
    database = keep.get();
    Migrator migrator(*database);
    const auto applied = migrator.migrate();
    FUZZ_CHECK(applied, applied ? QString() : applied.error().text());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    TaskwarriorImport import(*database, UserContext{QStringLiteral("fuzz-user"), UserRole::User});
    const Result<ImportPlan> plan = import.plan(bytes);
    FUZZ_CHECK(plan, plan ? QString() : plan.error().text());
    if (plan->fatal) {
        FUZZ_CHECK(!plan->issues.isEmpty() && plan->tasks.isEmpty(), QStringLiteral("a fatal plan without its issue"));
        return 0;
    }
    FUZZ_CHECK(!plan->rows.isEmpty(), QStringLiteral("a plan without rows"));
    FUZZ_CHECK(plan->tasks.size() == plan->count(RowFate::New) && plan->taskRefs.size() == plan->tasks.size(),
               QStringLiteral("%1 tasks, %2 new rows").arg(plan->tasks.size()).arg(plan->count(RowFate::New)));
    const QByteArray lower = bytes.toLower();
    const bool replacementInInput = lower.contains("\xEF\xBF\xBD") || lower.contains("\\ufffd");
    for (const Task &t : plan->tasks) {
        const Status valid = t.validate();
        FUZZ_CHECK(valid, valid ? QString() : valid.error().message);
        // Bytes that are not UTF-8 make the file or the row invalid, never a replacement character.
        FUZZ_CHECK(replacementInInput
                       || !QString(t.title + t.description + t.tags.join(QString())).contains(QChar::ReplacementCharacter),
                   QStringLiteral("U+FFFD in a task without an error: %1").arg(t.title));
    }
    for (const QString &ref : plan->taskRefs)
        FUZZ_CHECK(ref.startsWith(QLatin1String("taskwarrior:")) && ref.size() > 12, ref);
    for (const ImportRow &row : plan->rows) {
        if (row.fate != RowFate::Invalid)
            continue;
        bool found = false;
        for (const ImportIssue &issue : plan->issues)
            found = found || issue.line == row.line;
        FUZZ_CHECK(found, QStringLiteral("invalid row on line %1 without an issue").arg(row.line));
    }
    return 0;
}
