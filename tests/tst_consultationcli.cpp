#include "CliRunner.h"
#include "DatabaseTestCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace doo;
using namespace doo::test;

// The consultation, import and export commands of the real binary, on both backends.
class TestConsultationCli : public DatabaseTestCase
{
    Q_OBJECT

private:
    using Run = CliRun;
    static CliRunner cli(const TestDatabase &t)
    {
        CliRunner runner(t);
        runner.setEnv(QStringLiteral("USER"), QStringLiteral("Jane.Doe")).setEnv(QStringLiteral("TZ"), QStringLiteral("UTC"));
        return runner;
    }
    static Run run(const TestDatabase &t, const QStringList &arguments) { return cli(t).run(arguments); }
    static QStringList words(const char *text) { return QString::fromUtf8(text).split(QLatin1Char(' ')); }

private Q_SLOTS:
    void lifecycle();
    void usageErrors();
    void importRefusesBadFiles();
    void twoProcessesGetDistinctBookingIds();
};

void TestConsultationCli::lifecycle()
{
    auto &t = database();
    const Run added = run(t,
                          words("consultation add --json --name")
                              << QStringLiteral("Ada Lovelace") << QStringLiteral("--email") << QStringLiteral("ada@example.com")
                              << QStringLiteral("--company") << QStringLiteral("Engines"));
    QCOMPARE(added.exitCode, 0);
    const QString booking = added.object().value(QStringLiteral("bookingId")).toString();
    QVERIFY2(booking.startsWith(QLatin1String("DO-")), qPrintable(added.out + added.err));
    QCOMPARE(added.object().value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    const Run other = run(t, words("consultation add --name Bob --email bob@example.com"));
    QCOMPARE(other.exitCode, 0);
    const QString bob = other.out.section(QLatin1Char(' '), 2, 2).chopped(1);

    QCOMPARE(run(t, words("consultation complete") << booking).exitCode, 1); // PENDING cannot be completed
    const Run scheduled = run(t,
                              {QStringLiteral("consultation"), QStringLiteral("schedule"), booking.toLower(),
                               QStringLiteral("2031-03-10T10:00"), QStringLiteral("--json")});
    QCOMPARE(scheduled.exitCode, 0);
    QCOMPARE(scheduled.object().value(QStringLiteral("scheduledDate")).toString(), QStringLiteral("2031-03-10T10:00:00.000Z"));
    const Run clash = run(t, words("consultation schedule") << bob << QStringLiteral("2031-03-10T10:30"));
    QCOMPARE(clash.exitCode, 0);
    QVERIFY2(clash.err.contains(QStringLiteral("warning: %1 overlaps %2 (Ada Lovelace) at 2031-03-10 10:00").arg(bob, booking)),
             qPrintable(clash.err));
    const Run again = run(t, words("consultation schedule") << booking << QStringLiteral("2031-03-11T10:00"));
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QLatin1String("reschedule it")));
    QCOMPARE(run(t, words("consultation reschedule") << booking << QStringLiteral("2031-03-11T09:00")).exitCode, 0);
    const Run done =
        run(t, words("consultation complete --json") << booking << QStringLiteral("--notes") << QStringLiteral("Signed"));
    QCOMPARE(done.exitCode, 0);
    QCOMPARE(done.object().value(QStringLiteral("notes")).toString(), QStringLiteral("Signed"));
    const Run early = run(t, words("consultation no-show") << bob); // 2031 has not come yet
    QCOMPARE(early.exitCode, 1);
    QVERIFY(early.err.contains(QLatin1String("only once it has started")));
    QCOMPARE(
        run(t, words("consultation cancel") << bob << QStringLiteral("--reason") << QStringLiteral("Went elsewhere")).exitCode,
        0);

    const Run list = run(t, words("consultation list --status completed --json"));
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.array().size(), 1);
    QCOMPARE(list.array().first().toObject().value(QStringLiteral("bookingId")).toString(), booking);
    const Run stats = run(t, words("consultation stats --json"));
    QCOMPARE(stats.object().value(QStringLiteral("completed")).toInt(), 1);
    QCOMPARE(stats.object().value(QStringLiteral("cancelled")).toInt(), 1);
    QCOMPARE(stats.object().value(QStringLiteral("requestsPerWeek")).toArray().size(), 12);

    // Export and import through files: the same rows again create nothing.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("c.csv"));
    const QString ics = dir.filePath(QStringLiteral("c.ics"));
    QCOMPARE(run(t, words("export csv") << csv << QStringLiteral("--kind") << QStringLiteral("consultations")).exitCode, 0);
    const Run reimport = run(t, words("import csv --json") << csv << QStringLiteral("--kind") << QStringLiteral("consultations"));
    QCOMPARE(reimport.exitCode, 0);
    QCOMPARE(reimport.object(),
             (QJsonObject{{QStringLiteral("imported"), 0}, {QStringLiteral("duplicates"), 2}, {QStringLiteral("skipped"), 0}}));
    QCOMPARE(run(t, words("export ics") << ics).exitCode, 0);
    QVERIFY(QFile::exists(ics));
    const Run stdoutCsv = run(t, words("export csv - --kind tasks"));
    QCOMPARE(stdoutCsv.out,
             QStringLiteral("id,title,description,status,priority,due_date,tags,created_at,updated_at,completed_at,"
                            "consultation\r\n"));
}

