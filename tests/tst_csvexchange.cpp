#include "Checks.h"
#include "DatabaseTestCase.h"
#include "EngineTestHelpers.h"

#include "domain/Clock.h"
#include "exchange/Csv.h"
#include "exchange/CsvExport.h"
#include "exchange/CsvImport.h"
#include "db/AutoBackup.h"
#include "itemmodels/ExchangeIntents.h"
#include "repositories/ConsultationRepository.h"
#include "repositories/TaskRepository.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

using namespace doo;
using namespace doo::test;

namespace {

QStringList issueTexts(const ImportPlan &plan)
{
    QStringList texts;
    for (const ImportIssue &i : plan.issues)
        texts << i.text();
    return texts;
}

// The file imported as the command line and the window do: read and written in one pass.
Result<ImportSummary> applyCsv(Database &db, const UserContext &ctx, ImportPlan::Kind kind, const QByteArray &bytes,
                               bool skipInvalid, const Import::Progress &progress = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return Import::apply(
        db, ctx, buffer,
        [&](QIODevice &input, ImportSink *sink, const Import::Progress &p) {
            return CsvImport(db, ctx).read(kind, input, sink, p);
        },
        skipInvalid, progress);
}

} // namespace

// CSV reading and writing (RFC 4180), and the import and export of tasks and consultations.
class TestCsvExchange : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestCsvExchange() : DatabaseTestCase(QStringLiteral("d@example.com"), UserRole::Director) { }

private Q_SLOTS:
    void parsesRfc4180();
    void reportsMalformedRecords();
    void reportsBadEncodingByLine();
    void keepsByteOrderMarksAfterTheFirst();
    void neutralisesFormulas();

    void consultationRoundTrip();
    void taskRoundTripAndNoDuplicates();
    void badRowsRefuseTheWholeFile();
    void badHeaderIsFatal();
    void importedBookingIdsAreNeverGeneratedAgain();
    void bookingNumbersStayCountable();
    void badByteBeforeLineEndIsReported();
    void problemsAreDistinctAndCapped();
    void lookupsInBatchesKeepFileOrder();
    void progressAndCancelThroughIntents();
};

void TestCsvExchange::parsesRfc4180()
{
    const QByteArray csv = "\xEF\xBB\xBFname,note\r\n"
                           "\"Lovelace, Ada\",\"said \"\"hi\"\"\"\r\n"
                           "\r\n"
                           "Bob,\"two\nlines\"\n"
                           "Cy,\n"
                           "\"\",last";
    const auto records = Csv::parse(csv);
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(0).fields, (QStringList{QStringLiteral("name"), QStringLiteral("note")}));
    QCOMPARE(records.at(1).fields, (QStringList{QStringLiteral("Lovelace, Ada"), QStringLiteral("said \"hi\"")}));
    QCOMPARE(records.at(2).line, 4); // the blank line 3 is skipped
    QCOMPARE(records.at(2).fields, (QStringList{QStringLiteral("Bob"), QStringLiteral("two\nlines")}));
    QCOMPARE(records.at(3).line, 6);
    QCOMPARE(records.at(3).fields, (QStringList{QStringLiteral("Cy"), QString()}));
    QCOMPARE(records.at(4).fields, (QStringList{QString(), QStringLiteral("last")}));
    for (const Csv::Record &r : records)
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
}

void TestCsvExchange::reportsMalformedRecords()
{
    const QByteArray csv = "a,b\n"
                           "ok,fine\n"
                           "bad \"quote,x\n" // line 3: quote inside an unquoted field
                           "\"closed\"junk,y\n" // line 4: text after the closing quote
                           "x,"
        + QByteArray(Csv::kMaxFieldLength + 1, 'z')
        + "\n" // line 5: too long
          "after,all\n" // line 6: fine again
          "\"never closed,z\nmore\n"; // line 7: unterminated, to the end
    const auto records = Csv::parse(csv);
    QCOMPARE(records.size(), 7);
    QCOMPARE(records.at(2).line, 3);
    QCOMPARE(records.at(2).errorColumn, 1);
    QVERIFY(records.at(2).error.contains(QLatin1String("quote inside a field")));
    QCOMPARE(records.at(3).line, 4);
    QVERIFY(records.at(3).error.contains(QLatin1String("after the closing quote")));
    QCOMPARE(records.at(4).line, 5);
    QCOMPARE(records.at(4).errorColumn, 2);
    QVERIFY(records.at(4).error.contains(QLatin1String("longer than 100000")));
    QCOMPARE(records.at(5).fields, (QStringList{QStringLiteral("after"), QStringLiteral("all")}));
    QCOMPARE(records.at(6).line, 7);
    QCOMPARE(records.at(6).error, QStringLiteral("the quoted field that starts on line 7 is never closed"));
}

