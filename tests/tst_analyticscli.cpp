// `director-of-one analytics summary | series` and `export report --pdf` as processes.

#include "DashboardTestHelpers.h"
#include "CliRunner.h"
#include "DatabaseTestCase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace doo;
using namespace doo::test;

class TestAnalyticsCli : public DatabaseTestCase
{
    Q_OBJECT

    using Run = CliRun;
    static Run run(const TestDatabase &t, const User &u, const QStringList &arguments)
    {
        return CliRunner(t, u.email).setEnv(QStringLiteral("TZ"), QStringLiteral("UTC")).run(arguments);
    }

    static QStringList args(const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); }

    static User fill(TestDatabase &t)
    {
        const User u = t.addUser(QStringLiteral("dana@example.com"), UserRole::Director);
        // ISO week 2026-W53 runs from Monday 2026-12-28 to Sunday 2027-01-03.
        addDay(t.db(), u.id, date("2026-12-27"), 1.0, 1, 12.5, 3);
        addDay(t.db(), u.id, date("2026-12-28"), 2.0, 2, 25, 4);
        addDay(t.db(), u.id, date("2026-12-31"), 4.0, 3, 50, 4);
        addDay(t.db(), u.id, date("2027-01-01"), 0.5, 1, 6.25, 5);
        addDay(t.db(), u.id, date("2027-01-03"), 1.5, 2, 18.75, 5);
        addDay(t.db(), u.id, date("2027-01-04"), 8.0, 4, 100, 6);
        addTask(t.db(), u.id, utc("2026-12-29T10:00:00Z"), utc("2026-12-30T10:00:00Z"));
        return u;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!CliRunner::available())
            QSKIP("DOO_CLI is not set; run through ctest");
    }
    void summary();
    void series();
    void badInput();
    void exportReport();
};

void TestAnalyticsCli::summary()
{
    auto &t = database();
    const User u = fill(t);
    const Run r = run(t, u, args("analytics summary --from 2026-12-28 --to 2027-01-03 --json"));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.object();
    QCOMPARE(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-12-28"));
    QCOMPARE(json.value(QStringLiteral("to")).toString(), QStringLiteral("2027-01-03"));
    QCOMPARE(json.value(QStringLiteral("hoursSaved")).toDouble(), 8.0);
    QCOMPARE(json.value(QStringLiteral("tasksAutomated")).toInt(), 8);
    QCOMPARE(json.value(QStringLiteral("efficiencyScore")).toDouble(), 25.0);
    QCOMPARE(json.value(QStringLiteral("activeWorkflows")).toInt(), 5);
    QCOMPARE(json.value(QStringLiteral("tasksCompleted")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("consultationsCompleted")).toInt(), 0);
    const QJsonObject previous = json.value(QStringLiteral("previous")).toObject();
    QCOMPARE(previous.value(QStringLiteral("from")).toString(), QStringLiteral("2026-12-21"));
    QCOMPARE(previous.value(QStringLiteral("hoursSaved")).toDouble(), 1.0);
    QCOMPARE(previous.value(QStringLiteral("tasksCompleted")).toInt(), 0);

    const Run text = run(t, u, args("analytics summary --from 2026-12-28 --to 2027-01-03"));
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("2026-12-28 to 2027-01-03 (7 days), compared with 2026-12-21 to 2026-12-27")),
             qPrintable(text.out));
    QVERIFY(text.out.contains(QRegularExpression(QStringLiteral("Hours saved +8\\.0 h +1\\.0 h  \\+700\\.0%"))));

    // Without dates: the last 30 days up to today.
    const Run defaults = run(t, u, args("analytics summary --json"));
    QCOMPARE(defaults.exitCode, 0);
    const QDate to = QDate::fromString(defaults.object().value(QStringLiteral("to")).toString(), Qt::ISODate);
    QVERIFY(qAbs(to.daysTo(QDateTime::currentDateTimeUtc().date())) <= 1);
    QCOMPARE(QDate::fromString(defaults.object().value(QStringLiteral("from")).toString(), Qt::ISODate), to.addDays(-29));
}

