#include "Checks.h"
#include "DatabaseTestCase.h"

#include "db/DatabaseFile.h"
#include "db/Migrator.h"
#include "db/Query.h"

#include <QDir>
#include <QTest>

using namespace doo;
using namespace doo::test;

class TestMigrations : public DatabaseTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void bothDialectsHaveTheSameMigrations();
    void splitKeepsTriggerBodies();

    void migrateEmptyDatabase();
    void secondMigrateIsNoOp();
    void newerSchemaIsRefused();
    void foreignVersionTableIsNotNewer_data();
    void foreignVersionTableIsNotNewer();
    void migrationMarksTheFile();
    void unknownEnumValuesAreRejected();
    void dropAllThenMigrate();
    void sessionSettings();
    void preparedStatementsAreReused();
};

void TestMigrations::bothDialectsHaveTheSameMigrations()
{
    const QStringList sqlite = QDir(QStringLiteral(":/sql/sqlite")).entryList(QDir::Files, QDir::Name);
    const QStringList pg = QDir(QStringLiteral(":/sql/postgresql")).entryList(QDir::Files, QDir::Name);
    QVERIFY(!sqlite.isEmpty());
    QCOMPARE(sqlite, pg);
}

void TestMigrations::splitKeepsTriggerBodies()
{
    const QString sql =
        QStringLiteral("-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                       "    INSERT INTO b VALUES (1);\n    INSERT INTO b VALUES (2);\nEND;\nCREATE INDEX i ON a (x);\n");
    const QStringList statements = Migrator::splitStatements(sql);
    QCOMPARE(statements.size(), 3);
    QCOMPARE(statements.at(0), QStringLiteral("CREATE TABLE a (x INTEGER)"));
    QVERIFY(statements.at(1).startsWith(QLatin1String("CREATE TRIGGER")));
    QVERIFY(statements.at(1).contains(QLatin1String("VALUES (2);")));
    QVERIFY(statements.at(1).endsWith(QLatin1String("END;")));
    QCOMPARE(statements.at(2), QStringLiteral("CREATE INDEX i ON a (x)"));

    // PostgreSQL function bodies between $$ stay whole, whatever they contain.
    const QStringList pg = Migrator::splitStatements(QStringLiteral(
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    IF TG_OP = 'X' THEN\n        RETURN NULL;\n"
        "    END IF;\n    RETURN NULL;\nEND;\n$$;\nCREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();\n"));
    QCOMPARE(pg.size(), 2);
    QVERIFY(pg.at(0).endsWith(QLatin1String("END;\n$$")));
    QVERIFY(pg.at(1).startsWith(QLatin1String("CREATE TRIGGER")));
}

void TestMigrations::migrateEmptyDatabase()
{
    QVERIFY(openUnmigrated());
    auto &t = database();
    Migrator migrator(t.db());
    QCOMPARE(*migrator.currentVersion(), 0);
    QCOMPARE(migrator.checkCurrent().error().kind, Error::Kind::Schema);
    const auto applied = migrator.migrate();
    CHECK_OK(applied);
    QCOMPARE(*applied, migrator.available().size());
    QCOMPARE(*migrator.currentVersion(), migrator.latestVersion());
    QVERIFY(migrator.checkCurrent().ok());
    for (const char *table : {"app_user", "task", "task_tag", "task_history", "workflow", "workflow_execution", "consultation",
                              "consultation_history", "analytics", "notification"})
        QCOMPARE(t.rowCount(QString::fromLatin1(table)), 0);
}

void TestMigrations::secondMigrateIsNoOp()
{
    auto &t = database();
    t.addUser(QStringLiteral("a@example.com"), UserRole::Director);
    Migrator migrator(t.db());
    const auto again = migrator.migrate();
    CHECK_OK(again);
    QCOMPARE(*again, 0);
    QCOMPARE(t.rowCount(QStringLiteral("schema_version")), int(migrator.available().size())); // numbers may have gaps
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 1);
}

