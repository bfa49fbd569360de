#include "Checks.h"
#include "domain/Clock.h"
#include "db/Database.h"
#include "db/DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTest>

#include <mutex>

using namespace doo;

namespace {

// Restores the system clock however the test ends.
struct ClockGuard
{
    ~ClockGuard() { Clock::setInstance(nullptr); }
};

} // namespace

class TestDbHelpers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlSqliteRelative();
    void urlSqliteAbsolute();
    void urlSqliteUrlForm();
    void urlSqliteErrors();
    void urlPostgresql();
    void urlPostgresWithPasswordAndOptions();
    void urlPostgresqlSocketHostFromQuery();
    void urlPostgresqlQueryOverrides();
    void urlErrors();
    void urlDefaultLocal();
    void urlNeverShowsPassword_data();
    void urlNeverShowsPassword();
    void urlTextRoundTrip();
    void openFailureNeverShowsPassword();

    void dateTimeRoundTrip();
    void dateTimeFromDbForms();
    void dateFromDb();
    void ftsQuery_data();
    void ftsQuery();
    void likeContains_data();
    void likeContains();

    void clock();
};

// ---------------------------------------------------------------------------------------------
// DatabaseUrl

void TestDbHelpers::urlSqliteRelative()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("sqlite:relative.db"));
    CHECK_OK(url);
    QCOMPARE(url->type, DbType::SQLite);
    QVERIFY(QFileInfo(url->path).isAbsolute());
    QCOMPARE(url->path, QDir::cleanPath(QDir::currentPath() + QStringLiteral("/relative.db")));
    QVERIFY(url->display().contains(url->path));

    const auto nested = DatabaseUrl::parse(QStringLiteral("  sqlite:data/../data/x.sqlite  "));
    CHECK_OK(nested);
    QCOMPARE(nested->path, QDir::cleanPath(QDir::currentPath() + QStringLiteral("/data/x.sqlite")));
}

void TestDbHelpers::urlSqliteAbsolute()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("sqlite:/abs/x.db"));
    CHECK_OK(url);
    QCOMPARE(url->type, DbType::SQLite);
    QCOMPARE(url->path, QStringLiteral("/abs/x.db"));
    QCOMPARE(url->display(), QStringLiteral("SQLite /abs/x.db"));
    QVERIFY(url->password.isEmpty());
    QVERIFY(url->database.isEmpty());
}

void TestDbHelpers::urlSqliteUrlForm()
{
    const auto fileUrl = DatabaseUrl::parse(QStringLiteral("sqlite:///abs/y.db"));
    CHECK_OK(fileUrl);
    QCOMPARE(fileUrl->path, QStringLiteral("/abs/y.db"));
}

void TestDbHelpers::urlSqliteErrors()
{
    const auto empty = DatabaseUrl::parse(QStringLiteral("sqlite:"));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, Error::Kind::Validation);
    QCOMPARE(empty.error().field, QStringLiteral("database"));
}

void TestDbHelpers::urlPostgresql()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://me@db.example:5433/director"));
    CHECK_OK(url);
    QCOMPARE(url->type, DbType::PostgreSQL);
    QCOMPARE(url->user, QStringLiteral("me"));
    QVERIFY(url->password.isEmpty());
    QCOMPARE(url->host, QStringLiteral("db.example"));
    QCOMPARE(url->port, 5433);
    QCOMPARE(url->database, QStringLiteral("director"));
    QVERIFY(url->options.isEmpty());
    QVERIFY(url->path.isEmpty());
    QCOMPARE(url->display(), QStringLiteral("PostgreSQL me@db.example:5433/director"));

    const auto minimal = DatabaseUrl::parse(QStringLiteral("postgresql://localhost/director"));
    CHECK_OK(minimal);
    QVERIFY(minimal->user.isEmpty());
    QCOMPARE(minimal->port, -1);
    QCOMPARE(minimal->display(), QStringLiteral("PostgreSQL localhost/director"));
}

