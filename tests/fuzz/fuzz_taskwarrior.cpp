// The Taskwarrior reader (TaskwarriorImport::read: the JSON of `task export`, an array or one
// object per line, streamed into tasks) on any bytes, against a migrated SQLite database made
// once; the new tasks go to a sink that keeps them. Checks: a fatal plan has its issue; the sink
// gets one task per new row, each valid (Task::validate) for the user, with a reference of its
// own and no U+FFFD the input did not hold; the counts match the rows kept for the preview; every
// invalid row has an issue on its line (while the issues are all kept).

#include "FuzzCheck.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "exchange/TaskwarriorImport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>

using namespace doo;

namespace {

Database *database = nullptr;
const QString kUser = QStringLiteral("fuzz-user");

// Keeps what the reader hands on, as Import::apply's writer would write it.
class CollectingSink : public ImportSink
{
public:
    Status addTask(const Task &task, const QString &ref, const QString &consultationId) override
    {
        FUZZ_CHECK(consultationId.isEmpty(), QStringLiteral("a Taskwarrior task linked to consultation %1").arg(consultationId));
        tasks << task;
        refs << ref;
        return {};
    }
    Status addConsultation(const Consultation &consultation, const QString &ref) override
    {
        FUZZ_CHECK(false, QStringLiteral("a consultation from a Taskwarrior export: %1 %2").arg(consultation.id, ref));
        return {};
    }

    QList<Task> tasks;
    QStringList refs;
};

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
    QBuffer input;
    input.setData(bytes);
    input.open(QIODevice::ReadOnly);
    CollectingSink sink;
    TaskwarriorImport import(*database, UserContext{kUser, UserRole::User});
    const Result<ImportPlan> plan = import.read(input, &sink, {});
    FUZZ_CHECK(plan, plan ? QString() : plan.error().text());
    FUZZ_CHECK(!plan->fatal || !plan->issues.isEmpty(), QStringLiteral("a fatal plan without its issue"));
    FUZZ_CHECK(plan->fatal || plan->rowCount() > 0, QStringLiteral("a plan without rows"));
    FUZZ_CHECK(sink.tasks.size() == plan->count(RowFate::New),
               QStringLiteral("%1 tasks handed on, %2 new rows").arg(sink.tasks.size()).arg(plan->count(RowFate::New)));
    FUZZ_CHECK(plan->rows.size() == std::min(plan->rowCount(), int(ImportPlan::kPreviewRows)),
               QStringLiteral("%1 rows kept of %2").arg(plan->rows.size()).arg(plan->rowCount()));
    const QByteArray lower = bytes.toLower();
    const bool replacementInInput = lower.contains("\xEF\xBF\xBD") || lower.contains("\\ufffd");
    QSet<QString> ids;
    for (const Task &t : std::as_const(sink.tasks)) {
        const Status valid = t.validate();
        FUZZ_CHECK(valid, valid ? QString() : valid.error().message);
        FUZZ_CHECK(t.userId == kUser && !t.id.isEmpty() && !ids.contains(t.id), t.id);
        ids.insert(t.id);
        // Bytes that are not UTF-8 make the file or the row invalid, never a replacement character.
        FUZZ_CHECK(replacementInInput
                       || !QString(t.title + t.description + t.tags.join(QString())).contains(QChar::ReplacementCharacter),
                   QStringLiteral("U+FFFD in a task without an error: %1").arg(t.title));
    }
    // A uuid met twice in the file is a duplicate the second time: each reference once.
    FUZZ_CHECK(QSet<QString>(sink.refs.cbegin(), sink.refs.cend()).size() == sink.refs.size(), sink.refs.join(QLatin1Char(' ')));
    for (const QString &ref : std::as_const(sink.refs))
        FUZZ_CHECK(ref.startsWith(QLatin1String("taskwarrior:")) && ref.size() > 12, ref);
    if (plan->moreIssues > 0)
        return 0; // the issues beyond ImportPlan::kMaxIssues are only counted
    for (const ImportRow &row : plan->rows) {
        if (row.fate != RowFate::Invalid)
            continue;
        const bool found = std::any_of(plan->issues.cbegin(), plan->issues.cend(),
                                       [&](const ImportIssue &issue) { return issue.line == row.line; });
        FUZZ_CHECK(found, QStringLiteral("invalid row on line %1 without an issue").arg(row.line));
    }
    return 0;
}