void TestAnalyticsCli::series()
{
    auto &t = database();
    const User u = fill(t);
    const Run weeks =
        run(t, u, args("analytics series --metric hoursSaved --bucket week --from 2026-12-27 --to 2027-01-04 --json"));
    QCOMPARE(weeks.exitCode, 0);
    const QJsonObject json = weeks.object();
    QCOMPARE(json.value(QStringLiteral("metric")).toString(), QStringLiteral("hoursSaved"));
    QCOMPARE(json.value(QStringLiteral("bucket")).toString(), QStringLiteral("week"));
    QStringList got;
    const QJsonArray points = json.value(QStringLiteral("points")).toArray();
    for (const QJsonValue &p : points)
        got << p[QStringLiteral("start")].toString() + QLatin1Char(' ') + p[QStringLiteral("label")].toString() + QLatin1Char(' ')
                + QString::number(p[QStringLiteral("value")].toDouble());
    QCOMPARE(got,
             (QStringList{QStringLiteral("2026-12-21 2026-W52 1"), QStringLiteral("2026-12-28 2026-W53 8"),
                          QStringLiteral("2027-01-04 2027-W01 8")}));

    const Run months =
        run(t, u, args("analytics series --metric efficiencyScore --bucket month --from 2026-12-01 --to 2027-01-31"));
    QCOMPARE(months.exitCode, 0);
    QCOMPARE(months.out, QStringLiteral("2026-12     29.17\n2027-01     41.67\n"));
    // Without --bucket: chosen from the range (9 days: days).
    const Run days = run(t, u, args("analytics series --metric activeWorkflows --from 2026-12-27 --to 2027-01-04 --json"));
    QCOMPARE(days.object().value(QStringLiteral("bucket")).toString(), QStringLiteral("day"));
    QCOMPARE(days.object().value(QStringLiteral("points")).toArray().size(), 6);
}

void TestAnalyticsCli::badInput()
{
    auto &t = database();
    const User u = fill(t);
    Run r = run(t, u, args("analytics series --metric minutes"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("metric: unknown value \"minutes\"")), qPrintable(r.err));
    r = run(t, u, args("analytics series --metric hoursSaved --bucket year"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("bucket: unknown value \"year\"")));
    r = run(t, u, args("analytics summary --from 2026-02-30"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("from: \"2026-02-30\" is not a date")));
    r = run(t, u, args("analytics summary --from 2027-01-05 --to 2027-01-04"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("to: must not be before --from (2027-01-05)")));
    // The first days a date can have: a summary with nothing before it (it once said "not valid").
    r = run(t, u, args("analytics summary --from 0001-01-01 --to 0001-01-05 --json"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run(t, u, args("analytics summary --from 0001-01-03 --to 0001-02-05"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run(t, u, args("analytics series"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--metric is required")));
    r = run(t, u, args("analytics summary --bucket week"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("unknown option --bucket")));
    r = run(t, u, args("analytics totals"));
    QCOMPARE(r.exitCode, 2);
    r = run(t, u, args("export report"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--pdf FILE is required")));
}

void TestAnalyticsCli::exportReport()
{
    auto &t = database();
    const User u = fill(t);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const Run r = run(t, u,
                      {QStringLiteral("export"), QStringLiteral("report"), QStringLiteral("--pdf"), pdf, QStringLiteral("--from"),
                       QStringLiteral("2026-12-28"), QStringLiteral("--to"), QStringLiteral("2027-01-03")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(pdf));
    CliRunner pdftotext;
    pdftotext.program = QStringLiteral("pdftotext");
    pdftotext.timeoutMs = 30000;
    const Run text = pdftotext.run({QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY2(text.exitCode == 0, "pdftotext (poppler-utils) could not read the PDF");
    const QString out = text.out;
    QVERIFY2(out.contains(QStringLiteral("2026-12-28 to 2027-01-03 (7 days)")), qPrintable(out));
    QVERIFY(out.contains(QRegularExpression(QStringLiteral("Hours saved +8\\.0 h +1\\.0 h +\\+700\\.0%"))));
    QVERIFY(out.contains(QRegularExpression(QStringLiteral("Efficiency score +25\\.0% +12\\.5% +\\+100\\.0%"))));
    QVERIFY(out.contains(QRegularExpression(QStringLiteral("Tasks completed +1 +0 +new"))));

    // An unwritable path fails with exit code 1 and leaves no file.
    const QString bad = dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    const Run failed = run(t, u, {QStringLiteral("export"), QStringLiteral("report"), QStringLiteral("--pdf"), bad});
    QCOMPARE(failed.exitCode, 1);
    QVERIFY2(failed.err.contains(QStringLiteral("director-of-one: cannot write")), qPrintable(failed.err));
    QVERIFY(!QFile::exists(bad));
}

QTEST_GUILESS_MAIN(TestAnalyticsCli)
#include "tst_analyticscli.moc"