void TestCsvExchange::reportsBadEncodingByLine()
{
    const QByteArray csv = "name,email\n"
                           "Ann,ann@example.com\n"
                           "J\xF6rg,joerg@example.com\n" // Latin-1, not UTF-8
                           "Zo\xC3\xAB,zoe@example.com\n"; // UTF-8
    const auto records = Csv::parse(csv);
    QCOMPARE(records.size(), 4);
    QVERIFY(records.at(1).error.isEmpty());
    QCOMPARE(records.at(2).line, 3);
    QCOMPARE(records.at(2).error,
             QStringLiteral("bytes that are not UTF-8 text at line 3, character 2 (save the file as UTF-8)"));
    QVERIFY(records.at(3).error.isEmpty());
    QCOMPARE(records.at(3).fields.first(), QString::fromUtf8("Zo\xC3\xAB"));
}

void TestCsvExchange::keepsByteOrderMarksAfterTheFirst()
{
    // Only the file's leading mark is skipped; a U+FEFF anywhere else (also starting a line) is
    // data, and counts for the column of a bad byte.
    const QByteArray csv = "\xEF\xBB\xBF\xEF\xBB\xBFname,e\n"
                           "\xEF\xBB\xBF\xEF\xBB\xBFx,\xEF\xBB\xBFy\n"
                           "\xEF\xBB\xBF\xFF\n";
    const QString bom(QChar(0xFEFF));
    const auto records = Csv::parse(csv);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).fields, (QStringList{bom + QStringLiteral("name"), QStringLiteral("e")}));
    QCOMPARE(records.at(1).fields, (QStringList{bom + bom + QStringLiteral("x"), bom + QStringLiteral("y")}));
    QCOMPARE(records.at(2).error,
             QStringLiteral("bytes that are not UTF-8 text at line 3, character 2 (save the file as UTF-8)"));
    // What CsvExport writes for such a value reads back the same below its header.
    const auto again = Csv::parse("h\r\n" + Csv::row(records.at(1).fields));
    QCOMPARE(again.size(), 2);
    QCOMPARE(again.at(1).fields, records.at(1).fields);
}

void TestCsvExchange::neutralisesFormulas()
{
    QCOMPARE(Csv::field(QStringLiteral("=SUM(A1:A9)")), QByteArray("\"'=SUM(A1:A9)\""));
    QCOMPARE(Csv::field(QStringLiteral("+1")), QByteArray("\"'+1\""));
    QCOMPARE(Csv::field(QStringLiteral("-2")), QByteArray("\"'-2\""));
    QCOMPARE(Csv::field(QStringLiteral("@cmd")), QByteArray("\"'@cmd\""));
    QCOMPARE(Csv::field(QStringLiteral("plain")), QByteArray("plain"));
    QCOMPARE(Csv::field(QStringLiteral("a,b")), QByteArray("\"a,b\""));
    QCOMPARE(Csv::field(QStringLiteral("'quoted")), QByteArray("'quoted"));
    for (const QString &v : {QStringLiteral("=x"), QStringLiteral("'=x"), QStringLiteral("''@y"), QStringLiteral("'plain"),
                             QStringLiteral("-"), QStringLiteral("a\"b")}) {
        const auto records = Csv::parse(Csv::row({v}));
        QCOMPARE(records.size(), 1);
        QCOMPARE(Csv::unneutralise(records.first().fields.first()), v);
    }
}

