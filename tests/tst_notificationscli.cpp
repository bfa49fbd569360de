#include "Checks.h"
#include "CliRunner.h"
#include "DatabaseTestCase.h"

#include "db/Query.h"
#include "domain/Validation.h"
#include "repositories/PreferenceRepository.h"

#include <QTest>

using namespace doo;
using namespace doo::test;

// `notifications list/read/purge` and `user set --weekly-target-hours` through the real program,
// on both backends.
class TestNotificationsCli : public DatabaseTestCase
{
    Q_OBJECT

public:
    TestNotificationsCli() : DatabaseTestCase(QStringLiteral("me@example.com"), UserRole::Director) { }

private:
    CliRunner cli() { return CliRunner(database(), defaultUser().email); }
    QString add(const char *type, const QString &title, bool read, int daysAgo)
    {
        const QString id = Validation::newId();
        Query q(database().db());
        if (!q.exec(QStringLiteral("INSERT INTO notification (id, user_id, type, title, message, is_read, created_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {id, defaultUser().id, QString::fromLatin1(type), title, QStringLiteral("about %1").arg(title), read,
                     Database::toDb(QDateTime::currentDateTimeUtc().addDays(-daysAgo))}))
            qWarning("%s", qPrintable(q.error().text()));
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!CliRunner::available())
            QSKIP("the program is not built");
    }

    void listAndFilters()
    {
        add("INFO", QStringLiteral("Hello"), true, 1);
        add("BUDGET_ALERT", QStringLiteral("Short"), false, 0);
        add("ERROR", QStringLiteral("Broken"), false, 2);
        const CliRun text = cli().run({QStringLiteral("notifications"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QLatin1String("Hello")) && text.out.contains(QLatin1String("Broken")));
        QVERIFY(text.out.indexOf(QLatin1String("Short")) < text.out.indexOf(QLatin1String("Broken"))); // newest first
        // Types by their human names in the text, by their stored names in JSON.
        QVERIFY2(text.out.contains(QLatin1String("  Budget alert  Short")) && !text.out.contains(QLatin1String("BUDGET_ALERT")),
                 qPrintable(text.out));
        const CliRun all = cli().run({QStringLiteral("notifications"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.array().size(), 3);
        const CliRun unread = cli().run(
            {QStringLiteral("notifications"), QStringLiteral("list"), QStringLiteral("--unread"), QStringLiteral("--json")});
        QCOMPARE(unread.array().size(), 2);
        const CliRun typed = cli().run({QStringLiteral("notifications"), QStringLiteral("list"), QStringLiteral("--type"),
                                        QStringLiteral("budget_alert"), QStringLiteral("--json")});
        QCOMPARE(typed.exitCode, 0);
        QCOMPARE(typed.array().size(), 1);
        QCOMPARE(typed.array().first().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Short"));
        QCOMPARE(typed.array().first().toObject().value(QStringLiteral("type")).toString(), QStringLiteral("BUDGET_ALERT"));
        const CliRun byName = cli().run({QStringLiteral("notifications"), QStringLiteral("list"), QStringLiteral("--type"),
                                         QStringLiteral("Budget Alert"), QStringLiteral("--json")});
        QCOMPARE(byName.array().size(), 1);
        const CliRun bad = cli().run(
            {QStringLiteral("notifications"), QStringLiteral("list"), QStringLiteral("--type"), QStringLiteral("NOPE")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QLatin1String("--type")) && bad.err.contains(QLatin1String("NOPE"))
                     && bad.err.contains(QLatin1String("BUDGET_ALERT")) && bad.err.contains(QLatin1String("TASK_DUE")),
                 qPrintable(bad.err));
    }

    void readOneAndAll()
    {
        const QString one = add("INFO", QStringLiteral("One"), false, 0);
        add("INFO", QStringLiteral("Two"), false, 0);
        add("INFO", QStringLiteral("Three"), false, 0);
        CliRun r = cli().run({QStringLiteral("notifications"), QStringLiteral("read"), one});
        QCOMPARE(r.exitCode, 0);
        CliRun unread = cli().run(
            {QStringLiteral("notifications"), QStringLiteral("list"), QStringLiteral("--unread"), QStringLiteral("--json")});
        QCOMPARE(unread.array().size(), 2);
        r = cli().run({QStringLiteral("notifications"), QStringLiteral("read"), QStringLiteral("no-such-id")});
        QCOMPARE(r.exitCode, 1);
        r = cli().run({QStringLiteral("notifications"), QStringLiteral("read")});
        QCOMPARE(r.exitCode, 2);
        r = cli().run(
            {QStringLiteral("notifications"), QStringLiteral("read"), QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object().value(QStringLiteral("markedRead")).toInt(), 2);
        unread = cli().run(
            {QStringLiteral("notifications"), QStringLiteral("list"), QStringLiteral("--unread"), QStringLiteral("--json")});
        QCOMPARE(unread.array().size(), 0);
    }

    void purgeReadOnlyAndOlderThan()
    {
        add("INFO", QStringLiteral("Old read"), true, 100);
        add("INFO", QStringLiteral("Old unread"), false, 100);
        add("INFO", QStringLiteral("Month read"), true, 30);
        add("INFO", QStringLiteral("New read"), true, 1);
        // Default: the user's purgeReadAfterDays (90).
        CliRun r = cli().run({QStringLiteral("notifications"), QStringLiteral("purge")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("90")) && r.out.contains(QLatin1String(": 1.")), qPrintable(r.out));
        r = cli().run({QStringLiteral("notifications"), QStringLiteral("purge"), QStringLiteral("--older-than"),
                       QStringLiteral("7"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object().value(QStringLiteral("deleted")).toInt(), 1);
        const CliRun left = cli().run({QStringLiteral("notifications"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(left.array().size(), 2); // the unread one and yesterday's
        r = cli().run(
            {QStringLiteral("notifications"), QStringLiteral("purge"), QStringLiteral("--older-than"), QStringLiteral("-3")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--older-than")));
    }

    void weeklyTargetRoundTrips()
    {
        CliRun r = cli().run({QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("--weekly-target-hours"),
                              QStringLiteral("12.5"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.object().value(QStringLiteral("weeklyTargetHours")).toDouble(), 12.5);
        const auto stored = PreferenceRepository(database().db(), UserContext::of(defaultUser())).load();
        CHECK_OK(stored);
        QCOMPARE(stored->weeklyTargetHours, 12.5);
        r = cli().run({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(r.object().value(QStringLiteral("weeklyTargetHours")).toDouble(), 12.5);
        r = cli().run(
            {QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("--weekly-target-hours"), QStringLiteral("-1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--weekly-target-hours")), qPrintable(r.err));
        QCOMPARE(PreferenceRepository(database().db(), UserContext::of(defaultUser())).load()->weeklyTargetHours, 12.5);
        r = cli().run(
            {QStringLiteral("user"), QStringLiteral("set"), QStringLiteral("--weekly-target-hours"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("weekly target")));
        QCOMPARE(PreferenceRepository(database().db(), UserContext::of(defaultUser())).load()->weeklyTargetHours, 0.0);
    }

    void dbStatusShowsArchiveSizes()
    {
        const CliRun r = CliRunner(database()).run({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject counts = r.object().value(QStringLiteral("rowCounts")).toObject();
        QVERIFY(counts.contains(QStringLiteral("workflow_execution_archive")));
        QVERIFY(counts.contains(QStringLiteral("task_history_archive")));
        QCOMPARE(r.object().value(QStringLiteral("fileBytes")).isDouble(), database().db().type() == DbType::SQLite);
    }
};

QTEST_GUILESS_MAIN(TestNotificationsCli)
#include "tst_notificationscli.moc"