void TestDbHelpers::urlPostgresWithPasswordAndOptions()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("postgres://me:secret@h/db?sslmode=require"));
    CHECK_OK(url);
    QCOMPARE(url->type, DbType::PostgreSQL);
    QCOMPARE(url->user, QStringLiteral("me"));
    QCOMPARE(url->password, QStringLiteral("secret"));
    QCOMPARE(url->host, QStringLiteral("h"));
    QCOMPARE(url->port, -1);
    QCOMPARE(url->database, QStringLiteral("db"));
    QVERIFY2(url->options.split(QLatin1Char(';')).contains(QStringLiteral("sslmode=require")), qPrintable(url->options));
    QVERIFY2(!url->display().contains(QLatin1String("secret")), qPrintable(url->display()));
    QCOMPARE(url->display(), QStringLiteral("PostgreSQL me@h/db"));

    // Several options, a percent-encoded password, a password given in the query.
    const auto more =
        DatabaseUrl::parse(QStringLiteral("postgresql://me:p%40ss%3Aword@h:6000/db?sslmode=verify-full&connect_timeout=5"));
    CHECK_OK(more);
    QCOMPARE(more->password, QStringLiteral("p@ss:word"));
    QCOMPARE(more->port, 6000);
    QCOMPARE(more->options.split(QLatin1Char(';')),
             (QStringList{QStringLiteral("sslmode=verify-full"), QStringLiteral("connect_timeout=5")}));
    QVERIFY(!more->display().contains(QLatin1String("p@ss")));
    QVERIFY(!more->display().contains(QLatin1String("word")));

    const auto queryPassword = DatabaseUrl::parse(QStringLiteral("postgresql://me@h/db?password=hunter2"));
    CHECK_OK(queryPassword);
    QCOMPARE(queryPassword->password, QStringLiteral("hunter2"));
    QVERIFY(queryPassword->options.isEmpty());
    QVERIFY(!queryPassword->display().contains(QLatin1String("hunter2")));
}

void TestDbHelpers::urlPostgresqlSocketHostFromQuery()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://u@/db?host=/tmp/sock"));
    CHECK_OK(url);
    QCOMPARE(url->type, DbType::PostgreSQL);
    QCOMPARE(url->user, QStringLiteral("u"));
    QCOMPARE(url->host, QStringLiteral("/tmp/sock"));
    QCOMPARE(url->database, QStringLiteral("db"));
    QVERIFY2(url->options.isEmpty(), qPrintable(url->options));
    QVERIFY2(url->display().contains(QLatin1String("/tmp/sock")), qPrintable(url->display()));

    // Without user info: the form libpq documents for a socket directory.
    const auto noUser = DatabaseUrl::parse(QStringLiteral("postgresql:///db?host=/var/run/postgresql"));
    CHECK_OK(noUser);
    QCOMPARE(noUser->host, QStringLiteral("/var/run/postgresql"));
    QCOMPARE(noUser->database, QStringLiteral("db"));
}

void TestDbHelpers::urlPostgresqlQueryOverrides()
{
    const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://a@h:1/x?user=b&port=5544&dbname=real&application_name=me"));
    CHECK_OK(url);
    QCOMPARE(url->user, QStringLiteral("b"));
    QCOMPARE(url->port, 5544);
    QCOMPARE(url->database, QStringLiteral("real"));
    QCOMPARE(url->options, QStringLiteral("application_name=me"));

    // dbname in the query is enough when the path names none.
    const auto onlyQuery = DatabaseUrl::parse(QStringLiteral("postgresql://h?dbname=director"));
    CHECK_OK(onlyQuery);
    QCOMPARE(onlyQuery->database, QStringLiteral("director"));
}

void TestDbHelpers::urlErrors()
{
    for (const char *text :
         {"postgresql://me@localhost:5432", "postgresql://me@localhost:5432/", "postgres://h/?sslmode=require"}) {
        const auto url = DatabaseUrl::parse(QString::fromLatin1(text));
        QVERIFY2(!url.ok(), text);
        QCOMPARE(url.error().kind, Error::Kind::Validation);
        QCOMPARE(url.error().field, QStringLiteral("database"));
        QVERIFY2(url.error().message.contains(QLatin1String("no database")), qPrintable(url.error().message));
    }
    for (const char *text : {"mysql://me@h/db", "director.db", "file:/tmp/x.db", "SQLITE:/tmp/x.db", "http://h/db"}) {
        const auto url = DatabaseUrl::parse(QString::fromLatin1(text));
        QVERIFY2(!url.ok(), text);
        QCOMPARE(url.error().kind, Error::Kind::Validation);
        QCOMPARE(url.error().field, QStringLiteral("database"));
        QVERIFY2(url.error().message.contains(QString::fromLatin1(text)), qPrintable(url.error().message));
        QVERIFY2(url.error().message.contains(QLatin1String("sqlite:")), qPrintable(url.error().message));
    }
    for (const char *text : {"", "   "}) {
        const auto url = DatabaseUrl::parse(QString::fromLatin1(text));
        QVERIFY(!url.ok());
        QCOMPARE(url.error().field, QStringLiteral("database"));
        QVERIFY(url.error().message.contains(QLatin1String("empty")));
    }
    const auto badPort = DatabaseUrl::parse(QStringLiteral("postgresql://me@h:notaport/db"));
    QVERIFY(!badPort.ok());
    QCOMPARE(badPort.error().field, QStringLiteral("database"));
}