void TestCsvExchange::consultationRoundTrip()
{
    auto &t = database();
    const User &u = defaultUser();
    const UserContext ctx = UserContext::of(u);
    FixedClock clock(QDateTime(QDate(2031, 5, 1), QTime(8, 0), Qt::UTC));
    Clock::setInstance(&clock);
    auto restore = qScopeGuard([] { Clock::setInstance(nullptr); });
    ConsultationRepository repo(t.db(), ctx);
    Consultation c;
    c.name = QStringLiteral("=HYPERLINK(\"x\") Ada, \"the\" Countess");
    c.email = QStringLiteral("ada@example.com");
    c.company = QStringLiteral("Analytical Engines");
    c.challenges = QStringLiteral("Line one\nLine two; with, commas");
    const Consultation a = must(repo.create(c));
    CHECK_OK(repo.schedule(a.id, QDateTime(QDate(2031, 5, 6), QTime(14, 30), Qt::UTC)));
    c.name = QStringLiteral("Bob");
    c.email = QStringLiteral("bob@example.com");
    clock.advanceSecs(60); // distinct creation times: the export's order does not depend on ids
    const Consultation b = must(repo.create(c));
    CHECK_OK(repo.cancel(b.id, QStringLiteral("no budget")));
    const QByteArray csv = must(CsvExport::consultations(t.db(), ctx));
    QVERIFY(csv.startsWith("booking_id,name,email,company,department,challenges,status,scheduled_date,notes,"
                           "cancellation_reason,no_show,created_at,updated_at\r\n"));
    QVERIFY(csv.contains("\"'=HYPERLINK(\"\"x\"\") Ada, \"\"the\"\" Countess\""));
    QVERIFY(csv.contains(",SCHEDULED,2031-05-06T14:30:00Z,"));

    // The same file again: nothing new.
    const ImportPlan again = must(CsvImport(t.db(), ctx).plan(ImportPlan::Kind::Consultations, csv));
    QCOMPARE(again.count(RowFate::Duplicate), 2);
    QCOMPARE(must(applyCsv(t.db(), ctx, ImportPlan::Kind::Consultations, csv, false)).imported, 0);
    QCOMPARE(t.rowCount(QStringLiteral("consultation")), 2);

    // Into another user's empty space, through a second database connection's eyes: the rows
    // come back as they were, with their booking ids.
    Query wipe(t.db());
    QVERIFY(wipe.exec(QStringLiteral("DELETE FROM consultation")));
    const ImportPlan fresh = must(CsvImport(t.db(), ctx).plan(ImportPlan::Kind::Consultations, csv));
    QCOMPARE(fresh.count(RowFate::New), 2);
    const ImportSummary summary = must(applyCsv(t.db(), ctx, ImportPlan::Kind::Consultations, csv, false));
    QCOMPARE(summary.imported, 2);
    const Consultation back = must(repo.findByBookingId(a.bookingId));
    QCOMPARE(back.name, QStringLiteral("=HYPERLINK(\"x\") Ada, \"the\" Countess"));
    QCOMPARE(back.challenges, QStringLiteral("Line one\nLine two; with, commas"));
    QCOMPARE(back.status, ConsultationStatus::Scheduled);
    QCOMPARE(back.scheduledDate, QDateTime(QDate(2031, 5, 6), QTime(14, 30), Qt::UTC));
    QCOMPARE(must(repo.findByBookingId(b.bookingId)).cancellationReason, QStringLiteral("no budget"));
    QCOMPARE(must(repo.history(back.id)).last().note, QStringLiteral("imported"));
    QCOMPARE(must(CsvExport::consultations(t.db(), ctx)), csv); // byte for byte
}

void TestCsvExchange::taskRoundTripAndNoDuplicates()
{
    auto &t = database();
    const User &u = defaultUser();
    const UserContext ctx = UserContext::of(u);
    const QByteArray handMade =
        "title,priority,status,due_date,tags,description\n"
        "Prepare the board pack,HIGH,IN_PROGRESS,2031-04-01T17:00:00Z,board;finance,\"Slides,\n numbers\"\n"
        "Call Ada,low,todo,,,\n"
        "-5 % budget review,MEDIUM,COMPLETED,,,\n";
    CsvImport importer(t.db(), ctx);
    const ImportPlan plan = must(importer.plan(ImportPlan::Kind::Tasks, handMade));
    QVERIFY2(plan.issues.isEmpty(), qPrintable(issueTexts(plan).join(QLatin1Char('\n'))));
    QCOMPARE(must(applyCsv(t.db(), ctx, ImportPlan::Kind::Tasks, handMade, false)).imported, 3);
    // The same hand-made file (no ids) again: remembered by its rows.
    const ImportPlan second = must(importer.plan(ImportPlan::Kind::Tasks, handMade));
    QCOMPARE(second.count(RowFate::Duplicate), 3);
    QCOMPARE(must(applyCsv(t.db(), ctx, ImportPlan::Kind::Tasks, handMade, false)).imported, 0);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 3);

    TaskFilter inProgress;
    inProgress.status = TaskStatus::InProgress;
    const Task pack = must(TaskRepository(t.db(), ctx).list(inProgress)).first();
    QCOMPARE(pack.title, QStringLiteral("Prepare the board pack"));
    QCOMPARE(pack.priority, Priority::High);
    QCOMPARE(pack.dueDate, QDateTime(QDate(2031, 4, 1), QTime(17, 0), Qt::UTC));
    QCOMPARE(pack.tags, (QStringList{QStringLiteral("board"), QStringLiteral("finance")}));
    QCOMPARE(pack.description, QStringLiteral("Slides,\n numbers"));

    // Export (with ids) and import into an empty database: same tasks, same ids; then again: none.
    const QByteArray exported = must(CsvExport::tasks(t.db(), ctx));
    QVERIFY(exported.contains("\"'-5 % budget review\""));
    Query wipe(t.db());
    QVERIFY(wipe.exec(QStringLiteral("DELETE FROM task")));
    QCOMPARE(must(applyCsv(t.db(), ctx, ImportPlan::Kind::Tasks, exported, false)).imported, 3);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE id = ?"), {pack.id}), 1);
    QCOMPARE(must(CsvExport::tasks(t.db(), ctx)), exported);
    QCOMPARE(must(importer.plan(ImportPlan::Kind::Tasks, exported)).count(RowFate::Duplicate), 3);
}

