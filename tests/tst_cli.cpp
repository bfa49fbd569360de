#include "CliRunner.h"
#include "DatabaseTestCase.h"

#include "db/Migrator.h"
#include "db/Query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace doo;
using namespace doo::test;

// Runs the real director-of-one binary against a real database on each backend.
class TestCli : public DatabaseTestCase
{
    Q_OBJECT

private:
    using Run = CliRun;
    static Run run(const TestDatabase &t, const QStringList &arguments)
    {
        return CliRunner(t).setEnv(QStringLiteral("USER"), QStringLiteral("Jane.Doe")).run(arguments);
    }

    static QSet<QString> distinct(TestDatabase &t, const QString &sql)
    {
        Query q(t.db());
        if (!q.exec(sql))
            qFatal("%s", qPrintable(q.error().text()));
        QSet<QString> values;
        while (q.next())
            values.insert(q.value(0).toString());
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!CliRunner::available())
            QSKIP("DOO_CLI is not set; run through ctest");
    }

    void migrateStatusSeedReset();
    void usageAndErrors();
    void newerSchemaIsRefused();
};

void TestCli::migrateStatusSeedReset()
{
    QFETCH_GLOBAL(QString, backend);
    QVERIFY(openUnmigrated());
    auto &t = database();

    Run status = run(t, {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});
    QCOMPARE(status.exitCode, 0);
    QJsonObject json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), 0);
    QCOMPARE(json.value(QStringLiteral("backend")).toString(), backend);

    Run migrate = run(t, {QStringLiteral("db"), QStringLiteral("migrate")});
    QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
    const int latest = Migrator(t.db()).latestVersion();
    const int files = int(Migrator(t.db()).available().size()); // version numbers may have gaps
    QVERIFY(latest >= 1);
    QVERIFY2(migrate.out.contains(QStringLiteral("Applied %1 migrations; schema version %2").arg(files).arg(latest)),
             qPrintable(migrate.out));
    QVERIFY(migrate.out.contains(QLatin1String("jane.doe@localhost")));
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 1);
    {
        // Scoped: an unfinished SQLite statement would keep its read snapshot open.
        Query profile(t.db());
        QVERIFY(profile.exec(QStringLiteral("SELECT name, role, onboarding_completed FROM app_user")) && profile.next());
        QCOMPARE(profile.value(0).toString(), QStringLiteral("Jane.Doe"));
        QCOMPARE(profile.value(1).toString(), QStringLiteral("DIRECTOR"));
        QCOMPARE(profile.value(2).toBool(), false);
    }

    Run again = run(t, {QStringLiteral("db"), QStringLiteral("migrate")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QLatin1String("Applied 0 migration")));
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 1);

    Run seed = run(t, {QStringLiteral("db"), QStringLiteral("seed")});
    QVERIFY2(seed.exitCode == 0, qPrintable(seed.err));
    const int tasks = t.rowCount(QStringLiteral("task"));
    QVERIFY2(tasks >= 50 && tasks <= 70, qPrintable(QString::number(tasks)));
    QCOMPARE(distinct(t, QStringLiteral("SELECT DISTINCT status FROM task")).size(), 5);
    QCOMPARE(distinct(t, QStringLiteral("SELECT DISTINCT type FROM workflow")).size(), 6);
    QVERIFY(t.rowCount(QStringLiteral("workflow")) >= 6);
    // The daily figures come from the seeded runs: a row for each of the 90 days that has a run.
    const int days = t.rowCount(QStringLiteral("analytics"));
    QVERIFY2(days >= 30 && days <= 90, qPrintable(QString::number(days)));
    QCOMPARE(distinct(t, QStringLiteral("SELECT DISTINCT status FROM consultation")).size(), 4);
    QVERIFY(t.rowCount(QStringLiteral("workflow_execution")) > 0);

    // A second seed is refused and changes nothing.
    Run twice = run(t, {QStringLiteral("db"), QStringLiteral("seed")});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY(twice.err.contains(QLatin1String("already has")));
    QCOMPARE(t.rowCount(QStringLiteral("task")), tasks);

    status = run(t, {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});
    json = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("schemaVersion")).toInt(), latest);
    QCOMPARE(json.value(QStringLiteral("rowCounts")).toObject().value(QStringLiteral("task")).toInt(), tasks);
    Run text = run(t, {QStringLiteral("db"), QStringLiteral("status")});
    QVERIFY(text.out.contains(QStringLiteral("Schema version: %1").arg(latest)));

    Run unconfirmed = run(t, {QStringLiteral("db"), QStringLiteral("reset")});
    QCOMPARE(unconfirmed.exitCode, 2);
    QVERIFY(unconfirmed.err.contains(QLatin1String("--yes")));
    QCOMPARE(t.rowCount(QStringLiteral("task")), tasks);

    Run reset = run(t, {QStringLiteral("db"), QStringLiteral("reset"), QStringLiteral("--yes")});
    QVERIFY2(reset.exitCode == 0, qPrintable(reset.err));
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("consultation")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 1);
}