void TestMigrations::newerSchemaIsRefused()
{
    auto &t = database();
    Query q(t.db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'future', 'x')")));
    Migrator migrator(t.db());
    const auto result = migrator.migrate();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, Error::Kind::Schema);
    QVERIFY2(result.error().message.contains(QLatin1String("newer version")), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QLatin1String("999")));
    QCOMPARE(migrator.checkCurrent().error().kind, Error::Kind::Schema);
    QCOMPARE(*migrator.currentVersion(), 999);
}

void TestMigrations::foreignVersionTableIsNotNewer_data()
{
    QTest::addColumn<QString>("create");
    QTest::addColumn<QString>("rows");
    QTest::newRow("our columns, other names")
        << QStringLiteral(
               "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        << QStringLiteral("INSERT INTO schema_version VALUES (1, 'create_users', 'x'), (57, 'later', 'y')");
    QTest::newRow("other columns") << QStringLiteral(
        "CREATE TABLE schema_version (version INTEGER NOT NULL, dirty BOOLEAN NOT NULL)")
                                   << QStringLiteral("INSERT INTO schema_version VALUES (2024010101, FALSE)");
}

void TestMigrations::foreignVersionTableIsNotNewer()
{
    // Another program's schema_version (a migration tool's) in the database: not "a newer
    // Director of One", and nothing of the program's schema is added to it.
    QFETCH(QString, create);
    QFETCH(QString, rows);
    QVERIFY(openUnmigrated());
    auto &t = database();
    {
        Query q(t.db());
        QVERIFY2(q.exec(create), qPrintable(q.error().text()));
        Query insert(t.db());
        QVERIFY2(insert.exec(rows), qPrintable(insert.error().text()));
    }
    const int before = t.rowCount(QStringLiteral("schema_version"));
    Migrator migrator(t.db());
    for (const Error &error : {migrator.migrate().error(), migrator.checkCurrent().error(), migrator.currentVersion().error()}) {
        QCOMPARE(error.kind, Error::Kind::Schema);
        QVERIFY2(error.message.contains(QLatin1String("is not a Director of One database")), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QLatin1String("newer version")), qPrintable(error.message));
    }
    QCOMPARE(t.rowCount(QStringLiteral("schema_version")), before);
    Query tables(t.db());
    const QString count = t.db().type() == DbType::SQLite
        ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'app_user'")
        : QStringLiteral("SELECT count(*) FROM pg_catalog.pg_class WHERE oid = to_regclass(current_schema() || '.app_user')");
    QVERIFY(tables.exec(count) && tables.next());
    QCOMPARE(tables.value(0).toInt(), 0);
}