void TestCsvExchange::badRowsRefuseTheWholeFile()
{
    auto &t = database();
    const User &u = defaultUser();
    const UserContext ctx = UserContext::of(u);
    const QByteArray csv = "name,email,status,scheduled_date\n"
                           "Ann,ann@example.com,PENDING,\n"
                           "Bob,not-an-email,PENDING,\n" // line 3
                           "Cy,cy@example.com,SOMEDAY,\n" // line 4
                           "Di,di@example.com,SCHEDULED,next tuesday\n" // line 5
                           "Ed,ed@example.com\n" // line 6: 2 fields of 4
                           "\"Fay,fay@example.com,PENDING,\n" // line 7: never closed
                           "Gil,gil@example.com,PENDING,\n";
    const ImportPlan plan = must(CsvImport(t.db(), ctx).plan(ImportPlan::Kind::Consultations, csv));
    QCOMPARE(
        issueTexts(plan),
        (QStringList{
            QStringLiteral("line 3, column 2 (email): \"not-an-email\" is not a valid email address"),
            QStringLiteral("line 4, column 3 (status): unknown value \"SOMEDAY\" (use PENDING, SCHEDULED, COMPLETED, CANCELLED)"),
            QStringLiteral(
                "line 5, column 4 (scheduled_date): \"next tuesday\" is not a date and time (use YYYY-MM-DDTHH:MM:SSZ)"),
            QStringLiteral("line 6: the row has 2 fields; the header has 4"),
            QStringLiteral("line 7, column 1 (name): the quoted field that starts on line 7 is never closed"),
        }));
    QCOMPARE(plan.count(RowFate::New), 1);
    const auto refused = applyCsv(t.db(), ctx, ImportPlan::Kind::Consultations, csv, false);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QLatin1String("5 of 6 rows cannot be imported; nothing was written")));
    QVERIFY(refused.error().message.contains(QLatin1String("line 6: the row has 2 fields")));
    QCOMPARE(t.rowCount(QStringLiteral("consultation")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("app_counter")), 0);

    const ImportSummary skipped = must(applyCsv(t.db(), ctx, ImportPlan::Kind::Consultations, csv, true));
    QCOMPARE(skipped.imported, 1);
    QCOMPARE(skipped.skipped, 5);
    QCOMPARE(t.rowCount(QStringLiteral("consultation")), 1);
}

void TestCsvExchange::badHeaderIsFatal()
{
    auto &t = database();
    const User &u = defaultUser();
    const UserContext ctx = UserContext::of(u);
    CsvImport importer(t.db(), ctx);
    const ImportPlan unknown = must(importer.plan(ImportPlan::Kind::Tasks, "title,colour\nA,red\n"));
    QVERIFY(unknown.fatal);
    QVERIFY(issueTexts(unknown).first().startsWith(QLatin1String("line 1, column 2 (colour): unknown column")));
    const ImportPlan missing = must(importer.plan(ImportPlan::Kind::Consultations, "name\nAnn\n"));
    QCOMPARE(issueTexts(missing), QStringList{QStringLiteral("line 1: the column \"email\" is missing")});
    QVERIFY(!applyCsv(t.db(), ctx, ImportPlan::Kind::Consultations, "name\nAnn\n", true).ok()); // even with --skip-invalid
    QVERIFY(must(importer.plan(ImportPlan::Kind::Tasks, QByteArray())).fatal);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);
}