void TestCli::usageAndErrors()
{
    auto &t = database();
    QCOMPARE(run(t, {QStringLiteral("frobnicate")}).exitCode, 2);
    QCOMPARE(run(t, {QStringLiteral("db")}).exitCode, 2);
    QCOMPARE(run(t, {QStringLiteral("db"), QStringLiteral("explode")}).exitCode, 2);
    Run missingValue = run(t, {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--user")});
    QCOMPARE(missingValue.exitCode, 2);
    QVERIFY(missingValue.err.contains(QLatin1String("--user needs a value")));
    Run unknownUser =
        run(t, {QStringLiteral("--user"), QStringLiteral("nobody@example.com"), QStringLiteral("db"), QStringLiteral("seed")});
    QCOMPARE(unknownUser.exitCode, 1);
    QVERIFY(unknownUser.err.contains(QLatin1String("nobody@example.com")));
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);
    // An option no command knows is named as such (it once swallowed the next word as its value).
    Run unknownOption = run(t, {QStringLiteral("--bogus"), QStringLiteral("task"), QStringLiteral("list")});
    QCOMPARE(unknownOption.exitCode, 2);
    QVERIFY2(unknownOption.err.startsWith(QLatin1String("director-of-one: unknown option --bogus\n")),
             qPrintable(unknownOption.err));
    // Every option the usage text names is one the parser knows (with a value where it takes one).
    const Run help = run(t, {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QRegularExpression option(QStringLiteral("(--[a-z][a-z-]+)"));
    QSet<QString> named;
    for (auto it = option.globalMatch(help.out); it.hasNext();)
        named.insert(it.next().captured(1));
    QVERIFY(named.size() > 30);
    for (const QString &name : std::as_const(named)) {
        const Run r = run(t, {QStringLiteral("--help"), name, QStringLiteral("x")});
        QVERIFY2(r.exitCode == 0, qPrintable(name + QStringLiteral(": ") + r.err));
    }

    // An unknown view is a usage error naming the option and the views, before any window opens.
    CliRunner gui(t);
    gui.timeoutMs = 60000;
    const Run badView = gui.run({QStringLiteral("--view"), QStringLiteral("bogus")});
    QCOMPARE(badView.exitCode, 2);
    QVERIFY2(badView.err.contains(QLatin1String("--view takes one of board, workflows, consultations, analytics, "
                                                "notifications, data, team, not \"bogus\"")),
             qPrintable(badView.err));

    CliRunner mysql;
    mysql.database = QStringLiteral("mysql://x/y");
    mysql.timeoutMs = 60000;
    const Run badUrl = mysql.run({QStringLiteral("db"), QStringLiteral("status")});
    QCOMPARE(badUrl.exitCode, 1);
    QVERIFY(badUrl.err.contains(QLatin1String("database: unknown database URL")));
}

void TestCli::newerSchemaIsRefused()
{
    auto &t = database();
    Query q(t.db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (42, 'future', 'x')")));
    Run migrate = run(t, {QStringLiteral("db"), QStringLiteral("migrate")});
    QCOMPARE(migrate.exitCode, 1);
    QVERIFY2(migrate.err.contains(QLatin1String("newer version of Director of One")), qPrintable(migrate.err));
    Run seed = run(t, {QStringLiteral("db"), QStringLiteral("seed")});
    QCOMPARE(seed.exitCode, 1);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
