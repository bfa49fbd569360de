#include "Checks.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "exchange/ImportInput.h"
#include "exchange/TaskwarriorImport.h"
#include "repositories/TaskRepository.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

QByteArray exportFile()
{
    // Written by Taskwarrior 2.6.2 (`task export`): 8 tasks in every status, a recurring one
    // (its template and first occurrence), annotations, a project, tags, non-ASCII text.
    QFile f(QStringLiteral(DOO_TEST_DATA "/taskwarrior-export.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Task byTitle(const QList<Task> &tasks, const QString &title)
{
    for (const Task &t : tasks)
        if (t.title == title)
            return t;
    return {};
}

Result<ImportSummary> applyExport(Database &db, const UserContext &ctx, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return Import::apply(
        db, ctx, buffer,
        [&](QIODevice &input, ImportSink *sink, const Import::Progress &p) {
            return TaskwarriorImport(db, ctx).read(input, sink, p);
        },
        false);
}

} // namespace

// The import of a real Taskwarrior export, on both backends.
class TestTaskwarriorImport : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestTaskwarriorImport() : DatabaseTestCase(QStringLiteral("d@example.com"), UserRole::Director) { }

private Q_SLOTS:
    void importsRealExport();
    void malformedJsonIsRefused();
    void repeatsAcrossBatchesAreDuplicates();
    void bytesNotUtf8AreReported();
};

void TestTaskwarriorImport::importsRealExport()
{
    auto &t = database();
    const User &u = defaultUser();
    const UserContext ctx = UserContext::of(u);
    const QByteArray bytes = exportFile();
    QVERIFY(!bytes.isEmpty());
    const ImportPlan plan = must(TaskwarriorImport(t.db(), ctx).plan(bytes));
    QVERIFY2(plan.issues.isEmpty(), qPrintable(Import::issuesText(plan)));
    QCOMPARE(plan.rows.size(), 10);
    QCOMPARE(plan.count(RowFate::New), 9);
    QCOMPARE(plan.count(RowFate::Duplicate), 1); // the recurring template
    QCOMPARE(plan.rows.at(7).line, 9); // lines of the export file
    QCOMPARE(must(applyExport(t.db(), ctx, bytes)).imported, 9);

    const QList<Task> tasks = must(TaskRepository(t.db(), ctx).list());
    QCOMPARE(tasks.size(), 9);
    const Task deck = byTitle(tasks, QStringLiteral("Prepare board meeting deck"));
    QCOMPARE(deck.status, TaskStatus::Todo);
    QCOMPARE(deck.priority, Priority::High);
    QCOMPARE(deck.dueDate, QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC));
    QCOMPARE(deck.tags, (QStringList{QStringLiteral("board"), QStringLiteral("meeting"), QStringLiteral("Q1")}));
    QCOMPARE(deck.description, QStringLiteral("2026-11-25: Slides from last quarter are in the shared folder"));
    QCOMPARE(deck.createdAt, QDateTime(QDate(2026, 11, 25), QTime(21, 42, 4), Qt::UTC));
    QCOMPARE(deck.updatedAt, QDateTime(QDate(2026, 11, 25), QTime(21, 42, 4), Qt::UTC));
    QCOMPARE(byTitle(tasks, QStringLiteral("Renew software licences")).priority, Priority::Medium);
    QCOMPARE(byTitle(tasks, QStringLiteral("Read \"Deep Work\", chapter 3; take notes")).priority, Priority::Low);
    QCOMPARE(byTitle(tasks, QStringLiteral("Call the accountant")).priority, Priority::Medium); // none given
    const Task waiting = byTitle(tasks, QStringLiteral("Plan offsite, budget & venue"));
    QCOMPARE(waiting.status, TaskStatus::Todo);
    QCOMPARE(waiting.dueDate, QDateTime(QDate(2027, 2, 1), QTime(0, 0), Qt::UTC));
    const Task done = byTitle(tasks, QStringLiteral("Submit expense report"));
    QCOMPARE(done.status, TaskStatus::Completed);
    QCOMPARE(done.completedAt, QDateTime(QDate(2026, 11, 25), QTime(21, 42, 4), Qt::UTC));
    const Task deleted = byTitle(tasks, QString::fromUtf8("Überprüfen: Verträge für Q2 — café €"));
    QCOMPARE(deleted.status, TaskStatus::Cancelled);
    QCOMPARE(deleted.tags, QStringList{QStringLiteral("legal")});
    QCOMPARE(byTitle(tasks, QStringLiteral("Weekly review")).status, TaskStatus::Todo);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE external_ref = ?"),
                   {QStringLiteral("taskwarrior:a2d369fd-ba4f-48b7-a78d-ce5a2a3521cb")}),
             1);

    // The same export again: nothing new.
    const ImportPlan again = must(TaskwarriorImport(t.db(), ctx).plan(bytes));
    QCOMPARE(again.count(RowFate::New), 0);
    QCOMPARE(again.count(RowFate::Duplicate), 10);
    QCOMPARE(must(applyExport(t.db(), ctx, bytes)).imported, 0);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 9);
}