void TestCsvExchange::importedBookingIdsAreNeverGeneratedAgain()
{
    auto &t = database();
    const User &u = defaultUser();
    const User other = t.addUser(QStringLiteral("o@example.com"), UserRole::Director);
    const UserContext ctx = UserContext::of(u);
    const QByteArray csv = "booking_id,name,email\nDO-2024-000041,Ann,ann@example.com\n,Bob,bob@example.com\n";
    CHECK_OK(applyCsv(t.db(), ctx, ImportPlan::Kind::Consultations, csv, false));
    // Bob got a generated id after 41; the next one follows.
    Consultation c;
    c.name = QStringLiteral("Cy");
    c.email = QStringLiteral("cy@example.com");
    const Consultation next = must(ConsultationRepository(t.db(), ctx).create(c));
    QVERIFY2(next.bookingId.endsWith(QLatin1String("-000043")), qPrintable(next.bookingId));
    // Another user importing the same file: the booking id belongs to someone else.
    const ImportPlan theirs = must(CsvImport(t.db(), UserContext::of(other)).plan(ImportPlan::Kind::Consultations, csv));
    QCOMPARE(
        issueTexts(theirs),
        QStringList{QStringLiteral("line 2, column 1 (booking_id): the booking id belongs to a consultation of another user")});
}

// An imported booking number beyond what the counter can go past (PostgreSQL's int4 ends at
// 2147483647; a longer number does not even fit 64 bits) would make every later booking fail for
// everyone: such rows are refused, naming the column; the largest allowed one still leaves room.
void TestCsvExchange::bookingNumbersStayCountable()
{
    auto &t = database();
    const User &u = defaultUser();
    const UserContext ctx = UserContext::of(u);
    const QByteArray csv = "booking_id,name,email\n"
                           "DO-2026-2147483647,Ann,ann@example.com\n"
                           "DO-2026-99999999999999999999999,Bob,bob@example.com\n"
                           "DO-2026-999999999,Cy,cy@example.com\n";
    const ImportPlan plan = must(CsvImport(t.db(), ctx).plan(ImportPlan::Kind::Consultations, csv));
    const QStringList issues = issueTexts(plan);
    QCOMPARE(issues.size(), 2);
    QVERIFY2(issues.at(0).startsWith(QLatin1String("line 2, column 1 (booking_id): the number of DO-2026-2147483647 is "
                                                   "larger than the largest booking number")),
             qPrintable(issues.at(0)));
    QVERIFY2(issues.at(1).startsWith(QLatin1String("line 3, column 1 (booking_id): the number of "
                                                   "DO-2026-99999999999999999999999 is larger")),
             qPrintable(issues.at(1)));
    QVERIFY(!applyCsv(t.db(), ctx, ImportPlan::Kind::Consultations, csv, false).ok());
    QCOMPARE(t.rowCount(QStringLiteral("consultation")), 0);
    QCOMPARE(must(applyCsv(t.db(), ctx, ImportPlan::Kind::Consultations, csv, true)).imported, 1);

    Consultation c;
    c.name = QStringLiteral("Di");
    c.email = QStringLiteral("di@example.com");
    const Consultation next = must(ConsultationRepository(t.db(), ctx).create(c));
    QVERIFY2(next.bookingId.endsWith(QLatin1String("-1000000000")), qPrintable(next.bookingId));
    c.email = QStringLiteral("ed@example.com");
    QVERIFY(ConsultationRepository(t.db(), ctx).create(c).ok()); // and the one after
}

// A byte that is not UTF-8 right before a line end is an error with its line and column, like
// the same byte anywhere else (it used to be stored as U+FFFD).
void TestCsvExchange::badByteBeforeLineEndIsReported()
{
    auto &t = database();
    const UserContext ctx = UserContext::of(defaultUser());
    const QByteArray csv = "title\ncaf\xe9\n";
    const auto records = Csv::parse(csv);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).error,
             QStringLiteral("bytes that are not UTF-8 text at line 2, character 4 (save the file as UTF-8)"));
    QCOMPARE(Csv::parse("title\r\nab\xc3\r\n").at(1).error,
             QStringLiteral("bytes that are not UTF-8 text at line 2, character 3 (save the file as UTF-8)"));
    const auto refused = applyCsv(t.db(), ctx, ImportPlan::Kind::Tasks, csv, false);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("line 2, character 4")), qPrintable(refused.error().message));
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);
}