// A password typed into a URL shows in no error message, no display() and no text().
void TestDbHelpers::urlNeverShowsPassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bad port") << QStringLiteral("postgresql://bob:Canary-7x@h:notaport/db");
    QTest::newRow("bad port, query password") << QStringLiteral("postgresql://bob@h:99x/db?password=Canary-7x");
    QTest::newRow("unknown scheme") << QStringLiteral("postgresq://bob:Canary-7x@h:5432/db");
    QTest::newRow("unknown scheme, slash in password") << QStringLiteral("mysql://bob:Canary-7x/@@h/db");
    QTest::newRow("no database") << QStringLiteral("postgresql://bob:Canary-7x@h:5432/");
    QTest::newRow("invalid character") << QStringLiteral("postgresql://bob:Canary-7x@h o st/db");
}

void TestDbHelpers::urlNeverShowsPassword()
{
    QFETCH(QString, text);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY(!url.ok());
    QVERIFY2(!url.error().text().contains(QLatin1String("Canary-7x")), qPrintable(url.error().text()));
    QVERIFY2(!url.error().message.contains(QLatin1String("Canary-7x")), qPrintable(url.error().message));
    QVERIFY2(url.error().message.contains(QLatin1String("bob")) || url.error().message.contains(QLatin1String("database")),
             qPrintable(url.error().message));
    QVERIFY(!DatabaseUrl::redacted(text).contains(QLatin1String("Canary-7x")));

    const auto good =
        DatabaseUrl::parse(QStringLiteral("postgresql://bob:Canary-7x@h:5432/db?password=Canary-7x&sslmode=require"));
    CHECK_OK(good);
    QCOMPARE(good->password, QStringLiteral("Canary-7x"));
    QVERIFY(!good->display().contains(QLatin1String("Canary-7x")));
    QVERIFY(!good->text().contains(QLatin1String("Canary-7x")));
}

void TestDbHelpers::urlTextRoundTrip()
{
    for (const char *text : {"postgresql://bob@db.example:6543/team?sslmode=require", "postgresql://bob@localhost/team",
                             "postgresql://bob@/team?host=/run/postgresql"}) {
        const auto url = DatabaseUrl::parse(QString::fromLatin1(text));
        CHECK_OK(url);
        const auto again = DatabaseUrl::parse(url->text());
        CHECK_OK(again);
        QCOMPARE(again->user, url->user);
        QCOMPARE(again->host, url->host);
        QCOMPARE(again->port, url->port);
        QCOMPARE(again->database, url->database);
        QCOMPARE(again->options, url->options);
    }
    const auto file = DatabaseUrl::parse(QStringLiteral("sqlite:/abs/x.db"));
    CHECK_OK(file);
    QCOMPARE(file->text(), QStringLiteral("sqlite:/abs/x.db"));
}

namespace {
QStringList g_logged;
std::mutex g_loggedMutex;
void keepMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    const std::lock_guard<std::mutex> lock(g_loggedMutex);
    g_logged << message;
}
} // namespace

// A connection that fails (nothing listens on port 1) logs and reports without the password.
void TestDbHelpers::openFailureNeverShowsPassword()
{
    QLoggingCategory::setFilterRules(QStringLiteral("doo.*=true"));
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepMessage);
    const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://bob:Canary-7x@127.0.0.1:1/db"));
    CHECK_OK(url);
    const auto db = Database::open(*url, QStringLiteral("password-test"));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!db.ok());
    QVERIFY2(!db.error().text().contains(QLatin1String("Canary-7x")), qPrintable(db.error().text()));
    QVERIFY(!g_logged.isEmpty()); // the failure was logged, so the check below means something
    for (const QString &line : std::as_const(g_logged))
        QVERIFY2(!line.contains(QLatin1String("Canary-7x")), qPrintable(line));
}

void TestDbHelpers::urlDefaultLocal()
{
    const DatabaseUrl url = DatabaseUrl::defaultLocal();
    QCOMPARE(url.type, DbType::SQLite);
    QVERIFY(url.path.endsWith(QLatin1String("/director-of-one.sqlite")));
}

// ---------------------------------------------------------------------------------------------
// Database value conversions and dialect helpers

