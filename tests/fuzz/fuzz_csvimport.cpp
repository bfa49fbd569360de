// The CSV importer (CsvImport::read: a file of tasks or consultations streamed into rows) on any
// bytes, against a migrated SQLite database made once; the new rows go to a sink that keeps them.
// Input: byte 0 the kind (even: tasks, odd: consultations), the rest the file. Checks: a fatal
// plan has its issue; the sink gets one row of the file's kind per new row, each valid for the
// user, with an id (a task's) or a given booking id (a consultation's) of its own and no U+FFFD
// the input did not hold; the counts match the rows kept for the preview; every invalid row has
// an issue on its line (while the issues are all kept).

#include "FuzzCheck.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "exchange/CsvImport.h"

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
        (void)consultationId; // may name a consultation that is not in the database: the writer's check
        tasks << task;
        refs << ref;
        return {};
    }
    Status addConsultation(const Consultation &consultation, const QString &ref) override
    {
        consultations << consultation;
        refs << ref;
        return {};
    }

    QList<Task> tasks;
    QList<Consultation> consultations;
    QStringList refs;
};

bool holdsReplacement(const QStringList &texts)
{
    return std::any_of(texts.cbegin(), texts.cend(), [](const QString &s) { return s.contains(QChar::ReplacementCharacter); });
}

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
    if (size < 1)
        return 0;
    const ImportPlan::Kind kind = data[0] % 2 == 0 ? ImportPlan::Kind::Tasks : ImportPlan::Kind::Consultations;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    QBuffer input;
    input.setData(bytes);
    input.open(QIODevice::ReadOnly);
    CollectingSink sink;
    CsvImport import(*database, UserContext{kUser, UserRole::User});
    const Result<ImportPlan> plan = import.read(kind, input, &sink, {});
    FUZZ_CHECK(plan, plan ? QString() : plan.error().text());
    FUZZ_CHECK(!plan->fatal || !plan->issues.isEmpty(), QStringLiteral("a fatal plan without its issue"));
    const bool tasks = kind == ImportPlan::Kind::Tasks;
    const qsizetype handedOn = tasks ? sink.tasks.size() : sink.consultations.size();
    FUZZ_CHECK((tasks ? sink.consultations.isEmpty() : sink.tasks.isEmpty()) && handedOn == plan->count(RowFate::New),
               QStringLiteral("%1 rows handed on, %2 new rows").arg(sink.refs.size()).arg(plan->count(RowFate::New)));
    FUZZ_CHECK(plan->rows.size() == std::min(plan->rowCount(), int(ImportPlan::kPreviewRows)),
               QStringLiteral("%1 rows kept of %2").arg(plan->rows.size()).arg(plan->rowCount()));
    // Bytes that are not UTF-8 make the file or the row invalid, never a replacement character.
    const bool replacementInInput = bytes.contains("\xEF\xBF\xBD");
    QSet<QString> ids;
    for (const Task &t : std::as_const(sink.tasks)) {
        const Status valid = t.validate();
        FUZZ_CHECK(valid, valid ? QString() : valid.error().message);
        FUZZ_CHECK(t.userId == kUser && !t.id.isEmpty() && !ids.contains(t.id), t.id);
        ids.insert(t.id);
        FUZZ_CHECK(replacementInInput || !holdsReplacement(QStringList{t.title, t.description} + t.tags),
                   QStringLiteral("U+FFFD in a task without an error: %1").arg(t.title));
    }
    for (const Consultation &c : std::as_const(sink.consultations)) {
        const Status valid = c.validate();
        FUZZ_CHECK(valid, valid ? QString() : valid.error().message);
        // Without a booking id in the file, the writer gives the consultation its next one.
        FUZZ_CHECK(c.userId == kUser && (c.bookingId.isEmpty() || !ids.contains(c.bookingId)), c.bookingId);
        ids.insert(c.bookingId);
        FUZZ_CHECK(
            replacementInInput
                || !holdsReplacement({c.name, c.email, c.company, c.department, c.challenges, c.notes, c.cancellationReason}),
            QStringLiteral("U+FFFD in a consultation without an error: %1").arg(c.name));
    }
    // A row the file repeats is a duplicate the second time: each reference once.
    QStringList refs = sink.refs;
    refs.removeAll(QString()); // the rows identified by the key the file gives
    FUZZ_CHECK(QSet<QString>(refs.cbegin(), refs.cend()).size() == refs.size(), refs.join(QLatin1Char(' ')));
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