// Many problems: one entry per distinct one, at most ImportPlan::kMaxIssues, then a count of the
// rest; a header of many columns is checked in linear time.
void TestCsvExchange::problemsAreDistinctAndCapped()
{
    auto &t = database();
    const UserContext ctx = UserContext::of(defaultUser());
    CsvImport importer(t.db(), ctx);
    QByteArray repeated = "title";
    for (int i = 0; i < 100000; ++i) // 600,000 characters: within Csv::kMaxRecordLength
        repeated += ",title";
    QElapsedTimer clock;
    clock.start();
    const ImportPlan twice = must(importer.plan(ImportPlan::Kind::Tasks, repeated + "\nA\n"));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(twice.fatal);
    QCOMPARE(issueTexts(twice), QStringList{QStringLiteral("line 1, column 2 (title): the column appears twice")});

    QByteArray unknown = "title";
    for (int i = 0; i < 250; ++i)
        unknown += ",c" + QByteArray::number(i) + ",c" + QByteArray::number(i);
    const ImportPlan many = must(importer.plan(ImportPlan::Kind::Tasks, unknown + "\n"));
    QCOMPARE(many.issues.size(), ImportPlan::kMaxIssues);
    QCOMPARE(many.moreIssues, 150);
    QVERIFY(Import::issuesText(many).endsWith(QStringLiteral("… and 150 more problems")));

    QByteArray rows = "title,priority\n";
    for (int i = 0; i < 5000; ++i)
        rows += "Task " + QByteArray::number(i) + ",SOMEDAY\n";
    const ImportPlan bad = must(importer.plan(ImportPlan::Kind::Tasks, rows));
    QCOMPARE(bad.count(RowFate::Invalid), 5000);
    QCOMPARE(bad.issues.size(), ImportPlan::kMaxIssues);
    QCOMPARE(bad.rows.size(), ImportPlan::kPreviewRows);
    QCOMPARE(bad.moreIssues, 4900);
    const auto refused = applyCsv(t.db(), ctx, ImportPlan::Kind::Tasks, rows, false);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.endsWith(QStringLiteral("… and %1 more problems").arg(QLocale().toString(4900))));
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);
}