void TestDbHelpers::dateTimeRoundTrip()
{
    const QDateTime utc(QDate(2026, 3, 1), QTime(9, 30, 0, 123), Qt::UTC);
    const QVariant stored = Database::toDb(utc);
    QCOMPARE(stored.toString(), QStringLiteral("2026-03-01T09:30:00.123Z"));
    const QDateTime back = Database::dateTimeFromDb(stored);
    QCOMPARE(back, utc);
    QCOMPARE(back.timeSpec(), Qt::UTC);
    QCOMPARE(back.time().msec(), 123);

    // Whole seconds keep their ".000" so that stored values sort as text.
    QCOMPARE(Database::toDb(QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC)).toString(),
             QStringLiteral("2026-03-01T09:30:00.000Z"));

    // Another offset is stored and read back as the same instant, in UTC.
    const QDateTime plusTwo(QDate(2026, 3, 1), QTime(11, 30, 0, 5), Qt::OffsetFromUTC, 2 * 3600);
    const QVariant storedPlusTwo = Database::toDb(plusTwo);
    QCOMPARE(storedPlusTwo.toString(), QStringLiteral("2026-03-01T09:30:00.005Z"));
    const QDateTime backPlusTwo = Database::dateTimeFromDb(storedPlusTwo);
    QCOMPARE(backPlusTwo.timeSpec(), Qt::UTC);
    QCOMPARE(backPlusTwo.toMSecsSinceEpoch(), plusTwo.toMSecsSinceEpoch());
    QCOMPARE(backPlusTwo, QDateTime(QDate(2026, 3, 1), QTime(9, 30, 0, 5), Qt::UTC));

    // Across a date line.
    const QDateTime minusFive(QDate(2026, 12, 31), QTime(22, 0), Qt::OffsetFromUTC, -5 * 3600);
    QCOMPARE(Database::toDb(minusFive).toString(), QStringLiteral("2027-01-01T03:00:00.000Z"));
    QCOMPARE(Database::dateTimeFromDb(Database::toDb(minusFive)).toMSecsSinceEpoch(), minusFive.toMSecsSinceEpoch());

    // An invalid time is a typed SQL NULL and reads back as invalid.
    const QVariant null = Database::toDb(QDateTime());
    QVERIFY(null.isNull());
    QCOMPARE(null.metaType(), QMetaType::fromType<QString>());
    QVERIFY(!Database::dateTimeFromDb(null).isValid());
    QVERIFY(!Database::dateTimeFromDb(QVariant()).isValid());
}

void TestDbHelpers::dateTimeFromDbForms()
{
    const QDateTime expected(QDate(2026, 11, 25), QTime(19, 9, 2, 123), Qt::UTC);
    // A QDateTime from the driver (PostgreSQL TIMESTAMPTZ), in another offset.
    const QDateTime driverValue = expected.toOffsetFromUtc(3600);
    const QDateTime fromVariant = Database::dateTimeFromDb(QVariant(driverValue));
    QCOMPARE(fromVariant, expected);
    QCOMPARE(fromVariant.timeSpec(), Qt::UTC);
    // PostgreSQL's text form.
    const QDateTime fromPgText = Database::dateTimeFromDb(QStringLiteral("2026-11-25 19:09:02.123+00:00"));
    QCOMPARE(fromPgText, expected);
    QCOMPARE(fromPgText.timeSpec(), Qt::UTC);
    const QDateTime fromPgShort = Database::dateTimeFromDb(QStringLiteral("2026-11-25 19:09:02.123+00"));
    QCOMPARE(fromPgShort, expected);
    const QDateTime fromPgOffset = Database::dateTimeFromDb(QStringLiteral("2026-11-25 20:09:02.123+01:00"));
    QCOMPARE(fromPgOffset, expected);
    QCOMPARE(fromPgOffset.timeSpec(), Qt::UTC);
}

void TestDbHelpers::dateFromDb()
{
    QCOMPARE(Database::dateFromDb(QStringLiteral("2026-03-01")), QDate(2026, 3, 1));
    QCOMPARE(Database::dateFromDb(QVariant(QDate(2026, 3, 1))), QDate(2026, 3, 1));
    QCOMPARE(Database::dateFromDb(QStringLiteral("2024-02-29T00:00:00.000Z")), QDate(2024, 2, 29));
    QVERIFY(!Database::dateFromDb(QVariant()).isValid());
    QVERIFY(!Database::dateFromDb(QVariant(QMetaType::fromType<QString>())).isValid());
    QVERIFY(!Database::dateFromDb(QStringLiteral("2026-02-30")).isValid());
}