void TestMigrations::migrationMarksTheFile()
{
    auto &t = database();
    if (t.db().type() != DbType::SQLite)
        QSKIP("the application id is a field of the SQLite file's header");
    auto applicationId = [&t]() {
        Query q(t.db());
        return q.exec(QStringLiteral("PRAGMA application_id")) && q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(applicationId(), DatabaseFile::kApplicationId); // set by the migrations
    // A database of the program from before the mark gets it on its next migrate, which has
    // nothing else to do.
    Query unmark(t.db());
    QVERIFY(unmark.exec(QStringLiteral("PRAGMA application_id = 0")));
    QCOMPARE(applicationId(), 0);
    Migrator migrator(t.db());
    const auto applied = migrator.migrate();
    CHECK_OK(applied);
    QCOMPARE(*applied, 0);
    QCOMPARE(applicationId(), DatabaseFile::kApplicationId);
}

void TestMigrations::unknownEnumValuesAreRejected()
{
    auto &t = database();
    Query q(t.db());
    QVERIFY(!q.exec(
        QStringLiteral("INSERT INTO app_user (id, email, name, role, created_at, updated_at) "
                       "VALUES ('u1', 'a@b.c', 'A', 'EMPEROR', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
    QCOMPARE(q.error().kind, Error::Kind::Constraint);
    Query ok(t.db());
    QVERIFY2(
        ok.exec(QStringLiteral("INSERT INTO app_user (id, email, name, role, created_at, updated_at) "
                               "VALUES ('u1', 'a@b.c', 'A', 'ADMIN', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")),
        qPrintable(ok.error().text()));
    Query task(t.db());
    QVERIFY(!task.exec(QStringLiteral(
        "INSERT INTO task (id, user_id, title, priority, status, position, created_at, updated_at) "
        "VALUES ('t1', 'u1', 'T', 'MEDIUM', 'DOING', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
    QCOMPARE(task.error().kind, Error::Kind::Constraint);
    Query orphan(t.db());
    QVERIFY(!orphan.exec(QStringLiteral(
        "INSERT INTO task (id, user_id, title, priority, status, position, created_at, updated_at) "
        "VALUES ('t1', 'nobody', 'T', 'MEDIUM', 'TODO', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')")));
    QCOMPARE(orphan.error().kind, Error::Kind::Constraint);
    QCOMPARE(t.rowCount(QStringLiteral("task")), 0);
}

void TestMigrations::dropAllThenMigrate()
{
    auto &t = database();
    t.addUser(QStringLiteral("a@example.com"), UserRole::Director);
    Migrator migrator(t.db());
    const Status dropped = migrator.dropAll();
    CHECK_OK(dropped);
    QCOMPARE(*migrator.currentVersion(), 0);
    QVERIFY(migrator.migrate().ok());
    QCOMPARE(t.rowCount(QStringLiteral("app_user")), 0);
    QCOMPARE(*migrator.currentVersion(), migrator.latestVersion());
}

void TestMigrations::sessionSettings()
{
    auto &t = database();
    if (t.db().type() == DbType::SQLite) {
        const QList<QPair<QString, QString>> expected = {
            {QStringLiteral("journal_mode"), QStringLiteral("wal")},
            {QStringLiteral("foreign_keys"), QStringLiteral("1")},
            {QStringLiteral("synchronous"), QStringLiteral("2")},
        };
        for (const auto &[pragma, value] : expected) {
            Query q(t.db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA ") + pragma) && q.next());
            QCOMPARE(q.value(0).toString().toLower(), value);
        }
        Query busy(t.db());
        QVERIFY(busy.exec(QStringLiteral("PRAGMA busy_timeout")) && busy.next());
        QVERIFY(busy.value(0).toInt() >= 5000);
    } else {
        Query q(t.db());
        QVERIFY(q.exec(QStringLiteral("SHOW TIME ZONE")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("UTC"));
    }
}

void TestMigrations::preparedStatementsAreReused()
{
    auto &t = database();
    const QString sql = QStringLiteral("SELECT key, value FROM app_setting WHERE key >= ? ORDER BY key");
    for (const char *key : {"a", "b", "c"}) {
        Query insert(t.db());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO app_setting (key, value) VALUES (?, ?)"),
                            {QString::fromLatin1(key), QStringLiteral("v")}));
    }
    // The same statement in two live Query objects: the second gets a statement of its own.
    // (Reading one result while another query runs is not possible on PostgreSQL, whose
    // forward-only results stream; the program never nests them.)
    Query first(t.db());
    QVERIFY(first.exec(sql, {QStringLiteral("a")}));
    int firstRows = 0;
    while (first.next())
        ++firstRows;
    Query second(t.db());
    QVERIFY(second.exec(sql, {QStringLiteral("b")}));
    int secondRows = 0;
    while (second.next())
        ++secondRows;
    QCOMPARE(firstRows, 3);
    QCOMPARE(secondRows, 2);
    QVERIFY(first.exec(sql, {QStringLiteral("c")}) && first.next());
    QCOMPARE(first.value(0).toString(), QStringLiteral("c"));
    // Reused with new values, many times, and past the cache's size.
    for (int i = 0; i < 300; ++i) {
        Query q(t.db());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) + %1 FROM app_setting WHERE key >= ?").arg(i % 250), {QStringLiteral("b")}));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2 + i % 250);
    }
    if (t.db().type() == DbType::PostgreSQL) {
        Query count(t.db());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE ?"),
                           {QStringLiteral("%FROM app_setting WHERE key >= $1 ORDER BY key%")}));
        QVERIFY(count.next());
        QVERIFY2(count.value(0).toInt() <= 2, qPrintable(count.value(0).toString())); // not one per execution
    }
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