void TestTaskwarriorImport::malformedJsonIsRefused()
{
    auto &t = database();
    const User &u = defaultUser();
    const UserContext ctx = UserContext::of(u);
    const ImportPlan broken = must(TaskwarriorImport(t.db(), ctx).plan("[\n{\"uuid\":\"x\",\n\"description\": }\n]"));
    QVERIFY(broken.fatal);
    QCOMPARE(broken.issues.first().line, 3);
    const ImportPlan bad = must(TaskwarriorImport(t.db(), ctx)
                                    .plan("{\"uuid\":\"1\",\"description\":\"ok\",\"status\":\"pending\"}\n"
                                          "{\"uuid\":\"2\",\"description\":\"x\",\"status\":\"pending\",\"priority\":\"X\"}\n"
                                          "{\"uuid\":\"3\",\"description\":\"\",\"status\":\"pending\"}\n"));
    QCOMPARE(Import::issuesText(bad),
             QStringLiteral("line 2, column 4 (priority): unknown priority \"X\" (H, M or L)\n"
                            "line 3, column 2 (description): is required"));
    QVERIFY(!applyExport(t.db(), ctx,
                         "{\"uuid\":\"1\",\"description\":\"ok\",\"status\":\"pending\"}\n"
                         "{\"uuid\":\"3\",\"description\":\"\",\"status\":\"pending\"}\n")
                 .ok());
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);
}

// The uuids are looked up a batch of rows at a time (PendingRows): a uuid repeated in a later
// batch is still a duplicate, a bad task after good ones keeps its place among the problems, and a
// second import of the same export creates nothing.
void TestTaskwarriorImport::repeatsAcrossBatchesAreDuplicates()
{
    auto &t = database();
    const UserContext ctx = UserContext::of(defaultUser());
    QByteArray lines;
    for (int i = 1; i <= 2500; ++i) {
        const int uuid = i == 1700 ? 3 : i; // line 1700 repeats line 3, two batches later
        const QByteArray priority = i == 1200 ? "X" : "M";
        lines += "{\"uuid\":\"u" + QByteArray::number(uuid) + "\",\"description\":\"Task " + QByteArray::number(i)
            + "\",\"status\":\"pending\",\"priority\":\"" + priority + "\"}\n";
    }
    const ImportPlan plan = must(TaskwarriorImport(t.db(), ctx).plan(lines));
    QCOMPARE(Import::issuesText(plan), QStringLiteral("line 1200, column 4 (priority): unknown priority \"X\" (H, M or L)"));
    QCOMPARE(plan.count(RowFate::New), 2498);
    QCOMPARE(plan.count(RowFate::Duplicate), 1);
    QCOMPARE(plan.count(RowFate::Invalid), 1);
    QVERIFY(!applyExport(t.db(), ctx, lines).ok()); // an invalid task refuses the whole file
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);
    lines.replace("\"priority\":\"X\"", "\"priority\":\"H\"");
    QCOMPARE(must(applyExport(t.db(), ctx, lines)).imported, 2499);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE external_ref LIKE 'taskwarrior:u%'")), 2499);
    const ImportPlan again = must(TaskwarriorImport(t.db(), ctx).plan(lines));
    QCOMPARE(again.count(RowFate::Duplicate), 2500);
    QCOMPARE(must(applyExport(t.db(), ctx, lines)).imported, 0);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 2499);
}

// A byte that is not UTF-8 is reported with its line and column, wherever it is (also right
// before a line end), and nothing is imported.
void TestTaskwarriorImport::bytesNotUtf8AreReported()
{
    auto &t = database();
    const UserContext ctx = UserContext::of(defaultUser());
    const QByteArray lines = "{\"uuid\":\"1\",\"description\":\"ok\",\"status\":\"pending\"}\n"
                             "{\"uuid\":\"2\",\"description\":\"caf\xe9\",\"status\":\"pending\"}\xe9\n";
    const ImportPlan plan = must(TaskwarriorImport(t.db(), ctx).plan(lines));
    QVERIFY(plan.fatal);
    QCOMPARE(Import::issuesText(plan),
             QStringLiteral("line 2: bytes that are not UTF-8 text at line 2, character 31 (save the file as UTF-8)"));
    const ImportPlan array = must(TaskwarriorImport(t.db(), ctx).plan("[\n{\"uuid\":\"1\",\"description\":\"caf\xe9\n\"}]"));
    QVERIFY(array.fatal);
    QVERIFY2(Import::issuesText(array).contains(QLatin1String("line 2, character 31")), qPrintable(Import::issuesText(array)));
    QVERIFY(!applyExport(t.db(), ctx, lines).ok());
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);

    // In one line, a problem before the bad byte comes first, wherever the reader cuts the line
    // into pieces (found by fuzz_taskwarrior: the line whole reported the bad byte).
    const QByteArray oneLine = "[{:\"b\"},{\"uuid\":\"1\",\"description\":\"caf\xe9\"}]";
    for (const qsizetype pieceBytes : {0, 8, 13, 21}) {
        TextLines::setPieceBytesForTesting(pieceBytes);
        const Result<ImportPlan> cut = TaskwarriorImport(t.db(), ctx).plan(oneLine);
        TextLines::setPieceBytesForTesting(0);
        QVERIFY(cut && cut->fatal);
        QVERIFY2(Import::issuesText(*cut).startsWith(QLatin1String("line 1: not valid JSON")),
                 qPrintable(QString::number(pieceBytes) + QLatin1Char(' ') + Import::issuesText(*cut)));
    }
}

QTEST_GUILESS_MAIN(TestTaskwarriorImport)
#include "tst_taskwarriorimport.moc"