void TestConsultationCli::usageErrors()
{
    auto &t = database();
    const struct
    {
        QStringList args;
        int code;
        const char *message;
    } cases[] = {
        {words("consultation"), 2, "consultation needs a command"},
        {words("consultation frobnicate"), 2, "unknown consultation command"},
        {words("consultation add --name Ann"), 2, "--email is required"},
        {words("consultation add --name Ann --email nope"), 1, "email: \"nope\" is not a valid email address"},
        {words("consultation schedule DO-2031-000001"), 2, "missing WHEN"},
        {words("consultation schedule DO-2031-000001 tomorrow"), 1, "\"tomorrow\" is not a date and time"},
        {words("consultation schedule DO-2031-000099 2031-01-01T10:00"), 1, "no consultation with the booking id"},
        {words("consultation cancel DO-2031-000001"), 2, "--reason is required"},
        {words("consultation list --status LATE"), 1, "unknown value \"LATE\""},
        {words("import csv x.csv"), 2, "--kind is required"},
        {words("import csv x.csv --kind widgets"), 2, "unknown --kind \"widgets\""},
        {words("import csv /nonexistent/x.csv --kind tasks"), 1, "cannot read /nonexistent/x.csv"},
        {words("export pdf x"), 2, "unknown export command"},
        {words("export ics"), 2, "missing FILE"},
    };
    for (const auto &c : cases) {
        const Run r = run(t, c.args);
        QVERIFY2(r.exitCode == c.code, qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") + r.err));
        QVERIFY2(r.err.contains(QLatin1String(c.message)), qPrintable(r.err));
    }
    QCOMPARE(t.rowCount(QStringLiteral("consultation")), 0);
}

void TestConsultationCli::importRefusesBadFiles()
{
    auto &t = database();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("title,priority\nGood one,HIGH\nBad one,SOON\n\"Broken \"quote,LOW\nAnother good,LOW\n");
    f.close();
    const Run refused = run(t, words("import csv") << path << QStringLiteral("--kind") << QStringLiteral("tasks"));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("line 3, column 2 (priority): unknown value \"SOON\"")), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QLatin1String("line 4, column 1 (title): text after the closing quote")),
             qPrintable(refused.err));
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);
    const Run skipped = run(t, words("import csv --skip-invalid") << path << QStringLiteral("--kind") << QStringLiteral("tasks"));
    QCOMPARE(skipped.exitCode, 0);
    QVERIFY(skipped.err.contains(QLatin1String("skipped line 3")));
    QCOMPARE(t.rowCount(QStringLiteral("task")), 2);
    const Run tw = run(t, words("import taskwarrior --json") << QStringLiteral(DOO_TEST_DATA "/taskwarrior-export.json"));
    QCOMPARE(tw.exitCode, 0);
    QCOMPARE(tw.object().value(QStringLiteral("imported")).toInt(), 9);
    QCOMPARE(run(t, words("import taskwarrior --json") << QStringLiteral(DOO_TEST_DATA "/taskwarrior-export.json"))
                 .object()
                 .value(QStringLiteral("imported"))
                 .toInt(),
             0);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 11);
}

void TestConsultationCli::twoProcessesGetDistinctBookingIds()
{
    auto &t = database();
    QCOMPARE(run(t, words("db migrate")).exitCode, 0);
    // Two chains of processes create at the same time; each id is used once.
    constexpr int kPerChain = 8;
    QStringList ids;
    const CliRunner runner = cli(t);
    for (int i = 0; i < kPerChain; ++i) {
        QObject owner;
        QProcess *a = runner.start(words("consultation add --json --name A --email a@example.com"), &owner);
        QProcess *b = runner.start(words("consultation add --json --name B --email b@example.com"), &owner);
        const Run ra = runner.finish(*a), rb = runner.finish(*b);
        QVERIFY2(ra.exitCode == 0 && rb.exitCode == 0, qPrintable(ra.err + rb.err));
        ids << ra.object().value(QStringLiteral("bookingId")).toString()
            << rb.object().value(QStringLiteral("bookingId")).toString();
    }
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 2 * kPerChain);
    QCOMPARE(t.rowCount(QStringLiteral("consultation")), 2 * kPerChain);
}

QTEST_GUILESS_MAIN(TestConsultationCli)
#include "tst_consultationcli.moc"