void TestDbHelpers::ftsQuery_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("postgresql");
    QTest::newRow("one word") << QStringLiteral("Budget") << QStringLiteral("\"budget\"*") << QStringLiteral("budget:*");
    QTest::newRow("words lower-cased, punctuation dropped")
        << QStringLiteral("  Quarterly REPORT, draft-2! ") << QStringLiteral("\"quarterly\"* \"report\"* \"draft\"* \"2\"*")
        << QStringLiteral("quarterly:* & report:* & draft:* & 2:*");
    QTest::newRow("query syntax is not passed through")
        << QStringLiteral("a\" OR b* & !c | (d) :e") << QStringLiteral("\"a\"* \"or\"* \"b\"* \"c\"* \"d\"* \"e\"*")
        << QStringLiteral("a:* & or:* & b:* & c:* & d:* & e:*");
    QTest::newRow("non-ASCII letters") << QStringLiteral("Ärger Café") << QStringLiteral("\"ärger\"* \"café\"*")
                                       << QStringLiteral("ärger:* & café:*");
    QTest::newRow("only punctuation") << QStringLiteral("!?-- ,. \"' *") << QString() << QString();
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestDbHelpers::ftsQuery()
{
    QFETCH(QString, input);
    QFETCH(QString, sqlite);
    QFETCH(QString, postgresql);
    QCOMPARE(Database::ftsQuery(DbType::SQLite, input), sqlite);
    QCOMPARE(Database::ftsQuery(DbType::PostgreSQL, input), postgresql);
    QVERIFY(Database::ftsQuery(DbType::SQLite, input).isEmpty() == sqlite.isEmpty());
}

void TestDbHelpers::likeContains_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("%abc%");
    QTest::newRow("empty") << QString() << QStringLiteral("%%");
    QTest::newRow("percent") << QStringLiteral("100%") << QStringLiteral("%100\\%%");
    QTest::newRow("underscore") << QStringLiteral("a_b") << QStringLiteral("%a\\_b%");
    QTest::newRow("backslash") << QStringLiteral("c:\\dir") << QStringLiteral("%c:\\\\dir%");
    QTest::newRow("all three, backslash escaped once") << QStringLiteral("\\%_\\_") << QStringLiteral("%\\\\\\%\\_\\\\\\_%");
}

void TestDbHelpers::likeContains()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Database::likeContains(input), expected);
}

// ---------------------------------------------------------------------------------------------
// Clock

void TestDbHelpers::clock()
{
    ClockGuard guard;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime system = Clock::currentUtc();
    QCOMPARE(system.timeSpec(), Qt::UTC);
    QVERIFY(system >= before.addSecs(-1));

    // FixedClock keeps a UTC value even when given another offset.
    FixedClock fixed(QDateTime(QDate(2030, 1, 2), QTime(5, 0, 0, 250), Qt::OffsetFromUTC, 3600));
    QCOMPARE(fixed.now().timeSpec(), Qt::UTC);
    QCOMPARE(fixed.now(), QDateTime(QDate(2030, 1, 2), QTime(4, 0, 0, 250), Qt::UTC));

    Clock::setInstance(&fixed);
    QCOMPARE(&Clock::instance(), static_cast<const Clock *>(&fixed));
    QCOMPARE(Clock::currentUtc(), QDateTime(QDate(2030, 1, 2), QTime(4, 0, 0, 250), Qt::UTC));
    QTest::qWait(5);
    QCOMPARE(Clock::currentUtc(), QDateTime(QDate(2030, 1, 2), QTime(4, 0, 0, 250), Qt::UTC));
    fixed.advanceSecs(90);
    QCOMPARE(Clock::currentUtc(), QDateTime(QDate(2030, 1, 2), QTime(4, 1, 30, 250), Qt::UTC));
    fixed.set(QDateTime(QDate(2031, 6, 1), QTime(12, 0), Qt::OffsetFromUTC, -7200));
    QCOMPARE(Clock::currentUtc(), QDateTime(QDate(2031, 6, 1), QTime(14, 0), Qt::UTC));
    QCOMPARE(Clock::currentUtc().timeSpec(), Qt::UTC);

    Clock::setInstance(nullptr);
    QVERIFY(&Clock::instance() != static_cast<const Clock *>(&fixed));
    const QDateTime restored = Clock::currentUtc();
    QCOMPARE(restored.timeSpec(), Qt::UTC);
    QVERIFY(restored >= before);
    QVERIFY(qAbs(restored.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

QTEST_GUILESS_MAIN(TestDbHelpers)
#include "tst_dbhelpers.moc"