// The database is asked about the rows a batch at a time (PendingRows), yet every decision is the
// one a row-by-row reading makes: issues in file order (a lookup's after the checks of earlier
// rows, before those of later ones), repeats across a batch's end, consultation links, and the
// external ref written with each task.
void TestCsvExchange::lookupsInBatchesKeepFileOrder()
{
    auto &t = database();
    const User &u = defaultUser();
    const User other = t.addUser(QStringLiteral("o@example.com"), UserRole::Director);
    const UserContext ctx = UserContext::of(u);
    Consultation mine;
    mine.name = QStringLiteral("Ann");
    mine.email = QStringLiteral("ann@example.com");
    mine = must(ConsultationRepository(t.db(), ctx).create(mine));
    Consultation theirs;
    theirs.name = QStringLiteral("Bo");
    theirs.email = QStringLiteral("bo@example.com");
    theirs = must(ConsultationRepository(t.db(), UserContext::of(other)).create(theirs));

    constexpr int kRows = 2500; // three batches
    QByteArray csv = "title,status,consultation\n";
    for (int i = 1; i <= kRows; ++i) {
        QByteArray title = "Task " + QByteArray::number(i), status = "TODO", booking;
        if (i == 10)
            booking = "DO-2099-000001"; // line 11: no such consultation
        if (i == 20)
            status = "SOMEDAY"; // line 21
        if (i == 1000 || i == 1002)
            title = "Same"; // lines 1001 and 1003: the second repeats the first, in the next batch
        if (i == 1500)
            booking = mine.bookingId.toUtf8();
        if (i == 2200)
            booking = theirs.bookingId.toUtf8(); // line 2201: not this user's
        csv += title + ',' + status + ',' + booking + '\n';
    }
    const auto plan = [&] { return must(CsvImport(t.db(), ctx).plan(ImportPlan::Kind::Tasks, csv)); };
    const ImportPlan first = plan();
    const QString unknown = QStringLiteral("no consultation with the booking id %1 (import the consultations first)");
    QCOMPARE(issueTexts(first),
             (QStringList{QStringLiteral("line 11, column 3 (consultation): ") + unknown.arg(QStringLiteral("DO-2099-000001")),
                          QStringLiteral("line 21, column 2 (status): unknown value \"SOMEDAY\" (use TODO, IN_PROGRESS, "
                                         "REVIEW, COMPLETED, CANCELLED)"),
                          QStringLiteral("line 2201, column 3 (consultation): ") + unknown.arg(theirs.bookingId)}));
    QCOMPARE(first.count(RowFate::Invalid), 3);
    QCOMPARE(first.count(RowFate::Duplicate), 1);
    QCOMPARE(first.rows.size(), ImportPlan::kPreviewRows);
    QCOMPARE(first.rows.at(9).fate, RowFate::Invalid);
    QCOMPARE(first.rows.at(19).fate, RowFate::Invalid);
    QCOMPARE(first.rows.at(999).fate, RowFate::New);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0); // a plan writes nothing

    const ImportSummary done = must(applyCsv(t.db(), ctx, ImportPlan::Kind::Tasks, csv, true));
    QCOMPARE(done.imported, kRows - 4);
    QCOMPARE(done.duplicates, 1);
    QCOMPARE(done.skipped, 3);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE external_ref LIKE 'csv:%'")), kRows - 4);
    QCOMPARE(
        count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE consultation_id = ? AND title = 'Task 1500'"), {mine.id}),
        1);
    QCOMPARE(count(t.db(), QStringLiteral("SELECT count(*) FROM task WHERE consultation_id IS NOT NULL")), 1);

    // Again: every row there already (across every batch), the bad ones still bad.
    const ImportPlan second = plan();
    QCOMPARE(second.count(RowFate::Duplicate), kRows - 3);
    QCOMPARE(second.count(RowFate::Invalid), 3);
    QCOMPARE(must(applyCsv(t.db(), ctx, ImportPlan::Kind::Tasks, csv, true)).imported, 0);
    QCOMPARE(t.rowCount(QStringLiteral("task")), kRows - 4);
}

// The window's import: progress reported through ExchangeIntents, a cancel rolls every batch back;
// done again it imports everything once, and a second time nothing.
void TestCsvExchange::progressAndCancelThroughIntents()
{
    auto &t = database();
    const UserContext ctx = UserContext::of(defaultUser());
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("tasks.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("title\n");
        for (int i = 0; i < 5000; ++i)
            file.write("Task " + QByteArray::number(i) + '\n');
    }
    AutoBackup::setDefaultFolderOverride(folder.filePath(QStringLiteral("backups")));
    auto restore = qScopeGuard([] { AutoBackup::setDefaultFolderOverride({}); });
    ExchangeIntents intents(t.db(), ctx);
    const ImportPlan preview = must(intents.planImport(ImportPlan::Kind::Tasks, ExchangeIntents::Format::Csv, path));
    QCOMPARE(preview.count(RowFate::New), 5000);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);

    int calls = 0;
    auto cancelling = connect(&intents, &ExchangeIntents::progress, &intents, [&](qint64 done, qint64 total, int rows) {
        ++calls;
        QVERIFY(done > 0 && done <= total);
        if (rows >= 4000) // after two batches were written
            intents.cancel();
    });
    const auto cancelled = intents.applyImport(ImportPlan::Kind::Tasks, ExchangeIntents::Format::Csv, path, false);
    QVERIFY(!cancelled.ok());
    QVERIFY2(cancelled.error().message.contains(QLatin1String("cancelled")), qPrintable(cancelled.error().message));
    QCOMPARE(calls, 4);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);
    disconnect(cancelling);

    calls = 0;
    connect(&intents, &ExchangeIntents::progress, &intents, [&](qint64, qint64, int) { ++calls; });
    QCOMPARE(must(intents.applyImport(ImportPlan::Kind::Tasks, ExchangeIntents::Format::Csv, path, false)).imported, 5000);
    QVERIFY(calls >= 5);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 5000);
    const ImportSummary again = must(intents.applyImport(ImportPlan::Kind::Tasks, ExchangeIntents::Format::Csv, path, false));
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.duplicates, 5000);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 5000);
}

QTEST_GUILESS_MAIN(TestCsvExchange)
#include "tst_csvexchange.moc"
